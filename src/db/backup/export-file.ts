/**
 * The export file: gzip-compressed JSON Lines. The first line is the header (format, version, when,
 * from where, counts, the migration history the data had reached); then one line per node, then one
 * per relationship. A node carries a key that is unique within the file (its position), and a
 * relationship names its ends by those keys, so the file never depends on a database's element ids.
 *
 *   {"format":"youth-care-kg-export","version":1,"createdAt":"...","nodes":2,"relationships":1,...}
 *   {"node":{"key":0,"labels":["Practice","Entity"],"properties":{"id":"mijn-pad","year":{"$int":"2021"}}}}
 *   {"node":{"key":1,...}}
 *   {"relationship":{"type":"ADDRESSES","from":0,"to":1,"properties":{...}}}
 *
 * Property values keep their Cypher types (property-values.ts).
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { AppliedMigration } from "../migrations/migrate.js";
import type { EncodedProperties } from "./property-values.js";

export const EXPORT_FORMAT = "youth-care-kg-export";
export const EXPORT_VERSION = 1;
/** What `npm run db:backup -- --export` names its files; a restore tells the kinds apart by the dump's `.dump`. */
export const EXPORT_EXTENSION = ".jsonl.gz";

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  createdAt: string;
  /** The server and database exported (no credentials). */
  source: { uri: string; database: string };
  nodes: number;
  relationships: number;
  /** The applied migrations the exported data is at, oldest first: a restore brings the schema to them, then on. */
  migrations: Pick<AppliedMigration, "version" | "description" | "source" | "checksum">[];
}

export interface ExportedNode {
  key: number;
  labels: string[];
  properties: EncodedProperties;
}

export interface ExportedRelationship {
  type: string;
  from: number;
  to: number;
  properties: EncodedProperties;
}

export type ExportLine = { node: ExportedNode } | { relationship: ExportedRelationship };

export class BackupError extends Error {
  override name = "BackupError";
}

/** Parses and checks the header line; the error names the file and what was expected. */
export function parseHeader(line: string | undefined, file: string): ExportHeader {
  let header: Partial<ExportHeader> | undefined;
  try {
    header = line === undefined ? undefined : (JSON.parse(line) as Partial<ExportHeader>);
  } catch {
    header = undefined;
  }
  if (header?.format !== EXPORT_FORMAT) {
    throw new BackupError(`${file} is not an export of this project (its first line is not a "${EXPORT_FORMAT}" header). Restore takes a file made by npm run db:backup: *${EXPORT_EXTENSION} or *.dump.`);
  }
  if (header.version !== EXPORT_VERSION) {
    throw new BackupError(`${file} is export format version ${String(header.version)}; this code reads version ${EXPORT_VERSION}.`);
  }
  if (!Number.isInteger(header.nodes) || !Number.isInteger(header.relationships) || !Array.isArray(header.migrations)) {
    throw new BackupError(`${file}: the header lacks its counts or migration list; the file is damaged.`);
  }
  return header as ExportHeader;
}

export interface OpenExport {
  header: ExportHeader;
  /** Every line after the header, with its line number for errors. Lazy: a large file never sits in memory. */
  lines: AsyncGenerator<{ line: ExportLine; number: number }>;
  /** Releases the file; safe to call more than once. */
  close(): void;
}

export async function openExport(file: string): Promise<OpenExport> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  // pipe() does not pass a read error (a missing file) on; without this the reader would wait forever.
  input.on("error", (error) => gunzip.destroy(error));
  const reader = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  const close = () => {
    reader.close();
    input.destroy();
  };
  const iterator = reader[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await iterator.next();
  } catch (error) {
    close();
    throw new BackupError(`Cannot read ${file} as a gzip-compressed export: ${(error as Error).message}`);
  }
  let header: ExportHeader;
  try {
    header = parseHeader(first.done ? undefined : first.value, file);
  } catch (error) {
    close();
    throw error;
  }
  async function* lines(): AsyncGenerator<{ line: ExportLine; number: number }> {
    let number = 1;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        number++;
        if (next.value.trim() === "") continue;
        let line: ExportLine;
        try {
          line = JSON.parse(next.value) as ExportLine;
        } catch {
          throw new BackupError(`${file}, line ${number}: not JSON; the file is damaged.`);
        }
        if (!("node" in line) && !("relationship" in line)) throw new BackupError(`${file}, line ${number}: neither a node nor a relationship.`);
        yield { line, number };
      }
    } catch (error) {
      if (error instanceof BackupError) throw error;
      throw new BackupError(`${file}, after line ${number}: ${(error as Error).message} (is the file complete?)`);
    }
  }
  return { header, lines: lines(), close };
}

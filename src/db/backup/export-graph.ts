/**
 * The online backup: every node and relationship of a database, whatever its labels and types
 * (bookkeeping included), streamed into an export file (export-file.ts) while the server runs.
 * Nothing here names a label of the model, so whatever the graph holds is backed up unchanged.
 *
 * Everything is read in one read transaction. Neo4j isolates it only as read-committed, so a write
 * committed during the export could show in one query and not the other; the export counts first
 * and checks at the end that it wrote exactly those nodes and relationships, with both ends of every
 * relationship among the nodes, and otherwise fails (run it again) instead of leaving a file that
 * would restore a different graph.
 */
import { once } from "node:events";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import { appliedMigrations } from "../migrations/migrate.js";
import { LONG_JOB_TIMEOUT_MS } from "../neo4j.js";
import { BackupError, EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, type ExportLine } from "./export-file.js";
import { progress } from "./progress.js";
import { encodeProperties } from "./property-values.js";

const COUNT_NODES = "MATCH (n) RETURN count(n) AS count";
const COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count";
const ALL_NODES = "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties";
const ALL_RELATIONSHIPS = "MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS properties";

export interface ExportSummary {
  file: string;
  nodes: number;
  relationships: number;
  ms: number;
  bytes: number;
}

/**
 * Writes the export to `file` (refusing to overwrite one): first as `<file>.partial`, renamed
 * when complete, so a failed export leaves no file that looks like a backup.
 */
export async function exportGraph(driver: Driver, neo4jConfig: Pick<Config["neo4j"], "uri" | "database">, file: string, log: Logger): Promise<ExportSummary> {
  const { database } = neo4jConfig;
  if (existsSync(file)) throw new BackupError(`${file} exists already; choose another name with --to.`);
  const probe = await driver.executeQuery("RETURN 1 AS one", {}, { database });
  if (!neo4j.isInt(probe.records[0]?.get("one"))) {
    throw new BackupError("The export needs a driver that keeps integers apart from floats: createDriver(config, { losslessIntegers: true }).");
  }
  const migrations = (await appliedMigrations(driver, database)).map(({ version, description, source, checksum }) => ({ version, description, source, checksum }));

  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const flushed = pipeline(gzip, createWriteStream(partial));
  const write = async (line: object): Promise<void> => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, "drain");
  };
  const started = Date.now();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  // Not executeRead: a retry after a transient error would write the lines a second time.
  const tx = await session.beginTransaction({ timeout: LONG_JOB_TIMEOUT_MS });
  let header: ExportHeader;
  try {
    const count = async (cypher: string) => Number((await tx.run(cypher)).records[0]?.get("count"));
    header = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      createdAt: new Date().toISOString(),
      source: { uri: neo4jConfig.uri, database },
      nodes: await count(COUNT_NODES),
      relationships: await count(COUNT_RELATIONSHIPS),
      migrations,
    };
    log.info({ step: "export", file, nodes: header.nodes, relationships: header.relationships }, "exporting");
    await write(header);

    // Element ids are valid only within one transaction; the file keys nodes by their position.
    const keys = new Map<string, number>();
    const nodes = progress(log, "export nodes", header.nodes);
    for await (const record of tx.run(ALL_NODES)) {
      const key = keys.size;
      keys.set(record.get("id") as string, key);
      const line: ExportLine = { node: { key, labels: record.get("labels") as string[], properties: encodeProperties(record.get("properties") as Record<string, unknown>, `node ${key}`) } };
      await write(line);
      nodes.add(1);
    }
    nodes.done();

    const relationships = progress(log, "export relationships", header.relationships);
    let exported = 0;
    for await (const record of tx.run(ALL_RELATIONSHIPS)) {
      const from = keys.get(record.get("from") as string);
      const to = keys.get(record.get("to") as string);
      if (from === undefined || to === undefined) throw changedDuringExport();
      const line: ExportLine = {
        relationship: { type: record.get("type") as string, from, to, properties: encodeProperties(record.get("properties") as Record<string, unknown>, `relationship ${exported}`) },
      };
      await write(line);
      exported++;
      relationships.add(1);
    }
    relationships.done();
    if (keys.size !== header.nodes || exported !== header.relationships) throw changedDuringExport();
    await tx.commit();
    gzip.end();
    await flushed;
    await rename(partial, file);
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    gzip.destroy();
    await flushed.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await session.close();
  }
  const { size } = await stat(file);
  return { file, nodes: header.nodes, relationships: header.relationships, ms: Date.now() - started, bytes: size };
}

function changedDuringExport(): BackupError {
  return new BackupError("The graph changed while it was being exported (a write committed meanwhile); no file was written. Run the export again, ideally when no one is writing.");
}

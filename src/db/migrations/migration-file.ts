/**
 * A migration file in `migrations/`, read the way Neo4j-Migrations reads it, so that its CLI and
 * this project agree on versions, order and checksums:
 *   - the name is `V<version>__<description>.cypher`; the version is digits separated by `_` or
 *     `.` (`V0001`, `V1_2`), compared part by part as numbers; `_` in the description reads as a space;
 *   - statements end with `;` at the end of a line; each is trimmed, empty ones dropped;
 *   - the checksum is the CRC-32 of all statements' UTF-8 bytes, as an unsigned decimal string;
 *   - a statement of `//` comment lines only is part of the checksum but is not run.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";

const FILE_NAME = /^V(?<version>\d+(?:_\d+)*|\d+(?:\.\d+)*)__(?<name>[\w ]+)\.cypher$/;
const STATEMENT_END = /;(?:\r?\n|\r)/;

export interface MigrationFile {
  /** As Neo4j-Migrations writes it: `0001`, `1.2`. */
  version: string;
  description: string;
  /** The file name. */
  source: string;
  statements: string[];
  checksum: string;
}

export class MigrationFileError extends Error {
  override name = "MigrationFileError";
}

/** The statements of a file: what the checksum covers. */
export function statementsOf(text: string): string[] {
  return `${text.replace(/^\uFEFF/, "")}\n`
    .split(STATEMENT_END)
    .map((s) => s.trim().replace(/;$/, "").trim())
    .filter((s) => s.length > 0);
}

export const checksumOf = (statements: readonly string[]): string => String(crc32(Buffer.from(statements.join(""), "utf8")) >>> 0);

const isCommentOnly = (statement: string): boolean => statement.split(/\r?\n|\r/).every((line) => line.trim().startsWith("//"));

/** The statements that run (comment-only ones do not). */
export const executableStatements = (file: MigrationFile): string[] => file.statements.filter((s) => !isCommentOnly(s));

/** Orders versions as Neo4j-Migrations does: part by part, as numbers (`2` before `10`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function parseMigration(fileName: string, text: string): MigrationFile {
  const match = FILE_NAME.exec(fileName);
  if (!match?.groups) {
    throw new MigrationFileError(`migrations/${fileName}: a migration is named V<version>__<description>.cypher, e.g. V0002__theme_hierarchy.cypher`);
  }
  const statements = statementsOf(text);
  if (statements.length === 0) throw new MigrationFileError(`migrations/${fileName}: has no statement`);
  return {
    version: (match.groups.version as string).replaceAll("_", "."),
    description: (match.groups.name as string).replaceAll("_", " "),
    source: fileName,
    statements,
    checksum: checksumOf(statements),
  };
}

/** Every migration in `dir`, in version order; two files of one version are refused. */
export function readMigrations(dir: string): MigrationFile[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .map((f) => parseMigration(f, readFileSync(path.join(dir, f), "utf8")))
    .sort((a, b) => compareVersions(a.version, b.version));
  files.forEach((file, i) => {
    const previous = files[i - 1];
    if (previous && compareVersions(previous.version, file.version) === 0) {
      throw new MigrationFileError(`migrations/${previous.source} and migrations/${file.source} have the same version ${file.version}`);
    }
  });
  return files;
}

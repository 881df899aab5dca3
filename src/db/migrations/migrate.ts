/**
 * Applies the migrations in `migrations/` to a database, each once, and records them as
 * Neo4j-Migrations does, so that its CLI can read and continue the same history: a chain of
 * `:__Neo4jMigration` nodes from a BASELINE, linked by `MIGRATED_TO {at, in, by, connectedAs}`,
 * each with its version, description, type, source file and checksum.
 *
 * Several processes may start at once: a lock node (`:__Neo4jMigrationsLock`, unique by name)
 * lets one apply while the others wait, then find nothing left to do. Each migration runs in one
 * write transaction (on a cluster's leader; the driver's bookmarks make every later read see it),
 * then its history node is written. An applied file whose checksum changed is refused, never re-run.
 */
import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../../config.js";
import type { Logger } from "../../logger.js";
import { LONG_JOB_TIMEOUT_MS } from "../neo4j.js";
import { compareVersions, executableStatements, readMigrations, type MigrationFile } from "./migration-file.js";

export const MIGRATIONS_DIR = path.join(projectRoot, "migrations");
/** Nodes with labels that start with this are the database's bookkeeping, not the graph: resets keep them, counts skip them. */
export const BOOKKEEPING_LABEL_PREFIX = "__";

/** The labels of Neo4j-Migrations' history and lock nodes (a backup restores the one and never the other). */
export const MIGRATION_LABEL = "__Neo4jMigration";
export const MIGRATION_LOCK_LABEL = "__Neo4jMigrationsLock";

/** Neo4j-Migrations' lock name when no target database is named. */
const LOCK_NAME = "John Doe";
const LOCK_WAIT_MS = 120_000;

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface AppliedMigration {
  version: string;
  description: string;
  source: string;
  checksum: string;
  installedOn: string | null;
  installedBy: string | null;
  executionTimeMs: number | null;
}

export interface MigrationInfo {
  version: string;
  description: string;
  source: string;
  state: "APPLIED" | "PENDING";
  installedOn: string | null;
  installedBy: string | null;
  executionTimeMs: number | null;
}

const SCHEMA = [
  "CREATE CONSTRAINT __Neo4jMigrationsLock__has_unique_id IF NOT EXISTS FOR (l:__Neo4jMigrationsLock) REQUIRE l.id IS UNIQUE",
  "CREATE CONSTRAINT __Neo4jMigrationsLock__has_unique_name IF NOT EXISTS FOR (l:__Neo4jMigrationsLock) REQUIRE l.name IS UNIQUE",
  "CREATE CONSTRAINT unique_version___Neo4jMigration IF NOT EXISTS FOR (m:__Neo4jMigration) REQUIRE (m.version, m.migrationTarget) IS UNIQUE",
];

const HISTORY = `
MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' AND m.migrationTarget IS NULL
OPTIONAL MATCH ()-[r:MIGRATED_TO]->(m)
RETURN m.version AS version, m.description AS description, m.source AS source, m.checksum AS checksum,
       toString(r.at) AS at, r.by AS by, r.in.milliseconds AS ms`;

const RECORD = `
MERGE (baseline:__Neo4jMigration {version: 'BASELINE'})
WITH baseline
MATCH (last:__Neo4jMigration) WHERE last.migrationTarget IS NULL AND NOT (last)-[:MIGRATED_TO]->()
WITH last ORDER BY last.version = 'BASELINE' LIMIT 1
CREATE (last)-[:MIGRATED_TO {at: datetime({timezone: 'UTC'}), in: duration({milliseconds: $ms}), by: $by, connectedAs: $connectedAs}]->
       (:__Neo4jMigration {version: $version, description: $description, type: 'CYPHER', repeatable: false, source: $source, checksum: $checksum})`;

export async function appliedMigrations(driver: Driver, database: string): Promise<AppliedMigration[]> {
  const result = await driver.executeQuery(HISTORY, {}, { database, routing: "READ" });
  return result.records
    .map((r) => ({
      version: r.get("version") as string,
      description: r.get("description") as string,
      source: r.get("source") as string,
      checksum: r.get("checksum") as string,
      installedOn: r.get("at") as string | null,
      installedBy: r.get("by") as string | null,
      executionTimeMs: r.get("ms") === null ? null : Number(r.get("ms")),
    }))
    .sort((a, b) => compareVersions(a.version, b.version));
}

/**
 * Compares the files with the history: refuses a changed checksum, an applied migration whose
 * file is gone, and a new file older than the newest applied one. Returns the pending files.
 */
export function pendingMigrations(files: readonly MigrationFile[], applied: readonly AppliedMigration[]): MigrationFile[] {
  const byVersion = new Map(files.map((f) => [f.version, f]));
  for (const done of applied) {
    const file = byVersion.get(done.version);
    if (!file) throw new MigrationError(`Migration ${done.version} ("${done.description}", ${done.source}) was applied but its file is missing from migrations/; restore it.`);
    if (file.checksum !== done.checksum) {
      throw new MigrationError(
        `Checksum of ${done.version} ("${done.description}") changed! migrations/${file.source} was edited after it was applied (checksum ${done.checksum}, now ${file.checksum}). Undo the edit and put the change in a new migration.`,
      );
    }
  }
  const newest = applied.at(-1)?.version;
  const pending = files.filter((f) => !applied.some((a) => a.version === f.version));
  const tooOld = newest === undefined ? undefined : pending.find((f) => compareVersions(f.version, newest) < 0);
  if (tooOld) throw new MigrationError(`migrations/${tooOld.source} is older than the newest applied migration ${newest}; give it a higher version.`);
  return pending;
}

export async function migrationInfo(driver: Driver, database: string, dir = MIGRATIONS_DIR): Promise<MigrationInfo[]> {
  const applied = await appliedMigrations(driver, database);
  const files = readMigrations(dir);
  const rows: MigrationInfo[] = applied.map((a) => ({ ...a, state: "APPLIED" }));
  for (const f of files) {
    if (!applied.some((a) => a.version === f.version)) {
      rows.push({ version: f.version, description: f.description, source: f.source, state: "PENDING", installedOn: null, installedBy: null, executionTimeMs: null });
    }
  }
  return rows.sort((a, b) => compareVersions(a.version, b.version));
}

async function acquireLock(driver: Driver, database: string, log: Logger): Promise<string> {
  const id = randomUUID();
  const started = Date.now();
  let reported = false;
  for (;;) {
    try {
      await driver.executeQuery("CREATE (:__Neo4jMigrationsLock {id: $id, name: $name})", { id, name: LOCK_NAME }, { database });
      return id;
    } catch (error) {
      if ((error as { code?: string }).code !== "Neo.ClientError.Schema.ConstraintValidationFailed") throw error;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      throw new MigrationError(
        `Another process has held the migration lock for ${LOCK_WAIT_MS / 1000} s. If no migration is running (a process died while migrating), remove the lock: MATCH (l:__Neo4jMigrationsLock) DELETE l`,
      );
    }
    if (!reported) log.info({ step: "migrate" }, "another process is migrating: waiting for it");
    reported = true;
    await sleep(250);
  }
}

/**
 * Applies every pending migration (with `upTo`, those up to that version only: a restore brings an
 * empty database to the migration its data was exported at); returns the versions applied (none when
 * the database is current).
 */
export async function migrate(driver: Driver, database: string, log: Logger, dir = MIGRATIONS_DIR, options: { upTo?: string } = {}): Promise<string[]> {
  const { upTo } = options;
  const files = readMigrations(dir);
  const transactionConfig = { timeout: LONG_JOB_TIMEOUT_MS };
  for (const statement of SCHEMA) await driver.executeQuery(statement, {}, { database, transactionConfig });
  const lock = await acquireLock(driver, database, log);
  const applied: string[] = [];
  try {
    const pending = pendingMigrations(files, await appliedMigrations(driver, database)).filter((f) => upTo === undefined || compareVersions(f.version, upTo) <= 0);
    const { records } = await driver.executeQuery("CALL dbms.showCurrentUser() YIELD username RETURN username", {}, { database });
    const connectedAs = (records[0]?.get("username") as string | undefined) ?? "anonymous";
    for (const file of pending) {
      const started = Date.now();
      const session = driver.session({ database });
      try {
        await session.executeWrite(async (tx) => {
          for (const statement of executableStatements(file)) await tx.run(statement);
        }, transactionConfig);
      } catch (error) {
        throw new MigrationError(`Migration ${file.version} ("${file.description}", migrations/${file.source}) failed and was rolled back: ${(error as Error).message}`);
      } finally {
        await session.close();
      }
      const ms = Date.now() - started;
      await driver.executeQuery(
        RECORD,
        { version: file.version, description: file.description, source: file.source, checksum: file.checksum, ms, by: userInfo().username, connectedAs },
        { database },
      );
      applied.push(file.version);
      log.info({ step: "migrate", version: file.version, description: file.description, ms }, `applied migration ${file.version}`);
    }
    if (applied.length > 0) await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database, transactionConfig });
  } finally {
    await driver.executeQuery("MATCH (l:__Neo4jMigrationsLock {id: $id}) DELETE l", { id: lock }, { database });
  }
  return applied;
}

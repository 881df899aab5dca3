/**
 * Restores an export file (export-graph.ts) into a database with no graph, on any Neo4j 5 with APOC
 * core (its procedures create nodes and relationships of labels and types known only at run time).
 *
 * The schema comes from the migrations, as everywhere else, and the data is brought forward by them:
 *   1. the target is emptied (all nodes but the test database's mark) and its constraints and
 *      indexes dropped: they belonged to the graph that is gone;
 *   2. the migrations are applied up to the one the exported data was at (the header says which),
 *      so the schema is the one that data lived under; a data migration changes nothing on an empty graph;
 *   3. the history those runs recorded is replaced by the file's own (`:__Neo4jMigration` nodes with
 *      the original times, durations and authors), so it is not recorded twice;
 *   4. nodes, then relationships, in batches of bounded size, each in its own transaction;
 *   5. the migrations written since the export are applied to the restored data, as on any
 *      database that is behind.
 *
 * Two kinds of bookkeeping in a file are not restored: the test database's mark (it tells whether
 * the integration tests may wipe this database, which is a property of the target, not of the data:
 * restored into production it would let `npm test` empty production) and a migration lock (it belongs
 * to a process that was migrating at export time; restored, it would block every later migration).
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import { MIGRATIONS_DIR, MIGRATION_LABEL, MIGRATION_LOCK_LABEL, migrate, pendingMigrations } from "../migrations/migrate.js";
import { readMigrations } from "../migrations/migration-file.js";
import { LONG_JOB_TIMEOUT_MS } from "../neo4j.js";
import { TEST_DATABASE_LABEL } from "../test-database.js";
import { BackupError, openExport, type ExportedNode, type ExportedRelationship } from "./export-file.js";
import { progress } from "./progress.js";
import { decodeProperties } from "./property-values.js";

/** Nodes and relationships per transaction: large enough to be quick, small enough for a 512 MB heap. */
export const RESTORE_BATCH_SIZE = 2_000;

/** Labels of the target's own bookkeeping, never taken from a file. */
const NOT_RESTORED = [TEST_DATABASE_LABEL, MIGRATION_LOCK_LABEL];

/**
 * While restoring, every node carries this label and its key from the file, indexed, so that
 * relationships find their ends; both are removed at the end. The label starts with `__`, so if a
 * restore dies halfway, its leftovers count as bookkeeping, and --replace removes them.
 */
const IMPORT_LABEL = "__BackupImport";
const IMPORT_KEY = "__backupKey";
const IMPORT_INDEX = "backup_import_key";

const transactionConfig = { timeout: LONG_JOB_TIMEOUT_MS };

const BLOCKING_NODES = `
MATCH (n) WHERE NOT n:${TEST_DATABASE_LABEL} AND NOT n:${MIGRATION_LABEL}
RETURN count(n) AS count, count(CASE WHEN n:${MIGRATION_LOCK_LABEL} THEN 1 END) AS locks`;

const EMPTY_ALL_BUT_MARK = `
MATCH (n) WHERE NOT n:${TEST_DATABASE_LABEL}
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF $batchSize ROWS`;

const CREATE_NODES = `
UNWIND $rows AS row
CALL apoc.create.node(row.labels, row.properties) YIELD node
RETURN count(node) AS created`;

const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:${IMPORT_LABEL} {${IMPORT_KEY}: row.from})
MATCH (b:${IMPORT_LABEL} {${IMPORT_KEY}: row.to})
CALL apoc.create.relationship(a, row.type, row.properties, b) YIELD rel
RETURN count(rel) AS created`;

const REMOVE_IMPORT_KEYS = `
MATCH (n:${IMPORT_LABEL})
CALL { WITH n REMOVE n:${IMPORT_LABEL}, n.${IMPORT_KEY} } IN TRANSACTIONS OF $batchSize ROWS`;

export interface RestoreOptions {
  /** Empty a database that holds a graph first; without it such a database is refused. */
  replace: boolean;
  batchSize?: number;
  migrationsDir?: string;
}

export interface RestoreSummary {
  nodes: number;
  relationships: number;
  /** Nodes in the file left out on purpose, by label (see NOT_RESTORED). */
  notRestored: Record<string, number>;
  /** Migrations newer than the export, applied to the restored data. */
  migrated: string[];
  ms: number;
}

export async function restoreExport(
  driver: Driver,
  neo4jConfig: Pick<Config["neo4j"], "uri" | "database">,
  file: string,
  options: RestoreOptions,
  log: Logger,
): Promise<RestoreSummary> {
  const { database } = neo4jConfig;
  const batchSize = options.batchSize ?? RESTORE_BATCH_SIZE;
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const started = Date.now();
  const { header, lines, close } = await openExport(file);
  try {
    // Before anything is deleted: the file's migrations must be the ones in migrations/ (same
    // checksums), or the restored database could never be migrated again.
    pendingMigrations(
      readMigrations(migrationsDir),
      header.migrations.map((m) => ({ ...m, installedOn: null, installedBy: null, executionTimeMs: null })),
    );
    await assertRestorable(driver, neo4jConfig, options.replace);
  } catch (error) {
    close();
    throw error;
  }

  try {
    log.info({ step: "restore", file, nodes: header.nodes, relationships: header.relationships, exportedAt: header.createdAt }, "restoring");
    await runInBatches(driver, database, EMPTY_ALL_BUT_MARK, batchSize);
    await dropSchema(driver, database);
    const exportedAt = header.migrations.at(-1)?.version;
    if (exportedAt !== undefined) await migrate(driver, database, log, migrationsDir, { upTo: exportedAt });
    await run(driver, database, `MATCH (m:${MIGRATION_LABEL}) DETACH DELETE m`);
    await run(driver, database, `CREATE INDEX ${IMPORT_INDEX} IF NOT EXISTS FOR (n:${IMPORT_LABEL}) ON (n.${IMPORT_KEY})`);
    await run(driver, database, `CALL db.awaitIndex('${IMPORT_INDEX}', 300)`);

    const counts = await importLines(driver, database, lines, header, batchSize, log);

    await runInBatches(driver, database, REMOVE_IMPORT_KEYS, batchSize);
    await run(driver, database, `DROP INDEX ${IMPORT_INDEX} IF EXISTS`);
    const migrated = await migrate(driver, database, log, migrationsDir);
    if (migrated.length > 0) log.info({ step: "restore", migrated }, "applied the migrations written since the export");
    return { ...counts, migrated, ms: Date.now() - started };
  } catch (error) {
    throw new BackupError(
      `Restoring ${file} into Neo4j at ${neo4jConfig.uri} (database "${database}") failed: ${(error as Error).message}` +
        "\nThe database was emptied first and may hold part of the backup: fix the cause and run the restore again with --replace.",
    );
  } finally {
    close();
  }
}

const run = (driver: Driver, database: string, cypher: string) => driver.executeQuery(cypher, {}, { database, transactionConfig });

/** A `CALL { ... } IN TRANSACTIONS` statement: it must run outside an explicit transaction. */
async function runInBatches(driver: Driver, database: string, cypher: string, batchSize: number): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(cypher, { batchSize: neo4j.int(batchSize) }, transactionConfig).summary();
  } finally {
    await session.close();
  }
}

/** Refuses a database with a graph (unless `replace`) and one where a migration is running. */
async function assertRestorable(driver: Driver, neo4jConfig: Pick<Config["neo4j"], "uri" | "database">, replace: boolean): Promise<void> {
  const { records } = await driver.executeQuery(BLOCKING_NODES, {}, { database: neo4jConfig.database });
  const count = Number(records[0]?.get("count"));
  const where = `Neo4j at ${neo4jConfig.uri} (database "${neo4jConfig.database}")`;
  if (Number(records[0]?.get("locks")) > 0) {
    throw new BackupError(`Refusing to restore into ${where}: a migration is running there (a :${MIGRATION_LOCK_LABEL} node). Wait for it; if no process is migrating, remove the lock: MATCH (l:${MIGRATION_LOCK_LABEL}) DELETE l`);
  }
  if (count > 0 && !replace) {
    throw new BackupError(
      `Refusing to restore into ${where}: it is not empty (${count} nodes besides its migration history and test mark). ` +
        "A restore goes into an empty database. Add --replace to delete everything in it first, or point NEO4J_URI at an empty database.",
    );
  }
}

/** Drops every constraint and index but Neo4j's own lookup indexes: the migrations make the schema anew. */
async function dropSchema(driver: Driver, database: string): Promise<void> {
  // Schema commands take no parameters; the names come from the server and are quoted.
  const quote = (name: string) => `\`${name.replaceAll("`", "``")}\``;
  for (const r of (await run(driver, database, "SHOW CONSTRAINTS YIELD name")).records) await run(driver, database, `DROP CONSTRAINT ${quote(r.get("name") as string)} IF EXISTS`);
  for (const r of (await run(driver, database, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records) await run(driver, database, `DROP INDEX ${quote(r.get("name") as string)} IF EXISTS`);
}

async function importLines(
  driver: Driver,
  database: string,
  lines: AsyncGenerator<{ line: { node: ExportedNode } | { relationship: ExportedRelationship }; number: number }>,
  header: { nodes: number; relationships: number },
  batchSize: number,
  log: Logger,
): Promise<Pick<RestoreSummary, "nodes" | "relationships" | "notRestored">> {
  const notRestored: Record<string, number> = {};
  const leftOutKeys = new Set<number>();
  let nodeLines = 0;
  let relationshipLines = 0;
  let nodeRows: { labels: string[]; properties: Record<string, unknown> }[] = [];
  let relationshipRows: { type: string; from: number; to: number; properties: Record<string, unknown> }[] = [];
  const nodeProgress = progress(log, "restore nodes", header.nodes);
  const relationshipProgress = progress(log, "restore relationships", header.relationships);

  const write = async (cypher: string, rows: unknown[], what: string): Promise<void> => {
    const session = driver.session({ database });
    try {
      const created = await session.executeWrite(async (tx) => Number((await tx.run(cypher, { rows })).records[0]?.get("created")), transactionConfig);
      if (created !== rows.length) throw new BackupError(`${rows.length - created} of ${rows.length} ${what} could not be created (an end missing from the file?); the file is damaged.`);
    } finally {
      await session.close();
    }
  };
  const flushNodes = async () => {
    if (nodeRows.length === 0) return;
    await write(CREATE_NODES, nodeRows, "nodes");
    nodeProgress.add(nodeRows.length);
    nodeRows = [];
  };
  const flushRelationships = async () => {
    if (relationshipRows.length === 0) return;
    await write(CREATE_RELATIONSHIPS, relationshipRows, "relationships");
    relationshipProgress.add(relationshipRows.length);
    relationshipRows = [];
  };

  for await (const { line, number } of lines) {
    if ("node" in line) {
      const { key, labels, properties } = line.node;
      if (relationshipLines > 0) throw new BackupError(`line ${number}: a node after the relationships; the file is damaged.`);
      if (key !== nodeLines) throw new BackupError(`line ${number}: node key ${key} where ${nodeLines} was expected; the file is damaged.`);
      nodeLines++;
      const leftOut = labels.find((label) => NOT_RESTORED.includes(label));
      if (leftOut !== undefined) {
        leftOutKeys.add(key);
        notRestored[leftOut] = (notRestored[leftOut] ?? 0) + 1;
        continue;
      }
      nodeRows.push({ labels: [...labels, IMPORT_LABEL], properties: { ...decodeProperties(properties, `line ${number}`), [IMPORT_KEY]: key } });
      if (nodeRows.length >= batchSize) await flushNodes();
    } else {
      const { type, from, to, properties } = line.relationship;
      if (relationshipLines === 0) {
        await flushNodes();
        nodeProgress.done();
      }
      relationshipLines++;
      if (!(from < nodeLines && to < nodeLines)) throw new BackupError(`line ${number}: a relationship to node ${Math.max(from, to)}, which the file does not hold; the file is damaged.`);
      // A relationship of a left-out node is left out with it (the bookkeeping named above has none).
      if (leftOutKeys.has(from) || leftOutKeys.has(to)) continue;
      relationshipRows.push({ type, from, to, properties: decodeProperties(properties, `line ${number}`) });
      if (relationshipRows.length >= batchSize) await flushRelationships();
    }
  }
  if (relationshipLines === 0) {
    await flushNodes();
    nodeProgress.done();
  }
  await flushRelationships();
  const restored = relationshipProgress.done();
  if (nodeLines !== header.nodes || relationshipLines !== header.relationships) {
    throw new BackupError(
      `the file holds ${nodeLines} nodes and ${relationshipLines} relationships where its header says ${header.nodes} and ${header.relationships}; it is incomplete or damaged.`,
    );
  }
  return { nodes: nodeLines - leftOutKeys.size, relationships: restored.count, notRestored };
}

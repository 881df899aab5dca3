/**
 * The benchmark's own Neo4j: a second local server in `.neo4j-bench/` on Bolt port 7688, started
 * and stopped by the benchmark, so a run never touches the developer's database (`.neo4j/`, 7687).
 * With NEO4J_URI set, that server is used instead, and wiped: the benchmark says so loudly first.
 * Here the synthetic graph is loaded: schema first (the project's migrations), then the sources'
 * texts, nodes and relationships in batches of UNWIND rows, then the indexes are awaited.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadConfig, projectRoot, type Config } from "../src/config.js";
import { connectDatabase } from "../src/db/connect.js";
import { ENTITY_LABEL, LABELS } from "../src/model/graph-model.js";
import { migrate } from "../src/db/migrations/migrate.js";
import { LONG_JOB_TIMEOUT_MS } from "../src/db/neo4j.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../src/db/local-neo4j.js";
import type { Logger } from "../src/logger.js";
import { countFacts, countNodes, formatScale, type SyntheticGraph } from "./synthetic-graph.js";
import type { SourceTextRow } from "./synthetic-texts.js";

export const BENCH_NEO4J_HOME = path.join(projectRoot, ".neo4j-bench");
export const BENCH_BOLT_PORT = Number(process.env.BENCH_BOLT_PORT ?? 7688);
const BATCH_ROWS = 5000;
/** Source texts go in batches of at most this many characters: the largest are half a million each. */
const TEXT_BATCH_CHARACTERS = 5_000_000;
const DELETE_BATCH_ROWS = 10_000;

export interface BenchDatabase {
  config: Config;
  driver: Driver;
  /** The environment that points a child process (the API) at this database. */
  env: Record<string, string>;
  /** True when the benchmark started the server, and so must stop it. */
  startedHere: boolean;
  close(): Promise<void>;
}

/**
 * Points this process's configuration at the benchmark's Neo4j (setting the NEO4J_LOCAL_*
 * variables, which child processes inherit), starts it when needed and connects.
 */
export async function openBenchDatabase(options: { heap: string; pageCache: string }, log: Logger): Promise<BenchDatabase> {
  const external = Boolean(process.env.NEO4J_URI);
  const env: Record<string, string> = external
    ? {}
    : {
        NEO4J_LOCAL_HOME: BENCH_NEO4J_HOME,
        NEO4J_LOCAL_BOLT_PORT: String(BENCH_BOLT_PORT),
        NEO4J_LOCAL_HEAP: options.heap,
        NEO4J_LOCAL_PAGECACHE: options.pageCache,
      };
  Object.assign(process.env, env);
  const config = loadConfig();
  let startedHere = false;
  if (external) {
    const banner = "!".repeat(100);
    log.warn(
      `\n${banner}\nNEO4J_URI is set: the benchmark uses ${config.neo4j.uri} (database "${config.neo4j.database}") and DELETES EVERYTHING IN IT\nfor each scale. Press Ctrl-C within 10 s to keep its data; unset NEO4J_URI to use the benchmark's own Neo4j.\n${banner}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  } else {
    const started = await startLocalNeo4j(config.localNeo4j, config.neo4j, log);
    startedHere = !started.alreadyRunning;
  }
  const driver = await connectDatabase(config, log);
  return {
    config,
    driver,
    env,
    startedHere,
    async close() {
      await driver.close();
      if (startedHere) await stopLocalNeo4j(config.localNeo4j, log);
    },
  };
}

export interface DatabaseDescription {
  neo4jVersion: string;
  edition: string;
  uri: string;
  heap: string;
  pageCache: string;
}

export async function describeDatabase(db: BenchDatabase): Promise<DatabaseDescription> {
  const result = await db.driver.executeQuery(
    "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
    {},
    { database: db.config.neo4j.database },
  );
  const kernel = result.records.find((r) => r.get("name") === "Neo4j Kernel") ?? result.records[0];
  const external = db.config.neo4j.external;
  return {
    neo4jVersion: String(kernel?.get("version") ?? "unknown"),
    edition: String(kernel?.get("edition") ?? "unknown"),
    uri: db.config.neo4j.uri,
    heap: external ? "(server's own)" : db.config.localNeo4j.heap,
    pageCache: external ? "(server's own)" : db.config.localNeo4j.pageCache,
  };
}

/**
 * Deletes every relationship, then every node, each in transactions of 10,000 rows: one
 * transaction over a 100k-practice graph would need gigabytes of heap.
 */
export async function emptyDatabase(db: BenchDatabase, log: Logger): Promise<void> {
  const started = Date.now();
  const session = db.driver.session({ database: db.config.neo4j.database });
  try {
    // CALL { } IN TRANSACTIONS runs only in an auto-commit transaction: session.run, not executeQuery.
    await session.run(`MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF ${DELETE_BATCH_ROWS} ROWS`, {}, { timeout: LONG_JOB_TIMEOUT_MS });
    await session.run(`MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${DELETE_BATCH_ROWS} ROWS`, {}, { timeout: LONG_JOB_TIMEOUT_MS });
  } finally {
    await session.close();
  }
  log.info({ step: "empty", seconds: (Date.now() - started) / 1000 }, "emptied the database");
}

// Labels and types come from graph-model's fixed lists (Cypher cannot take them as parameters).
// CREATE, not MERGE as the seeder does: the database was emptied and the generator's ids are unique.
const createNodes = (label: string) => `
  UNWIND $rows AS row
  CREATE (n:${ENTITY_LABEL}:${label})
  SET n = row`;

const createRelationships = (type: string, from: string, to: string) => `
  UNWIND $rows AS row
  MATCH (a:${from} {id: row.from})
  MATCH (b:${to} {id: row.to})
  CREATE (a)-[r:${type}]->(b)
  SET r.source = row.source, r.quote = row.quote, r.role = row.role`;

// As the write pipeline keeps a version of a source's text (src/writes/change-set.ts storeSourceText).
const CREATE_SOURCE_TEXTS = `
  UNWIND $rows AS row
  CREATE (t:SourceText {hash: row.hash})
  SET t.text = row.text, t.source = row.source, t.storedAt = datetime()`;

/** Consecutive batches of texts, each of at most `limit` characters (or one text, when it alone is longer). */
function* byCharacters(rows: readonly SourceTextRow[], limit: number): Generator<SourceTextRow[]> {
  let batch: SourceTextRow[] = [];
  let characters = 0;
  for (const row of rows) {
    if (batch.length > 0 && characters + row.text.length > limit) {
      yield batch;
      batch = [];
      characters = 0;
    }
    batch.push(row);
    characters += row.text.length;
  }
  if (batch.length > 0) yield batch;
}

export async function loadSyntheticGraph(db: BenchDatabase, graph: SyntheticGraph, log: Logger): Promise<void> {
  const { driver } = db;
  const database = db.config.neo4j.database;
  const scale = formatScale(graph.practices);
  const started = Date.now();
  await migrate(driver, database, log);

  let lastLog = 0;
  const progress = (fields: Record<string, unknown>, done: number, total: number) => {
    if (done < total && Date.now() - lastLog < 2000) return;
    lastLog = Date.now();
    log.info({ step: "load", scale, ...fields, done, total }, "loading");
  };
  const inBatches = async <T>(rows: readonly T[], cypher: string, fields: Record<string, unknown>) => {
    for (let offset = 0; offset < rows.length; offset += BATCH_ROWS) {
      await driver.executeQuery(cypher, { rows: rows.slice(offset, offset + BATCH_ROWS) }, { database, transactionConfig: { timeout: LONG_JOB_TIMEOUT_MS } });
      progress(fields, Math.min(offset + BATCH_ROWS, rows.length), rows.length);
    }
  };

  let textsLoaded = 0;
  for (const rows of byCharacters(graph.sourceTexts, TEXT_BATCH_CHARACTERS)) {
    await driver.executeQuery(CREATE_SOURCE_TEXTS, { rows }, { database, transactionConfig: { timeout: LONG_JOB_TIMEOUT_MS } });
    textsLoaded += rows.length;
    progress({ label: "SourceText" }, textsLoaded, graph.sourceTexts.length);
  }
  for (const label of LABELS) await inBatches(graph.nodes[label], createNodes(label), { label });
  for (const group of graph.facts) {
    await inBatches(group.rows, createRelationships(group.type, group.from, group.to), { type: group.type, from: group.from, to: group.to });
  }
  await driver.executeQuery("CALL db.awaitIndexes(600)", {}, { database, transactionConfig: { timeout: LONG_JOB_TIMEOUT_MS } });
  const counts = await driver.executeQuery(
    `MATCH (n:${ENTITY_LABEL}) WITH count(n) AS nodes MATCH (:${ENTITY_LABEL})-[r]->() RETURN nodes, count(r) AS relationships`,
    {},
    { database },
  );
  const nodes = Number(counts.records[0]?.get("nodes"));
  const relationships = Number(counts.records[0]?.get("relationships"));
  if (nodes !== countNodes(graph) || relationships !== countFacts(graph)) {
    throw new Error(
      `The loaded graph has ${nodes} nodes and ${relationships} relationships; the generator made ${countNodes(graph)} and ${countFacts(graph)}`,
    );
  }
  log.info({ step: "load", scale, nodes, relationships, seconds: (Date.now() - started) / 1000 }, "graph loaded, indexes online");
}

/**
 * The whole seed: validate every file first, then bring the database to the latest migration (the
 * seeds describe the graph there), then the data in one transaction, then the erasure log again.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../config.js";
import { countGraph, type GraphCounts } from "../db/graph-counts.js";
import { BOOKKEEPING_LABEL_PREFIX, migrate } from "../db/migrations/migrate.js";
import type { Logger } from "../logger.js";
import { LONG_JOB_TIMEOUT_MS } from "../db/neo4j.js";
import { replayErasureLog, type ErasureLog } from "../writes/erasure-log.js";
import { recordMigrations } from "../writes/migration-revision.js";
import { loadSeedData } from "./load-graph.js";
import { readSeedData } from "./seed-files.js";

export const DEFAULT_SEEDS_DIR = path.join(projectRoot, "seeds");

export async function seedGraph(
  driver: Driver,
  database: string,
  options: { reset: boolean; seedsDir?: string; erasures?: ErasureLog | undefined; timeoutMs?: number },
  log: Logger,
): Promise<GraphCounts> {
  const seedsDir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
  const data = await readSeedData(seedsDir);
  log.info({ seedsDir, nodes: data.nodes.length, facts: data.facts.length }, "seed files are valid");
  const migrated = await migrate(driver, database, log);
  // A reset load starts the history anew; otherwise the migrations get their revision.
  if (!options.reset) await recordMigrations(driver, database, migrated);
  await loadSeedData(driver, database, data, { reset: options.reset }, log);
  // The seed files still name people erased since (AVG): erase them again.
  if (options.erasures) await replayErasureLog(driver, database, options.erasures, log, options.timeoutMs ?? LONG_JOB_TIMEOUT_MS);
  const counts = await countGraph(driver, database);
  log.info({ counts }, "seed loaded");
  return counts;
}

/** True when the database holds no graph (its migration history aside). */
export async function isGraphEmpty(driver: Driver, database: string): Promise<boolean> {
  const result = await driver.executeQuery(
    "MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH $prefix) RETURN count(n) AS count",
    { prefix: BOOKKEEPING_LABEL_PREFIX },
    { database },
  );
  return Number(result.records[0]?.get("count")) === 0;
}

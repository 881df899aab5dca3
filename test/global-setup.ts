/**
 * Integration tests run against a real Neo4j: the server NEO4J_URI names, or the project's local
 * Neo4j started through the same code as `npm run db:start` (and stopped again afterwards if this
 * run started it). Tests reset and seed that database, so it must carry the test database's mark
 * (src/db/test-database.ts): set here on the local Neo4j, on an empty database or with
 * TEST_ALLOW_RESET=1, and never otherwise; a database without it is refused before any test runs.
 */
import type { Driver } from "neo4j-driver";
import type { TestProject } from "vitest/node";
import { loadConfig, type Config } from "../src/config.js";
import { connectDatabase } from "../src/db/connect.js";
import { localNeo4jStatus, stopLocalNeo4j } from "../src/db/local-neo4j.js";
import { isMarkedTestDatabase, markTestDatabase, notATestDatabase } from "../src/db/test-database.js";
import { createLogger, type Logger } from "../src/logger.js";
import { isGraphEmpty } from "../src/seed/seed-graph.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? "info").child({ component: "test-setup" });
  const wasRunning = config.neo4j.external || (await localNeo4jStatus(config.localNeo4j)).running;
  const driver = await connectDatabase(config, log);
  try {
    await claimTestDatabase(driver, config, log);
  } finally {
    await driver.close();
  }
  project.provide("neo4j", config.neo4j);
  return async () => {
    if (!wasRunning) await stopLocalNeo4j(config.localNeo4j, log);
  };
}

/** Marks the database as one the tests may reset when that is safe or asked for; refuses it otherwise. */
async function claimTestDatabase(driver: Driver, config: Config, log: Logger): Promise<void> {
  const { database } = config.neo4j;
  if (await isMarkedTestDatabase(driver, database)) return;
  const reason = !config.neo4j.external
    ? "the project's local Neo4j"
    : (await isGraphEmpty(driver, database))
      ? "empty"
      : config.testAllowReset
        ? "TEST_ALLOW_RESET=1"
        : undefined;
  if (reason === undefined) throw notATestDatabase(config.neo4j);
  await markTestDatabase(driver, database);
  log.info({ uri: config.neo4j.uri, database, reason }, "marked as a test database");
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Config["neo4j"];
  }
}

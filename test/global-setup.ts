/**
 * Integration tests run against a real Neo4j: the server NEO4J_URI names, or the project's local
 * Neo4j started through the same code as `npm run db:start` (and stopped again afterwards if this
 * run started it). Tests reset and seed that database: never point NEO4J_URI at data you keep.
 */
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.js";
import { connectDatabase } from "../src/db/connect.js";
import { localNeo4jStatus, stopLocalNeo4j } from "../src/db/local-neo4j.js";
import { createLogger } from "../src/logger.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? "info").child({ component: "test-setup" });
  const wasRunning = config.neo4j.external || (await localNeo4jStatus(config.localNeo4j)).running;
  const driver = await connectDatabase(config, log);
  await driver.close();
  project.provide("neo4j", config.neo4j);
  return async () => {
    if (!wasRunning) await stopLocalNeo4j(config.localNeo4j, log);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: ReturnType<typeof loadConfig>["neo4j"];
  }
}

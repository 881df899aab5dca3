/**
 * Gives a process its driver: the configured server when NEO4J_URI is set, otherwise the
 * project's local Neo4j, started if it is not running yet.
 */
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { startLocalNeo4j } from "./local-neo4j.js";
import { assertDatabaseReachable, createDriver } from "./neo4j.js";

export async function connectDatabase(config: Config, log: Logger, driverOptions: Parameters<typeof createDriver>[1] = {}): Promise<Driver> {
  if (!config.neo4j.external) {
    await startLocalNeo4j(config.localNeo4j, config.neo4j, log);
  }
  const driver = createDriver(config.neo4j, driverOptions);
  try {
    await assertDatabaseReachable(driver, config.neo4j);
  } catch (error) {
    await driver.close();
    throw error;
  }
  log.info({ uri: config.neo4j.uri, database: config.neo4j.database }, "connected to Neo4j");
  return driver;
}

/**
 * The mark of a database the integration tests may wipe: one `(:__TestDatabase {createdAt})` node.
 * test/global-setup.ts writes it only on the project's local Neo4j, on an empty database, or with
 * TEST_ALLOW_RESET=1; the tests' reset refuses a database without it. Its label starts with `__`,
 * so it is bookkeeping, not graph (BOOKKEEPING_LABEL_PREFIX): a seed reset (`npm run seed -- --reset`)
 * keeps it, and graph counts, emptiness checks and fingerprints skip it.
 */
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";

export const TEST_DATABASE_LABEL = "__TestDatabase";

const HAS_MARKER = `MATCH (m:${TEST_DATABASE_LABEL}) RETURN count(m) > 0 AS marked`;

const MARK = `MERGE (m:${TEST_DATABASE_LABEL}) ON CREATE SET m.createdAt = datetime()`;

export async function isMarkedTestDatabase(driver: Driver, database: string): Promise<boolean> {
  const result = await driver.executeQuery(HAS_MARKER, {}, { database });
  return result.records[0]?.get("marked") === true;
}

export async function markTestDatabase(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(MARK, {}, { database });
}

export class NotATestDatabaseError extends Error {
  override name = "NotATestDatabaseError";
}

/** The refusal, naming the server, why, and the way out. */
export function notATestDatabase(neo4j: Config["neo4j"]): NotATestDatabaseError {
  return new NotATestDatabaseError(
    `Refusing to reset Neo4j at ${neo4j.uri} (database "${neo4j.database}"): it is not marked as a test database ` +
      `(no :${TEST_DATABASE_LABEL} node) and the integration tests delete everything in the database they reset. ` +
      "The test setup marks only the project's local Neo4j or an empty database. If nothing in this one needs keeping, " +
      "run the tests once with TEST_ALLOW_RESET=1 to mark it; otherwise point NEO4J_URI at another database.",
  );
}

/** Throws NotATestDatabaseError unless the database carries the mark. */
export async function assertTestDatabase(driver: Driver, neo4j: Config["neo4j"]): Promise<void> {
  if (!(await isMarkedTestDatabase(driver, neo4j.database))) throw notATestDatabase(neo4j);
}

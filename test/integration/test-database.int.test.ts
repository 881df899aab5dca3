/**
 * The tests' reset wipes only a database marked as a test database (src/db/test-database.ts): without
 * the mark it refuses and deletes nothing. The mark survives resets, `npm run seed -- --reset` among
 * them, and stays out of the graph's counts.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph } from "../../src/db/graph-counts.js";
import { NotATestDatabaseError, TEST_DATABASE_LABEL } from "../../src/db/test-database.js";
import { seedGraph } from "../../src/seed/seed-graph.js";
import { graphFingerprint, log, resetToSeed, testConfig, testDriver } from "./harness.js";

let driver: Driver;
const { neo4j } = testConfig();
const { database } = neo4j;

/** A node the seeds do not have: a reset that ran would remove it. */
const PROBE = "test-database-probe";

beforeAll(async () => {
  driver = testDriver();
  await resetToSeed(driver);
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n {id: $id}) DETACH DELETE n", { id: PROBE }, { database });
  await driver.close();
});

/** The properties of every marker node (there should be exactly one). */
async function markers(): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(`MATCH (m:${TEST_DATABASE_LABEL}) RETURN properties(m) AS properties`, {}, { database });
  return records.map((r) => r.get("properties") as Record<string, unknown>);
}

/** Runs `body` with the marker removed, then puts it back exactly as it was. */
async function withoutMarker(body: () => Promise<void>): Promise<void> {
  const [marker] = await markers();
  expect(marker).toBeDefined();
  await driver.executeQuery(`MATCH (m:${TEST_DATABASE_LABEL}) DELETE m`, {}, { database });
  try {
    await body();
  } finally {
    await driver.executeQuery(`CREATE (m:${TEST_DATABASE_LABEL}) SET m = $marker`, { marker }, { database });
  }
}

describe("Test database: the reset wipes only a marked database", () => {
  it("is marked by the test setup, once", async () => {
    expect(await markers()).toEqual([{ createdAt: expect.anything() }]);
  });

  it("refuses to reset a database without the mark, naming the server, why and the override, and deletes nothing", async () => {
    await driver.executeQuery("CREATE (:Entity:Theme {id: $id, name: 'Probe', nameEn: 'Probe', aliases: [], type: 'THEME'})", { id: PROBE }, { database });
    const before = await graphFingerprint(driver);
    await withoutMarker(async () => {
      const refusal = await resetToSeed(driver).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(NotATestDatabaseError);
      const message = (refusal as Error).message;
      expect(message).toContain(`Refusing to reset Neo4j at ${neo4j.uri} (database "${database}")`);
      expect(message).toContain("not marked as a test database");
      expect(message).toContain("TEST_ALLOW_RESET=1");
      expect(await graphFingerprint(driver)).toBe(before);
    });
    const { records } = await driver.executeQuery("MATCH (n {id: $id}) RETURN count(n) AS n", { id: PROBE }, { database });
    expect(Number(records[0]?.get("n"))).toBe(1);
    expect(await markers()).toHaveLength(1);
  });

  it("keeps the mark through a reset, and leaves it out of the graph's counts", async () => {
    const [marker] = await markers();
    await resetToSeed(driver);
    expect(await markers()).toEqual([marker]);
    const { nodes } = await countGraph(driver, database);
    expect(Object.keys(nodes)).not.toContain(TEST_DATABASE_LABEL);
  });

  it("does not stand in the way of `npm run seed -- --reset`, which keeps the mark when there is one", async () => {
    const [marker] = await markers();
    const seeded = await countGraph(driver, database);
    // The seed command's own reset: a user's reset of their own database needs no mark...
    await withoutMarker(async () => {
      expect(await seedGraph(driver, database, { reset: true }, log)).toEqual(seeded);
      expect(await markers()).toEqual([]);
    });
    // ...and leaves one in place.
    expect(await seedGraph(driver, database, { reset: true }, log)).toEqual(seeded);
    expect(await markers()).toEqual([marker]);
  });
});

/** `npm run seed` against the real Neo4j: idempotent, evidenced, all or nothing. */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph } from "../../src/db/graph-counts.js";
import { DEFAULT_SEEDS_DIR, seedGraph } from "../../src/seed/seed-graph.js";
import { SeedValidationError } from "../../src/seed/seed-files.js";
import { log, resetToSeed, testConfig, testDriver } from "./harness.js";
import { seedFacts } from "./seed-facts.js";

let driver: Driver;
const { database } = testConfig().neo4j;

beforeAll(async () => {
  driver = testDriver();
  await resetToSeed(driver);
});
afterAll(() => driver.close());

describe("Seed: loading the seed files into Neo4j", () => {
  it("holds at least the promised number of nodes per label", async () => {
    const { nodes } = await countGraph(driver, database);
    expect(nodes.Practice).toBeGreaterThanOrEqual(12);
    expect(nodes.Organisation).toBeGreaterThanOrEqual(18);
    expect(nodes.Network).toBeGreaterThanOrEqual(10);
    expect(nodes.Region).toBeGreaterThanOrEqual(8);
    expect(nodes.Theme).toBeGreaterThanOrEqual(10);
    expect(nodes.Person).toBeGreaterThanOrEqual(10);
    expect(nodes.Source).toBe(5);
  });

  it("gives every relationship a source and a quote found verbatim in that source", async () => {
    const facts = await seedFacts();
    const { records } = await driver.executeQuery(
      "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, r.source AS source, r.quote AS quote",
      {},
      { database },
    );
    expect(records.length).toBe(facts.data.facts.length);
    for (const r of records) {
      const where = `${r.get("from")} -${r.get("type")}-> ${r.get("to")}`;
      expect(typeof r.get("source"), where).toBe("string");
      expect(facts.quoteIsInSource(r.get("source"), r.get("quote")), where).toBe(true);
    }
  });

  it("changes nothing when run twice", async () => {
    const before = await countGraph(driver, database);
    await seedGraph(driver, database, { reset: false }, log);
    expect(await countGraph(driver, database)).toEqual(before);
  });

  it("rejects a file with a bad field, naming file, record and field, and loads nothing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "bad-seeds-"));
    await cp(DEFAULT_SEEDS_DIR, dir, { recursive: true });
    const practices = path.join(dir, "nodes", "practices.yaml");
    await writeFile(practices, `${await readFile(practices, "utf8")}\n- id: new-practice\n  name: New\n  description: Added.\n  kind: RECIPE\n`);
    await driver.executeQuery("MATCH (n:Practice {id: 'mijn-pad'}) SET n.name = 'changed locally'", {}, { database });
    const before = await countGraph(driver, database);

    const failure = await resetToSeed(driver, dir).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SeedValidationError);
    expect((failure as SeedValidationError).problems).toEqual([
      expect.stringMatching(/^nodes\/practices\.yaml: record \d+ \(id "new-practice"\), field "kind": /),
    ]);
    expect(await countGraph(driver, database)).toEqual(before);
    const { records } = await driver.executeQuery("MATCH (n:Practice {id: 'mijn-pad'}) RETURN n.name AS name", {}, { database });
    expect(records[0]?.get("name")).toBe("changed locally");
  });
});

/** `npm run seed` against the real Neo4j: idempotent, evidenced, all or nothing. */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph } from "../../src/db/graph-counts.js";
import { GRAPH_MODEL } from "../../src/model/graph-model.js";
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
    // The five documents and one reference work (the CBS classification of areas), which has no text.
    expect(nodes.Source).toBe(6);
  });

  it("gives every relationship a source and a quote found verbatim in that source, or a reference work and a note", async () => {
    const facts = await seedFacts();
    const { records } = await driver.executeQuery(
      "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, r.source AS source, r.basis AS basis, r.quote AS quote, r.note AS note",
      {},
      { database },
    );
    expect(records.length).toBe(facts.data.facts.length);
    const marked = new Set(GRAPH_MODEL.relationshipTypes.flatMap((rel) => rel.endpoints.filter((e) => e.referenceKnowledge).map((e) => `${rel.type} ${e.from} ${e.to}`)));
    const labelOf = new Map(facts.data.nodes.map((n) => [n.properties.id, n.label]));
    let references = 0;
    for (const r of records) {
      const where = `${r.get("from")} -${r.get("type")}-> ${r.get("to")}`;
      expect(typeof r.get("source"), where).toBe("string");
      if (r.get("basis") === "REFERENCE") {
        references++;
        expect(marked.has(`${r.get("type")} ${labelOf.get(r.get("from"))} ${labelOf.get(r.get("to"))}`), where).toBe(true);
        expect([r.get("quote"), typeof r.get("note")], where).toEqual([null, "string"]);
      } else {
        expect(r.get("basis"), where).toBe("QUOTE");
        expect(facts.quoteIsInSource(r.get("source"), r.get("quote")), where).toBe(true);
      }
    }
    expect(references).toBe(facts.data.facts.filter((f) => f.properties.basis === "REFERENCE").length);
    expect(references).toBeGreaterThan(0);
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

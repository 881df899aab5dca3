/**
 * The write mutations at work, as an editor uses them: each write is one transaction that makes
 * one revision, which the history shows; readers see a write at once; writes sent at the same
 * time are applied one after another, numbered in that order. (Who may write: write-access; what
 * is refused: write-integrity; outages: write-outages.)
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph, type GraphCounts } from "../../src/db/graph-counts.js";
import { bearer, graphFingerprint, seedAndServe, stopServing, testConfig, type TestApi } from "./harness.js";

let driver: Driver;
let api: TestApi;
let seeded: GraphCounts;
let editor: string;
const { database } = testConfig().neo4j;

const SOURCE_TEXT = "Een proef met de Testpraktijk.\nDe Testpraktijk helpt jongeren bij normaliseren.";
const QUOTE = "De Testpraktijk helpt jongeren bij normaliseren.";

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  seeded = await countGraph(driver, database);
  editor = await bearer({ roles: ["editor"], sub: "editor-1", name: "Eda Editor" }, { expiresIn: "1h" });
});
afterAll(() => stopServing(api, driver));

interface Revision {
  id: string;
  operation: string;
  comment: string | null;
  author: { id: string; name: string };
  summary: string;
}
const REVISION = "revision { id operation comment author { id name } summary }";

async function write<T = Record<string, { revision: Revision | null }>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await api.query<T>(query, variables, { authorization: editor });
  expect(errors).toBeUndefined();
  return data as T;
}

describe("Mutations: an editor's round trip", () => {
  it("adds a source, creates a practice, links it with a verified quote, and takes it all back, each step a revision the history shows", async () => {
    const added = await write<{ addSource: { revision: Revision; entity: { id: string } } }>(
      `mutation ($text: String!) { addSource(input: { id: "test-source", text: $text, title: "Een proef", language: "nl" }, comment: "A source for the test") { ${REVISION} entity { id } } }`,
      { text: SOURCE_TEXT },
    );
    expect(added.addSource.entity).toEqual({ id: "test-source" });
    expect(added.addSource.revision).toMatchObject({ operation: "addSource", comment: "A source for the test", author: { id: "editor-1", name: "Eda Editor" } });

    const created = await write<{ createEntity: { revision: Revision; entity: { id: string; type: string; name: string } } }>(
      `mutation { createEntity(type: PRACTICE, id: "test-practice", fields: { name: "Testpraktijk", aliases: ["TP"], kind: "METHOD" }) { ${REVISION} entity { id type name } } }`,
    );
    expect(created.createEntity.entity).toEqual({ id: "test-practice", type: "PRACTICE", name: "Testpraktijk" });
    expect(created.createEntity.revision.summary).toBe("createEntity: created Practice test-practice");

    const linked = await write<{ link: { revision: Revision } }>(
      `mutation ($quote: String!) { link(from: "test-practice", type: ADDRESSES, to: "normaliseren", evidence: { source: "test-source", quote: $quote, role: "helps" }, expectedRevision: "${created.createEntity.revision.id}") { ${REVISION} } }`,
      { quote: QUOTE },
    );
    expect(linked.link.revision.summary).toBe("link: linked test-practice ADDRESSES normaliseren (source test-source)");

    const read = await api.query<{ practices: unknown[] }>(`{ practices(where: { id: { eq: "test-practice" } }) { themesConnection { edges { properties { source quote role } node { id } } } } }`);
    expect(read.data?.practices).toEqual([{ themesConnection: { edges: [{ properties: { source: "test-source", quote: QUOTE, role: "helps" }, node: { id: "normaliseren" } }] } }]);
    // The quote was found where the source's text has it.
    const stored = await driver.executeQuery(`MATCH (:Practice {id: "test-practice"})-[r:ADDRESSES]->() RETURN r.quoteStart AS start, r.quoteEnd AS end`, {}, { database });
    expect(SOURCE_TEXT.slice(Number(stored.records[0]?.get("start")), Number(stored.records[0]?.get("end")))).toBe(QUOTE);

    const unlinked = await write<{ unlink: { revision: Revision } }>(`mutation { unlink(from: "test-practice", type: ADDRESSES, to: "normaliseren", source: "test-source") { ${REVISION} } }`);
    const deleted = await write<{ deleteEntity: { revision: Revision } }>(`mutation { deleteEntity(id: "test-practice", expectedRevision: "${unlinked.unlink.revision.id}") { ${REVISION} } }`);
    await write(`mutation { deleteEntity(id: "test-source") { revision { id } } }`);

    const history = await api.query<{ history: { revisions: { id: string; operation: string }[] } }>(`{ history(id: "test-practice") { revisions { id operation } } }`);
    expect(history.data?.history.revisions).toEqual([
      { id: deleted.deleteEntity.revision.id, operation: "deleteEntity" },
      { id: unlinked.unlink.revision.id, operation: "unlink" },
      { id: linked.link.revision.id, operation: "link" },
      { id: created.createEntity.revision.id, operation: "createEntity" },
    ]);
    // Revisions are numbered in commit order, one after another.
    const ids = [added.addSource.revision, created.createEntity.revision, linked.link.revision, unlinked.unlink.revision, deleted.deleteEntity.revision].map((r) => Number(r.id));
    expect(ids).toEqual(ids.map((_, i) => (ids[0] as number) + i));
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it("answers a write that changes nothing with no revision, and writes none", async () => {
    const before = await graphFingerprint(driver);
    const current = await api.query<{ entity: { name: string } }>(`{ entity(id: "normaliseren") { name } }`);
    const { updateEntity } = await write<{ updateEntity: { revision: Revision | null } }>(`mutation ($name: String) { updateEntity(id: "normaliseren", fields: { name: $name }) { ${REVISION} } }`, {
      name: current.data?.entity.name,
    });
    expect(updateEntity.revision).toBeNull();
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it("reverts a revision as a new revision that says what it undid", async () => {
    const created = await write<{ createEntity: { revision: Revision } }>(`mutation { createEntity(type: THEME, id: "test-reverted", fields: { name: "Terug", nameEn: "Back", aliases: [] }) { ${REVISION} } }`);
    const reverted = await write<{ revert: { revision: Revision & { reverts: string } } }>(`mutation ($id: ID!) { revert(revision: $id) { revision { id operation reverts summary } } }`, { id: created.createEntity.revision.id });
    expect(reverted.revert.revision).toMatchObject({ operation: "revert", reverts: created.createEntity.revision.id, summary: "revert: deleted Theme test-reverted" });
    expect(await countGraph(driver, database)).toEqual(seeded);
  });
});

describe("Mutations: what readers see next", () => {
  it("makes a theme an editor creates known to the questions at once", async () => {
    const ask = () => api.query(`{ partnersOnTheme(theme: "Testthema") { organisation { id } } }`);
    expect((await ask()).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await write(`mutation { createEntity(type: THEME, id: "testthema", fields: { name: "Testthema", nameEn: "Test theme", aliases: [] }) { revision { id } } }`);
    expect(await ask()).toMatchObject({ data: { partnersOnTheme: [] } });
    await write(`mutation { deleteEntity(id: "testthema") { revision { id } } }`);
    expect(await countGraph(driver, database)).toEqual(seeded);
  });
});

describe("Mutations: one transaction each", () => {
  it("refuses a link whose evidence misses its quote, naming the field, writing nothing", async () => {
    const before = await graphFingerprint(driver);
    // The quote is optional in the input only because reference knowledge has none.
    const { errors } = await api.query(`mutation { link(from: "mijn-pad", type: ADDRESSES, to: "normaliseren", evidence: { source: "004_efa2b08d00db0bc5" }) { revision { id } } }`, {}, { authorization: editor });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "evidence.quote" });
    expect(errors?.[0]?.message).toMatch(/^evidence\.quote is required: the sentence of source "004_efa2b08d00db0bc5" that states the link, verbatim/);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it("keeps nothing of a change whose revision the database refuses to store", async () => {
    // A constraint the write checks do not know makes the database refuse the second revision with this comment.
    await driver.executeQuery("CREATE CONSTRAINT test_revision_comment IF NOT EXISTS FOR (r:Revision) REQUIRE r.comment IS UNIQUE", {}, { database });
    try {
      await write(`mutation { createEntity(type: THEME, id: "test-first", fields: { name: "Eerste", nameEn: "First", aliases: [] }, comment: "Said twice") { revision { id } } }`);
      const before = await graphFingerprint(driver);
      const { data, errors } = await api.query(`mutation { createEntity(type: THEME, id: "test-second", fields: { name: "Tweede", nameEn: "Second", aliases: [] }, comment: "Said twice") { revision { id } } }`, {}, { authorization: editor });
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toMatch(/Conflicts with existing data/);
      expect(await graphFingerprint(driver)).toBe(before);
      await write(`mutation { deleteEntity(id: "test-first") { revision { id } } }`);
    } finally {
      await driver.executeQuery("DROP CONSTRAINT test_revision_comment IF EXISTS", {}, { database });
    }
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it("applies writes sent at the same time one after another: every one answered, numbered in commit order with none twice", async () => {
    const themes = Array.from({ length: 12 }, (_, i) => `test-concurrent-${i}`);
    const answers = await Promise.all(
      themes.map((id) => api.query<{ createEntity: { revision: Revision } }>(`mutation ($id: ID!, $name: String) { createEntity(type: THEME, id: $id, fields: { name: $name, nameEn: $name, aliases: [] }) { revision { id } } }`, { id, name: id }, { authorization: editor })),
    );
    expect(answers.map((a) => a.errors?.[0]?.message ?? "ok")).toEqual(themes.map(() => "ok"));
    const ids = answers.map((a) => Number(a.data?.createEntity.revision.id)).sort((a, b) => a - b);
    expect(ids).toEqual(ids.map((_, i) => (ids[0] as number) + i));
    const version = await driver.executeQuery(`MATCH (v:GraphVersion {id: "graph"}) RETURN v.revision AS version`, {}, { database });
    expect(Number(version.records[0]?.get("version"))).toBe(ids.at(-1));
  });
});

/**
 * Search sees writes (issue 26): each API process keeps its own name index (src/search/), so two
 * API instances on one database stand for two processes. An editor writes through A; the next
 * search on B (which built its index before the write) and on A finds what was written, and no
 * longer finds what was renamed or erased. Every node type the editors create is written.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_TYPES, fullFields } from "./write-cases.js";
import { bearer, resetToSeed, startTestApi, testDriver, type TestApi } from "./harness.js";

const SEARCH = `query ($text: String!) { search(text: $text, limit: 5) { score entity { id name aliases } } }`;
const CREATE = `mutation ($type: EntityType!, $id: ID!, $fields: EntityFields!) { createEntity(type: $type, id: $id, fields: $fields, comment: "search-sees-writes test") { revision { id } } }`;
const UPDATE = `mutation ($id: ID!, $fields: EntityFields!) { updateEntity(id: $id, fields: $fields, comment: "search-sees-writes test") { revision { id } } }`;
const ERASE = `mutation ($id: ID!) { erasePerson(id: $id, reason: "search-sees-writes test") { revision { id } } }`;

/**
 * Words no seed has, nor the scratch fields' descriptions ("Scratch Practice description"): per
 * node type one for its name, one for its new name and one for its alias, so each search means one
 * entity, and a name's old words are in nothing it still has.
 */
const WORDS = {
  name: ["Zwaluwstaart", "Kruidnagel", "Vuurtoren", "Ijsvogel", "Klaproos", "Marmot", "Otterdam", "Reigerplas"],
  renamed: ["Bosanemoon", "Egelantier", "Hazelworm", "Pimpernel", "Duizendblad", "Lisdodde", "Watermunt", "Sleedoorn"],
  alias: ["Goudvink", "Nachtegaal", "Roodborst", "Tjiftjaf", "Wielewaal", "Grutto", "Kwikstaart", "Patrijs"],
};
const word = (kind: keyof typeof WORDS, i: number): string => WORDS[kind][i % WORDS[kind].length] ?? kind;

let driver: Driver;
let a: TestApi;
let b: TestApi;
const headers: Record<"editor" | "privacy", Record<string, string>> = { editor: {}, privacy: {} };

type Hits = { search: { score: number; entity: { id: string; name: string; aliases: string[] } }[] };

/**
 * The ids of a search's hits on one API found by their names. Those the full-text index adds
 * (descriptions; it holds names too, and Neo4j keeps it current by itself) score at most 1, the
 * name index's above 1 (search.ts): only these prove what the name index knows.
 */
async function found(api: TestApi, text: string): Promise<string[]> {
  const { data, errors } = await api.query<Hits>(SEARCH, { text });
  expect(errors, text).toBeUndefined();
  return data?.search.filter((hit) => hit.score > 1).map((hit) => hit.entity.id) ?? [];
}

async function write(query: string, variables: Record<string, unknown>, as: "editor" | "privacy" = "editor"): Promise<void> {
  const { errors } = await a.query(query, variables, headers[as]);
  expect(errors, JSON.stringify(variables)).toBeUndefined();
}

beforeAll(async () => {
  driver = testDriver();
  await resetToSeed(driver);
  a = await startTestApi(driver);
  b = await startTestApi(driver);
  headers.editor = { authorization: await bearer({ roles: ["editor"], sub: "search-tester" }) };
  headers.privacy = { authorization: await bearer({ roles: ["privacy"], sub: "privacy-officer" }) };
  // Both indexes are built and current before the writes.
  expect(await found(b, "mijn pad")).toContain("mijn-pad");
  expect(await found(a, "mijn pad")).toContain("mijn-pad");
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await driver?.close();
});

describe("Search sees writes on the next request, on every process", () => {
  const cases = ENTITY_TYPES.map((node, i) => ({
    node,
    id: `ssw-${node.label.toLowerCase()}`,
    name: `${word("name", i)} Oud`,
    alias: word("alias", i),
    renamed: `${word("renamed", i)} Nieuw`,
  }));

  it.each(cases)("finds a new $node.label by its whole name, first", async ({ node, id, name }) => {
    expect(await found(b, name)).not.toContain(id);
    await write(CREATE, { type: node.entityType, id, fields: fullFields(node, name) });
    for (const api of [b, a]) expect((await found(api, name))[0], name).toBe(id);
  });

  it.each(cases)("finds a $node.label by a new alias", async ({ id, alias }) => {
    expect(await found(b, alias)).not.toContain(id);
    await write(UPDATE, { id, fields: { aliases: [alias] } });
    for (const api of [b, a]) expect((await found(api, alias))[0], alias).toBe(id);
  });

  it.each(cases)("finds a renamed $node.label by its new name, and not by the old", async ({ id, name, renamed }) => {
    expect(await found(b, name)).toContain(id);
    await write(UPDATE, { id, fields: { name: renamed } });
    for (const api of [b, a]) {
      expect((await found(api, renamed))[0], renamed).toBe(id);
      expect(await found(api, name), name).not.toContain(id);
    }
  });

  it("finds an erased person by none of their names, on either process", async () => {
    const person = cases.find((c) => c.node.label === "Person");
    expect(person).toBeDefined();
    const { id, renamed, alias } = person as (typeof cases)[number];
    expect(await found(b, renamed)).toContain(id);
    await write(ERASE, { id }, "privacy");
    for (const api of [b, a]) {
      for (const text of [renamed, alias]) {
        const { data } = await api.query<Hits>(SEARCH, { text });
        expect(data?.search.map((hit) => hit.entity.id), text).not.toContain(id);
        expect(JSON.stringify(data), text).not.toContain(renamed);
      }
    }
  });
});

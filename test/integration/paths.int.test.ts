/**
 * The path questions (connection, paths) against the seeded Neo4j: what a path passes through by
 * default and when asked, what it avoids, and the k shortest paths. Expected paths are computed here
 * from the seed files by a search of this file's own (every simple path of each length in turn,
 * sorted), not by the API's algorithm; the cost bound is checked on a hub built for it.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAndServe, stopServing, type TestApi } from "./harness.js";
import { seedFacts, type SeedFacts } from "./seed-facts.js";

let driver: Driver;
let api: TestApi;
let facts: SeedFacts;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  facts = await seedFacts();
});
afterAll(() => stopServing(api, driver));

const DEFAULT_VIA = ["PERSON", "ORGANISATION", "NETWORK", "PRACTICE"];
const WIDE_VIA = [...DEFAULT_VIA, "THEME", "REGION"];

interface Options {
  via?: string[];
  avoid?: string[];
  maxHops?: number;
  k?: number;
}

/** The first k simple paths by length, then node ids, whose inner nodes are of `via` types and not avoided. */
function expectedPaths(from: string, to: string, { via = DEFAULT_VIA, avoid = [], maxHops = 6, k = 1 }: Options): string[][] {
  const typeOf = new Map(facts.data.nodes.map((n) => [n.properties.id, n.label.toUpperCase()]));
  const passable = (id: string) => via.includes(typeOf.get(id) ?? "") && !avoid.includes(id);
  const found: string[][] = [];
  for (let length = 1; length <= maxHops && found.length < k; length++) {
    const ofLength: string[][] = [];
    const walk = (path: string[]) => {
      const last = path[path.length - 1] as string;
      if (path.length === length + 1) return void (last === to && ofLength.push(path));
      if (last === to) return;
      for (const next of new Set(facts.neighbours(last))) {
        if (!path.includes(next) && (next === to || passable(next))) walk([...path, next]);
      }
    };
    walk([from]);
    ofLength.sort((a, b) => (a.join(" ") < b.join(" ") ? -1 : 1));
    found.push(...ofLength.slice(0, k - found.length));
  }
  return found;
}

/** As the API without `via`: through DEFAULT_VIA, or through WIDE_VIA when that gives none. */
const expectedWithFallback = (from: string, to: string, options: Omit<Options, "via"> = {}) => {
  const paths = expectedPaths(from, to, options);
  return paths.length > 0 ? paths : expectedPaths(from, to, { ...options, via: WIDE_VIA });
};

interface PathOut {
  nodes: { id: string; type: string }[];
  edges: { from: string; to: string; type: string; evidence: { quote: string; source: { id: string } }[] }[];
}

const CONNECTION = `query ($from: ID!, $to: ID!, $maxHops: Int, $via: [EntityType!], $avoid: [ID!]) {
  connection(from: $from, to: $to, maxHops: $maxHops, via: $via, avoid: $avoid) {
    nodes { id type }
    edges { from to type evidence { quote source { id } } }
  }
}`;
const PATHS = `query ($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $via: [EntityType!], $avoid: [ID!]) {
  paths(from: $from, to: $to, k: $k, maxHops: $maxHops, via: $via, avoid: $avoid) {
    nodes { id type }
    edges { from to type evidence { quote source { id } } }
  }
}`;

const ids = (path: PathOut) => path.nodes.map((n) => n.id);

/** Each edge joins the nodes either side of it with a relationship the seeds state, and carries that evidence. */
function expectValid(path: PathOut) {
  expect(path.edges.length).toBe(path.nodes.length - 1);
  path.edges.forEach((edge, i) => {
    expect([edge.from, edge.to].sort()).toEqual([path.nodes[i]?.id, path.nodes[i + 1]?.id].sort());
    const stated = facts.all(edge.type as never).filter((f) => f.from === edge.from && f.to === edge.to);
    expect(stated.length, `${edge.from} ${edge.type} ${edge.to} is in the seeds`).toBeGreaterThan(0);
    expect(edge.evidence.map((e) => e.source.id).sort()).toEqual(stated.map((f) => f.source).sort());
    for (const e of edge.evidence) expect(facts.quoteIsInSource(e.source.id, e.quote)).toBe(true);
  });
}

const inner = (path: PathOut) => path.nodes.slice(1, -1);

describe("Query.connection: what a path passes through", () => {
  it("joins two people of different networks through people, organisations, networks and practices only, where such a path exists", async () => {
    const [a, b] = facts.peopleInDifferentNetworks();
    const expected = expectedPaths(a, b, {});
    expect(expected.length, "the seeds join these two without a theme or region").toBe(1);
    const { data, errors } = await api.query<{ connection: PathOut }>(CONNECTION, { from: a, to: b });
    expect(errors).toBeUndefined();
    expect(ids(data!.connection)).toEqual(expected[0]);
    expect(inner(data!.connection).every((n) => DEFAULT_VIA.includes(n.type))).toBe(true);
    expectValid(data!.connection);
  });

  it("passes through a theme or region when the caller allows it with `via`, and only then", async () => {
    const [a, b] = facts.peopleInDifferentNetworks();
    const wide = expectedPaths(a, b, { via: WIDE_VIA });
    const { data } = await api.query<{ connection: PathOut }>(CONNECTION, { from: a, to: b, via: WIDE_VIA });
    expect(ids(data!.connection)).toEqual(wide[0]);
    expectValid(data!.connection);
    // Two networks that share a theme: through themes alone, the path is network - theme - network.
    const network = facts.data.nodes.filter((n) => n.label === "Network").map((n) => n.properties.id);
    const pair = network.flatMap((x) => network.map((y) => [x, y] as const)).find(([x, y]) => x < y && expectedPaths(x, y, { via: ["THEME"] })[0]?.length === 3);
    expect(pair, "two networks of the seeds share a theme").toBeDefined();
    const [x, y] = pair!;
    const viaThemes = await api.query<{ connection: PathOut }>(CONNECTION, { from: x, to: y, via: ["THEME"] });
    expect(ids(viaThemes.data!.connection)).toEqual(expectedPaths(x, y, { via: ["THEME"] })[0]);
    expect(inner(viaThemes.data!.connection).map((n) => n.type)).toEqual(["THEME"]);
  });

  it("falls back to themes and regions when no other path exists within maxHops", async () => {
    // A region or theme whose every link is to another region or theme: only the fallback reaches it.
    const [person] = facts.peopleInDifferentNetworks();
    const end = facts.data.nodes
      .filter((n) => n.label === "Region" || n.label === "Theme")
      .map((n) => n.properties.id)
      .find((id) => expectedPaths(person, id, {}).length === 0 && expectedPaths(person, id, { via: WIDE_VIA }).length > 0);
    expect(end, "a region or theme of the seeds that only themes and regions lead to").toBeDefined();
    const { data } = await api.query<{ connection: PathOut }>(CONNECTION, { from: person, to: end });
    expect(ids(data!.connection)).toEqual(expectedWithFallback(person, end!)[0]);
    expect(inner(data!.connection).some((n) => n.type === "THEME" || n.type === "REGION")).toBe(true);
    // With `via` there is no fallback.
    const strict = await api.query(CONNECTION, { from: person, to: end, via: DEFAULT_VIA });
    expect(strict.data).toEqual({ connection: null });
  });

  it("passes by every node `avoid` names", async () => {
    const [a, b] = facts.peopleInDifferentNetworks();
    // An inner node of the first path that some other path passes by.
    const avoid = [expectedPaths(a, b, {})[0]!.slice(1, -1).find((id) => expectedWithFallback(a, b, { avoid: [id] }).length > 0)!];
    expect(avoid[0], "another path passes by a node of the first").toBeDefined();
    const { data } = await api.query<{ connection: PathOut }>(CONNECTION, { from: a, to: b, avoid });
    expect(ids(data!.connection)).toEqual(expectedWithFallback(a, b, { avoid })[0]);
    expect(ids(data!.connection)).not.toContain(avoid[0]);
  });
});

describe("Query.paths", () => {
  it("gives the k shortest distinct paths, by length then node ids, each joined by its edges with their evidence", async () => {
    const [a, b] = facts.peopleInDifferentNetworks();
    for (const k of [1, 3, 10]) {
      const { data, errors } = await api.query<{ paths: PathOut[] }>(PATHS, { from: a, to: b, k, via: WIDE_VIA });
      expect(errors).toBeUndefined();
      const expected = expectedPaths(a, b, { via: WIDE_VIA, k });
      expect(data!.paths.map(ids)).toEqual(expected);
      expect(new Set(expected.map((p) => p.join(" "))).size).toBe(expected.length);
      data!.paths.forEach(expectValid);
    }
  });

  it("gives fewer than k when fewer exist", async () => {
    const [a, b] = facts.peopleInDifferentNetworks();
    const expected = expectedWithFallback(a, b, { k: 10 });
    const { data } = await api.query<{ paths: PathOut[] }>(PATHS, { from: a, to: b, k: 10 });
    expect(data!.paths.map(ids)).toEqual(expected);
    const fact = facts.all("INVOLVED_IN")[0]!;
    const direct = await api.query<{ paths: PathOut[] }>(PATHS, { from: fact.from, to: fact.to, k: 10, maxHops: 1 });
    expect(direct.data!.paths.map(ids)).toEqual([[fact.from, fact.to]]);
  });

  it("passes by every node `avoid` names, in every path", async () => {
    const [a, b] = facts.peopleInDifferentNetworks();
    const avoid = [expectedPaths(a, b, { via: WIDE_VIA })[0]![1]!];
    const { data } = await api.query<{ paths: PathOut[] }>(PATHS, { from: a, to: b, k: 10, via: WIDE_VIA, avoid });
    expect(data!.paths.map(ids)).toEqual(expectedPaths(a, b, { via: WIDE_VIA, avoid, k: 10 }));
    for (const path of data!.paths) expect(ids(path)).not.toContain(avoid[0]);
  });

  it.each([
    ["k 0", { k: 0 }, "BAD_USER_INPUT", "k", /"k" must be a whole number from 1 to 10; got 0/],
    ["k 11", { k: 11 }, "BAD_USER_INPUT", "k", /"k" must be a whole number from 1 to 10; got 11/],
    ["maxHops 11", { maxHops: 11 }, "BAD_USER_INPUT", "maxHops", /"maxHops" must be a whole number from 1 to 10/],
    ["a type nothing links", { via: ["SOURCE"] }, "BAD_USER_INPUT", "via", /"via" may name .*PERSON.*; got SOURCE/],
    ["an unknown id to avoid", { avoid: ["nobody-at-all"] }, "NOT_FOUND", "avoid", /"nobody-at-all" \(argument "avoid"\)/],
    ["101 ids to avoid", { avoid: Array.from({ length: 101 }, (_, i) => `x-${i}`) }, "BAD_USER_INPUT", "avoid", /at most 100 ids; got 101/],
    ["an end to avoid", { avoid: ["samen"] }, "BAD_USER_INPUT", "avoid", /names "samen", an end of the path/],
    ["an unknown from", { from: "nobody-at-all" }, "NOT_FOUND", "from", /"nobody-at-all" \(argument "from"\)/],
    ["an unknown to", { to: "nobody-at-all" }, "NOT_FOUND", "to", /"nobody-at-all" \(argument "to"\)/],
  ])("refuses %s, naming the argument", async (_case, variables, code, argument, message) => {
    for (const query of [PATHS, CONNECTION]) {
      if (query === CONNECTION && "k" in variables) continue;
      const { data, errors } = await api.query(query, { from: "samen", to: "mijn-pad", ...variables });
      expect(data).toEqual(query === PATHS ? null : { connection: null });
      expect(errors?.[0]?.extensions).toMatchObject({ code, argument });
      expect(errors?.[0]?.message).toMatch(message);
    }
  });

  it("refuses a type the schema does not know, naming the variable", async () => {
    const { errors } = await api.query(PATHS, { from: "samen", to: "mijn-pad", via: ["TOPIC"] });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/\$via.*TOPIC/);
  });
});

describe("Path questions: bounded work around hubs", () => {
  // Two people joined through 150 networks, each with all of 150 organisations as members:
  // 22,500 paths of 3 links and some 500 million of 5; a search that lists paths would never end.
  const SIZE = 150;
  const pad = (i: number) => String(i).padStart(3, "0");

  beforeAll(async () => {
    await driver.executeQuery(
      `CREATE (a:Entity:Person {id: 'hub-test-a', name: 'Hub A', type: 'PERSON', aliases: []}),
              (b:Entity:Person {id: 'hub-test-b', name: 'Hub B', type: 'PERSON', aliases: []})
       WITH a, b
       UNWIND range(0, $size - 1) AS i
       CREATE (a)-[:INVOLVED_IN {source: 'hub-test', quote: 'hub'}]->(:Entity:Network {id: 'hub-test-m' + right('00' + toString(i), 3), name: 'M', type: 'NETWORK', aliases: []}),
              (b)-[:WORKS_AT {source: 'hub-test', quote: 'hub'}]->(:Entity:Organisation {id: 'hub-test-n' + right('00' + toString(i), 3), name: 'N', type: 'ORGANISATION', aliases: []})`,
      { size: SIZE },
    );
    await driver.executeQuery(
      `MATCH (m:Network) WHERE m.id STARTS WITH 'hub-test-m' MATCH (n:Organisation) WHERE n.id STARTS WITH 'hub-test-n'
       CREATE (n)-[:MEMBER_OF {source: 'hub-test', quote: 'hub'}]->(m)`,
    );
  });
  afterAll(async () => {
    await driver.executeQuery(`MATCH (n:Entity) WHERE n.id STARTS WITH 'hub-test-' DETACH DELETE n`);
  });

  it(`answers the 10 shortest paths across ${SIZE} × ${SIZE} links within three seconds, the first by node ids`, async () => {
    const started = performance.now();
    const { data, errors } = await api.query<{ paths: { nodes: { id: string }[] }[] }>(
      `{ paths(from: "hub-test-a", to: "hub-test-b", k: 10, maxHops: 10) { nodes { id } } }`,
    );
    const elapsed = performance.now() - started;
    expect(errors).toBeUndefined();
    expect(data!.paths.map((p) => p.nodes.map((n) => n.id))).toEqual(
      Array.from({ length: 10 }, (_, j) => ["hub-test-a", "hub-test-m000", `hub-test-n${pad(j)}`, "hub-test-b"]),
    );
    // About half a second on an idle machine; the margin is for a busy one. Listing paths would not end.
    expect(elapsed).toBeLessThan(3000);
  });

  it("answers null, soon, when the hub leads nowhere near the other end", async () => {
    await driver.executeQuery(`CREATE (:Entity:Person {id: 'hub-test-alone', name: 'Alone', type: 'PERSON', aliases: []})`);
    const started = performance.now();
    const { data, errors } = await api.query(`{ connection(from: "hub-test-a", to: "hub-test-alone", maxHops: 10) { nodes { id } } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ connection: null });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

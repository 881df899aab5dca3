/**
 * An anonymous request's cost is bounded whatever its variables: filters are measured once the
 * variables are known, input nesting is capped before anything walks it, search text is capped,
 * every Cypher statement has a time limit, and the probes that ask Neo4j are rate-limited. Each
 * refusal names the limit and changes nothing.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FACETS_LIMITS } from "../../src/graphql/questions/facets.js";
import { GAPS_LIMITS } from "../../src/graphql/questions/gaps.js";
import { SEARCH_TEXT_LIMITS } from "../../src/graphql/questions/search.js";
import { MAX_SORT_KEYS } from "../../src/server/request-checks.js";
import { countingDriver } from "./counting-driver.js";
import { graphFingerprint, seedAndServe, startTestApi, stopServing, testConfig, type TestApi } from "./harness.js";

let driver: Driver;
let api: TestApi;
let seeded: string;
const { maxFilterClauses, maxInputDepth } = testConfig().queryLimits;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  seeded = await graphFingerprint(driver);
});
afterEach(async () => {
  expect(await graphFingerprint(driver)).toBe(seeded);
});
afterAll(() => stopServing(api, driver));

const PRACTICES = `query ($w: PracticeWhere) { practices(where: $w) { id } }`;
const ors = (n: number) => ({ OR: Array.from({ length: n }, (_, i) => ({ id: { eq: `practice-${i}` } })) });
const nots = (depth: number) => {
  let where: Record<string, unknown> = { id: { eq: "mijn-pad" } };
  for (let i = 0; i < depth; i++) where = { NOT: where };
  return where;
};

describe("Cost: filters, measured with their variables", () => {
  it.each([
    ["3000 ORs through a variable", PRACTICES, { w: ors(3000) }],
    // ors(n) holds 1 + 2n conditions: OR, and id and eq for each.
    ["one condition too many through a variable", PRACTICES, { w: ors(Math.floor(maxFilterClauses / 2)) }],
    ["too many conditions in a nested connection's where", `query ($w: PracticeWhere) { themes { practicesConnection(where: { node: $w }) { totalCount } } }`, { w: ors(3000) }],
    ["too many conditions over several aliases", `query ($w: PracticeWhere) { a: practices(where: $w) { id } b: practices(where: $w) { id } }`, { w: ors(Math.floor(maxFilterClauses / 4) + 1) }],
    ["too many conditions written in the query", `{ practices(where: ${JSON.stringify(ors(Math.floor(maxFilterClauses / 2))).replace(/"(\w+)":/g, "$1:")}) { id } }`, {}],
  ])("refuses %s with 400 BAD_USER_INPUT naming MAX_FILTER_CLAUSES", async (_case, query, variables) => {
    const { status, data, errors } = await api.query(query, variables);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
    expect(errors?.[0]?.message).toMatch(new RegExp(`hold \\d+ or more conditions; at most ${maxFilterClauses} are allowed in all \\(setting MAX_FILTER_CLAUSES\\)`));
  });

  it("answers a filter just within the limit", async () => {
    const { status, data, errors } = await api.query(PRACTICES, { w: { OR: [...ors(Math.floor((maxFilterClauses - 1) / 2) - 1).OR, { id: { eq: "mijn-pad" } }] } });
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data).toEqual({ practices: [{ id: "mijn-pad" }] });
  });

  it.each([
    ["NOT nested 500 deep through a variable", PRACTICES, { w: nots(500) }, "variables"],
    ["NOT nested 3000 deep through a variable", PRACTICES, { w: nots(3000) }, "variables"],
    ["a variable nested just past the limit", PRACTICES, { w: nots(maxInputDepth) }, "variables"],
    ["NOT nested 100 deep written in the query", `{ practices(where: ${"{ NOT: ".repeat(100)}{ id: { eq: "x" } }${" }".repeat(100)}) { id } }`, {}, "arguments"],
  ])("refuses %s with 400 BAD_USER_INPUT naming MAX_INPUT_DEPTH", async (_case, query, variables, argument) => {
    const { status, errors } = await api.query(query, variables);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors?.[0]?.message).toMatch(new RegExp(`more than ${maxInputDepth} levels deep \\(setting MAX_INPUT_DEPTH\\)`));
  });

  it("refuses NOT nested 12,000 deep (deeper than a recursive walk survives), sent as raw JSON", async () => {
    const depth = 12_000;
    const body = `{"query":${JSON.stringify(PRACTICES)},"variables":{"w":${'{"NOT":'.repeat(depth)}{"id":{"eq":"x"}}${"}".repeat(depth)}}}`;
    const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: { extensions: { code: string; argument: string } }[] };
    expect(errors[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "variables" });
  });

  it("answers a filter nested as deep as real questions need", async () => {
    const where = { networks: { some: { regions: { some: { NOT: { id: { eq: "no-such-region" } } } } } }, themes: { some: { NOT: { id: { eq: "no-such-theme" } } } } };
    const { data, errors } = await api.query(PRACTICES, { w: where });
    expect(errors).toBeUndefined();
    expect((data as { practices: unknown[] }).practices.length).toBeGreaterThan(0);
  });
});

describe("Cost: sorting", () => {
  it("refuses a sort of more keys than allowed, through a variable or in a connection, with 400 BAD_USER_INPUT", async () => {
    for (const [query, variables] of [
      [`query ($s: [PracticeSort!]) { practices(sort: $s) { id } }`, { s: Array.from({ length: 3000 }, () => ({ name: "ASC" })) }],
      [`query ($s: [PracticeSort!]) { practices(sort: $s) { id } }`, { s: Array.from({ length: MAX_SORT_KEYS + 1 }, () => ({ name: "ASC" })) }],
      [`{ practicesConnection(sort: [${Array.from({ length: MAX_SORT_KEYS + 1 }, () => "{ name: ASC }").join(", ")}]) { totalCount } }`, {}],
    ] as const) {
      const { status, errors } = await api.query(query, variables);
      expect(status).toBe(400);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "sort" });
      expect(errors?.[0]?.message).toMatch(new RegExp(`keys; at most ${MAX_SORT_KEYS} are allowed`));
    }
  });

  it("answers a sort of as many keys as allowed", async () => {
    const { data, errors } = await api.query(`query ($s: [PracticeSort!]) { practices(sort: $s, limit: 1) { id } }`, { s: [{ name: "ASC" }, { id: "DESC" }] });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ practices: [{ id: expect.any(String) }] });
  });
});

describe("Cost: search text", () => {
  const SEARCH = `query ($text: String!) { search(text: $text) { entity { id } } }`;
  const { characters, words, wordLength } = SEARCH_TEXT_LIMITS;

  it.each([
    ["longer than allowed", "mijn pad ".repeat(30), /is 270 characters long; search text may have at most 200/],
    ["with too many words", Array.from({ length: words + 1 }, (_, i) => `w${i}`).join(" "), new RegExp(`has ${words + 1} words; search text may have at most ${words}`)],
    ["with a word too long", "a".repeat(wordLength + 1), new RegExp(`a word of ${wordLength + 1} letters`)],
    ["of a dozen 900-letter words", Array.from({ length: 12 }, () => "b".repeat(900)).join(" "), /characters long/],
    ["of 600 CJK characters", "漢".repeat(600), /characters long/],
    ["of one CJK word over the word length", "漢字".repeat(30), /a word of 60 letters/],
  ])("refuses search text %s with BAD_USER_INPUT naming the limit", async (_case, text, message) => {
    const { data, errors } = await api.query(SEARCH, { text });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "text" });
    expect(errors?.[0]?.message).toMatch(message);
  });

  it.each([
    ["four words of the longest length", Array.from({ length: 4 }, (_, i) => `${"c".repeat(wordLength - 1)}${i}`).join(" ")],
    ["as many words as allowed", Array.from({ length: words }, () => "jeugdzorg").join(" ").slice(0, characters)],
    ["CJK text within the limits", "青少年保健".repeat(4)],
    ["Arabic, Greek and Cyrillic words", "رعاية الشباب νεολαία молодёжь"],
  ])("answers search text of %s (no hits is an answer)", async (_case, text) => {
    const { data, errors } = await api.query(SEARCH, { text });
    expect(errors).toBeUndefined();
    expect(Array.isArray((data as { search: unknown[] }).search)).toBe(true);
  });

  it("answers an unknown theme name of 10,000 letters with BAD_USER_INPUT and suggestions, not its echo", async () => {
    const { data, errors } = await api.query(`query ($t: String!) { partnersOnTheme(theme: $t) { viaCount } }`, { t: "n".repeat(10_000) });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "theme", suggestions: expect.any(Array) });
    expect(errors?.[0]?.message.length).toBeLessThan(600);
  });
});

describe("Cost: dashboard questions", () => {
  it("answers anonymous facets with the widest variables allowed within their limits", async () => {
    const { data: vocabulary } = await api.query<{ themes: { id: string }[]; regions: { id: string }[] }>(`{ themes { id } regions { id } }`);
    const widest = (ids: string[]) => Array.from({ length: FACETS_LIMITS.filterValues }, (_, i) => ids[i % ids.length] as string);
    const { status, data, errors } = await api.query<{ facets: { truncated: boolean; buckets: unknown[] } }>(
      `query ($filter: FacetFilter) { facets(groupBy: [THEME, REGION, TYPE, KIND], regionLevel: NEIGHBOURHOOD, filter: $filter, limit: ${FACETS_LIMITS.limit}) { truncated buckets { count keys { id } } } }`,
      {
        filter: {
          types: ["PRACTICE", "ORGANISATION", "NETWORK"],
          themes: widest(vocabulary?.themes.map((t) => t.id) ?? []),
          regions: widest(vocabulary?.regions.map((r) => r.id) ?? []),
        },
      },
    );
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data?.facets.buckets.length).toBeLessThanOrEqual(FACETS_LIMITS.limit);
  });

  it("answers anonymous gaps with the widest variables allowed within their limits", async () => {
    const { data, errors } = await api.query<{ gaps: { nearest: { practices: unknown[] }[] }[] }>(
      `{ gaps(region: "spangen", nearest: ${GAPS_LIMITS.nearest}, perRegion: ${GAPS_LIMITS.perRegion}) { nearest { practices { id } organisations { id } networks { id } } } }`,
    );
    expect(errors).toBeUndefined();
    for (const gap of data?.gaps ?? []) {
      expect(gap.nearest.length).toBeLessThanOrEqual(GAPS_LIMITS.nearest);
      for (const near of gap.nearest) expect(near.practices.length).toBeLessThanOrEqual(GAPS_LIMITS.perRegion);
    }
  });

  it.each([
    ["more filter values than allowed", { filter: { regions: Array.from({ length: FACETS_LIMITS.filterValues + 1 }, () => "nederland") } }, "filter.regions"],
    ["a limit past the cap", { limit: FACETS_LIMITS.limit + 1 }, "limit"],
  ])("refuses facets with %s, naming the argument", async (_case, variables, argument) => {
    const { errors } = await api.query(`query ($filter: FacetFilter, $limit: Int) { facets(groupBy: [THEME], filter: $filter, limit: $limit) { truncated } }`, variables);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
  });
});

describe("Cost: every statement has a time limit", () => {
  it("stops a read that runs longer than QUERY_TIMEOUT_MS with QUERY_TIMEOUT", async () => {
    // With the filter limit raised out of the way, 3000 ORs keep Neo4j busy for many seconds.
    const patient = await startTestApi(driver, { queryLimits: { maxFilterClauses: 100_000 }, queryTimeoutMs: 300 });
    try {
      const { data, errors } = await patient.query(PRACTICES, { w: ors(3000) });
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
      expect(errors?.[0]?.message).toMatch(/QUERY_TIMEOUT_MS/);
    } finally {
      await patient.close();
    }
  });
});

describe("Cost: probes", () => {
  it("asks Neo4j at most once a second for /readyz, however often it is called", async () => {
    const counting = countingDriver(driver);
    const probed = await startTestApi(counting.driver);
    try {
      const url = probed.url.replace(/\/graphql$/, "/readyz");
      counting.reset();
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(url).then((r) => r.status)));
      expect(answers).toEqual(Array.from({ length: 20 }, () => 200));
      // One check answers them all; a second only if the twenty calls straddled the one-second reuse.
      expect(counting.statements.filter((s) => s.includes("SHOW INDEXES")).length).toBeLessThanOrEqual(2);
    } finally {
      await probed.close();
    }
  });

  it.each(["/readyz", "/metrics", "/healthz"])("rate-limits %s per client (429 past the limit)", async (path) => {
    const limited = await startTestApi(driver, { http: { rateLimitPerMinute: 3 } });
    try {
      const url = limited.url.replace(/\/graphql$/, path);
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(url)).status);
      expect(statuses.slice(0, 3).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});

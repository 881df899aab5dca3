/**
 * What a public API refuses, and how: every bad request gets its documented status and code, a
 * message naming what was wrong, and changes nothing in the graph.
 */
import { getIntrospectionQuery } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { countGraph, type GraphCounts } from "../../src/db/graph-counts.js";
import { readExamples } from "../../src/docs/readme.js";
import { seedAndServe, startTestApi, stopServing, testConfig, type TestApi } from "./harness.js";

let driver: Driver;
let api: TestApi;
let seeded: GraphCounts;
const { database } = testConfig().neo4j;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  seeded = await countGraph(driver, database);
});
afterEach(async () => {
  expect(await countGraph(driver, database)).toEqual(seeded);
});
afterAll(() => stopServing(api, driver));

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

describe("Limits: query shape", () => {
  let small: TestApi;
  beforeAll(async () => {
    small = await startTestApi(driver, { queryLimits: { maxDepth: 3, maxAliases: 2, maxTokens: 60, maxDirectives: 2, maxCost: 20 } });
  });
  afterAll(() => small.close());

  it.each([
    ["too deep", "MAX_DEPTH", `{ practices { themes { practices { themes { id } } } } }`],
    ["too many aliases", "MAX_ALIASES", `{ a: practices { id } b: practices { id } c: practices { id } }`],
    ["too many directives", "MAX_DIRECTIVES", `{ practices { id @include(if: true) name @include(if: true) kind @skip(if: false) } }`],
    ["too costly", "MAX_COST", `{ practices { id name kind description aliases themes { id name nameEn description aliases } } }`],
  ])("refuses a query %s with 400 GRAPHQL_VALIDATION_FAILED naming the limit", async (_case, limit, query) => {
    const { status, data, errors } = await small.query(query);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    const refusal = errors?.find((e) => e.extensions?.limit === limit);
    expect(refusal?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(refusal?.message).toMatch(new RegExp(`limit of \\d+ exceeded, found [\\d.]+ \\(setting ${limit}\\)`, "i"));
  });

  it("refuses a query with too many tokens while parsing: 400 GRAPHQL_PARSE_FAILED naming the limit", async () => {
    const { status, errors } = await small.query(`{ practices { ${Array.from({ length: 100 }, () => "id").join(" ")} } }`);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_PARSE_FAILED", limit: "MAX_TOKENS" });
    expect(errors?.[0]?.message).toBe("Query token limit of 60 exceeded (setting MAX_TOKENS).");
  });

  it("accepts, with the default limits, every example operation and the introspection query tools send", async () => {
    for (const example of readExamples()) {
      const { errors } = await api.query(example.query, example.variables);
      expect(errors, example.file).toBeUndefined();
    }
    const { errors } = await api.query(getIntrospectionQuery());
    expect(errors).toBeUndefined();
  });

  it("can switch introspection off", async () => {
    const closed = await startTestApi(driver, { queryLimits: { introspection: false } });
    try {
      const { errors } = await closed.query("{ __schema { types { name } } }");
      expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await closed.close();
    }
  });
});

describe("Limits: malformed requests", () => {
  it("refuses a body over MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE", async () => {
    const { maxBodyBytes } = testConfig().http;
    const { status, body } = await post(api.url, JSON.stringify({ query: `{ practices { id } }`, padding: "x".repeat(maxBodyBytes) }));
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.errors?.[0]?.message).toContain(`${maxBodyBytes} bytes`);
  });

  it("refuses malformed JSON with 400 BAD_REQUEST", async () => {
    const { status, body } = await post(api.url, '{"query": "{ practices { id } }"');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe("BAD_REQUEST");
  });

  it("refuses text that is not GraphQL with 400 GRAPHQL_PARSE_FAILED", async () => {
    const { status, errors } = await api.query("{ practices { id ");
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("refuses a field the schema lacks with 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const { status, errors } = await api.query("{ practices { colour } }");
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.[0]?.message).toMatch(/colour/);
  });

  it("refuses a variable of the wrong type with 400 BAD_USER_INPUT naming it", async () => {
    const { status, errors } = await api.query("query ($limit: Int) { search(text: \"jeugd\", limit: $limit) { score } }", { limit: "ten" });
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/\$limit/);
  });

  it.each([
    ["a negative limit", `{ practices(limit: -1) { id } }`, "limit", /"limit" must be a whole number from 0 to 1000; got -1/],
    ["a page too large", `query ($first: Int) { practicesConnection(first: $first) { totalCount } }`, "first", /"first" must be a whole number from 0 to 1000; got 5000/],
    ["a null relationship filter", `{ practices(where: { themes: { some: null } }) { id } }`, "where.themes.some", /where\.themes\.some must not be null/],
  ])("refuses %s with 400 BAD_USER_INPUT naming the argument", async (_case, query, argument, message) => {
    const { status, errors } = await api.query(query, { first: 5000 });
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors?.[0]?.message).toMatch(message);
  });

  it.each([
    ["a subscription", `subscription { practices { id } }`, /no subscriptions/],
    ["a selection of only __typename", `{ practicesConnection { edges { node { __typename } } } }`, /at least one field besides __typename in "node"/],
  ])("refuses %s with 400 GRAPHQL_VALIDATION_FAILED", async (_case, query, message) => {
    const { status, errors } = await api.query(query);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.map((e) => e.message).join(" ")).toMatch(message);
  });

  it("answers unknown ids with NOT_FOUND (or null where the schema allows it)", async () => {
    const missing = await api.query(`{ neighbourhood(id: "no-such-node") { truncated } }`);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "id" });
    const nullable = await api.query(`{ entity(id: "no-such-node") { id } }`);
    expect(nullable.data).toEqual({ entity: null });
  });

  it("treats Lucene syntax in search text as plain words, never as an error", async () => {
    for (const text of ['title:"x" AND (y OR z~)^2', "\\", "*?", "[a TO b]", "mijn-pad!!"]) {
      const { status, errors } = await api.query(`query ($text: String!) { search(text: $text) { score } }`, { text });
      expect(status, text).toBe(200);
      expect(errors, text).toBeUndefined();
    }
    const { data } = await api.query<{ search: { entity: { id: string } }[] }>(`{ search(text: "(mijn pad)*") { entity { id } } }`);
    expect(data?.search[0]?.entity.id).toBe("mijn-pad");
  });
});

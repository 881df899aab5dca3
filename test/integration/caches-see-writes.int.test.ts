/**
 * Caches see writes (issue 14): two API processes share the database (and, for Redis, one
 * response cache), as a deployment with several instances does. An anonymous answer is cached;
 * an editor writes through A; the next anonymous read through B, from its cache, from Redis or
 * through an HTTP cache revalidating its ETag, gets the new answer at once. Statements are counted
 * to prove what a cached answer and a revalidation cost.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Config } from "../../src/config.js";
import { countingDriver, type CountingDriver } from "./counting-driver.js";
import { bearer, resetToSeed, startTestApi, testDriver, type TestApi } from "./harness.js";

const ENTITY = `query Entity($id: ID!) { entity(id: $id) { id name } }`;
const RENAME = `mutation Rename($id: ID!, $name: String!) { updateEntity(id: $id, fields: { name: $name }, comment: "caches-see-writes test") { revision { id } } }`;
const CREATE_THEME = `mutation CreateTheme($id: ID!, $name: String!) {
  createEntity(type: THEME, id: $id, fields: { name: $name, nameEn: $name, description: "A theme the cache tests add." }, comment: "caches-see-writes test") { revision { id } }
}`;
const PARTNERS_ON_THEME = `query Partners($theme: String!) { partnersOnTheme(theme: $theme) { organisation { id } } }`;
/** What the API reads, once per request, to know which cached answers are current. */
const VERSION_STATEMENT = /MATCH \(v:GraphVersion/;

const redisUrl = inject("redisUrl");

/** A GET as a browser, a CDN or curl sends it. */
function getLink(api: TestApi, query: string, variables: Record<string, unknown>): string {
  return `${api.url}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
}

async function getJson(link: string, headers: Record<string, string> = {}) {
  const response = await fetch(link, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text === "" ? undefined : (JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] }) };
}

/** The Neo4j statements a call sent, other than the version read. */
async function statementsOf(counting: CountingDriver, call: () => Promise<unknown>): Promise<{ version: number; others: string[] }> {
  counting.reset();
  await call();
  return {
    version: counting.statements.filter((s) => VERSION_STATEMENT.test(s)).length,
    others: counting.statements.filter((s) => !VERSION_STATEMENT.test(s)),
  };
}

function cachesSeeWrites(store: "memory" | "redis", responseCache: () => Config["responseCache"]): void {
  let driver: Driver;
  let countingA: CountingDriver;
  let countingB: CountingDriver;
  let a: TestApi;
  let b: TestApi;
  let editor: string;
  // Names unique to this block, so the two stores' blocks never see each other's writes.
  const renamed = (n: number) => `Mijn Pad (${store}, write ${n})`;

  beforeAll(async () => {
    driver = testDriver();
    await resetToSeed(driver);
    countingA = countingDriver(driver);
    countingB = countingDriver(driver);
    a = await startTestApi(countingA.driver, { responseCache: responseCache() });
    b = await startTestApi(countingB.driver, { responseCache: responseCache() });
    editor = await bearer({ roles: ["editor"], sub: "cache-tester" });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await driver?.close();
  });

  it("caches an anonymous read: a repeat costs the version read only", async () => {
    const first = await b.query(ENTITY, { id: "mijn-pad" });
    expect(first.data).toEqual({ entity: { id: "mijn-pad", name: "Mijn Pad" } });
    const repeat = await statementsOf(countingB, async () => expect((await b.query(ENTITY, { id: "mijn-pad" })).data).toEqual(first.data));
    expect(repeat).toEqual({ version: 1, others: [] });
  });

  if (store === "redis") {
    it("shares the cache: A answers from what B stored, without running the query", async () => {
      const fromRedis = await statementsOf(countingA, async () => expect((await a.query(ENTITY, { id: "mijn-pad" })).data).toEqual({ entity: { id: "mijn-pad", name: "Mijn Pad" } }));
      expect(fromRedis).toEqual({ version: 1, others: [] });
    });
  }

  it("gives the next anonymous read through B the value an editor wrote through A", async () => {
    await b.query(ENTITY, { id: "mijn-pad" });
    const cached = await statementsOf(countingB, async () => expect((await b.query(ENTITY, { id: "mijn-pad" })).data).toEqual({ entity: { id: "mijn-pad", name: "Mijn Pad" } }));
    expect(cached).toEqual({ version: 1, others: [] });
    const write = await a.query(RENAME, { id: "mijn-pad", name: renamed(1) }, { authorization: editor });
    expect(write.errors).toBeUndefined();
    const next = await statementsOf(countingB, async () => expect((await b.query(ENTITY, { id: "mijn-pad" })).data).toEqual({ entity: { id: "mijn-pad", name: renamed(1) } }));
    // A miss: the new version's answer was not cached, so the query ran.
    expect(next.others.length).toBeGreaterThan(0);
    // And the new answer is cached in turn.
    expect(await statementsOf(countingB, () => b.query(ENTITY, { id: "mijn-pad" }))).toEqual({ version: 1, others: [] });
  });

  it("gives anonymous GET answers an ETag of the graph version: 304 without running the query while current, the new answer after a write", async () => {
    const linkB = getLink(b, ENTITY, { id: "mijn-pad" });
    const first = await getJson(linkB);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[\w.-]+"$/);
    // Another instance gives the same answer the same ETag: a CDN may ask either.
    expect((await getJson(getLink(a, ENTITY, { id: "mijn-pad" }))).headers.get("etag")).toBe(etag);

    let revalidated: Awaited<ReturnType<typeof getJson>> | undefined;
    const cost = await statementsOf(countingB, async () => (revalidated = await getJson(linkB, { "if-none-match": String(etag) })));
    expect(revalidated?.status).toBe(304);
    expect(revalidated?.text).toBe("");
    expect(revalidated?.headers.get("etag")).toBe(etag);
    expect(revalidated?.headers.get("cache-control")).toBe("public, no-cache");
    expect(cost).toEqual({ version: 1, others: [] });

    const write = await a.query(RENAME, { id: "mijn-pad", name: renamed(2) }, { authorization: editor });
    expect(write.errors).toBeUndefined();
    const after = await getJson(linkB, { "if-none-match": String(etag) });
    expect(after.status).toBe(200);
    expect(after.body).toEqual({ data: { entity: { id: "mijn-pad", name: renamed(2) } } });
    const newEtag = after.headers.get("etag");
    expect(newEtag).toMatch(/^W\/"[\w.-]+"$/);
    expect(newEtag).not.toBe(etag);
    expect((await getJson(linkB, { "if-none-match": String(newEtag) })).status).toBe(304);
  });

  it("gives an ETag per media type: the same version negotiated for another Accept is another answer", async () => {
    const link = getLink(b, ENTITY, { id: "mijn-pad" });
    const json = await getJson(link, { accept: "application/json" });
    const graphqlResponse = await getJson(link, { accept: "application/graphql-response+json" });
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    expect(graphqlResponse.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    expect(json.headers.get("etag")).not.toBe(graphqlResponse.headers.get("etag"));
    expect((await getJson(link, { accept: "application/json", "if-none-match": String(graphqlResponse.headers.get("etag")) })).status).toBe(200);
  });

  it("gives no ETag and no-store to an editor's read, an answer with errors and a mutation; POST reads get no ETag", async () => {
    const link = getLink(b, ENTITY, { id: "mijn-pad" });
    const asEditor = await getJson(link, { authorization: editor });
    expect(asEditor.status).toBe(200);
    expect(asEditor.body?.data).toEqual({ entity: { id: "mijn-pad", name: renamed(2) } });
    expect(asEditor.headers.get("etag")).toBeNull();
    expect(asEditor.headers.get("cache-control")).toBe("no-store");

    const failed = await getJson(getLink(b, PARTNERS_ON_THEME, { theme: "no such theme" }));
    expect(failed.body?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(failed.headers.get("etag")).toBeNull();
    expect(failed.headers.get("cache-control")).toBe("no-store");

    const mutation = await b.query(RENAME, { id: "mijn-pad", name: renamed(2) }, { authorization: editor });
    expect(mutation.errors).toBeUndefined();
    expect(mutation.headers.get("etag")).toBeNull();
    expect(mutation.headers.get("cache-control")).toBe("no-store");

    const post = await b.query(ENTITY, { id: "mijn-pad" });
    expect(post.data).toEqual({ entity: { id: "mijn-pad", name: renamed(2) } });
    expect(post.headers.get("etag")).toBeNull();
    expect(post.headers.get("cache-control")).toBe("public, no-cache");
  });

  it("knows a theme created through A in B's next request (the Vocabulary follows the graph version)", async () => {
    const theme = { id: `cache-test-theme-${store}`, name: `Cache test theme ${store}` };
    const unknown = await b.query(PARTNERS_ON_THEME, { theme: theme.name });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const created = await a.query(CREATE_THEME, theme, { authorization: editor });
    expect(created.errors).toBeUndefined();
    const known = await b.query(PARTNERS_ON_THEME, { theme: theme.name });
    expect(known.errors).toBeUndefined();
    expect(known.data).toEqual({ partnersOnTheme: [] });
  });
}

describe("Caches see writes: in-memory response cache, one per process", () => {
  cachesSeeWrites("memory", () => ({ store: "memory", redisUrl: undefined }));
});

describe.skipIf(redisUrl === null)("Caches see writes: one Redis shared by both processes", () => {
  cachesSeeWrites("redis", () => ({ store: "redis", redisUrl: redisUrl ?? undefined }));
});

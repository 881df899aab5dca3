/**
 * Running the API in public: who may call it (CORS, API keys, rate limits), what it lets caches
 * keep, what it tells operators (health, readiness, metrics), and how it rides out a database outage.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../src/db/neo4j.js";
import { startBoltProxy } from "./bolt-proxy.js";
import { countingDriver } from "./counting-driver.js";
import { bearer, graphFingerprint, seedAndServe, startTestApi, stopServing, testConfig, type TestApi } from "./harness.js";

let driver: Driver;
let api: TestApi;
const PARTNER_KEY = "partner-key-0123456789abcdef";
const PARTNER_ORIGIN = "https://partner.example";
const SEARCH = `{ search(text: "mijn pad", limit: 1) { entity { id } } }`;

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, "");
const getQuery = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${url}?query=${encodeURIComponent(query)}`, { headers });

beforeAll(async () => {
  ({ driver, api } = await seedAndServe({ overrides: { http: { corsOrigins: [PARTNER_ORIGIN, "*"], apiKeys: new Map([[PARTNER_KEY, "partner"]]) } } }));
});
afterAll(() => stopServing(api, driver));

describe("Operations: CORS", () => {
  it("lets a listed origin POST, with credentials headers", async () => {
    const response = await fetch(api.url, {
      method: "OPTIONS",
      headers: { origin: PARTNER_ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe(PARTNER_ORIGIN);
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("lets any other origin make anonymous GET reads only, with '*' configured", async () => {
    const read = await fetch(api.url, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET", "access-control-request-headers": "apollo-require-preflight" },
    });
    expect(read.headers.get("access-control-allow-origin")).toBe("*");
    const write = await fetch(api.url, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(write.headers.get("access-control-allow-origin")).toBeNull();
    const withToken = await fetch(api.url, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
    });
    expect(withToken.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("Operations: GET and caching", () => {
  it("answers anonymous GET queries as public, to be revalidated before each use", async () => {
    const response = await getQuery(api.url, SEARCH);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { search: [{ entity: { id: "mijn-pad" } }] } });
    expect(response.headers.get("cache-control")).toBe("public, no-cache");
  });

  it("marks answers with errors, and mutations, as not to be stored", async () => {
    const failed = await getQuery(api.url, `{ partnersOnTheme(theme: "no such theme") { viaCount } }`);
    const body = (await failed.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(failed.headers.get("cache-control")).toBe("no-store");
    const mutation = await api.query(`mutation { deleteEntity(id: "no-such-practice") { revision { id } } }`);
    expect(mutation.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(mutation.headers.get("cache-control")).toBe("no-store");
  });

  it("answers repeated anonymous reads from the response cache, never an editor's", async () => {
    const counting = countingDriver(driver);
    const cached = await startTestApi(counting.driver, { responseCache: { store: "memory", redisUrl: undefined } });
    try {
      const first = await cached.query(SEARCH);
      counting.reset();
      const second = await cached.query(SEARCH);
      expect(second.data).toEqual(first.data);
      // The graph version alone, which tells whether the cached answer is current (graph-version.ts).
      expect(counting.statements).toHaveLength(1);
      expect(counting.statements[0]).toMatch(/MATCH \(v:GraphVersion/);
      expect(second.headers.get("age")).not.toBeNull();

      const editor = await bearer({ roles: ["editor"] });
      counting.reset();
      const asEditor = await cached.query(SEARCH, {}, { authorization: editor });
      expect(asEditor.data).toEqual(first.data);
      expect(counting.statements.length).toBeGreaterThan(0);
      expect(asEditor.headers.get("cache-control")).toBe("no-store");
    } finally {
      await cached.close();
    }
  });

  it("says in Vary that an answer depends on Origin and Accept, with or without an Origin", async () => {
    for (const headers of [{}, { origin: "https://partner.example" }] as Record<string, string>[]) {
      const response = await getQuery(api.url, SEARCH, headers);
      expect(response.headers.get("cache-control")).toMatch(/public/);
      const vary = (response.headers.get("vary") ?? "").toLowerCase().split(/\s*,\s*/);
      expect(vary).toEqual(expect.arrayContaining(["origin", "accept"]));
    }
  });

  it("refuses mutations over GET, even an editor's, and writes nothing", async () => {
    const before = await graphFingerprint(driver);
    const response = await getQuery(api.url, `mutation { updateEntity(id: "mijn-pad", fields: { description: "Changed over GET" }) { revision { id } } }`, {
      authorization: await bearer({ roles: ["editor"] }),
    });
    expect(response.status).toBe(405);
    expect(await graphFingerprint(driver)).toBe(before);
  });
});

describe("Operations: API keys and rate limits", () => {
  it("refuses an unknown API key with 401 UNAUTHENTICATED", async () => {
    const { status, errors } = await api.query(SEARCH, {}, { "x-api-key": "not-a-known-key-at-all" });
    expect(status).toBe(401);
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers 429 with Retry-After past the limit, per client, and counts it in the metrics", async () => {
    const limited = await startTestApi(driver, {
      http: { rateLimitPerMinute: 3, rateLimitPerMinuteWithKey: 5, apiKeys: new Map([[PARTNER_KEY, "partner"]]) },
    });
    try {
      const anonymous = [];
      for (let i = 0; i < 4; i++) anonymous.push(await limited.query(SEARCH));
      expect(anonymous.map((r) => r.status)).toEqual([200, 200, 200, 429]);
      const refused = anonymous[3];
      expect(refused?.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);

      // A partner has its own, higher allowance.
      const partner = [];
      for (let i = 0; i < 6; i++) partner.push((await limited.query(SEARCH, {}, { "x-api-key": PARTNER_KEY })).status);
      expect(partner).toEqual([200, 200, 200, 200, 200, 429]);

      const metrics = await (await fetch(`${base(limited.url)}/metrics`)).text();
      expect(metrics).toMatch(/http_rate_limited_total\{client="anonymous"\} 1/);
      expect(metrics).toMatch(/http_rate_limited_total\{client="partner"\} 1/);
      expect(metrics).toMatch(/graphql_requests_total\{operation="anonymous",client="partner"\} 5/);
    } finally {
      await limited.close();
    }
  });
});

describe("Operations: health, readiness and metrics", () => {
  it("reports alive and ready", async () => {
    expect(await (await fetch(`${base(api.url)}/healthz`)).json()).toEqual({ status: "alive" });
    const ready = await fetch(`${base(api.url)}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", neo4j: "up", searchIndex: "ONLINE" });
  });

  it("exposes request counts, latency per operation, errors by code and Neo4j time", async () => {
    await api.query(`query NamedForMetrics { search(text: "jeugd") { score } }`);
    await api.query(`{ neighbourhood(id: "no-such-node") { truncated } }`);
    const metrics = await (await fetch(`${base(api.url)}/metrics`)).text();
    expect(metrics).toMatch(/graphql_requests_total\{operation="NamedForMetrics",client="anonymous"\} 1/);
    expect(metrics).toMatch(/graphql_request_duration_seconds_count\{operation="NamedForMetrics"\} 1/);
    expect(metrics).toMatch(/graphql_errors_total\{code="NOT_FOUND"\} [1-9]/);
    expect(metrics).toMatch(/neo4j_statement_duration_seconds_count\{outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(/process_resident_memory_bytes/);
  });

  it("gives every response a request id, and keeps one the client sent", async () => {
    const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "trace-123" }, body: JSON.stringify({ query: SEARCH }) });
    expect(response.headers.get("x-request-id")).toBe("trace-123");
    const other = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: SEARCH }) });
    expect(other.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("Operations: Neo4j outage", () => {
  it("fails fast with SERVICE_UNAVAILABLE while Neo4j is away, reports not ready, and recovers by itself", async () => {
    const { neo4j } = testConfig();
    const target = new URL(neo4j.uri.replace(/^\w+(\+\w+)?:/, "http:"));
    const proxy = await startBoltProxy({ host: target.hostname, port: Number(target.port || 7687) });
    const proxiedDriver = createDriver({ ...neo4j, uri: proxy.uri });
    const proxied = await startTestApi(proxiedDriver);
    try {
      expect((await proxied.query(SEARCH)).errors).toBeUndefined();

      await proxy.cut();
      const started = Date.now();
      const during = await proxied.query(SEARCH);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(during.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(during.errors?.[0]?.message).toMatch(/unavailable/);
      expect((await fetch(`${base(proxied.url)}/readyz`)).status).toBe(503);

      await proxy.restore();
      let after = await proxied.query(SEARCH);
      for (let attempt = 0; attempt < 20 && after.errors; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        after = await proxied.query(SEARCH);
      }
      expect(after.errors).toBeUndefined();
      expect(after.data).toEqual({ search: [{ entity: { id: "mijn-pad" } }] });
      expect((await fetch(`${base(proxied.url)}/readyz`)).status).toBe(200);
    } finally {
      await proxied.close();
      await proxiedDriver.close();
      await proxy.close();
    }
  });
});

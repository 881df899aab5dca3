/**
 * The GraphQL clients dashboards use, each with its defaults, against the seeded API: Apollo
 * Client (HttpLink POST, and the persisted-queries link sending hashed queries as GET), urql (GET
 * for short queries), graphql-request (POST) and a plain GET link (curl, a CDN, a spreadsheet).
 * Each gets the answer the seed files say; none needs a header of this API's own.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { request } from "graphql-request";
import { serverAudits } from "graphql-http";
import { parse } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config.js";
import { documentHash } from "../../src/graphql/trusted-documents.js";
import { readSeedData } from "../../src/seed/seed-files.js";
import { DEFAULT_SEEDS_DIR } from "../../src/seed/seed-graph.js";
import { bearer, graphFingerprint, seedAndServe, startTestApi, stopServing, type TestApi } from "./harness.js";

const ENTITY = `query Entity($id: ID!) { entity(id: $id) { id name type } }`;

let driver: Driver;
let api: TestApi;
/** What the API must answer for Mijn Pad, from the seed files alone. */
let expected: { entity: { id: string; name: string; type: string } };

/** A fetch that notes the method of every request a client makes. */
function recordingFetch(methods: string[]): typeof fetch {
  return (input, init) => {
    methods.push((init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase());
    return fetch(input, init);
  };
}

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  const seeds = await readSeedData(DEFAULT_SEEDS_DIR);
  const practice = seeds.nodes.find((n) => n.properties.id === "mijn-pad");
  expected = { entity: { id: "mijn-pad", name: String(practice?.properties.name), type: "PRACTICE" } };
});
afterAll(() => stopServing(api, driver));

describe("Clients: each with its defaults", () => {
  it("Apollo Client with its HttpLink (POST)", async () => {
    const methods: string[] = [];
    const client = new ApolloClient({ link: new HttpLink({ uri: api.url, fetch: recordingFetch(methods) }), cache: new InMemoryCache() });
    const { data } = await client.query({ query: gql(ENTITY), variables: { id: "mijn-pad" } });
    expect(data).toEqual({ entity: { __typename: "Practice", ...expected.entity } });
    expect(methods).toEqual(["POST"]);
  });

  it("Apollo Client with the persisted-queries link, hashed queries as GET", async () => {
    const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
    const ask = async (methods: string[]) => {
      const link = new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: api.url, fetch: recordingFetch(methods) }));
      const client = new ApolloClient({ link, cache: new InMemoryCache() });
      return (await client.query({ query: gql(ENTITY), variables: { id: "mijn-pad" } })).data;
    };
    // First the hash alone (unknown: the link then sends the query, which registers it), then the hash alone is enough.
    const first: string[] = [];
    expect(await ask(first)).toEqual({ entity: { __typename: "Practice", ...expected.entity } });
    expect(first[0]).toBe("GET");
    const second: string[] = [];
    expect(await ask(second)).toEqual({ entity: { __typename: "Practice", ...expected.entity } });
    expect(second).toEqual(["GET"]);
  });

  it("urql, which sends short queries as GET", async () => {
    const methods: string[] = [];
    const client = new Client({ url: api.url, exchanges: [cacheExchange, fetchExchange], fetch: recordingFetch(methods) });
    const result = await client.query(ENTITY, { id: "mijn-pad" }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ entity: { __typename: "Practice", ...expected.entity } });
    expect(methods).toEqual(["GET"]);
  });

  it("graphql-request (POST)", async () => {
    expect(await request(api.url, ENTITY, { id: "mijn-pad" })).toEqual(expected);
  });

  it("a plain GET link, as curl, a CDN or a spreadsheet's 'from web' sends it", async () => {
    const link = `${api.url}?query=${encodeURIComponent(ENTITY)}&variables=${encodeURIComponent(JSON.stringify({ id: "mijn-pad" }))}`;
    const response = await fetch(link);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: expected });
    expect(response.headers.get("cache-control")).toMatch(/public/);
  });
});

describe("Clients: caches in between", () => {
  it("answers a GET with an ETag, and a revalidation with that ETag with 304 and no body", async () => {
    const link = `${api.url}?query=${encodeURIComponent(ENTITY)}&variables=${encodeURIComponent(JSON.stringify({ id: "mijn-pad" }))}`;
    const first = await fetch(link);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/".+"$/);
    // What a browser or CDN sends when it revalidates a stored copy.
    const again = await fetch(link, { headers: { "if-none-match": String(etag), "cache-control": "max-age=0" } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("Clients: no GET writes", () => {
  it("refuses a mutation sent by GET, in full or registered by hash, with 405, even with an editor's token, and the graph is unchanged", async () => {
    const before = await graphFingerprint(driver);
    // A write an editor's POST would make: refused over GET however it comes.
    const mutation = `mutation { updateEntity(id: "mijn-pad", fields: { description: "Changed over GET" }) { revision { id } } }`;
    const hash = createHash("sha256").update(mutation).digest("hex");
    const editor = await bearer({ roles: ["editor"] });
    const inFull = await fetch(`${api.url}?query=${encodeURIComponent(mutation)}`, { headers: { authorization: editor } });
    expect(inFull.status).toBe(405);
    expect(((await inFull.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/GET requests only support query operations/);
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    const registered = await fetch(`${api.url}?query=${encodeURIComponent(mutation)}&extensions=${extensions}`, { headers: { authorization: editor } });
    expect(registered.status).toBe(405);
    // Refused before it could be registered: its hash names nothing.
    const byHash = await fetch(`${api.url}?extensions=${extensions}`, { headers: { authorization: editor } });
    expect(((await byHash.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(await graphFingerprint(driver)).toBe(before);
  });
});

describe("Clients: cross-site request forgery", () => {
  const link = () => `${api.url}?query=${encodeURIComponent(ENTITY)}&variables=${encodeURIComponent(JSON.stringify({ id: "mijn-pad" }))}`;

  it("refuses a GET that carries a cookie but nothing a plain link could not send", async () => {
    const response = await fetch(link(), { headers: { cookie: "session=abc" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_REQUEST");
    expect(body.errors[0]?.message).toMatch(/CSRF/);
  });

  it("refuses a form-encoded POST that carries a cookie", async () => {
    const response = await fetch(api.url, { method: "POST", headers: { cookie: "session=abc", "content-type": "text/plain" }, body: JSON.stringify({ query: ENTITY, variables: { id: "mijn-pad" } }) });
    expect(response.status).toBe(400);
  });

  it("answers a cookie-carrying request that a cross-site page could only send after a preflight", async () => {
    const viaHeader = await fetch(link(), { headers: { cookie: "session=abc", "apollo-require-preflight": "true" } });
    expect(viaHeader.status).toBe(200);
    const viaJson = await fetch(api.url, { method: "POST", headers: { cookie: "session=abc", "content-type": "application/json" }, body: JSON.stringify({ query: ENTITY, variables: { id: "mijn-pad" } }) });
    expect(((await viaJson.json()) as { data: unknown }).data).toEqual(expected);
  });
});

describe("Clients: persisted operations", () => {
  const example = readFileSync(path.join(projectRoot, "operations", "entity.graphql"), "utf8");
  const hash = documentHash(parse(example));
  const byHash = (base: string) =>
    `${base}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}&variables=${encodeURIComponent(JSON.stringify({ id: "mijn-pad" }))}`;

  it("answers a published operation by its hash alone, as a cacheable GET, with no registering request first", async () => {
    const response = await fetch(byHash(api.url));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { entity: { id: string; name: string } } };
    expect(body.data.entity).toMatchObject({ id: "mijn-pad", name: expected.entity.name });
    expect(response.headers.get("cache-control")).toMatch(/public/);
  });

  describe("with TRUSTED_DOCUMENTS=only", () => {
    let closed: TestApi;
    beforeAll(async () => {
      closed = await startTestApi(driver, { trustedDocuments: "only" });
    });
    afterAll(() => closed.close());

    it("runs a published operation sent by hash or in full, and Apollo Client's persisted-queries link gets it", async () => {
      expect((await fetch(byHash(closed.url))).status).toBe(200);
      const inFull = await closed.query(example, { id: "mijn-pad" });
      expect(inFull.errors).toBeUndefined();
      // Apollo Client's cache adds __typename to the published document: the first request registers that form.
      const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
      const ask = async (methods: string[]) => {
        const link = new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: closed.url, fetch: recordingFetch(methods) }));
        const client = new ApolloClient({ link, cache: new InMemoryCache() });
        return (await client.query({ query: gql(example), variables: { id: "mijn-pad" } })).data;
      };
      expect(await ask([])).toMatchObject({ entity: { id: "mijn-pad" } });
      const methods: string[] = [];
      expect(await ask(methods)).toMatchObject({ entity: { id: "mijn-pad" } });
      expect(methods).toEqual(["GET"]);
    });

    it("refuses any other operation, sent in full or registered by hash, before it runs and without registering it", async () => {
      const other = `{ practices(limit: 1) { id } }`;
      const inFull = await closed.query(other);
      expect(inFull.status).toBe(400);
      expect(inFull.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
      const otherHash = createHash("sha256").update(other).digest("hex");
      const register = await fetch(closed.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: other, extensions: { persistedQuery: { version: 1, sha256Hash: otherHash } } }),
      });
      expect(register.status).toBe(400);
      const later = await fetch(`${closed.url}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: otherHash } }))}`);
      expect(((await later.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    });

    it("still runs anything for an editor's token", async () => {
      const { data, errors } = await closed.query(`{ practices(where: { id: { eq: "mijn-pad" } }) { id } }`, {}, { authorization: await bearer({ roles: ["editor"] }) });
      expect(errors).toBeUndefined();
      expect(data).toEqual({ practices: [{ id: "mijn-pad" }] });
    });
  });
});

describe("Clients: GraphQL over HTTP", () => {
  it("passes graphql-http's server audits with no error", async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: api.url, fetchFn: fetch })) {
      const result = await audit.fn();
      if (result.status === "error") failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});

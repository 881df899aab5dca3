/**
 * Signing in through an OpenID provider, with real tokens of a real one: oidc-provider started by
 * test/oidc-setup.ts (and, for key rotation, one this file starts), signed in through its login
 * page by test/oidc/sign-in.ts. Every write is tried with no token, with the token of a user
 * outside the editors' group and with an editor's; refused ones leave the graph and its history
 * unchanged (a fingerprint of both). Tokens of another audience or issuer, expired ones, and ones
 * signed by a key the issuer does not publish are refused with 401; a provider's new signing key
 * is picked up without a restart. Nothing secret reaches the request log.
 */
import { Writable } from "node:stream";
import { decodeJwt, decodeProtectedHeader, importJWK, SignJWT } from "jose";
import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildSchema } from "../../src/graphql/schema.js";
import { signIn } from "../oidc/sign-in.js";
import { newSigningKey, startTestProvider, type SigningKey, type TestProvider } from "../oidc/test-provider.js";
import { graphFingerprint, seedAndServe, stopServing, testConfig, type TestApi } from "./harness.js";
import { buildScratchWorld, documentOf, latestRevisionReader, writeCases, type ScratchWorld, type WriteCase } from "./write-cases.js";

const oidc = inject("oidc");
const { database } = testConfig().neo4j;

let driver: Driver;
let api: TestApi;
let schema: GraphQLSchema;
let world: ScratchWorld;
let cases: WriteCase[];
/** A provider of this file's own, whose keys change while the API runs. */
let rotating: TestProvider;
const logLines: string[] = [];
const tokens: Record<"editor" | "reader" | "privacy", string> = { editor: "", reader: "", privacy: "" };

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  rotating = await startTestProvider();
  const { auth } = testConfig();
  const logger = pino({ level: "info" }, new Writable({ write: (chunk: Buffer, _encoding, done) => void (logLines.push(chunk.toString()), done()) }));
  ({ driver, api } = await seedAndServe({
    overrides: {
      // No clock leniency (so a one-second token expires in one second) and no wait before fetching keys again (so rotation shows at once).
      auth: { clockToleranceSeconds: 0, keysRefetchCooldownMs: 0, oidc: auth.oidc && { ...auth.oidc, issuers: [oidc.issuer, rotating.issuer] } },
      log: logger,
    },
  }));
  schema = await buildSchema();
  world = await buildScratchWorld(driver);
  cases = writeCases();
  for (const who of ["editor", "reader", "privacy"] as const) tokens[who] = (await signIn({ issuer: oidc.issuer, user: oidc.users[who] })).accessToken;
});
afterAll(async () => {
  await stopServing(api, driver);
  await rotating?.close();
});

async function send(c: WriteCase, headers: Record<string, string>) {
  const variables = await c.variables(world, latestRevisionReader(driver));
  return api.query<Record<string, { revision: { id: string } | null }>>(documentOf(schema, c.field, Object.keys(variables)), variables, headers);
}

/** One case of each mutation field. */
const onePerField = () => [...new Set(cases.map((c) => c.field))].map((field) => cases.find((c) => c.field === field) as WriteCase);

const READ = '{ entity(id: "mijn-pad") { id name } }';

describe("Signing in: the provider's tokens and writes", () => {
  it("the provider issues the API an access token with the user's groups, as a JWT of the provider's keys", () => {
    const claims = decodeJwt(tokens.editor);
    expect(decodeProtectedHeader(tokens.editor)).toMatchObject({ alg: "RS256", typ: "at+jwt" });
    expect(claims).toMatchObject({ iss: oidc.issuer, aud: oidc.audience, sub: oidc.users.editor.login, groups: oidc.users.editor.groups, name: oidc.users.editor.name });
    expect(decodeJwt(tokens.reader).groups).toEqual(oidc.users.reader.groups);
  });

  it("refuses every write without a token (UNAUTHENTICATED), with the token of a user outside the editors' group (FORBIDDEN), and an erasure with an editor's (FORBIDDEN); the graph and its history are unchanged", async () => {
    const before = await graphFingerprint(driver);
    const problems: string[] = [];
    for (const c of onePerField()) {
      const identities = [
        { who: "no token", headers: {}, code: "UNAUTHENTICATED" },
        { who: "the reader", headers: bearer(tokens.reader), code: "FORBIDDEN" },
        ...(c.role === "editor" ? [] : [{ who: "the editor", headers: bearer(tokens.editor), code: "FORBIDDEN" }]),
      ];
      for (const { who, headers, code } of identities) {
        const answer = await send(c, headers);
        if (answer.status !== 200 || answer.errors?.[0]?.extensions?.code !== code || answer.data != null) problems.push(`${c.name} as ${who}: ${answer.status} ${JSON.stringify(answer.errors?.[0] ?? answer.data).slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await graphFingerprint(driver)).toBe(before);
  }, 120_000);

  it("lets the user outside the editors' group read, as anyone may", async () => {
    const answer = await api.query(READ, {}, bearer(tokens.reader));
    expect({ status: answer.status, data: answer.data, errors: answer.errors }).toEqual({ status: 200, data: { entity: { id: "mijn-pad", name: "Mijn Pad" } }, errors: undefined });
  });

  it("runs every write for the provider's editor (an erasure for its privacy officer), each revision by the signed-in user's name", async () => {
    const problems: string[] = [];
    for (const c of cases) {
      const answer = await send(c, bearer(c.role === "editor" ? tokens.editor : tokens.privacy));
      if (answer.errors || !answer.data?.[c.field]?.revision) problems.push(`${c.name}: ${JSON.stringify(answer.errors?.[0] ?? answer.data).slice(0, 300)}`);
    }
    expect(problems).toEqual([]);
    const authors = await driver.executeQuery(
      "MATCH (r:Revision) WHERE r.actor IN $subjects RETURN r.actor AS actor, r.actorName AS name, count(*) AS revisions ORDER BY actor",
      { subjects: [oidc.users.editor.login, oidc.users.privacy.login] },
      { database },
    );
    expect(authors.records.map((r) => [r.get("actor"), r.get("name"), Number(r.get("revisions"))])).toEqual([
      [oidc.users.editor.login, oidc.users.editor.name, cases.filter((c) => c.role === "editor").length],
      [oidc.users.privacy.login, oidc.users.privacy.name, cases.filter((c) => c.role === "privacy").length],
    ]);
  }, 300_000);
});

describe("Signing in: tokens the API refuses", () => {
  /** The editor's real token, re-signed with `key` (a forgery: the provider never published it). */
  async function forged(key: SigningKey): Promise<string> {
    const claims = decodeJwt(tokens.editor);
    return new SignJWT(claims).setProtectedHeader({ alg: "RS256", typ: "at+jwt", kid: key.kid }).sign(await importJWK(key, "RS256"));
  }

  it.each([
    ["a token for another audience", async () => (await signIn({ issuer: oidc.issuer, user: oidc.users.editor, resource: oidc.otherAudience })).accessToken, /issued for another audience than this API/],
    ["the ID token instead of the access token (issued for the client)", async () => (await signIn({ issuer: oidc.issuer, user: oidc.users.editor })).idToken, /issued for another audience than this API/],
    ["a token of an issuer the API does not trust", async () => (await signIn({ issuer: oidc.untrustedIssuer, user: oidc.users.editor })).accessToken, new RegExp(`issued by "${oidc.untrustedIssuer}", which this API does not trust`)],
    [
      "an expired token",
      async () => {
        const { accessToken } = await signIn({ issuer: oidc.issuer, user: oidc.users.editor, clientId: oidc.shortLivedClientId });
        const exp = decodeJwt(accessToken).exp as number;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 1100));
        return accessToken;
      },
      /it has expired/,
    ],
    ["a token signed by a key the issuer does not publish", async () => forged(await newSigningKey()), /no key its issuer publishes matches it/],
    ["a token signed by another key under the published key's id", async () => forged(await newSigningKey(decodeProtectedHeader(tokens.editor).kid)), /signature does not verify/],
  ])("refuses %s with 401 UNAUTHENTICATED saying why; nothing written", async (_case, makeToken, reason) => {
    const before = await graphFingerprint(driver);
    const token = await makeToken();
    for (const c of onePerField().slice(0, 3)) {
      const { status, data, errors } = await send(c, bearer(token));
      expect({ status, data, code: errors?.[0]?.extensions?.code }).toEqual({ status: 401, data: undefined, code: "UNAUTHENTICATED" });
      expect(errors?.[0]?.message).toMatch(reason);
    }
    expect(await graphFingerprint(driver)).toBe(before);
  }, 30_000);
});

describe("Signing in: the provider's key rotation", () => {
  it("accepts tokens of the provider's new key without a restart, and the old key's while it is still published", async () => {
    const read = async (token: string) => (await api.query(READ, {}, bearer(token))).status;
    const [oldKey] = rotating.keys as [SigningKey];
    const before = (await signIn({ issuer: rotating.issuer, user: oidc.users.editor })).accessToken;
    expect(await read(before)).toBe(200);
    // The provider restarts on the same issuer, signing with a new key and publishing both.
    const newKey = await newSigningKey();
    await rotating.close();
    rotating = await startTestProvider({ port: rotating.port, keys: [newKey, oldKey] });
    const after = (await signIn({ issuer: rotating.issuer, user: oidc.users.editor })).accessToken;
    expect(decodeProtectedHeader(after).kid).toBe(newKey.kid);
    expect(await read(after)).toBe(200);
    expect(await read(before)).toBe(200);
    // And its token's roles hold: the editor writes with it.
    const c = cases.find((x) => x.field === "createEntity") as WriteCase;
    const answer = await send(c, bearer(after));
    expect(answer.errors?.[0]?.extensions?.code).not.toBe("UNAUTHENTICATED");
    expect(answer.errors?.[0]?.extensions?.code).not.toBe("FORBIDDEN");
  }, 30_000);
});

describe("Signing in: what the /edit page reads, and what the log keeps", () => {
  const base = () => api.url.replace(/\/graphql$/, "");

  it("GET /edit/sign-in.json gives the issuer, the public client and the scopes, no-cache", async () => {
    const response = await fetch(`${base()}/edit/sign-in.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.json()).toEqual({ issuer: oidc.issuer, clientId: oidc.clientId, scopes: oidc.scopes.split(" ") });
  });

  it("logs no token and no authorization code", async () => {
    await fetch(`${base()}/edit?code=secret-authorization-code&state=secret-state`);
    await api.query(READ, {}, { authorization: "Bearer not.a.jwt" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logged = logLines.join("");
    expect(logged).toContain("/edit?code=[redacted]&state=[redacted]");
    for (const secret of [...Object.values(tokens), "secret-authorization-code", "secret-state", "not.a.jwt"]) expect(logged).not.toContain(secret);
  });
});

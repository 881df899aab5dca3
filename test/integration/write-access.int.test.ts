/**
 * Who may write, for every write there is: each case of write-cases.ts (every mutation field, for
 * every node type, field and relationship endpoint of the model), with valid arguments, is sent
 *   - with no token: UNAUTHENTICATED, and the graph unchanged;
 *   - with a viewer's token: FORBIDDEN, and the graph unchanged;
 *   - with a token whose `roles` is the string "editor": refused as a malformed token (401);
 *   - with an editor's token: it runs, and its revision records what it changed, among the scratch
 *     world only.
 * "Unchanged" is a fingerprint of every node and relationship and of the history, so a refused
 * write that left a revision, or a forged quote, is caught as surely as a new node.
 */
import type { Driver } from "neo4j-driver";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "../../src/graphql/schema.js";
import { TEST_JWT_SECRET, bearer, graphFingerprint, seedAndServe, stopServing, testConfig, type TestApi } from "./harness.js";
import { SCRATCH, buildScratchWorld, coverageGaps, documentOf, latestRevisionReader, writeCases, type ScratchWorld, type Touch, type WriteCase } from "./write-cases.js";

const { database } = testConfig().neo4j;

let driver: Driver;
let api: TestApi;
let schema: GraphQLSchema;
let world: ScratchWorld;
let cases: WriteCase[];

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  schema = await buildSchema();
  world = await buildScratchWorld(driver);
  cases = writeCases();
});
afterAll(() => stopServing(api, driver));

async function send(c: WriteCase, headers: Record<string, string>) {
  const variables = await c.variables(world, latestRevisionReader(driver));
  return api.query<Record<string, { revision: { id: string; operation: string; changes: Record<string, unknown>[] } | null }>>(
    documentOf(schema, c.field, Object.keys(variables)),
    variables,
    headers,
  );
}

const touched = (touch: Touch | null, change: Record<string, unknown>) =>
  touch === null ? false : touch.kind === "ENTITY"
    ? change.kind === "ENTITY" && change.id === touch.id
    : change.kind === "RELATIONSHIP" && change.from === touch.from && change.type === touch.type && change.to === touch.to && change.source === touch.source;

const isScratch = (change: Record<string, unknown>) => ["id", "from", "to", "source"].every((key) => change[key] == null || String(change[key]).startsWith(SCRATCH));

describe("Write access: every write, generated from the schema and the graph model", () => {
  it("has a case for every mutation field, argument and input field, node type and relationship endpoint", () => {
    expect(coverageGaps(schema, cases)).toEqual([]);
    // Each mutation field is one of the cases' fields, and the other way round.
    expect(new Set(cases.map((c) => c.field))).toEqual(new Set(Object.keys(schema.getMutationType()?.getFields() ?? {})));
  });

  it("finds what it leaves untested: a mutation, an argument or an input field without a case", () => {
    const withoutRevert = cases.filter((c) => c.field !== "revert");
    expect(coverageGaps(schema, withoutRevert)).toContain("mutation revert has no case");
    const withoutComment = cases.map((c) => (c.field === "addSource" ? { ...c, arguments: c.arguments.filter((a) => a !== "comment") } : c));
    expect(coverageGaps(schema, withoutComment)).toEqual(["addSource(comment) is given by no case"]);
    const withoutRefers = cases.map((c) => ({ ...c, inputFields: c.inputFields.filter((f) => f !== "evidence.refers.to") }));
    expect(coverageGaps(schema, withoutRefers)).toEqual(["RefersInput.to is set by no case"]);
    const withoutNameEn = cases.map((c) => (c.name === "updateEntity Theme" ? { ...c, inputFields: c.inputFields.filter((f) => f !== "fields.nameEn") } : c));
    expect(coverageGaps(schema, withoutNameEn)).toEqual(["updateEntity Theme does not set Theme.nameEn"]);
  });

  it("refuses every one of them without a token (UNAUTHENTICATED), with a viewer's token (FORBIDDEN) and with a roles string (401); the graph and its history are unchanged", async () => {
    const before = await graphFingerprint(driver);
    const identities: { who: string; headers: Record<string, string>; status: number; code: string }[] = [
      { who: "no token", headers: {}, status: 200, code: "UNAUTHENTICATED" },
      { who: "a viewer", headers: { authorization: await bearer({ roles: ["viewer"] }) }, status: 200, code: "FORBIDDEN" },
      { who: 'roles "editor" as a string', headers: { authorization: await bearer({ roles: "editor" }) }, status: 401, code: "UNAUTHENTICATED" },
    ];
    // A write that needs another role than the editor's is refused to an editor too.
    const editor = { who: "an editor", headers: { authorization: await bearer({ roles: ["editor"] }) }, status: 200, code: "FORBIDDEN" };
    const problems: string[] = [];
    for (const c of cases) {
      for (const { who, headers, status, code } of c.role === "editor" ? identities : [...identities, editor]) {
        const answer = await send(c, headers);
        if (answer.status !== status || answer.errors?.[0]?.extensions?.code !== code || answer.data != null) {
          problems.push(`${c.name} as ${who}: ${answer.status} ${JSON.stringify(answer.errors?.[0] ?? answer.data).slice(0, 200)}`);
        }
      }
      if ((await graphFingerprint(driver)) !== before) problems.push(`${c.name} changed the graph`);
    }
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThan(50);
  }, 300_000);

  it("runs every one of them for its role (an editor's; a privacy officer's for an erasure): each makes a revision of its operation recording what it changed, in the scratch world only", async () => {
    const tokens = { editor: await bearer({ roles: ["editor"] }), privacy: await bearer({ roles: ["privacy"] }) };
    const problems: string[] = [];
    for (const c of cases) {
      const before = await graphFingerprint(driver);
      const answer = await send(c, { authorization: tokens[c.role] });
      const revision = answer.data?.[c.field]?.revision;
      if (answer.errors || !revision) problems.push(`${c.name}: ${JSON.stringify(answer.errors?.[0] ?? answer.data).slice(0, 300)}`);
      else {
        if (revision.operation !== c.field) problems.push(`${c.name}: its revision's operation is ${revision.operation}`);
        if (c.touches === null ? revision.changes.length > 0 : !revision.changes.some((change) => touched(c.touches, change))) problems.push(`${c.name}: its revision does not record ${JSON.stringify(c.touches)}: ${JSON.stringify(revision.changes)}`);
        const outside = revision.changes.filter((change) => !isScratch(change));
        if (outside.length > 0) problems.push(`${c.name}: changed outside the scratch world: ${JSON.stringify(outside)}`);
        const stored = await driver.executeQuery("MATCH (r:Revision {id: $id}) RETURN r.operation AS operation", { id: revision.id }, { database });
        if (stored.records[0]?.get("operation") !== c.field) problems.push(`${c.name}: revision ${revision.id} is not in the graph`);
      }
      if ((await graphFingerprint(driver)) === before) problems.push(`${c.name}: answered, but changed nothing`);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

describe("Write access: tokens", () => {
  const now = () => Math.floor(Date.now() / 1000);
  /** A token with exactly these claims (undefined ones left out), signed for the test API. */
  const rawToken = async (claims: Record<string, unknown>) =>
    `Bearer ${await new SignJWT(Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined))).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(TEST_JWT_SECRET))}`;

  it.each([
    ["a malformed token", () => Promise.resolve("Bearer not.a.jwt"), /not a well-formed JWT/],
    ["a token signed with another secret", () => bearer({ roles: ["editor"] }, { secret: "another-secret-another-secret-another-secret" }), /signature does not verify/],
    ["an expired token", () => bearer({ roles: ["editor"] }, { expiresIn: "-1m" }), /expired/],
    ["a header that is not a bearer token", () => Promise.resolve("Basic dXNlcjpwYXNz"), /Bearer <JWT>/],
    ['"roles" as a string', () => bearer({ roles: "editor" }), /"roles" claim must be an array of strings/],
    ['"roles" with a number', () => bearer({ roles: ["editor", 1] }), /"roles" claim must be an array of strings/],
    ["no exp", () => rawToken({ roles: ["editor"], iat: now() }), /no "exp" claim/],
    ["no iat", () => rawToken({ roles: ["editor"], exp: now() + 300 }), /no "iat" claim/],
    ["iat in the future", () => rawToken({ roles: ["editor"], iat: now() + 3600, exp: now() + 7200 }), /"iat" claim lies in the future/],
    ["a lifetime over JWT_MAX_AGE_S", () => rawToken({ roles: ["editor"], iat: now(), exp: now() + 10 * 365 * 86400 }), /longer than the 43200 s allowed/],
    ["an iat older than JWT_MAX_AGE_S", () => rawToken({ roles: ["editor"], iat: now() - 86400, exp: now() + 300 }), /issued more than 43200 s ago/],
  ])("refuses %s with 401 UNAUTHENTICATED saying why, whatever the write; nothing written", async (_case, makeToken, reason) => {
    const before = await graphFingerprint(driver);
    const authorization = await makeToken();
    // One write of each mutation field, each one that an editor's token would run.
    for (const field of new Set(cases.map((c) => c.field))) {
      const c = cases.find((x) => x.field === field) as WriteCase;
      const { status, data, errors } = await send(c, { authorization });
      expect({ field, status, data, code: errors?.[0]?.extensions?.code }).toEqual({ field, status: 401, data: undefined, code: "UNAUTHENTICATED" });
      expect(errors?.[0]?.message).toMatch(reason);
    }
    expect(await graphFingerprint(driver)).toBe(before);
  });
});

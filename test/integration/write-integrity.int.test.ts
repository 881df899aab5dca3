/**
 * What an editor's write may not do to the graph, tried for every shape the schema offers:
 * evidence cannot be emptied or blanked, text must be visible text, required fields cannot be
 * set to null, a connect always names its target, a cited source stays, a mutation is one
 * transaction (all its root fields or nothing), a write's outcome is never misreported, and a
 * write that waits too long is stopped. After every refusal the graph is exactly as it was.
 */
import { getNamedType, isNonNullType, isScalarType, type GraphQLInputObjectType, type GraphQLSchema } from "graphql";
import { SignJWT } from "jose";
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GRAPH_MODEL, LABELS } from "../../src/model/graph-model.js";
import { createDriver } from "../../src/db/neo4j.js";
import { buildSchema } from "../../src/graphql/schema.js";
import { startBoltProxy } from "./bolt-proxy.js";
import { TEST_JWT_SECRET, bearer, graphFingerprint, seedAndServe, startTestApi, stopServing, testConfig, type TestApi } from "./harness.js";
import { minimalCreate, relationshipFields, rootMutations, type RootMutation } from "./mutation-shapes.js";

const { database } = testConfig().neo4j;
const SOURCE = "004_efa2b08d00db0bc5";

/** Text a reader cannot see, or that is not text: each must be refused wherever text is stored. */
const BAD_TEXT: [string, string][] = [
  ["spaces", "   "],
  ["zero-width spaces", "\u200b\u200b\u200b"],
  ["a byte-order mark and joiners", "\ufeff\u200b\u200d"],
  ["a Hangul filler and a soft hyphen", "\u3164\u00ad"],
  ["a NUL character", "Mijn\u0000Pad"],
  ["a control character", "Mijn\u0007Pad"],
  ["an unpaired surrogate", "Mijn \ud800 Pad"],
];

let schema: GraphQLSchema;
let roots: RootMutation[];
let driver: Driver;
let api: TestApi;
let editor: string;
let seeded: string;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  schema = await buildSchema();
  roots = rootMutations(schema);
  editor = await bearer({ roles: ["editor"] });
  seeded = await graphFingerprint(driver);
});
afterAll(() => stopServing(api, driver));
// After every test, refused or not, the graph is as seeded, to the last character.
afterEach(async () => {
  expect(await graphFingerprint(driver)).toBe(seeded);
});

/** One existing node of each type to aim updates at. */
async function someIdOf(label: string): Promise<string> {
  const result = await driver.executeQuery(`MATCH (n:${label}) RETURN n.id AS id ORDER BY n.id LIMIT 1`, {}, { database });
  return result.records[0]?.get("id") as string;
}

/** Sends each case as an editor and lists every answer that is not the expected refusal. */
async function refusals(cases: { name: string; root: RootMutation; variables: Record<string, unknown>; argument?: RegExp }[]): Promise<string[]> {
  const problems: string[] = [];
  for (const c of cases) {
    const answer = await api.query(c.root.document(Object.keys(c.variables)), c.variables, { authorization: editor });
    const error = answer.errors?.[0];
    const refused = answer.data == null && error?.extensions?.code === "BAD_USER_INPUT" && (!c.argument || c.argument.test(String(error.extensions.argument)));
    if (!refused) problems.push(`${c.name}: ${answer.status} ${JSON.stringify(error ?? answer.data).slice(0, 250)}`);
  }
  return problems;
}

describe("Write integrity: evidence is never emptied", () => {
  it("refuses setting a relationship's source or quote to null, blank or invisible text, on every relationship field", async () => {
    const cases = [];
    for (const root of roots.filter((r) => r.kind === "update")) {
      const where = { id: { eq: await someIdOf(root.label) } };
      for (const rel of relationshipFields(root.object)) {
        for (const property of ["source", "quote"]) {
          for (const [what, value] of [["null", null], ...BAD_TEXT] as [string, string | null][]) {
            cases.push({
              name: `${root.name}.${rel.name} ${property} set to ${what}`,
              root,
              variables: { where, update: { [rel.name]: [{ update: { edge: { [property]: { set: value } } } }] } },
              argument: new RegExp(`^update\\.${rel.name}\\[0\\]\\.update\\.edge\\.${property}`),
            });
          }
        }
      }
    }
    expect(cases.length).toBeGreaterThan(500);
    expect(await refusals(cases)).toEqual([]);
  }, 300_000);

  it("refuses a cited source's deletion, by any filter, listing how many relationships cite it", async () => {
    const cited = await driver.executeQuery("MATCH ()-[r]->() WHERE r.source = $id RETURN count(r) AS n", { id: SOURCE }, { database });
    const citations = Number(cited.records[0]?.get("n"));
    expect(citations).toBeGreaterThan(0);
    const deleteSources = roots.find((r) => r.label === "Source" && r.kind === "delete") as RootMutation;
    for (const where of [{ id: { eq: SOURCE } }, { id: { in: [SOURCE, "000_614b223a8a126dec"] } }, { name: { contains: "" } }, { NOT: { id: { eq: "nothing" } } }]) {
      const { data, errors } = await api.query(deleteSources.document(["where"]), { where }, { authorization: editor });
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", citedBy: expect.objectContaining({ [SOURCE]: citations }) });
      expect(errors?.[0]?.message).toContain(`"${SOURCE}" (cited by ${citations} relationships)`);
    }
  });

  it("lets a source go together with the relationships that cite it, in one mutation", async () => {
    const created = await api.query(
      `mutation {
        createSources(input: [{ id: "test-source", name: "A test source", aliases: [] }]) { info { nodesCreated } }
        createPractices(input: [{ id: "test-cited", name: "Cited", aliases: [], themes: { connect: [{ where: { node: { id: { eq: "normaliseren" } } }, edge: { source: "test-source", quote: "A quote from the test source" } }] } }]) { info { nodesCreated } }
      }`,
      {},
      { authorization: editor },
    );
    expect(created.errors).toBeUndefined();
    const alone = await api.query(`mutation { deleteSources(where: { id: { eq: "test-source" } }) { nodesDeleted } }`, {}, { authorization: editor });
    expect(alone.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", citedBy: { "test-source": 1 } });
    const together = await api.query(
      `mutation {
        deletePractices(where: { id: { eq: "test-cited" } }) { nodesDeleted }
        deleteSources(where: { id: { eq: "test-source" } }) { nodesDeleted }
      }`,
      {},
      { authorization: editor },
    );
    expect(together.errors).toBeUndefined();
    expect(together.data).toEqual({ deletePractices: { nodesDeleted: 1 }, deleteSources: { nodesDeleted: 1 } });
  });
});

describe("Write integrity: stored text is visible text, and required fields stay", () => {
  it("refuses blank, invisible and control-character text in every text field of every create, naming the field", async () => {
    const cases = [];
    for (const root of roots.filter((r) => r.kind === "create")) {
      const input = getNamedType(root.args.get("input")) as GraphQLInputObjectType;
      const textFields = Object.values(input.getFields()).filter((f) => isScalarType(getNamedType(f.type)) && getNamedType(f.type).name === "String");
      expect(textFields.length).toBeGreaterThan(0);
      for (const field of textFields) {
        const list = String(field.type).startsWith("[");
        for (const [what, value] of BAD_TEXT) {
          cases.push({
            name: `${root.name} ${field.name} of ${what}`,
            root,
            variables: { input: [{ ...minimalCreate(schema, root.label, "test-bad-text"), [field.name]: list ? ["fine", value] : value }] },
            argument: new RegExp(`^input\\[0\\]\\.${field.name}`),
          });
        }
      }
    }
    // Every type's create was tried.
    expect(new Set(cases.map((c) => c.root.label))).toEqual(new Set(LABELS));
    expect(await refusals(cases)).toEqual([]);
  }, 120_000);

  it("refuses null for every required field of every update, as a value and as { set: null }", async () => {
    const cases = [];
    for (const root of roots.filter((r) => r.kind === "update")) {
      const where = { id: { eq: await someIdOf(root.label) } };
      const required = Object.values(root.object.getFields()).filter((f) => isNonNullType(f.type) && f.args.length === 0 && f.name !== "id" && f.name !== "type");
      const update = getNamedType(root.args.get("update")) as GraphQLInputObjectType;
      for (const field of required.filter((f) => update.getFields()[f.name])) {
        for (const value of [null, { set: null }]) {
          cases.push({ name: `${root.name} ${field.name}: ${JSON.stringify(value)}`, root, variables: { where, update: { [field.name]: value } }, argument: new RegExp(`^update\\.${field.name}$`) });
        }
      }
    }
    // name and aliases everywhere, and the other required fields (kind, nameEn, roles).
    expect(cases.length).toBeGreaterThanOrEqual(2 * 2 * 7);
    expect(await refusals(cases)).toEqual([]);
  }, 120_000);

  it("refuses a connect whose where is missing or null, literal or through a variable, on every relationship field", async () => {
    const cases = [];
    for (const root of roots.filter((r) => r.kind === "update")) {
      const where = { id: { eq: await someIdOf(root.label) } };
      for (const rel of relationshipFields(root.object)) {
        for (const connect of [{ edge: { source: SOURCE, quote: "A quote" } }, { where: null, edge: { source: SOURCE, quote: "A quote" } }]) {
          cases.push({ name: `${root.name}.${rel.name} connect ${JSON.stringify(connect)}`, root, variables: { where, update: { [rel.name]: [{ connect: [connect] }] } }, argument: /\.where$/ });
        }
      }
    }
    // Every relationship field of the graph model is tried two ways.
    expect(cases).toHaveLength(GRAPH_MODEL.nodeTypes.flatMap((node) => node.relationships).length * 2);
    expect(await refusals(cases)).toEqual([]);
    const literal = await api.query(
      `mutation { updatePractices(where: { id: { eq: "mijn-pad" } }, update: { themes: [{ connect: [{ where: null, edge: { source: "${SOURCE}", quote: "A quote" } }] }] }) { practices { id } } }`,
      {},
      { authorization: editor },
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "update.themes[0].connect[0].where" });
  }, 120_000);

  it("refuses an empty create and an update or delete that names nothing, for every root field", async () => {
    const cases = [];
    for (const root of roots) {
      if (root.kind === "create") cases.push({ name: `${root.name} []`, root, variables: { input: [] }, argument: /^input$/ });
      else {
        const rest = root.kind === "update" ? { update: { name: { set: "Renamed everywhere" } } } : {};
        cases.push({ name: `${root.name} without where`, root, variables: rest, argument: /^where$/ });
        cases.push({ name: `${root.name} where {}`, root, variables: { where: {}, ...rest }, argument: /^where$/ });
      }
    }
    // Per type: its create once, its update and its delete twice each.
    expect(cases).toHaveLength(LABELS.length * 5);
    expect(await refusals(cases)).toEqual([]);
  });
});

describe("Write integrity: one mutation, one transaction", () => {
  const TWO_ROOTS = (practiceId: string) => `mutation {
    a: createThemes(input: [{ id: "test-theme", name: "Testthema", nameEn: "Test theme", aliases: [] }]) { themes { id } }
    b: createPractices(input: [{ id: "${practiceId}", name: "Test", aliases: [], themes: { connect: [{ where: { node: { id: { eq: "test-theme" } } }, edge: { source: "${SOURCE}", quote: "A quote" } }] } }]) { practices { id } }
  }`;

  it("keeps nothing of its first root field when the second fails, and answers data: null", async () => {
    const { data, errors } = await api.query(TWO_ROOTS("Not A Slug"), {}, { authorization: editor });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input[0].id" });
  });

  it("writes all its root fields when all succeed, the second seeing the first", async () => {
    const { data, errors } = await api.query(TWO_ROOTS("test-practice"), {}, { authorization: editor });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: { themes: [{ id: "test-theme" }] }, b: { practices: [{ id: "test-practice" }] } });
    const cleaned = await api.query(
      `mutation { deletePractices(where: { id: { eq: "test-practice" } }) { nodesDeleted } deleteThemes(where: { id: { eq: "test-theme" } }) { nodesDeleted } }`,
      {},
      { authorization: editor },
    );
    expect(cleaned.errors).toBeUndefined();
  });
});

describe("Write integrity: when the database fails", () => {
  const target = new URL(testConfig().neo4j.uri);

  it("says WRITE_OUTCOME_UNKNOWN when the connection breaks during the commit (and the write did happen)", async () => {
    const proxy = await startBoltProxy({ host: target.hostname, port: Number(target.port || 7687) });
    const proxied = createDriver({ ...testConfig().neo4j, uri: proxy.uri });
    const proxiedApi = await startTestApi(proxied);
    try {
      proxy.dropAfterNextCommit();
      const { data, errors } = await proxiedApi.query(
        `mutation { createThemes(input: [{ id: "test-unknown", name: "Onbekend", nameEn: "Unknown", aliases: [] }]) { themes { id } } }`,
        {},
        { authorization: editor },
      );
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe("WRITE_OUTCOME_UNKNOWN");
      expect(errors?.[0]?.message).toMatch(/may or may not have been applied/);
      const stored = await driver.executeQuery("MATCH (t:Theme {id: 'test-unknown'}) RETURN count(t) AS n", {}, { database });
      expect(Number(stored.records[0]?.get("n"))).toBe(1);
    } finally {
      await proxiedApi.close();
      await proxied.close();
      await proxy.close();
      await driver.executeQuery("MATCH (t:Theme {id: 'test-unknown'}) DETACH DELETE t", {}, { database });
    }
  });

  it("says SERVICE_UNAVAILABLE, and writes nothing, when the database is away before the commit", async () => {
    const proxy = await startBoltProxy({ host: target.hostname, port: Number(target.port || 7687) });
    const proxied = createDriver({ ...testConfig().neo4j, uri: proxy.uri });
    const proxiedApi = await startTestApi(proxied);
    try {
      await proxy.cut();
      const { data, errors } = await proxiedApi.query(
        `mutation { createThemes(input: [{ id: "test-away", name: "Weg", nameEn: "Away", aliases: [] }]) { themes { id } } }`,
        {},
        { authorization: editor },
      );
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      await proxiedApi.close();
      await proxied.close();
      await proxy.close();
    }
  });

  it("stops a write that waits longer than QUERY_TIMEOUT_MS: QUERY_TIMEOUT, counted in /metrics, nothing written", async () => {
    const impatient = await startTestApi(driver, { queryTimeoutMs: 500 });
    // Another transaction holds Mijn Pad's write lock, so the API's update has to wait for it.
    const session = driver.session({ database });
    const blocker = session.beginTransaction();
    try {
      await blocker.run("MATCH (p:Practice {id: 'mijn-pad'}) SET p.lockedByTest = true");
      const { data, errors } = await impatient.query(
        `mutation { updatePractices(where: { id: { eq: "mijn-pad" } }, update: { description: { set: "Changed while locked" } }) { practices { id } } }`,
        {},
        { authorization: editor },
      );
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
      const metrics = await (await fetch(impatient.url.replace(/\/graphql$/, "/metrics"))).text();
      expect(metrics).toMatch(/graphql_errors_total\{code="QUERY_TIMEOUT"\} 1/);
    } finally {
      await blocker.rollback();
      await session.close();
      await impatient.close();
    }
  });
});

describe("Write integrity: tokens", () => {
  const CREATE = `mutation { createThemes(input: [{ id: "test-token", name: "Token", nameEn: "Token", aliases: [] }]) { themes { id } } }`;
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ['"roles" as a string', { roles: "editor" }, {}, /"roles" claim must be an array of strings/],
    ['"roles" with a number', { roles: ["editor", 1] }, {}, /"roles" claim must be an array of strings/],
    ["no exp", { roles: ["editor"], iat: now(), exp: undefined }, { raw: true }, /no "exp" claim/],
    ["no iat", { roles: ["editor"], exp: now() + 300, iat: undefined }, { raw: true }, /no "iat" claim/],
    ["iat in the future", { roles: ["editor"], iat: now() + 3600, exp: now() + 7200 }, { raw: true }, /"iat" claim lies in the future/],
    ["a lifetime over JWT_MAX_AGE_S", { roles: ["editor"], iat: now(), exp: now() + 10 * 365 * 86400 }, { raw: true }, /longer than the 43200 s allowed/],
    ["an iat older than JWT_MAX_AGE_S", { roles: ["editor"], iat: now() - 86400, exp: now() + 300 }, { raw: true }, /issued more than 43200 s ago/],
  ])("refuses a token with %s: 401 UNAUTHENTICATED saying why, nothing written", async (_case, claims, options, reason) => {
    const token = "raw" in options ? await rawToken(claims) : await bearer(claims);
    const { status, errors } = await api.query(CREATE, {}, { authorization: token });
    expect(status).toBe(401);
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(errors?.[0]?.message).toMatch(reason);
  });
});

/** A token with exactly these claims (undefined ones left out), signed for the test API. */
async function rawToken(claims: Record<string, unknown>): Promise<string> {
  const present = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
  return `Bearer ${await new SignJWT(present).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(TEST_JWT_SECRET))}`;
}

/**
 * Generated mutations: editors only (a verified JWT with role "editor"), every input checked before
 * it runs, one transaction each. Whatever is refused leaves the graph exactly as it was.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph, type GraphCounts } from "../../src/db/graph-counts.js";
import { bearer, seedAndServe, stopServing, testConfig, type TestApi } from "./harness.js";

let driver: Driver;
let api: TestApi;
let seeded: GraphCounts;
const { database } = testConfig().neo4j;
const SOURCE = "004_efa2b08d00db0bc5";

const CREATE = `mutation ($id: ID!, $theme: ID = "normaliseren", $quote: String = "normaliseren", $source: ID = "${SOURCE}") {
  createPractices(input: [{
    id: $id, name: "Test practice", aliases: ["TP"], kind: METHOD,
    themes: { connect: [{ where: { node: { id: { eq: $theme } } }, edge: { source: $source, quote: $quote } }] }
  }]) { practices { id type themes { id } } }
}`;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  seeded = await countGraph(driver, database);
});
afterAll(() => stopServing(api, driver));

describe("Mutations: authentication and authorization", () => {
  it("refuses a create without a token, before it runs: UNAUTHENTICATED, nothing written", async () => {
    const { data, errors } = await api.query(CREATE, { id: "test-practice" });
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it.each([
    ["a malformed token", () => Promise.resolve("Bearer not.a.jwt"), /not a well-formed JWT/],
    ["a token signed with another secret", () => bearer({ roles: ["editor"] }, { secret: "another-secret-another-secret-another-secret" }), /signature does not verify/],
    ["an expired token", () => bearer({ roles: ["editor"] }, { expiresIn: "-1m" }), /expired/],
    ["a header that is not a bearer token", () => Promise.resolve("Basic dXNlcjpwYXNz"), /Bearer <JWT>/],
  ])("refuses %s with 401 UNAUTHENTICATED saying why, nothing written", async (_case, makeToken, reason) => {
    const { status, data, errors } = await api.query(CREATE, { id: "test-practice" }, { authorization: await makeToken() });
    expect(status).toBe(401);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(errors?.[0]?.message).toMatch(reason);
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it("refuses a reader's token: FORBIDDEN, nothing written", async () => {
    const { errors } = await api.query(CREATE, { id: "test-practice" }, { authorization: await bearer({ roles: ["reader"] }) });
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it("lets an editor create a practice with evidence on its edge, and delete it again", async () => {
    const authorization = await bearer({ roles: ["editor"] });
    const created = await api.query<{ createPractices: { practices: unknown[] } }>(CREATE, { id: "test-practice" }, { authorization });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPractices.practices).toEqual([{ id: "test-practice", type: "PRACTICE", themes: [{ id: "normaliseren" }] }]);

    const read = await api.query<{ practices: unknown[] }>(
      `{ practices(where: { id: { eq: "test-practice" } }) { themesConnection { edges { properties { source quote } node { id } } } } }`,
    );
    expect(read.data?.practices).toEqual([
      { themesConnection: { edges: [{ properties: { source: SOURCE, quote: "normaliseren" }, node: { id: "normaliseren" } }] } },
    ]);

    const deleted = await api.query<{ deletePractices: { nodesDeleted: number } }>(
      `mutation { deletePractices(where: { id: { eq: "test-practice" } }) { nodesDeleted } }`,
      {},
      { authorization },
    );
    expect(deleted.data?.deletePractices.nodesDeleted).toBe(1);
    expect(await countGraph(driver, database)).toEqual(seeded);
  });
});

describe("Mutations: what readers see next", () => {
  it("makes a theme an editor creates known to the questions at once", async () => {
    const authorization = await bearer({ roles: ["editor"] });
    const ask = () => api.query(`{ partnersOnTheme(theme: "Testthema") { organisation { id } } }`);
    expect((await ask()).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const created = await api.query(
      `mutation { createThemes(input: [{ id: "testthema", name: "Testthema", nameEn: "Test theme", aliases: [] }]) { themes { id } } }`,
      {},
      { authorization },
    );
    expect(created.errors).toBeUndefined();
    expect(await ask()).toMatchObject({ data: { partnersOnTheme: [] } });
    await api.query(`mutation { deleteThemes(where: { id: { eq: "testthema" } }) { nodesDeleted } }`, {}, { authorization });
    expect(await countGraph(driver, database)).toEqual(seeded);
  });
});

describe("Mutations: input checks", () => {
  it.each([
    ["an id that exists", { id: "mijn-pad" }, "input[0].id", /id "mijn-pad" is already used by a Practice/],
    ["an id that is not a slug", { id: "Test Practice" }, "input[0].id", /must be an id: lowercase letters/],
    ["a connect to an unknown node", { id: "test-practice", theme: "no-such-theme" }, "input[0].themes.connect[0].where.node.id.eq", /no Theme has id "no-such-theme"/],
    ["a connect to a node of another type", { id: "test-practice", theme: "samen" }, "input[0].themes.connect[0].where.node.id.eq", /no Theme has id "samen" \("samen" is a Network\)/],
    ["a blank evidence quote", { id: "test-practice", quote: "  " }, "input[0].themes.connect[0].edge.quote", /must be the verbatim sentence/],
    ["evidence from an unknown source", { id: "test-practice", source: "no-such-source" }, "input[0].themes.connect[0].edge.source", /no Source has id "no-such-source"/],
  ])("refuses %s with BAD_USER_INPUT naming the input, nothing written", async (_case, variables, argument, message) => {
    const authorization = await bearer({ roles: ["editor"] });
    const { data, errors } = await api.query(CREATE, variables, { authorization });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors?.[0]?.message).toMatch(message);
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it("refuses a connect without a where (which would connect every node of the type)", async () => {
    const authorization = await bearer({ roles: ["editor"] });
    const { errors } = await api.query(
      `mutation { createPractices(input: [{ id: "test-practice", name: "T", aliases: [], kind: METHOD,
         themes: { connect: [{ edge: { source: "${SOURCE}", quote: "normaliseren" } }] } }]) { practices { id } } }`,
      {},
      { authorization },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it("refuses a mutation whose evidence misses its quote, at validation", async () => {
    const authorization = await bearer({ roles: ["editor"] });
    const { status, errors } = await api.query(
      `mutation { createPractices(input: [{ id: "test-practice", name: "T", aliases: [], kind: METHOD,
         themes: { connect: [{ where: { node: { id: { eq: "normaliseren" } } }, edge: { source: "${SOURCE}" } }] } }]) { practices { id } } }`,
      {},
      { authorization },
    );
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.[0]?.message).toMatch(/quote/);
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it("runs a mutation as one transaction: when its second create fails in the database, its first is not kept", async () => {
    const authorization = await bearer({ roles: ["editor"] });
    // A constraint the up-front checks do not know makes the database itself refuse the second create.
    await driver.executeQuery("CREATE CONSTRAINT test_practice_name IF NOT EXISTS FOR (p:Practice) REQUIRE p.name IS UNIQUE", {}, { database });
    try {
      const { errors } = await api.query(
        `mutation { createPractices(input: [
          { id: "test-practice-1", name: "A new practice", aliases: [], kind: METHOD },
          { id: "test-practice-2", name: "Mijn Pad", aliases: [], kind: METHOD }
        ]) { practices { id } } }`,
        {},
        { authorization },
      );
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toMatch(/Conflicts with existing data/);
      expect(await countGraph(driver, database)).toEqual(seeded);
    } finally {
      await driver.executeQuery("DROP CONSTRAINT test_practice_name IF EXISTS", {}, { database });
    }
  });
});

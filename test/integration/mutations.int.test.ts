/** Generated mutations: editors only (JWT with role "editor"); everyone else changes nothing. */
import { SignJWT } from "jose";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph, type GraphCounts } from "../../src/db/graph-counts.js";
import { TEST_JWT_SECRET, resetToSeed, startTestApi, testConfig, testDriver, type TestApi } from "./harness.js";

let driver: Driver;
let api: TestApi;
let seeded: GraphCounts;
const { database } = testConfig().neo4j;

async function token(claims: Record<string, unknown>, options: { secret?: string; expiresIn?: string } = {}): Promise<string> {
  const jwt = await new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m")
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
  return `Bearer ${jwt}`;
}

const CREATE = `mutation ($id: ID!) {
  createPractices(input: [{
    id: $id, name: "Test practice", aliases: ["TP"], kind: METHOD,
    themes: { connect: [{ where: { node: { id: { eq: "normaliseren" } } },
                          edge: { source: "004_efa2b08d00db0bc5", quote: "normaliseren" } }] }
  }]) { practices { id type themes { id } } }
}`;

beforeAll(async () => {
  driver = testDriver();
  await resetToSeed(driver);
  seeded = await countGraph(driver, database);
  api = await startTestApi(driver);
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe("Mutations: authentication and authorization", () => {
  it.each([
    ["no token", undefined, "UNAUTHENTICATED"],
    ["a malformed token", "Bearer not.a.jwt", "UNAUTHENTICATED"],
    ["a token signed with another secret", "other-secret", "UNAUTHENTICATED"],
    ["an expired token", "expired", "UNAUTHENTICATED"],
    ["a reader's token", "reader", "FORBIDDEN"],
  ])("rejects a create with %s and leaves the graph as it was", async (_case, kind, code) => {
    const authorization =
      kind === undefined
        ? undefined
        : kind === "other-secret"
          ? await token({ roles: ["editor"] }, { secret: "another-secret-another-secret-another-secret" })
          : kind === "expired"
            ? await token({ roles: ["editor"] }, { expiresIn: "-1m" })
            : kind === "reader"
              ? await token({ roles: ["reader"] })
              : kind;
    const { data, errors } = await api.query(CREATE, { id: "test-practice" }, authorization ? { authorization } : {});
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it("lets an editor create a practice with evidence on its edge, and delete it again", async () => {
    const authorization = await token({ roles: ["editor"] });
    const created = await api.query<{ createPractices: { practices: unknown[] } }>(CREATE, { id: "test-practice" }, { authorization });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPractices.practices).toEqual([{ id: "test-practice", type: "PRACTICE", themes: [{ id: "normaliseren" }] }]);

    const read = await api.query<{ practices: unknown[] }>(
      `{ practices(where: { id: { eq: "test-practice" } }) { themesConnection { edges { properties { source quote } node { id } } } } }`,
    );
    expect(read.data?.practices).toEqual([
      {
        themesConnection: {
          edges: [{ properties: { source: "004_efa2b08d00db0bc5", quote: "normaliseren" }, node: { id: "normaliseren" } }],
        },
      },
    ]);

    const deleted = await api.query<{ deletePractices: { nodesDeleted: number } }>(
      `mutation { deletePractices(where: { id: { eq: "test-practice" } }) { nodesDeleted } }`,
      {},
      { authorization },
    );
    expect(deleted.data?.deletePractices.nodesDeleted).toBe(1);
    expect(await countGraph(driver, database)).toEqual(seeded);
  });

  it("refuses an editor's create with an id that exists, changing nothing", async () => {
    const authorization = await token({ roles: ["editor"] });
    const { errors } = await api.query(CREATE, { id: "mijn-pad" }, { authorization });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await countGraph(driver, database)).toEqual(seeded);
  });
});

/**
 * The authorization matrix, generated from the schema: every mutation field, and under it every
 * nested operation kind (connect, create, disconnect, delete, update of the relationship's
 * evidence, update of the node across it) on every relationship field, is sent
 *   - with no token: UNAUTHENTICATED, and the graph unchanged;
 *   - with a viewer's token: FORBIDDEN, and the graph unchanged;
 *   - with a token whose `roles` is the string "editor": refused as a malformed token (401);
 *   - with an editor's token: it runs, and changes only the test's own scratch nodes.
 * "Unchanged" is a fingerprint of every node's and relationship's properties, so a forged quote
 * is caught as surely as a new node. A new type, relationship or input shape in the schema is
 * covered without editing this file.
 */
import { getNamedType, type GraphQLInputObjectType, type GraphQLInputType, type GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPH_MODEL, LABELS, type Label } from "../../src/model/graph-model.js";
import { buildSchema } from "../../src/graphql/schema.js";
import { bearer, graphFingerprint, seedAndServe, stopServing, testConfig, type TestApi } from "./harness.js";
import { byId, minimalCreate, nestedOperations, relationshipFields, rootMutations } from "./mutation-shapes.js";

const SCRATCH = "matrix-";
const scratchId = (label: string) => `${SCRATCH}${label.toLowerCase()}`;
const SCRATCH_SOURCE = `${SCRATCH}source`;
/** A second scratch source that no relationship cites, which an editor may delete. */
const UNCITED_SOURCE = `${SCRATCH}source-uncited`;
const EVIDENCE = { source: SCRATCH_SOURCE, quote: "A quote written by the authorization matrix." };

interface Case {
  name: string;
  document: string;
  variables: Record<string, unknown>;
}

/** One scratch node per label (two sources) and, for every relationship type and pair of labels it joins, one relationship between scratch nodes. */
async function resetScratch(driver: Driver): Promise<void> {
  const { database } = testConfig().neo4j;
  const nodes = [...LABELS.map((label) => ({ label, id: scratchId(label) })), { label: "Source", id: UNCITED_SOURCE }];
  const relationships = GRAPH_MODEL.relationshipTypes.flatMap(({ type, endpoints }) => endpoints.map(({ from, to }) => ({ type, from: scratchId(from), to: scratchId(to) })));
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: SCRATCH });
      await tx.run(
        `UNWIND $nodes AS node
         CALL apoc.create.node([node.label, 'Entity'], {id: node.id, name: 'Matrix ' + node.label, nameEn: 'Matrix', aliases: [], roles: [], kind: 'OTHER', type: toUpper(node.label)}) YIELD node AS created
         RETURN count(created)`,
        { nodes },
      );
      await tx.run(
        `UNWIND $relationships AS rel
         MATCH (a:Entity {id: rel.from}), (b:Entity {id: rel.to})
         CALL apoc.create.relationship(a, rel.type, $evidence, b) YIELD rel AS created
         RETURN count(created)`,
        { relationships, evidence: EVIDENCE },
      );
    });
  } finally {
    await session.close();
  }
}

let created = 0;
const newId = () => `${SCRATCH}created-${++created}`;

/** The value of one nested operation on a relationship field whose far end is `target`. */
function nestedOperation(kind: string, target: Label, schema: GraphQLSchema): Record<string, unknown>[] {
  switch (kind) {
    case "connect":
      return [{ where: byId(scratchId(target)), edge: EVIDENCE }];
    case "create":
      return [{ node: minimalCreate(schema, target, newId()), edge: EVIDENCE }];
    case "delete":
    case "disconnect":
      return [{ where: byId(scratchId(target)) }];
    default:
      throw new Error(`Unknown nested operation ${kind}: teach the matrix what it means`);
  }
}

function casesOf(schema: GraphQLSchema): Case[] {
  const cases: Case[] = [];
  for (const root of rootMutations(schema)) {
    const make = (name: string, variables: Record<string, unknown>): Case => ({ name: `${root.name} ${name}`, document: root.document(Object.keys(variables)), variables });
    const where = { id: { eq: root.label === "Source" ? UNCITED_SOURCE : scratchId(root.label) } };
    const argumentType = (name: string) => getNamedType(root.args.get(name) as GraphQLInputType) as GraphQLInputObjectType;
    const relationships = relationshipFields(root.object);
    if (root.kind === "create") {
      cases.push(make("(the node alone)", { input: [minimalCreate(schema, root.label, newId())] }));
      for (const { name: rel, far } of relationships) {
        for (const kind of nestedOperations(argumentType("input"), rel)) {
          cases.push(make(`with ${rel}.${kind}`, { input: [{ ...minimalCreate(schema, root.label, newId()), [rel]: { [kind]: nestedOperation(kind, far, schema) } }] }));
        }
      }
    } else if (root.kind === "update") {
      cases.push(make("of a property", { where, update: { name: { set: "Renamed by the authorization matrix" } } }));
      for (const { name: rel, far } of relationships) {
        for (const kind of nestedOperations(argumentType("update"), rel)) {
          if (kind === "update") {
            cases.push(make(`of ${rel}'s evidence`, { where, update: { [rel]: [{ update: { where: byId(scratchId(far)), edge: { quote: { set: "Forged by the authorization matrix" } } } }] } }));
            cases.push(make(`of the node across ${rel}`, { where, update: { [rel]: [{ update: { where: byId(scratchId(far)), node: { name: { set: "Renamed across" } } } }] } }));
          } else {
            cases.push(make(`with ${rel}.${kind}`, { where, update: { [rel]: [{ [kind]: nestedOperation(kind, far, schema) }] } }));
          }
        }
      }
    } else {
      cases.push(make("(the node alone)", { where }));
      for (const { name: rel, far } of root.args.has("delete") ? relationships : []) {
        cases.push(make(`with ${rel} deleted too`, { where, delete: { [rel]: [{ where: byId(scratchId(far)) }] } }));
      }
    }
  }
  return cases;
}

let driver: Driver;
let api: TestApi;
let cases: Case[];

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  await resetScratch(driver);
  cases = casesOf(await buildSchema());
});
afterAll(async () => {
  await driver?.executeQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: SCRATCH }, { database: testConfig().neo4j.database });
  await stopServing(api, driver);
});

describe("Write access: the authorization matrix, generated from the schema", () => {
  it("covers every mutation field and every nested operation kind on every relationship field", async () => {
    const schema = await buildSchema();
    expect(new Set(cases.map((c) => c.name.split(" ")[0]))).toEqual(new Set(Object.keys(schema.getMutationType()?.getFields() ?? {})));
    // Every relationship field of the graph model is updated six ways.
    const relationshipFields = GRAPH_MODEL.nodeTypes.flatMap((node) => node.relationships).length;
    for (const kind of ["connect", "create", "delete", "disconnect"]) {
      expect(cases.filter((c) => c.name.startsWith("update") && c.name.endsWith(`.${kind}`))).toHaveLength(relationshipFields);
    }
    expect(cases.filter((c) => c.name.endsWith("'s evidence"))).toHaveLength(relationshipFields);
    expect(cases.filter((c) => / of the node across /.test(c.name))).toHaveLength(relationshipFields);
    expect(cases.filter((c) => c.name.startsWith("create") && / with \w+\.(connect|create)$/.test(c.name))).toHaveLength(relationshipFields * 2);
    expect(cases.filter((c) => c.name.startsWith("delete") && c.name.endsWith("deleted too"))).toHaveLength(relationshipFields);
  });

  it("refuses every one of them without a token (UNAUTHENTICATED), with a viewer's token (FORBIDDEN) and with a roles string (401); the graph is unchanged", async () => {
    const before = await graphFingerprint(driver);
    const identities: { who: string; headers: Record<string, string>; status: number; code: string }[] = [
      { who: "no token", headers: {}, status: 200, code: "UNAUTHENTICATED" },
      { who: "a viewer", headers: { authorization: await bearer({ roles: ["viewer"] }) }, status: 200, code: "FORBIDDEN" },
      { who: 'roles "editor" as a string', headers: { authorization: await bearer({ roles: "editor" }) }, status: 401, code: "UNAUTHENTICATED" },
    ];
    const problems: string[] = [];
    for (const c of cases) {
      for (const { who, headers, status, code } of identities) {
        const answer = await api.query(c.document, c.variables, headers);
        if (answer.status !== status || answer.errors?.[0]?.extensions?.code !== code || answer.data != null) {
          problems.push(`${c.name} as ${who}: ${answer.status} ${JSON.stringify(answer.errors?.[0] ?? answer.data).slice(0, 200)}`);
        }
      }
      const after = await graphFingerprint(driver);
      if (after !== before) {
        problems.push(`${c.name} changed the graph`);
        await resetScratch(driver);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it("runs every one of them for an editor, touching only the scratch nodes", async () => {
    await resetScratch(driver);
    const scratch = await graphFingerprint(driver);
    const authorization = await bearer({ roles: ["editor"] });
    const problems: string[] = [];
    for (const c of cases) {
      const answer = await api.query(c.document, c.variables, { authorization });
      if (answer.errors || !answer.data) problems.push(`${c.name}: ${JSON.stringify(answer.errors?.[0]).slice(0, 300)}`);
      else if ((await graphFingerprint(driver)) === scratch) problems.push(`${c.name}: answered, but changed nothing`);
      await resetScratch(driver);
    }
    expect(problems).toEqual([]);
    // Whatever the editor did stayed among the scratch nodes: with them removed, the seeded graph is as it was.
    expect(await graphFingerprint(driver)).toBe(scratch);
  }, 300_000);
});

/**
 * The write checks (src/graphql/writes/input-checks.ts) on the real executable schema, with no
 * database: every relationship field and every node type of the graph model, generated, so a new
 * type or relationship in schema/ is covered without editing this file.
 */
import type { GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../src/graphql/schema.js";
import { GRAPH_MODEL, SOURCE_LABEL } from "../../src/model/graph-model.js";
import { byId, minimalCreate, rootMutations, type RootMutation } from "../integration/mutation-shapes.js";
import { REACHED_THE_DATABASE, runChecked } from "./stubbed-write.js";

const idOf = (label: string) => `${label.toLowerCase()}-1`;
/** One node of every label exists. */
const EXISTING = Object.fromEntries(GRAPH_MODEL.nodeTypes.map((node) => [idOf(node.label), node.label]));
const SOURCE = idOf(SOURCE_LABEL);
const EVIDENCE = { source: SOURCE, quote: "A quote that states it." };

let schema: GraphQLSchema;
let mutations: RootMutation[];
const mutation = (kind: RootMutation["kind"], label: string) => mutations.find((m) => m.kind === kind && m.label === label) as RootMutation;

beforeAll(async () => {
  schema = await buildSchema();
  mutations = rootMutations(schema);
});

const relationshipFields = GRAPH_MODEL.nodeTypes.flatMap((node) => node.relationships.map((rel) => ({ owner: node.label, ...rel })));

describe("Write checks: every relationship field of the model", () => {
  it.each(relationshipFields)("field $field of $owner: a connect names an existing $target by id, with evidence from a Source", async ({ owner, field, target }) => {
    const update = mutation("update", owner);
    const send = (connect: Record<string, unknown>) =>
      runChecked(schema, update.document(["where", "update"]), { where: { id: { eq: idOf(owner) } }, update: { [field]: [{ connect: [connect] }] } }, EXISTING);
    const path = `update.${field}[0].connect[0]`;

    const accepted = await send({ where: byId(idOf(target)), edge: EVIDENCE });
    expect(accepted.message).toBe(REACHED_THE_DATABASE);
    expect(new Set(accepted.lookedUp)).toEqual(new Set([idOf(target), SOURCE]));

    expect(await send({ edge: EVIDENCE })).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining(`${path}.where is required`) });
    expect(await send({ where: byId(SOURCE), edge: EVIDENCE })).toMatchObject({
      code: "BAD_USER_INPUT",
      message: `${path}.where.node.id.eq: no ${target} has id "${SOURCE}" ("${SOURCE}" is a ${SOURCE_LABEL}).`,
    });
    expect(await send({ where: byId(idOf(target)), edge: { ...EVIDENCE, source: idOf(target) } })).toMatchObject({
      code: "BAD_USER_INPUT",
      message: `${path}.edge.source: no ${SOURCE_LABEL} has id "${idOf(target)}" ("${idOf(target)}" is a ${target}).`,
    });
    expect(await send({ where: byId(idOf(target)), edge: { ...EVIDENCE, quote: "\u200b \u200b" } })).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining(`${path}.edge.quote must be the verbatim sentence`),
    });
  });
});

describe("Write checks: every node type of the model", () => {
  it.each(GRAPH_MODEL.nodeTypes.map((node) => node.label))("%s: a new node's id follows the id rule and is not taken", async (label) => {
    const create = mutation("create", label);
    const send = (id: string) => runChecked(schema, create.document(["input"]), { input: [minimalCreate(schema, label as never, id)] }, EXISTING);

    expect((await send(`new-${label.toLowerCase()}`)).message).toBe(REACHED_THE_DATABASE);
    expect(await send("Not An Id")).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/^input\[0\]\.id must be an id: lowercase letters/) });
    expect(await send(SOURCE)).toMatchObject({ code: "BAD_USER_INPUT", message: `input[0].id: id "${SOURCE}" is already used by a ${SOURCE_LABEL}; ids are unique across all types.` });
  });

  it.each(GRAPH_MODEL.nodeTypes.map((node) => node.label))("%s: an update or delete must say what it changes", async (label) => {
    for (const kind of ["update", "delete"] as const) {
      const root = mutation(kind, label);
      expect(await runChecked(schema, root.document([]), {}, EXISTING)).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining('needs a "where"') });
    }
  });
});

describe("Write checks: @format fields", () => {
  const formatted = GRAPH_MODEL.nodeTypes.flatMap((node) => node.fields.filter((f) => f.format).map((f) => ({ label: node.label, field: f.name, format: f.format })));

  it("the model has some (a source's publication date)", () => {
    expect(formatted.map((f) => `${f.label}.${f.field}`)).toContain("Source.published");
  });

  it.each(formatted)("field $field of $label: refused when it does not match, on create and on update", async ({ label, field, format }) => {
    const create = mutation("create", label);
    const input = { ...minimalCreate(schema, label as never, "new-node"), [field]: "not a match!" };
    expect(await runChecked(schema, create.document(["input"]), { input: [input] }, EXISTING)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: `input[0].${field} must be ${format?.description}; got "not a match!".`,
    });
    const update = mutation("update", label);
    expect(await runChecked(schema, update.document(["where", "update"]), { where: { id: { eq: idOf(label) } }, update: { [field]: { set: "not a match!" } } }, EXISTING)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: `update.${field} must be ${format?.description}; got "not a match!".`,
    });
  });
});

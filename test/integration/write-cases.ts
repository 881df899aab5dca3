/**
 * The write mutations' cases, generated from the schema's Mutation type and the graph model, for
 * tests that must cover every write: a valid call of every mutation field, for every node type,
 * every writable field and every pair of node types a relationship type joins, aimed at a scratch
 * world built for it. A mutation field, argument, input field, node type, field or relationship
 * type added to `schema/` gets cases here or fails `coverageGaps`, never goes untested.
 *
 * The scratch world (ids starting `wc-`), written through the write pipeline itself:
 *   - two entities of every node type but Source (`wc-practice-a`, `wc-practice-b`), so a type
 *     that joins a node type to itself has two ends, and a `-loose` one that nothing links;
 *   - `wc-source`, whose text states every link the model allows between an `-a` and a `-b`, four
 *     ways (naming both ends, "we" for the start, "it" for the end, implying it);
 *   - `wc-source-linked`, with the same text, already the evidence of each of those links;
 *   - `wc-source-spare` (cited by nothing) and `wc-source-revised`, and `wc-theme-reverted`,
 *     created in a revision of its own (for `revert`);
 *   - `wc-person-erased`, named in `wc-source`'s text, for `erasePerson` (the role `privacy`).
 * Every case touches items no other case touches, so all of them can run one after another on one
 * world; `expectedRevision` is read when a case is sent.
 */
import {
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from "graphql";
import type { Driver } from "neo4j-driver";
import { GRAPH_MODEL, SOURCE_LABEL, nodeType, type FieldModel, type Label, type NodeTypeModel } from "../../src/model/graph-model.js";
import { createEntity } from "../../src/writes/entity-writes.js";
import { writableFields } from "../../src/writes/field-checks.js";
import { link } from "../../src/writes/link-writes.js";
import { latestRevisionOf } from "../../src/writes/revisions.js";
import { addSource } from "../../src/writes/source-writes.js";
import { runWrite } from "../../src/writes/write-transaction.js";
import { log, testConfig } from "./harness.js";

export const SCRATCH = "wc-";
export const SOURCE = `${SCRATCH}source`;
export const LINKED_SOURCE = `${SCRATCH}source-linked`;
export const SPARE_SOURCE = `${SCRATCH}source-spare`;
export const REVISED_SOURCE = `${SCRATCH}source-revised`;
export const REVERTED_THEME = `${SCRATCH}theme-reverted`;
export const ERASED_PERSON = `${SCRATCH}person-erased`;

export const ENTITY_TYPES: readonly NodeTypeModel[] = GRAPH_MODEL.nodeTypes.filter((node) => node.label !== SOURCE_LABEL);
export const SOURCE_TYPE: NodeTypeModel = nodeType(GRAPH_MODEL, SOURCE_LABEL);

export type End = "a" | "b" | "loose" | "new" | "erased";
export const idOf = (label: string, end: End) => `${SCRATCH}${label.toLowerCase()}-${end}`;
export const nameOf = (label: string, end: End) => `Scratch ${label} ${end.toUpperCase()}`;

/** Valid values of the `@format` patterns in `schema/`; a new pattern must be taught here. */
const FORMAT_SAMPLES: Record<string, [string, string]> = {
  "^\\d{4}(-\\d{2}(-\\d{2})?)?$": ["2026", "2026-12-01"],
  "^https?://\\S+$": ["https://example.org/scratch", "http://example.org/scratch/2"],
  "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$": ["nl", "en-GB"],
};

/** A valid value of a field; `variant` 1 gives a second, different one (for updates). */
export function validValue(node: NodeTypeModel, field: FieldModel, variant: 0 | 1 = 0): unknown {
  let one: unknown;
  if (field.values) one = field.values[variant % field.values.length];
  else if (field.format) {
    const samples = FORMAT_SAMPLES[field.format.pattern];
    if (!samples) throw new Error(`write-cases.ts has no valid value for the format ${field.format.pattern} (${node.label}.${field.name}): add one to FORMAT_SAMPLES`);
    one = samples[variant];
  } else {
    switch (field.type) {
      case "Int":
        one = variant + 1;
        break;
      case "Float":
        one = variant + 0.5;
        break;
      case "Boolean":
        one = variant === 0;
        break;
      default:
        one = `Scratch ${node.label} ${field.name}${variant ? " (changed)" : ""}`;
    }
  }
  return field.list ? [one] : one;
}

/** Every writable field of a node type with a valid value, its name as given (names are what quotes are checked against). */
export function fullFields(node: NodeTypeModel, name: string, variant: 0 | 1 = 0): Record<string, unknown> {
  return { ...Object.fromEntries(writableFields(node).map((f) => [f.name, validValue(node, f, variant)])), name };
}

/** One pair of node types a relationship type joins, numbered, with the sentences of `wc-source` that state it. */
export interface Endpoint {
  index: number;
  type: string;
  from: Label;
  to: Label;
  /** The model lets this pair rest on reference knowledge (no quote). */
  referenceKnowledge: boolean;
  /** Names both ends. */
  named: string;
  /** Says "we" for the start. */
  weFrom: string;
  /** Says "it" for the end. */
  itTo: string;
  /** Names neither: the link is implied. */
  implied: string;
}

export const ENDPOINTS: readonly Endpoint[] = GRAPH_MODEL.relationshipTypes
  .flatMap(({ type, endpoints }) => endpoints.map(({ from, to, referenceKnowledge }) => ({ type, from: from as Label, to: to as Label, referenceKnowledge })))
  .map(({ type, from, to, referenceKnowledge }, index) => {
    const verb = type.toLowerCase().replace(/_/g, " ");
    return {
      index,
      type,
      from,
      to,
      referenceKnowledge,
      named: `${nameOf(from, "a")} ${verb} ${nameOf(to, "b")}.`,
      weFrom: `In case ${index}, we ${verb} ${nameOf(to, "b")}.`,
      itTo: `In case ${index}, ${nameOf(from, "a")} ${verb} it.`,
      implied: `In case ${index}, the records imply a tie of kind ${index}.`,
    };
  });

export const SOURCE_TEXT = ["Scratch sources for the write tests.", ...ENDPOINTS.flatMap((e) => [e.named, e.weFrom, e.itTo, e.implied])].join("\n");

/**
 * The evidence of a link case: the four ways of stating a link take turns over the endpoints;
 * those that may rest on reference knowledge (a region in a region) do, with no quote.
 */
export function evidenceOf(endpoint: Endpoint, source = SOURCE): Record<string, unknown> {
  if (endpoint.referenceKnowledge) return { source, basis: "REFERENCE", note: `Reference: case ${endpoint.index}.` };
  switch (endpoint.index % 4) {
    case 0:
      return { source, quote: endpoint.named, role: "partner" };
    case 1:
      return { source, quote: endpoint.weFrom, refers: { from: "we" } };
    case 2:
      return { source, quote: endpoint.itTo, refers: { to: "it" } };
    default:
      return { source, quote: endpoint.implied, inferred: true, note: "Both are named in the records' heading." };
  }
}

export interface ScratchWorld {
  /** The revision that created `wc-theme-reverted`. */
  revertible: string;
  /** The revision that created the world's entities (reverting it conflicts with the links made after it). */
  created: string;
  /** The revision that linked them with `wc-source-linked`'s evidence. */
  linked: string;
}

const WORLD_ACTOR = { id: "write-tests", name: "write tests" };

/** Builds the scratch world through the write pipeline, in three revisions. */
export async function buildScratchWorld(driver: Driver): Promise<ScratchWorld> {
  const { neo4j, queryTimeoutMs } = testConfig();
  const write = <T>(operation: string, apply: Parameters<typeof runWrite<T>>[1]) =>
    runWrite({ driver, database: neo4j.database, timeoutMs: queryTimeoutMs * 10, log, actor: WORLD_ACTOR, operation, comment: "scratch world for the write tests" }, apply);
  const created = await write("scratch", async (changes) => {
    for (const node of ENTITY_TYPES) {
      for (const end of ["a", "b", "loose"] as const) {
        await createEntity(changes, { type: node.entityType, id: idOf(node.label, end), fields: fullFields(node, nameOf(node.label, end)) });
      }
    }
    const person = nodeType(GRAPH_MODEL, "Person");
    await createEntity(changes, { type: person.entityType, id: ERASED_PERSON, fields: fullFields(person, nameOf("Person", "erased")) });
    for (const [id, text] of [[SOURCE, `${SOURCE_TEXT}\n${nameOf("Person", "erased")} is named here.`], [LINKED_SOURCE, `${SOURCE_TEXT}\nThe same, cited.`], [SPARE_SOURCE, "A source nothing cites."], [REVISED_SOURCE, "A source to revise."]] as const) {
      await addSource(changes, { id, text, fields: fullFields(SOURCE_TYPE, `Scratch ${id}`) });
    }
  });
  const linked = await write("scratch", async (changes) => {
    for (const endpoint of ENDPOINTS) {
      await link(changes, { from: idOf(endpoint.from, "a"), type: endpoint.type, to: idOf(endpoint.to, "b"), evidence: evidenceOf(endpoint, LINKED_SOURCE) as never });
    }
  });
  const theme = nodeType(GRAPH_MODEL, "Theme");
  const revertible = await write("scratch", (changes) => createEntity(changes, { type: theme.entityType, id: REVERTED_THEME, fields: fullFields(theme, "Scratch reverted theme") }));
  const id = (r: { revision: { id: string } | null }) => {
    if (!r.revision) throw new Error("the scratch world's write made no revision");
    return r.revision.id;
  };
  return { created: id(created), linked: id(linked), revertible: id(revertible) };
}

/** What the answer's revision must say it changed: an entity, or a relationship (one source's evidence). */
export type Touch = { kind: "ENTITY"; id: string } | { kind: "RELATIONSHIP"; from: string; type: string; to: string; source: string };

export interface WriteCase {
  /** e.g. `link ADDRESSES Practice → Theme`; starts with the mutation field. */
  name: string;
  field: string;
  /** The arguments, read when the case is sent (an `expectedRevision` is the latest one then). */
  variables(world: ScratchWorld, read: ReadLatest): Promise<Record<string, unknown>>;
  /** Names of the arguments it gives, and of the input fields it sets (`EntityFields.name`). */
  arguments: string[];
  inputFields: string[];
  /** What its revision records; null for an erasure, whose revision keeps no item by design. */
  touches: Touch | null;
  /** The role its token needs (src/graphql/writes/write-access.ts `roleFor`). */
  role: "editor" | "privacy";
}

export type ReadLatest = (id: string) => Promise<string>;

/** The latest revision that touched an entity, read from the graph. */
export function latestRevisionReader(driver: Driver): ReadLatest {
  const { database } = testConfig().neo4j;
  return async (id) => {
    const session = driver.session({ database });
    try {
      const latest = await session.executeRead((tx) => latestRevisionOf(tx, id));
      if (!latest) throw new Error(`No revision touched ${id}`);
      return latest;
    } finally {
      await session.close();
    }
  };
}

/** The selection every case asks for: the revision with what it changed. */
const REVISION_SELECTION = "revision { id operation changes { kind action id label from type to source } }";

/** `mutation Write($a: T, ...) { field(a: $a, ...) { revision { ... } } }` for the given argument names. */
export function documentOf(schema: GraphQLSchema, field: string, names: readonly string[]): string {
  const mutation = fieldOf(schema, field);
  const type = getNamedType(mutation.type);
  if (!isObjectType(type) || !type.getFields().revision) throw new Error(`${field} answers ${type.name}, which has no revision: teach write-cases.ts what to select`);
  const types = new Map(mutation.args.map((a) => [a.name, String(a.type)]));
  const unknown = names.filter((n) => !types.has(n));
  if (unknown.length > 0) throw new Error(`${field} has no argument ${unknown.join(", ")}`);
  const definitions = names.map((n) => `$${n}: ${types.get(n)}`).join(", ");
  return `mutation Write${names.length ? `(${definitions})` : ""} { ${field}${names.length ? `(${names.map((n) => `${n}: $${n}`).join(", ")})` : ""} { ${REVISION_SELECTION} } }`;
}

export function fieldOf(schema: GraphQLSchema, field: string): GraphQLField<unknown, unknown> {
  const found = schema.getMutationType()?.getFields()[field];
  if (!found) throw new Error(`The schema has no mutation ${field}`);
  return found;
}

const COMMENT = "Sent by the write tests";
const entity = (id: string): Touch => ({ kind: "ENTITY", id });

/** A valid call of every mutation field, for every node type, field and endpoint the model has. */
export function writeCases(): WriteCase[] {
  const cases: WriteCase[] = [];
  const add = (c: Omit<WriteCase, "arguments" | "inputFields" | "role"> & { example: Record<string, unknown>; role?: WriteCase["role"] }) => {
    const { example, role = "editor", ...rest } = c;
    const inputFields = Object.entries(example).flatMap(([arg, value]) =>
      value && typeof value === "object" && !Array.isArray(value)
        ? Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [`${arg}.${k}`, ...(v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v).map((kk) => `${arg}.${k}.${kk}`) : [])])
        : [],
    );
    cases.push({ ...rest, role, arguments: Object.keys(example), inputFields });
  };
  const withExample = (make: (world: ScratchWorld, read: ReadLatest) => Promise<Record<string, unknown>>, example: Record<string, unknown>) => ({ variables: make, example });

  for (const node of ENTITY_TYPES) {
    const id = idOf(node.label, "new");
    const createVars = { type: node.entityType, id, fields: fullFields(node, nameOf(node.label, "new")), comment: COMMENT };
    add({ name: `createEntity ${node.label}`, field: "createEntity", touches: entity(id), ...withExample(async () => createVars, createVars) });
  }
  for (const node of [...ENTITY_TYPES, SOURCE_TYPE]) {
    const id = node.label === SOURCE_LABEL ? SOURCE : idOf(node.label, "a");
    // Every field gets a second value but the name, which quotes are checked against.
    const fields = fullFields(node, node.label === SOURCE_LABEL ? `Scratch ${SOURCE}` : nameOf(node.label, "a"), 1);
    const example = { id, fields, expectedRevision: "1", comment: COMMENT };
    add({ name: `updateEntity ${node.label}`, field: "updateEntity", touches: entity(id), ...withExample(async (_w, read) => ({ ...example, expectedRevision: await read(id) }), example) });
  }
  for (const node of [...ENTITY_TYPES, SOURCE_TYPE]) {
    const id = node.label === SOURCE_LABEL ? SPARE_SOURCE : idOf(node.label, "loose");
    const example = { id, expectedRevision: "1", comment: COMMENT };
    add({ name: `deleteEntity ${node.label}`, field: "deleteEntity", touches: entity(id), ...withExample(async (_w, read) => ({ ...example, expectedRevision: await read(id) }), example) });
  }
  for (const endpoint of ENDPOINTS) {
    const from = idOf(endpoint.from, "a");
    const to = idOf(endpoint.to, "b");
    const what = `${endpoint.type} ${endpoint.from} → ${endpoint.to}`;
    const linkVars = { from, type: endpoint.type, to, evidence: evidenceOf(endpoint), comment: COMMENT };
    // expectedRevision on the first endpoint only: links share their `from` ends, so a second would be stale.
    const expected = endpoint.index === 0 ? { expectedRevision: "1" } : {};
    add({
      name: `link ${what}`,
      field: "link",
      touches: { kind: "RELATIONSHIP", from, type: endpoint.type, to, source: SOURCE },
      ...withExample(async (_w, read) => ({ ...linkVars, ...(endpoint.index === 0 ? { expectedRevision: await read(from) } : {}) }), { ...linkVars, ...expected }),
    });
    const unlinkVars = { from, type: endpoint.type, to, source: LINKED_SOURCE, comment: COMMENT };
    add({
      name: `unlink ${what}`,
      field: "unlink",
      touches: { kind: "RELATIONSHIP", from, type: endpoint.type, to, source: LINKED_SOURCE },
      ...withExample(async (_w, read) => ({ ...unlinkVars, ...(endpoint.index === 0 ? { expectedRevision: await read(from) } : {}) }), { ...unlinkVars, ...expected }),
    });
  }
  const newSource = `${SCRATCH}source-new`;
  const addVars = { input: { id: newSource, text: "A new source, added by the write tests.", ...fullFields(SOURCE_TYPE, "Scratch new source") }, comment: COMMENT };
  add({ name: "addSource", field: "addSource", touches: entity(newSource), ...withExample(async () => addVars, addVars) });
  const reviseVars = { id: REVISED_SOURCE, text: "A source revised by the write tests.", expectedRevision: "1", comment: COMMENT };
  add({ name: "reviseSource", field: "reviseSource", touches: entity(REVISED_SOURCE), ...withExample(async (_w, read) => ({ ...reviseVars, expectedRevision: await read(REVISED_SOURCE) }), reviseVars) });
  const revertVars = { revision: "1", comment: COMMENT };
  add({ name: "revert", field: "revert", touches: entity(REVERTED_THEME), ...withExample(async (world) => ({ ...revertVars, revision: world.revertible }), revertVars) });
  const eraseVars = { id: ERASED_PERSON, reason: "Erased by the write tests" };
  add({ name: "erasePerson", field: "erasePerson", role: "privacy", touches: null, ...withExample(async () => eraseVars, eraseVars) });
  return cases;
}

/**
 * What the cases leave untested: a mutation field without a case, an argument no case gives, an
 * input field (of the mutations' input types, one level down) no case sets, a node type without a
 * create, update or delete, a relationship endpoint without a link and an unlink. Empty when
 * the cases cover the schema.
 */
export function coverageGaps(schema: GraphQLSchema, cases: readonly WriteCase[]): string[] {
  const gaps: string[] = [];
  /** The fields of each input type that some case sets, whichever mutation takes the type. */
  const set = new Map<string, Set<string>>();
  const inputTypes = new Map<string, GraphQLInputObjectType>();
  const walk = (type: GraphQLInputObjectType, path: string[], name: string) => {
    inputTypes.set(type.name, type);
    if (!set.has(type.name)) set.set(type.name, new Set());
    for (const [fieldName, inputField] of Object.entries(type.getFields())) {
      const fieldPath = [...path, fieldName].join(".");
      if (cases.some((c) => c.field === name && c.inputFields.includes(fieldPath))) set.get(type.name)?.add(fieldName);
      const inner = getNamedType(inputField.type);
      if (isInputObjectType(inner)) walk(inner, [...path, fieldName], name);
    }
  };
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const mine = cases.filter((c) => c.field === field.name);
    if (mine.length === 0) {
      gaps.push(`mutation ${field.name} has no case`);
      continue;
    }
    for (const arg of field.args) {
      if (!mine.some((c) => c.arguments.includes(arg.name))) gaps.push(`${field.name}(${arg.name}) is given by no case`);
      if (isNonNullType(arg.type) && !mine.every((c) => c.arguments.includes(arg.name))) gaps.push(`a ${field.name} case lacks its required ${arg.name}`);
      const type = getNamedType(arg.type);
      if (isInputObjectType(type)) walk(type, [arg.name], field.name);
    }
  }
  for (const [name, type] of inputTypes) {
    for (const field of Object.keys(type.getFields())) if (!set.get(name)?.has(field)) gaps.push(`${name}.${field} is set by no case`);
  }
  // Every node type's every writable field, on create (addSource for a Source) and on update.
  for (const node of GRAPH_MODEL.nodeTypes) {
    const create = node.label === SOURCE_LABEL ? { name: "addSource", prefix: "input" } : { name: `createEntity ${node.label}`, prefix: "fields" };
    for (const [caseName, prefix] of [[create.name, create.prefix], [`updateEntity ${node.label}`, "fields"]] as const) {
      const c = cases.find((x) => x.name === caseName);
      for (const field of writableFields(node)) if (!c?.inputFields.includes(`${prefix}.${field.name}`)) gaps.push(`${caseName} does not set ${node.label}.${field.name}`);
    }
  }
  for (const node of GRAPH_MODEL.nodeTypes) {
    for (const field of ["updateEntity", "deleteEntity", ...(node.label === SOURCE_LABEL ? [] : ["createEntity"])]) {
      if (!cases.some((c) => c.field === field && c.name === `${field} ${node.label}`)) gaps.push(`${field} has no case for ${node.label}`);
    }
  }
  for (const { type, endpoints } of GRAPH_MODEL.relationshipTypes) {
    for (const { from, to } of endpoints) {
      for (const field of ["link", "unlink"]) {
        if (!cases.some((c) => c.name === `${field} ${type} ${from} → ${to}`)) gaps.push(`${field} has no case for ${type} ${from} → ${to}`);
      }
    }
  }
  return gaps;
}

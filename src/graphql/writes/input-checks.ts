/**
 * What a write may say, checked on every generated mutation's arguments before its Cypher runs,
 * for what the schema's types cannot say. The checks walk the input by the schema's own input
 * types, which they find from the graph model (src/model/graph-model.ts), so every nesting (create
 * in create, connect in update, the evidence on any relationship) gets the same rules:
 *   - text that is stored must be text (src/model/text.ts): no control characters, and not blank
 *     (zero-width and other invisible characters count as blank);
 *   - a required field cannot be emptied: `name: null` or `name: { set: null }` in an update, and
 *     so for a relationship's `source` and `quote`; a bare null in an update is refused, as it
 *     means nothing;
 *   - ids of new nodes follow the id rule (src/model/ids.ts) and are not taken; ids never change;
 *   - text a field's `@format` constrains matches it (a source's `published` date);
 *   - every `connect` names its target by id (a missing or null `where` would make @neo4j/graphql
 *     connect every node of the type) and that node exists with the right type;
 *   - every relationship's evidence has a quote of at least three visible characters and a
 *     `source` that is a Source;
 *   - a root update or delete names what it changes (`where`), and a create creates something.
 * The ids are looked up in one query inside the mutation's transaction (write-transaction.ts), so
 * what was checked is what the write sees. A failed check is BAD_USER_INPUT naming the input path,
 * the value and what is allowed, and the whole mutation is rolled back.
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { GRAPH_MODEL, SOURCE_LABEL, matchesFormat, type FieldModel, type GraphModel, type NodeTypeModel } from "../../model/graph-model.js";
import { idProblem } from "../../model/ids.js";
import { isBlank, textProblem, visibleLength } from "../../model/text.js";
import type { RequestContext } from "../context.js";
import { badUserInput } from "../errors.js";

const MIN_QUOTE_LENGTH = 3;

/** The generated input types the checks rely on, found once at start-up from the graph model. */
interface InputTypes {
  /** `PracticeCreateInput` → Practice, ...: a node created here. */
  create: Map<string, NodeTypeModel>;
  /** `PracticeUpdateInput` → Practice's fields, `FactUpdateInput` → the evidence's: which are required, which have a format. */
  update: Map<string, { typeName: string; fields: readonly FieldModel[] }>;
  /** `PracticeThemesConnectFieldInput` → Theme, ...: the label a connect through that relationship field must name. */
  connect: Map<string, string>;
  evidenceCreate: string;
  evidenceUpdate: string;
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Finds, for every node type and relationship field of the model, the input types @neo4j/graphql
 * generates for it, and checks they have the shape the checks rely on. Fails at start-up when one
 * is missing or different (a renamed type in a new @neo4j/graphql version, a model the schema does
 * not follow), and when the schema has a connect input the model does not know, so the checks can
 * never silently stop checking.
 */
export function findInputTypes(schema: GraphQLSchema, model: GraphModel = GRAPH_MODEL): InputTypes {
  const inputType = (name: string): GraphQLInputObjectType => {
    const type = schema.getType(name);
    if (!isInputObjectType(type)) throw new Error(`The write checks need the generated input type ${name}, which the schema lacks: @neo4j/graphql has changed its naming; update src/graphql/writes/input-checks.ts.`);
    return type;
  };
  const expectField = (input: GraphQLInputObjectType, field: string, typeName: string): void => {
    const found = input.getFields()[field];
    if (!found || getNamedType(found.type).name !== typeName) {
      throw new Error(`The write checks expect ${input.name}.${field} to be a ${typeName}; the schema has ${found ? String(found.type) : "no such field"}. Update src/graphql/writes/input-checks.ts.`);
    }
  };
  const evidence = model.evidence.type;
  const types: InputTypes = { create: new Map(), update: new Map(), connect: new Map(), evidenceCreate: `${evidence}CreateInput`, evidenceUpdate: `${evidence}UpdateInput` };
  for (const node of model.nodeTypes) {
    types.create.set(inputType(`${node.label}CreateInput`).name, node);
    types.update.set(inputType(`${node.label}UpdateInput`).name, { typeName: node.label, fields: node.fields });
    for (const rel of node.relationships) {
      const connect = inputType(`${node.label}${pascal(rel.field)}ConnectFieldInput`);
      expectField(connect, "where", `${rel.target}ConnectWhere`);
      expectField(connect, "edge", types.evidenceCreate);
      types.connect.set(connect.name, rel.target);
      const create = inputType(`${node.label}${pascal(rel.field)}CreateFieldInput`);
      expectField(create, "node", `${rel.target}CreateInput`);
      expectField(create, "edge", types.evidenceCreate);
    }
  }
  inputType(types.evidenceCreate);
  types.update.set(inputType(types.evidenceUpdate).name, { typeName: evidence, fields: model.evidence.fields });
  const unknown = Object.keys(schema.getTypeMap()).filter((name) => name.endsWith("ConnectFieldInput") && !types.connect.has(name));
  if (unknown.length > 0) throw new Error(`The schema has connect inputs the graph model does not know: ${unknown.join(", ")}.`);
  return types;
}

interface Reference {
  id: string;
  label: string;
  path: string;
}

interface Findings {
  /** Ids that must exist, with the type they must have. */
  references: Reference[];
  /** Ids of nodes the mutation creates, which must not exist yet. */
  created: Reference[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function checkStoredText(value: string, path: string): void {
  const problem = textProblem(value);
  if (problem) throw badUserInput(`${path} ${problem}.`, path);
  if (isBlank(value)) throw badUserInput(`${path} must not be blank (spaces and invisible characters only); leave it out or give it text.`, path);
}

/**
 * Nulls in an update: `name: null` or `name: { set: null }` on a field the model requires empties
 * it; a bare `null` on any other field means nothing (@neo4j/graphql 7.6 fails on it with an
 * internal error), so the answer says how to clear a value or keep it.
 */
function checkNulls(object: Record<string, unknown>, type: { typeName: string; fields: readonly FieldModel[] }, path: string): void {
  for (const [key, value] of Object.entries(object)) {
    const field = type.fields.find((f) => f.name === key);
    const setToNull = isObject(value) && "set" in value && value.set === null;
    if (field?.required && (value === null || setToNull)) {
      throw badUserInput(`${path}.${key} is required on ${type.typeName} and cannot be set to null; leave it out to keep its value.`, `${path}.${key}`);
    }
    if (value === null) {
      throw badUserInput(`${path}.${key} is null, which changes nothing: leave it out to keep the value, or write { set: null } to clear it.`, `${path}.${key}`);
    }
  }
}

/** Text a field's `@format` constrains (e.g. a source's `published` date) must match it. */
function checkFormats(fields: readonly FieldModel[], valueOf: (field: string) => unknown, path: string): void {
  for (const field of fields) {
    const value = valueOf(field.name);
    if (field.format && typeof value === "string" && !matchesFormat(field.format, value)) {
      throw badUserInput(`${path}.${field.name} must be ${field.format.description}; got ${JSON.stringify(value)}.`, `${path}.${field.name}`);
    }
  }
}

function checkInputObject(typeName: string, value: Record<string, unknown>, path: string, types: InputTypes, findings: Findings): void {
  const created = types.create.get(typeName);
  if (created) {
    const problem = idProblem(value.id);
    if (problem) throw badUserInput(`${path}.id ${problem}.`, `${path}.id`);
    checkFormats(created.fields, (field) => value[field], path);
    findings.created.push({ id: value.id as string, label: created.label, path: `${path}.id` });
  }
  const updated = types.update.get(typeName);
  if (updated) {
    checkNulls(value, updated, path);
    checkFormats(updated.fields, (field) => (value[field] as { set?: unknown } | undefined)?.set, path);
    const id = value.id as { set?: unknown } | undefined;
    if (id && id.set !== undefined) {
      throw badUserInput(`${path}.id cannot be changed: ids are stable references. Create a new node instead.`, `${path}.id`);
    }
  }
  const connectTarget = types.connect.get(typeName);
  if (connectTarget) {
    // Without a `where` (or with null) @neo4j/graphql connects every node of the type.
    if (!isObject(value.where)) {
      throw badUserInput(`${path}.where is required: name the node to connect by id, { node: { id: { eq: "<id>" } } }.`, `${path}.where`);
    }
    const id = (value.where.node as { id?: { eq?: unknown } } | undefined)?.id?.eq;
    if (typeof id !== "string") {
      throw badUserInput(`${path}.where must name the node to connect by id: { node: { id: { eq: "<id>" } } }.`, `${path}.where`);
    }
    findings.references.push({ id, label: connectTarget, path: `${path}.where.node.id.eq` });
  }
  if (typeName === types.evidenceCreate || typeName === types.evidenceUpdate) {
    const isCreate = typeName === types.evidenceCreate;
    const quote = isCreate ? value.quote : (value.quote as { set?: unknown } | undefined)?.set;
    const source = isCreate ? value.source : (value.source as { set?: unknown } | undefined)?.set;
    if (typeof quote === "string" && visibleLength(quote) < MIN_QUOTE_LENGTH) {
      throw badUserInput(
        `${path}.quote must be the verbatim sentence of the source that states this relationship (at least ${MIN_QUOTE_LENGTH} visible characters); got ${JSON.stringify(quote)}.`,
        `${path}.quote`,
      );
    }
    if (typeof source === "string") findings.references.push({ id: source, label: SOURCE_LABEL, path: `${path}.source` });
  }
}

/** Walks a mutation argument by its input type. `inFilter`: inside a `where`, which selects and stores nothing. */
function walk(value: unknown, type: GraphQLInputType, path: string, inFilter: boolean, types: InputTypes, findings: Findings): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, nullable.ofType as GraphQLInputType, `${path}[${i}]`, inFilter, types, findings));
    return;
  }
  if (isScalarType(nullable)) {
    if (!inFilter && typeof value === "string" && (nullable.name === "String" || nullable.name === "ID")) checkStoredText(value, path);
    return;
  }
  if (!isInputObjectType(nullable) || !isObject(value)) return;
  checkInputObject(nullable.name, value, path, types, findings);
  const fields = nullable.getFields();
  for (const [key, fieldValue] of Object.entries(value)) {
    const field = fields[key];
    if (field) walk(fieldValue, field.type, `${path}.${key}`, inFilter || key === "where", types, findings);
  }
}

/** A root update or delete names what it changes; a root create creates something. */
function checkRootArguments(fieldName: string, args: Record<string, unknown>, argDefs: readonly GraphQLArgument[]): void {
  for (const def of argDefs) {
    const value = args[def.name];
    if (def.name === "where" && (!isObject(value) || Object.keys(value).length === 0)) {
      throw badUserInput(
        `${fieldName} needs a "where" that names what it changes, e.g. where: { id: { eq: "mijn-pad" } }; without one it would change every node of the type.`,
        "where",
      );
    }
    if (def.name === "input" && Array.isArray(value) && value.length === 0) {
      throw badUserInput(`${fieldName}: "input" is empty; give at least one item to create.`, "input");
    }
  }
}

const LOOKUP = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label`;

async function checkMutation(fieldName: string, args: Record<string, unknown>, argDefs: readonly GraphQLArgument[], types: InputTypes, write: NonNullable<RequestContext["write"]>): Promise<void> {
  checkRootArguments(fieldName, args, argDefs);
  const findings: Findings = { references: [], created: [] };
  for (const def of argDefs) walk(args[def.name], def.type, def.name, def.name === "where", types, findings);

  const seen = new Map<string, string>();
  for (const node of findings.created) {
    const earlier = seen.get(node.id);
    if (earlier) throw badUserInput(`${node.path}: id "${node.id}" is created twice in this mutation (also at ${earlier}).`, node.path);
    seen.set(node.id, node.path);
  }
  const ids = [...new Set([...findings.references, ...findings.created].map((r) => r.id))];
  if (ids.length === 0) return;
  const result = await write.run(LOOKUP, { ids });
  const labelOf = new Map(result.records.map((r) => [r.get("id") as string, r.get("label") as string | null]));
  const createdHere = new Map(findings.created.map((c) => [c.id, c.label]));

  for (const node of findings.created) {
    const existing = labelOf.get(node.id);
    if (existing) throw badUserInput(`${node.path}: id "${node.id}" is already used by a ${existing}; ids are unique across all types.`, node.path);
  }
  for (const ref of findings.references) {
    const label = labelOf.get(ref.id) ?? createdHere.get(ref.id);
    if (label !== ref.label) {
      const found = label ? ` ("${ref.id}" is a ${label})` : "";
      throw badUserInput(`${ref.path}: no ${ref.label} has id "${ref.id}"${found}.`, ref.path);
    }
  }
}

/**
 * Wraps every mutation's resolver with the checks. A mutation resolver runs only inside the write
 * transaction, which only an editor's request gets (write-access.ts, write-transaction.ts); outside
 * it (a misconfigured server, a script calling the schema directly) it refuses instead of writing.
 */
export function checkWritesBeforeTheyRun(schema: GraphQLSchema, model: GraphModel = GRAPH_MODEL): void {
  const types = findInputTypes(schema, model);
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, RequestContext> | undefined;
    if (!resolve) throw new Error(`Mutation.${field.name} has no resolver to check.`);
    field.resolve = async (source, args, context, info) => {
      if (!context.write) {
        throw new GraphQLError("Writes run only inside the API's write transaction, for an editor's token.", { extensions: { code: "FORBIDDEN" } });
      }
      await checkMutation(field.name, args, field.args, types, context.write);
      return resolve(source, args, context, info);
    };
  }
}

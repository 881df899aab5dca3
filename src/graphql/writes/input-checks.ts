/**
 * What a write may say, checked on every generated mutation's arguments before its Cypher runs,
 * for what the schema's types cannot say. The checks walk the input by the schema's own input
 * types, so every nesting (create in create, connect in update, the evidence on any relationship)
 * gets the same rules:
 *   - text that is stored must be text (src/model/text.ts): no control characters, and not blank
 *     (zero-width and other invisible characters count as blank);
 *   - a required field cannot be emptied: `name: null` or `name: { set: null }` in an update, and
 *     so for a relationship's `source` and `quote`; a bare null in an update is refused, as it
 *     means nothing;
 *   - ids of new nodes are slugs and not taken; ids never change;
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
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { LABELS, RELATIONSHIP_RULES, type Label } from "../../db/graph-model.js";
import { isBlank, textProblem, visibleLength } from "../../model/text.js";
import type { RequestContext } from "../context.js";
import { badUserInput } from "../errors.js";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MIN_QUOTE_LENGTH = 3;
/** The relationship-properties type that carries every relationship's evidence (schema/entities.graphql). */
const EVIDENCE_TYPE = "Fact";

/** The generated input types the checks rely on, found once at start-up. */
interface InputTypes {
  /** `PracticeCreateInput` → Practice, ... */
  create: Map<string, Label>;
  /** `PracticeUpdateInput` → the Practice object type, `FactUpdateInput` → Fact: whose fields say what is required. */
  update: Map<string, GraphQLObjectType>;
  /** `PracticeConnectWhere` → Practice, ...: how a connect names its target. */
  connectWhere: Map<string, Label>;
  evidenceCreate: string;
  evidenceUpdate: string;
}

/**
 * Finds the input types @neo4j/graphql generates for each label and for the evidence. Fails at
 * start-up when one is missing (a renamed type in a new @neo4j/graphql version), so the checks can
 * never silently stop checking.
 */
export function findInputTypes(schema: GraphQLSchema): InputTypes {
  const inputType = (name: string): GraphQLInputObjectType => {
    const type = schema.getType(name);
    if (!isInputObjectType(type)) throw new Error(`The write checks need the generated input type ${name}, which the schema lacks: @neo4j/graphql has changed its naming; update src/graphql/writes/input-checks.ts.`);
    return type;
  };
  const objectType = (name: string): GraphQLObjectType => {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`The write checks need the object type ${name}, which the schema lacks.`);
    return type;
  };
  const types: InputTypes = { create: new Map(), update: new Map(), connectWhere: new Map(), evidenceCreate: `${EVIDENCE_TYPE}CreateInput`, evidenceUpdate: `${EVIDENCE_TYPE}UpdateInput` };
  const linked = new Set<Label>(Object.values(RELATIONSHIP_RULES).flatMap((pairs) => pairs.flat()));
  for (const label of LABELS) {
    types.create.set(inputType(`${label}CreateInput`).name, label);
    types.update.set(inputType(`${label}UpdateInput`).name, objectType(label));
    // Only a label at an end of some relationship can be connected to.
    if (linked.has(label)) types.connectWhere.set(inputType(`${label}ConnectWhere`).name, label);
  }
  inputType(types.evidenceCreate);
  types.update.set(inputType(types.evidenceUpdate).name, objectType(EVIDENCE_TYPE));
  return types;
}

interface Reference {
  id: string;
  label: Label;
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
 * Nulls in an update: `name: null` or `name: { set: null }` on a field the type requires empties
 * it; a bare `null` on any other field means nothing (@neo4j/graphql 7.6 fails on it with an
 * internal error), so the answer says how to clear a value or keep it.
 */
function checkNulls(object: Record<string, unknown>, type: GraphQLObjectType, path: string): void {
  const fields = type.getFields();
  for (const [key, value] of Object.entries(object)) {
    const field = fields[key];
    const setToNull = isObject(value) && "set" in value && value.set === null;
    if (field && isNonNullType(field.type) && (value === null || setToNull)) {
      throw badUserInput(`${path}.${key} is required on ${type.name} and cannot be set to null; leave it out to keep its value.`, `${path}.${key}`);
    }
    if (value === null) {
      throw badUserInput(`${path}.${key} is null, which changes nothing: leave it out to keep the value, or write { set: null } to clear it.`, `${path}.${key}`);
    }
  }
}

function checkInputObject(typeName: string, value: Record<string, unknown>, path: string, types: InputTypes, findings: Findings): void {
  const createdLabel = types.create.get(typeName);
  if (createdLabel) {
    const id = value.id;
    if (typeof id !== "string" || !SLUG.test(id)) {
      throw badUserInput(`${path}.id must be a kebab-case slug (a-z, 0-9 and '-'), e.g. "mijn-pad"; got ${JSON.stringify(id)}.`, `${path}.id`);
    }
    findings.created.push({ id, label: createdLabel, path: `${path}.id` });
  }
  const updated = types.update.get(typeName);
  if (updated) {
    checkNulls(value, updated, path);
    const id = value.id as { set?: unknown } | undefined;
    if (id && id.set !== undefined) {
      throw badUserInput(`${path}.id cannot be changed: ids are stable references. Create a new node instead.`, `${path}.id`);
    }
  }
  const connectLabel = types.connectWhere.get(typeName);
  if (connectLabel) {
    const id = (value.node as { id?: { eq?: unknown } } | undefined)?.id?.eq;
    if (typeof id !== "string") {
      throw badUserInput(`${path} must name the node to connect by id: { node: { id: { eq: "<id>" } } }.`, path);
    }
    findings.references.push({ id, label: connectLabel, path: `${path}.node.id.eq` });
  }
  if (typeName === types.evidenceCreate || typeName === types.evidenceUpdate) {
    const created = typeName === types.evidenceCreate;
    const quote = created ? value.quote : (value.quote as { set?: unknown } | undefined)?.set;
    const source = created ? value.source : (value.source as { set?: unknown } | undefined)?.set;
    if (typeof quote === "string" && visibleLength(quote) < MIN_QUOTE_LENGTH) {
      throw badUserInput(
        `${path}.quote must be the verbatim sentence of the source that states this relationship (at least ${MIN_QUOTE_LENGTH} visible characters); got ${JSON.stringify(quote)}.`,
        `${path}.quote`,
      );
    }
    if (typeof source === "string") findings.references.push({ id: source, label: "Source", path: `${path}.source` });
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
  // A connect's `where` names its target; without one (or with null) @neo4j/graphql connects every node of the type.
  const target = fields.where;
  if (target && types.connectWhere.has(getNamedType(target.type).name) && !isObject(value.where)) {
    throw badUserInput(`${path}.where is required: name the node to connect by id, { node: { id: { eq: "<id>" } } }.`, `${path}.where`);
  }
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
export function checkWritesBeforeTheyRun(schema: GraphQLSchema): void {
  const types = findInputTypes(schema);
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

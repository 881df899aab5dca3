/**
 * Checks every generated mutation's input before it runs, for what the schema's types cannot say:
 *   - ids of new nodes are slugs and not taken, names are not blank;
 *   - every `connect` names its target by id (without a `where`, @neo4j/graphql would connect
 *     every node of the type) and that node exists with the right type;
 *   - every relationship's evidence has a quote that is not blank and a `source` that is a Source.
 * All ids are looked up in one read query. A failed check is BAD_USER_INPUT naming the input path,
 * the value and what is allowed, and nothing is written. What passes runs as @neo4j/graphql's single
 * Cypher statement, so a mutation is one transaction: it changes all it asks for, or nothing.
 */
import {
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { LABELS, type Label } from "../db/graph-model.js";
import type { RequestContext } from "./context.js";
import { badUserInput } from "./errors.js";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MIN_QUOTE_LENGTH = 3;

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

const labelFromTypeName = (typeName: string, suffix: string): Label | undefined => {
  if (!typeName.endsWith(suffix)) return undefined;
  const label = typeName.slice(0, -suffix.length);
  return (LABELS as readonly string[]).includes(label) ? (label as Label) : undefined;
};

const isBlank = (value: unknown): boolean => typeof value === "string" && value.trim() === "";

function checkInputObject(typeName: string, value: Record<string, unknown>, path: string, findings: Findings): void {
  const createdLabel = labelFromTypeName(typeName, "CreateInput");
  if (createdLabel) {
    const id = value.id;
    if (typeof id !== "string" || !SLUG.test(id)) {
      throw badUserInput(`${path}.id must be a kebab-case slug (a-z, 0-9 and '-'), e.g. "mijn-pad"; got ${JSON.stringify(id)}.`, `${path}.id`);
    }
    if (isBlank(value.name)) throw badUserInput(`${path}.name must not be blank.`, `${path}.name`);
    findings.created.push({ id, label: createdLabel, path: `${path}.id` });
  }
  if (labelFromTypeName(typeName, "UpdateInput")) {
    const name = value.name as { set?: unknown } | undefined;
    if (name && isBlank(name.set)) throw badUserInput(`${path}.name.set must not be blank.`, `${path}.name.set`);
    const id = value.id as { set?: unknown } | undefined;
    if (id && id.set !== undefined) {
      throw badUserInput(`${path}.id cannot be changed: ids are stable references. Create a new node instead.`, `${path}.id`);
    }
  }
  if (typeName.endsWith("ConnectFieldInput") && value.where === undefined) {
    throw badUserInput(`${path}.where is required: name the node to connect by id, { node: { id: { eq: "<id>" } } }.`, `${path}.where`);
  }
  const connectLabel = labelFromTypeName(typeName, "ConnectWhere");
  if (connectLabel) {
    const id = (value.node as { id?: { eq?: unknown } } | undefined)?.id?.eq;
    if (typeof id !== "string") {
      throw badUserInput(`${path} must name the node to connect by id: { node: { id: { eq: "<id>" } } }.`, path);
    }
    findings.references.push({ id, label: connectLabel, path: `${path}.node.id.eq` });
  }
  if (typeName === "FactCreateInput" || typeName === "FactUpdateInput") {
    const quote = typeName === "FactCreateInput" ? value.quote : (value.quote as { set?: unknown } | undefined)?.set;
    const source = typeName === "FactCreateInput" ? value.source : (value.source as { set?: unknown } | undefined)?.set;
    if (quote !== undefined && (typeof quote !== "string" || quote.trim().length < MIN_QUOTE_LENGTH)) {
      throw badUserInput(
        `${path}.quote must be the verbatim sentence of the source that states this relationship (at least ${MIN_QUOTE_LENGTH} characters); got ${JSON.stringify(quote)}.`,
        `${path}.quote`,
      );
    }
    if (typeof source === "string") findings.references.push({ id: source, label: "Source", path: `${path}.source` });
  }
}

function walk(value: unknown, type: GraphQLInputType, path: string, findings: Findings): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, nullable.ofType as GraphQLInputType, `${path}[${i}]`, findings));
    return;
  }
  if (!isInputObjectType(nullable) || typeof value !== "object") return;
  const object = value as Record<string, unknown>;
  checkInputObject(nullable.name, object, path, findings);
  const fields = nullable.getFields();
  for (const [key, fieldValue] of Object.entries(object)) {
    const field = fields[key];
    if (field) walk(fieldValue, field.type, `${path}.${key}`, findings);
  }
}

const LOOKUP = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label`;

async function checkMutation(args: Record<string, unknown>, argDefs: readonly GraphQLArgument[], context: RequestContext): Promise<void> {
  const findings: Findings = { references: [], created: [] };
  for (const def of argDefs) walk(args[def.name], def.type, def.name, findings);

  const seen = new Map<string, string>();
  for (const node of findings.created) {
    const earlier = seen.get(node.id);
    if (earlier) throw badUserInput(`${node.path}: id "${node.id}" is created twice in this mutation (also at ${earlier}).`, node.path);
    seen.set(node.id, node.path);
  }
  const ids = [...new Set([...findings.references, ...findings.created].map((r) => r.id))];
  if (ids.length === 0) return;
  const result = await context.read<{ id: string; label: string | null }>(LOOKUP, { ids });
  const labelOf = new Map(result.records.map((r) => [r.get("id"), r.get("label")]));
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
 * Wraps every mutation's resolver with the checks, and has the vocabulary re-read after it.
 * Anonymous requests skip the checks: the schema's rules refuse those anyway.
 */
export function checkMutationsBeforeTheyRun(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, RequestContext> | undefined;
    if (!resolve) continue;
    field.resolve = async (source, args, context, info) => {
      if (context.jwt) await checkMutation(args, field.args, context);
      const result = await resolve(source, args, context, info);
      // A write may have added or renamed a theme or region.
      context.vocabulary.invalidate();
      return result;
    };
  }
}

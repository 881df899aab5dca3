/**
 * The shapes of the generated mutations, read from the schema, for tests that must cover every
 * one of them: each root mutation field with the type it writes, each relationship field of a
 * type with its far end, the smallest valid create input of a type, and a document that sends a
 * root field with its arguments as variables.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { LABELS, type Label } from "../../src/model/graph-model.js";

export interface RootMutation {
  name: string;
  kind: "create" | "update" | "delete";
  /** The type it writes. */
  label: Label;
  object: GraphQLObjectType;
  /** The input type of each argument. */
  args: Map<string, GraphQLInputType>;
  /** `mutation($a: T, ...) { field(a: $a, ...) { <a selection> } }` for the given argument names. */
  document(argumentNames: string[]): string;
}

export interface RelationshipField {
  name: string;
  /** The type at its other end. */
  far: Label;
}

/** A selection of an answer with at least one field (the API refuses __typename alone). */
function selectionOf(type: GraphQLObjectType): string {
  const fields = Object.values(type.getFields());
  const leaf = fields.find((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0);
  if (leaf) return `{ ${leaf.name} }`;
  const object = fields.find((f) => isObjectType(getNamedType(f.type)) && f.args.length === 0) as GraphQLField<unknown, unknown>;
  return `{ ${object.name} ${selectionOf(getNamedType(object.type) as GraphQLObjectType)} }`;
}

/** Every root mutation field, with the type it writes (read from its `where` or `input` argument: PracticeWhere, PracticeCreateInput). */
export function rootMutations(schema: GraphQLSchema): RootMutation[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => {
    const args = new Map(field.args.map((a) => [a.name, a.type]));
    const typed = field.args.find((a) => a.name === "where" || a.name === "input");
    const typeName = getNamedType(typed?.type as GraphQLInputType).name;
    const label = LABELS.find((l) => typeName === `${l}Where` || typeName === `${l}CreateInput`);
    if (!label) throw new Error(`Cannot tell which type ${field.name} writes (argument type ${typeName})`);
    const selection = selectionOf(getNamedType(field.type) as GraphQLObjectType);
    return {
      name: field.name,
      kind: args.has("input") ? "create" : args.has("update") ? "update" : "delete",
      label,
      object: schema.getType(label) as GraphQLObjectType,
      args,
      document: (names) =>
        `mutation Shape${names.length ? `(${names.map((n) => `$${n}: ${String(args.get(n))}`).join(", ")})` : ""} { ${field.name}${names.length ? `(${names.map((n) => `${n}: $${n}`).join(", ")})` : ""} ${selection} }`,
    };
  });
}

/** The relationship fields of a type: its fields whose items are entities of the graph. */
export function relationshipFields(object: GraphQLObjectType): RelationshipField[] {
  return Object.values(object.getFields()).flatMap((field) => {
    const far = getNamedType(field.type).name as Label;
    return isListType(getNullableType(field.type)) && LABELS.includes(far) && field.args.length > 0 ? [{ name: field.name, far }] : [];
  });
}

/** The nested operations (connect, create, ...) an input type offers on one of its relationship fields. */
export function nestedOperations(input: GraphQLInputObjectType, relationship: string): string[] {
  const field = input.getFields()[relationship];
  const operations = field ? getNamedType(field.type) : undefined;
  return isInputObjectType(operations) ? Object.keys(operations.getFields()) : [];
}

/** The smallest valid create input of a type: every required field, nothing else. */
export function minimalCreate(schema: GraphQLSchema, label: Label, id: string): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of Object.values((schema.getType(`${label}CreateInput`) as GraphQLInputObjectType).getFields())) {
    if (!isNonNullType(field.type)) continue;
    const named = getNamedType(field.type);
    if (isListType(getNullableType(field.type))) value[field.name] = [];
    else if (field.name === "id") value[field.name] = id;
    else if (isEnumType(named)) value[field.name] = named.getValues()[0]?.value;
    else value[field.name] = `Created by a test (${label})`;
  }
  return value;
}

export const byId = (id: string) => ({ node: { id: { eq: id } } });

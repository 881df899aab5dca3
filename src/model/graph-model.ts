/**
 * The graph model: node types, their fields, the relationships between them and the evidence every
 * relationship carries. It is declared once, in `schema/*.graphql`; `npm run codegen` derives it
 * (derive-model.ts) into `__generated__/graph-model.ts`. Everything that needs to know the model
 * (seed validation, write checks, constraints and indexes, the benchmark's synthetic graph, the
 * pages' legends, the README's tables) reads it from here; code a test may hand another model
 * takes a `GraphModel` argument instead (model-shape.ts).
 */
import { GRAPH_MODEL as GENERATED } from "./__generated__/graph-model.js";
import { nodeType, type GraphModel } from "./model-shape.js";

export * from "./model-shape.js";
export type { EntityProperties } from "./__generated__/graph-model.js";

/** This project's model. Its literal types give the unions below; code that walks it sees the plain shape. */
export const GRAPH_MODEL: GraphModel = GENERATED;

type Model = typeof GENERATED;
export type Label = Model["nodeTypes"][number]["label"];
export type EntityType = Model["nodeTypes"][number]["entityType"];
export type RelationshipType = Model["relationshipTypes"][number]["type"];

export const ENTITY_LABEL = GRAPH_MODEL.entityLabel;
export const LABELS: readonly Label[] = GENERATED.nodeTypes.map((node) => node.label);
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = GENERATED.relationshipTypes.map((rel) => rel.type);

export const entityTypeOf = (label: Label): EntityType => nodeType(GRAPH_MODEL, label).entityType as EntityType;

const LABEL_BY_ENTITY_TYPE = new Map<string, Label>(LABELS.map((label) => [entityTypeOf(label), label]));

/** The label of a stored `type` (PRACTICE → Practice). */
export function labelOf(type: EntityType | string): Label {
  const label = LABEL_BY_ENTITY_TYPE.get(type);
  if (!label) throw new Error(`Unknown entity type ${type}`);
  return label;
}

/**
 * The fields that name a node as people type it: `name`, its translations (`name` and a language,
 * `nameEn`) and `aliases`. Search's name index, and the Cypher that reads names for it, take them
 * from here.
 */
export const isNameField = (field: { name: string; type: string }): boolean =>
  field.type === "String" && (field.name === "name" || field.name === "aliases" || /^name[A-Z][a-z]+$/.test(field.name));

/** Every node type's name fields, each once: what the name index reads of every entity. */
export const NAME_FIELDS: readonly string[] = [...new Set(GRAPH_MODEL.nodeTypes.flatMap((node) => node.fields.filter(isNameField).map((f) => f.name)))];

/** The names a node is typed by, from its stored properties (a missing or empty field gives none). */
export function namesOf(properties: object): string[] {
  return NAME_FIELDS.flatMap((field) => {
    const value = (properties as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" ? [value] : [];
  });
}

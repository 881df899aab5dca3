/**
 * Reads the graph model out of the SDL in `schema/`: node types (`@node`), their fields (required
 * or not, lists, enums, `@format`), relationship fields (`@relationship`) and the evidence type
 * (`@relationshipProperties`). Pure: a test can hand it a scratch schema. Anything the SDL leaves
 * ambiguous (a relationship to a type that is not a node, two fields for one direction of one
 * relationship between the same types, a relationship without evidence) fails here, at codegen,
 * with the type and field named.
 */
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from "graphql";
import pluralize from "pluralize";
import { SOURCE_LABEL, type EndpointModel, type FieldModel, type GraphModel, type NodeTypeModel, type RelationshipFieldModel, type RelationshipTypeModel } from "./model-shape.js";

/** The enum whose values name the node types (`PRACTICE` for `Practice`). */
const ENTITY_TYPE_ENUM = "EntityType";

class ModelError extends Error {
  override name = "ModelError";
  constructor(message: string) {
    super(`schema/: ${message}`);
  }
}

const directive = (node: { directives?: readonly ConstDirectiveNode[] }, name: string): ConstDirectiveNode | undefined =>
  node.directives?.find((d) => d.name.value === name);

function stringArgument(d: ConstDirectiveNode, name: string): string | undefined {
  const value = d.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.STRING || value.kind === Kind.ENUM) return value.value;
  throw new ModelError(`@${d.name.value}(${name}:) must be a string or enum value`);
}

function stringListArgument(d: ConstDirectiveNode, name: string): string[] {
  const value = d.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return [];
  if (value.kind === Kind.LIST) return value.values.map((v) => (v.kind === Kind.STRING ? v.value : ""));
  if (value.kind === Kind.STRING) return [value.value];
  throw new ModelError(`@${d.name.value}(${name}:) must be a list of strings`);
}

interface TypeShape {
  name: string;
  required: boolean;
  list: boolean;
}

function shapeOf(type: TypeNode): TypeShape {
  const required = type.kind === Kind.NON_NULL_TYPE;
  const inner = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  if (inner.kind === Kind.LIST_TYPE) {
    const item = inner.type.kind === Kind.NON_NULL_TYPE ? inner.type.type : inner.type;
    if (item.kind !== Kind.NAMED_TYPE) throw new ModelError("lists of lists are not part of the graph model");
    return { name: item.name.value, required, list: true };
  }
  return { name: inner.name.value, required, list: false };
}

function enumsOf(document: DocumentNode): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  for (const def of document.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION || def.kind === Kind.ENUM_TYPE_EXTENSION) {
      enums.set(def.name.value, [...(enums.get(def.name.value) ?? []), ...(def.values ?? []).map((v) => v.name.value)]);
    }
  }
  return enums;
}

function fieldOf(owner: string, field: FieldDefinitionNode, enums: Map<string, string[]>): FieldModel {
  const shape = shapeOf(field.type);
  const format = directive(field, "format");
  const values = enums.get(shape.name);
  const pattern = format && stringArgument(format, "pattern");
  const formatDescription = format && stringArgument(format, "description");
  if (format && (!pattern || !formatDescription)) throw new ModelError(`${owner}.${field.name.value}: @format needs a pattern and a description`);
  if (pattern) {
    try {
      new RegExp(pattern, "u");
    } catch (error) {
      throw new ModelError(`${owner}.${field.name.value}: @format pattern is not a regular expression: ${(error as Error).message}`);
    }
  }
  return {
    name: field.name.value,
    type: shape.name,
    required: shape.required,
    list: shape.list,
    ...(values ? { values } : {}),
    ...(pattern && formatDescription ? { format: { pattern, description: formatDescription } } : {}),
    // `@populatedBy` (the entity type) and `@settable(onCreate: false, onUpdate: false)` (a source's
    // content hash): fields the API sets itself, never a writer or a seed record.
    ...(directive(field, "populatedBy") || directive(field, "settable") ? { populated: true } : {}),
    ...(field.description ? { description: field.description.value } : {}),
  };
}

/** The plural @neo4j/graphql gives a type's root fields: `@plural(value:)`, else the English plural (`people`). */
function pluralOf(def: ObjectTypeDefinitionNode): string {
  const declared = directive(def, "plural");
  const plural = (declared && stringArgument(declared, "value")) ?? pluralize(def.name.value);
  return plural.charAt(0).toLowerCase() + plural.slice(1);
}

export function deriveGraphModel(sdl: string): GraphModel {
  const document = parse(sdl);
  const enums = enumsOf(document);
  const objects = document.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const nodeDefs = objects.filter((d) => directive(d, "node"));
  const evidenceDefs = objects.filter((d) => directive(d, "relationshipProperties"));
  if (nodeDefs.length === 0) throw new ModelError("no node types (object types with @node)");
  if (evidenceDefs.length !== 1) {
    throw new ModelError(`expected one @relationshipProperties type (every relationship's evidence), found ${evidenceDefs.length}`);
  }
  const evidenceDef = evidenceDefs[0] as ObjectTypeDefinitionNode;
  const nodeNames = new Set(nodeDefs.map((d) => d.name.value));
  const entityTypes = enums.get(ENTITY_TYPE_ENUM) ?? [];

  const entityLabels = new Set<string>();
  const nodeTypes: NodeTypeModel[] = nodeDefs.map((def) => {
    const label = def.name.value;
    const labels = stringListArgument(directive(def, "node") as ConstDirectiveNode, "labels");
    const others = labels.filter((l) => l !== label);
    if (!labels.includes(label) || others.length !== 1) {
      throw new ModelError(`${label}: @node(labels:) must be ["${label}", <the shared entity label>], got ${JSON.stringify(labels)}`);
    }
    entityLabels.add(others[0] as string);
    const entityType = label.toUpperCase();
    if (!entityTypes.includes(entityType)) throw new ModelError(`${label}: enum ${ENTITY_TYPE_ENUM} needs the value ${entityType}`);

    const fields: FieldModel[] = [];
    const relationships: RelationshipFieldModel[] = [];
    for (const field of def.fields ?? []) {
      const relationship = directive(field, "relationship");
      if (!relationship) {
        fields.push(fieldOf(label, field, enums));
        continue;
      }
      const where = `${label}.${field.name.value}`;
      const shape = shapeOf(field.type);
      if (!nodeNames.has(shape.name)) throw new ModelError(`${where}: a relationship must lead to a node type, not ${shape.name}`);
      if (stringArgument(relationship, "properties") !== evidenceDef.name.value) {
        throw new ModelError(`${where}: every relationship carries its evidence: add properties: "${evidenceDef.name.value}"`);
      }
      const direction = stringArgument(relationship, "direction");
      if (direction !== "OUT" && direction !== "IN") throw new ModelError(`${where}: direction must be OUT or IN`);
      relationships.push({
        field: field.name.value,
        type: stringArgument(relationship, "type") ?? "",
        direction,
        target: shape.name,
        ...(directive(field, "referenceKnowledge") ? { referenceKnowledge: true } : {}),
        ...(field.description ? { description: field.description.value } : {}),
      });
    }
    return { label, entityType, plural: pluralOf(def), description: def.description?.value ?? "", fields, relationships };
  });
  const typeless = entityTypes.filter((value) => !nodeTypes.some((node) => node.entityType === value));
  if (typeless.length > 0) throw new ModelError(`enum ${ENTITY_TYPE_ENUM} has ${typeless.join(", ")}, which no node type has`);
  if (!nodeNames.has(SOURCE_LABEL)) throw new ModelError(`the evidence names its source: a node type ${SOURCE_LABEL} is needed`);
  if (!(evidenceDef.fields ?? []).some((f) => f.name.value === "source" && shapeOf(f.type).required)) {
    throw new ModelError(`${evidenceDef.name.value} needs a required field source: ID! (the ${SOURCE_LABEL} that states the relationship)`);
  }
  if (entityLabels.size !== 1) throw new ModelError(`every node type must share one entity label, found ${[...entityLabels].join(", ")}`);

  return {
    entityLabel: [...entityLabels][0] as string,
    nodeTypes,
    relationshipTypes: relationshipTypesOf(nodeTypes),
    evidence: { type: evidenceDef.name.value, fields: (evidenceDef.fields ?? []).map((f) => fieldOf(evidenceDef.name.value, f, enums)) },
  };
}

/** Gathers the relationship fields of all node types into relationship types with their endpoints. */
function relationshipTypesOf(nodeTypes: readonly NodeTypeModel[]): RelationshipTypeModel[] {
  const types = new Map<string, EndpointModel[]>();
  for (const node of nodeTypes) {
    for (const rel of node.relationships) {
      const [from, to] = rel.direction === "OUT" ? [node.label, rel.target] : [rel.target, node.label];
      const endpoints = types.get(rel.type) ?? [];
      types.set(rel.type, endpoints);
      const index = endpoints.findIndex((e) => e.from === from && e.to === to);
      const known = endpoints[index] ?? { from, to, fromField: null, toField: null, referenceKnowledge: false };
      const side = rel.direction === "OUT" ? "fromField" : "toField";
      if (known[side] !== null) {
        throw new ModelError(`${node.label}.${rel.field} and ${node.label}.${known[side]} both follow ${from}-[:${rel.type}]->${to} ${rel.direction === "OUT" ? "outwards" : "inwards"}; keep one`);
      }
      // Either side's field may say the link can rest on reference knowledge; it holds for the pair.
      const updated = { ...known, [side]: rel.field, referenceKnowledge: known.referenceKnowledge || rel.referenceKnowledge === true };
      if (index === -1) endpoints.push(updated);
      else endpoints[index] = updated;
    }
  }
  return [...types].map(([type, endpoints]) => ({ type, endpoints }));
}

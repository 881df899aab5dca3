/**
 * The shape of a graph model (what derive-model.ts reads out of the SDL) and the questions every
 * reader of a model asks. graph-model.ts is this project's model; functions here take the model
 * as an argument, so a test can hand them a scratch one.
 */

/** A stored property of a node or of a relationship's evidence. */
export interface FieldModel {
  readonly name: string;
  /** The GraphQL scalar (`ID`, `String`, ...) or enum name. */
  readonly type: string;
  readonly required: boolean;
  readonly list: boolean;
  /** The allowed values, when `type` is an enum. */
  readonly values?: readonly string[];
  /** A pattern the text must match (`@format` in the SDL), with what it means for a reader. */
  readonly format?: { readonly pattern: string; readonly description: string };
  /** Set by the API itself (`@populatedBy`), never by a writer. */
  readonly populated?: boolean;
  readonly description?: string;
}

/** A node type's field that follows a relationship, e.g. `Practice.themes` → ADDRESSES, OUT, Theme. */
export interface RelationshipFieldModel {
  readonly field: string;
  readonly type: string;
  readonly direction: "OUT" | "IN";
  /** The label at the other end. */
  readonly target: string;
  /** `@referenceKnowledge`: the link may rest on reference knowledge instead of a quote. */
  readonly referenceKnowledge?: true;
  readonly description?: string;
}

export interface NodeTypeModel {
  readonly label: string;
  /** The node's `type` value, an `EntityType`. */
  readonly entityType: string;
  /** The plural @neo4j/graphql uses for its root fields (`people`), and the seed file's name. */
  readonly plural: string;
  readonly description: string;
  readonly fields: readonly FieldModel[];
  readonly relationships: readonly RelationshipFieldModel[];
}

/** One pair of labels a relationship type joins, with the field that names it on each side. */
export interface EndpointModel {
  readonly from: string;
  readonly to: string;
  /** The field on `from` that follows it outwards, e.g. `themes` on Practice for ADDRESSES. */
  readonly fromField: string | null;
  /** The field on `to` that follows it inwards, e.g. `practices` on Theme for ADDRESSES. */
  readonly toField: string | null;
  /** Whether this pair may rest on reference knowledge (`basis: REFERENCE`, no quote), e.g. a municipality in its province. */
  readonly referenceKnowledge: boolean;
}

export interface RelationshipTypeModel {
  readonly type: string;
  readonly endpoints: readonly EndpointModel[];
}

export interface GraphModel {
  /** The label every node carries besides its own; it holds the cross-type unique `id`. */
  readonly entityLabel: string;
  readonly nodeTypes: readonly NodeTypeModel[];
  readonly relationshipTypes: readonly RelationshipTypeModel[];
  /** The properties every relationship carries: its source and verbatim quote. */
  readonly evidence: { readonly type: string; readonly fields: readonly FieldModel[] };
}

/** The node type of source documents, which every relationship's evidence names by id (`source`). */
export const SOURCE_LABEL = "Source";

export function nodeType(model: GraphModel, label: string): NodeTypeModel {
  const node = model.nodeTypes.find((n) => n.label === label);
  if (!node) throw new Error(`The graph model has no node type ${label}.`);
  return node;
}

const FORMATS = new Map<string, RegExp>();

/** Whether `value` has the form a field's `@format` asks for (each pattern compiled once). */
export function matchesFormat(format: NonNullable<FieldModel["format"]>, value: string): boolean {
  let pattern = FORMATS.get(format.pattern);
  if (!pattern) FORMATS.set(format.pattern, (pattern = new RegExp(format.pattern, "u")));
  return pattern.test(value);
}

/** The label pairs (from → to) a relationship type may join. */
export function endpointsOf(model: GraphModel, type: string): readonly EndpointModel[] {
  return model.relationshipTypes.find((rel) => rel.type === type)?.endpoints ?? [];
}

/**
 * The graph's labels and relationship types as the database stores them, shared by the seeder,
 * the index set-up and the hand-written queries. `schema/entities.graphql` is the API's view of it.
 */

export const LABELS = ["Practice", "Organisation", "Network", "Region", "Theme", "Person", "Source"] as const;
export type Label = (typeof LABELS)[number];

/** Every node also carries this label; it holds the cross-type unique `id`. */
export const ENTITY_LABEL = "Entity";

export type EntityType = Uppercase<Label>;
export const entityTypeOf = (label: Label): EntityType => label.toUpperCase() as EntityType;
export const labelOf = (type: EntityType): Label => {
  const label = LABELS.find((l) => entityTypeOf(l) === type);
  if (!label) throw new Error(`Unknown entity type ${type}`);
  return label;
};

/** Which labels each relationship type may connect (from → to). Seeds are validated against this. */
export const RELATIONSHIP_RULES = {
  MEMBER_OF: [["Organisation", "Network"]],
  COVERS: [["Network", "Region"]],
  LOCATED_IN: [["Organisation", "Region"]],
  FOCUSES_ON: [
    ["Network", "Theme"],
    ["Organisation", "Theme"],
  ],
  ADDRESSES: [["Practice", "Theme"]],
  PART_OF: [
    ["Practice", "Network"],
    ["Network", "Network"],
    ["Region", "Region"],
  ],
  DEVELOPED: [["Organisation", "Practice"]],
  APPLIES: [["Organisation", "Practice"]],
  DERIVED_FROM: [["Practice", "Practice"]],
  WORKS_AT: [["Person", "Organisation"]],
  INVOLVED_IN: [
    ["Person", "Network"],
    ["Person", "Practice"],
  ],
  SUCCEEDS: [["Network", "Network"]],
  BROADER: [["Theme", "Theme"]],
  FUNDS: [
    ["Organisation", "Network"],
    ["Organisation", "Practice"],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [Label, Label]>>;

export type RelationshipType = keyof typeof RELATIONSHIP_RULES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as RelationshipType[];

/** Name of the full-text index over names, aliases and descriptions of every label. */
export const SEARCH_INDEX = "entity_search";

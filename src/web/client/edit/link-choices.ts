/**
 * Which relationships the model allows between two entities, in either direction: what the
 * editor's desk offers once both ends are picked. Read from the generated model, so a type the
 * schema gains is offered without touching the page.
 */
import { ENTITY_TYPE_LABELS, GRAPH_MODEL, type EntityType } from "../../../model/__generated__/graph-model.js";

export interface LinkChoice {
  /** The relationship type, e.g. ADDRESSES. */
  type: string;
  /** Which picked entity is the relationship's start: `a` (as picked first) or `b`. */
  start: "a" | "b";
  /** The model rests it on reference knowledge only where this is true; the desk cites quotes. */
  referenceKnowledge: boolean;
}

const labelOf = (type: EntityType): string => ENTITY_TYPE_LABELS[type];

/** Every relationship the model allows between an entity of type `a` and one of type `b`: a → b first, then b → a. */
export function linkChoices(a: EntityType, b: EntityType): LinkChoice[] {
  const choices: LinkChoice[] = [];
  for (const [start, from, to] of [["a", a, b], ["b", b, a]] as const) {
    for (const relationship of GRAPH_MODEL.relationshipTypes) {
      for (const endpoint of relationship.endpoints) {
        if (endpoint.from !== labelOf(from) || endpoint.to !== labelOf(to)) continue;
        // Two entities of one type: a → b and b → a are both offered, once each.
        choices.push({ type: relationship.type, start, referenceKnowledge: endpoint.referenceKnowledge });
      }
    }
  }
  return choices;
}

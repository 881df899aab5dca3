/**
 * Which relationships two entities may have, read from the graph model (src/model/): for a pair
 * of node types, every relationship type whose endpoints join them, in the model's direction.
 * Nothing here lists pairs by hand; a relationship type added to `schema/` is suggested with no
 * change here (its cue words, if any, are added in cue-words.ts).
 */
import type { GraphModel } from "../model/graph-model.js";

export interface LinkOption {
  type: string;
  /** The node type at the relationship's start, in the model's direction. */
  from: string;
  to: string;
  /** The model allows this pair on reference knowledge (a municipality in its province): texts seldom state it. */
  referenceKnowledge: boolean;
}

/** The relationships the model allows between labels `a` and `b`, either way round. */
export function linkOptions(model: GraphModel, a: string, b: string): LinkOption[] {
  const options: LinkOption[] = [];
  for (const rel of model.relationshipTypes) {
    for (const end of rel.endpoints) {
      if ((end.from === a && end.to === b) || (end.from === b && end.to === a)) {
        options.push({ type: rel.type, from: end.from, to: end.to, referenceKnowledge: end.referenceKnowledge });
      }
    }
  }
  return options;
}

/** linkOptions for every pair of labels, computed once per model. */
export function linkTable(model: GraphModel): (a: string, b: string) => readonly LinkOption[] {
  const table = new Map<string, LinkOption[]>();
  for (const x of model.nodeTypes) for (const y of model.nodeTypes) table.set(`${x.label}|${y.label}`, linkOptions(model, x.label, y.label));
  return (a, b) => table.get(`${a}|${b}`) ?? [];
}

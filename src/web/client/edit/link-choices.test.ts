import { describe, expect, it } from "vitest";
import { ENTITY_TYPE_LABELS, GRAPH_MODEL, type EntityType } from "../../../model/__generated__/graph-model.js";
import { linkChoices } from "./link-choices.js";

const TYPES = Object.keys(ENTITY_TYPE_LABELS) as EntityType[];
const allowed = (from: EntityType, type: string, to: EntityType) =>
  GRAPH_MODEL.relationshipTypes.some((r) => r.type === type && r.endpoints.some((e) => e.from === ENTITY_TYPE_LABELS[from] && e.to === ENTITY_TYPE_LABELS[to]));

describe("the relationships offered for two picked entities", () => {
  const pairs = TYPES.flatMap((a) => TYPES.map((b) => [a, b] as const));

  it.each(pairs)("%s and %s: exactly the model's relationships, in both directions", (a, b) => {
    const offered = linkChoices(a, b);
    // Every offer is allowed by the model in the direction it names...
    for (const choice of offered) expect(allowed(choice.start === "a" ? a : b, choice.type, choice.start === "a" ? b : a)).toBe(true);
    // ...and every relationship the model allows between them is offered, once.
    const expected = GRAPH_MODEL.relationshipTypes.flatMap((r) => [
      ...(r.endpoints.some((e) => e.from === ENTITY_TYPE_LABELS[a] && e.to === ENTITY_TYPE_LABELS[b]) ? [`${r.type}:a`] : []),
      ...(r.endpoints.some((e) => e.from === ENTITY_TYPE_LABELS[b] && e.to === ENTITY_TYPE_LABELS[a]) ? [`${r.type}:b`] : []),
    ]);
    expect(offered.map((c) => `${c.type}:${c.start}`).sort()).toEqual(expected.sort());
  });

  it("offers a practice and a theme ADDRESSES from the practice, whichever was picked first", () => {
    expect(linkChoices("PRACTICE", "THEME")).toEqual([{ type: "ADDRESSES", start: "a", referenceKnowledge: false }]);
    expect(linkChoices("THEME", "PRACTICE")).toEqual([{ type: "ADDRESSES", start: "b", referenceKnowledge: false }]);
  });

  it("offers nothing where the model joins nothing (a source is cited, never linked)", () => {
    for (const type of TYPES) expect(linkChoices("SOURCE", type)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { GRAPH_MODEL, RELATIONSHIP_TYPES } from "../model/graph-model.js";
import { CUE_WORDS, STAND_IN_NOUNS, cuesIn } from "./cue-words.js";
import { linkOptions } from "./link-types.js";
import { wordsOf } from "./text-units.js";

const cues = (text: string) => cuesIn(wordsOf(text)).map((c) => [c.type, text.slice(c.start, c.end)]);

describe("Suggest: cue words", () => {
  it("names only relationship types and labels the model has", () => {
    for (const { type } of CUE_WORDS) expect(RELATIONSHIP_TYPES).toContain(type);
    const labels = GRAPH_MODEL.nodeTypes.map((n) => n.label);
    for (const { label } of STAND_IN_NOUNS) expect(labels).toContain(label);
  });

  it("finds cues as word beginnings, with words in between where the cue allows them", () => {
    expect(cues("De methode is ontwikkeld door de hogeschool.")).toEqual([
      ["DEVELOPED", "ontwikkeld door"],
      ["DEVELOPED", "ontwikkeld"],
    ]);
    expect(cues("De gemeente past de methode sinds 2020 toe.")).toEqual([["APPLIES", "past de methode sinds 2020 toe"]]);
    expect(cues("Een door VWS gefinancierde werkplaats.")).toEqual([["FUNDS", "gefinancierde"]]);
    expect(cues("De gemeente past het niet.")).toEqual([]);
  });

  it("chooses only among the types the model allows for a pair, in the model's direction", () => {
    expect(linkOptions(GRAPH_MODEL, "Practice", "Organisation").map((o) => `${o.from} ${o.type} ${o.to}`).sort()).toEqual([
      "Organisation APPLIES Practice",
      "Organisation DEVELOPED Practice",
      "Organisation FUNDS Practice",
      "Organisation PARTNER_IN Practice",
    ]);
    expect(linkOptions(GRAPH_MODEL, "Theme", "Region")).toEqual([]);
  });
});

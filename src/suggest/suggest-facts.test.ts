import { describe, expect, it } from "vitest";
import { GRAPH_MODEL } from "../model/graph-model.js";
import { unnamedEnds } from "../model/evidence.js";
import type { KnownEntity } from "./mentions.js";
import { suggestFacts } from "./suggest-facts.js";

const ENTITIES: KnownEntity[] = [
  { id: "samen", label: "Network", name: "SAMEN", names: ["SAMEN"], kind: "WORKPLACE" },
  { id: "haaglanden", label: "Region", name: "Haaglanden", names: ["Haaglanden"] },
  { id: "normaliseren", label: "Theme", name: "Normaliseren", names: ["Normaliseren", "normalisering"] },
  { id: "mijn-pad", label: "Practice", name: "Mijn Pad", names: ["Mijn Pad"] },
  { id: "horizon-academie", label: "Organisation", name: "Horizon Academie", names: ["Horizon Academie"] },
  { id: "ministerie-vws", label: "Organisation", name: "Ministerie van VWS", names: ["Ministerie van VWS", "VWS"] },
];

const TEXT = `SAMEN

De werkplaats SAMEN werkt in Haaglanden.
Deze werkplaats richt zich op normaliseren. Mijn Pad is ontwikkeld door Horizon Academie.
Mijn Pad wordt door VWS gefinancierd.`;

const run = (statedBy: (f: string, t: string, to: string) => string[] = () => []) =>
  suggestFacts({ source: "s1", text: TEXT, entities: ENTITIES, statedBy, typeCounts: () => 0, model: GRAPH_MODEL, limit: 50 });

const triples = (facts: ReturnType<typeof run>["facts"]) => facts.map((f) => `${f.from.id} ${f.type} ${f.to.id}`).sort();

describe("Suggest: facts in a text", () => {
  it("links pairs the model allows, typed by cue words or by the one type the model allows", () => {
    expect(triples(run().facts)).toEqual([
      "horizon-academie DEVELOPED mijn-pad",
      "ministerie-vws FUNDS mijn-pad",
      "samen COVERS haaglanden",
      "samen FOCUSES_ON normaliseren",
    ]);
  });

  it("quotes the text exactly, names both ends or says which words stand for one, as link checks", () => {
    for (const fact of run().facts) {
      expect(TEXT.slice(fact.start, fact.end)).toBe(fact.quote);
      const end = (e: typeof fact.from) => ({ id: e.id, name: e.name, aliases: ENTITIES.find((x) => x.id === e.id)?.names ?? [] });
      expect(unnamedEnds(fact.quote, { from: end(fact.from), to: end(fact.to) }, fact.refers ?? {})).toEqual([]);
      expect(fact.confidence).toBeGreaterThan(0);
      expect(fact.confidence).toBeLessThanOrEqual(1);
    }
    const focus = run().facts.find((f) => f.type === "FOCUSES_ON");
    expect(focus?.refers).toEqual({ from: "Deze werkplaats" });
    expect(focus?.because).toContain("richt zich op");
  });

  it("leaves out what this source already states and marks what others do", () => {
    const stated = (from: string, type: string, to: string) => (from === "samen" && type === "COVERS" ? ["s1"] : from === "horizon-academie" && to === "mijn-pad" && type === "DEVELOPED" ? ["s2"] : []);
    const facts = run(stated).facts;
    expect(triples(facts)).not.toContain("samen COVERS haaglanden");
    expect(facts.find((f) => f.from.id === "horizon-academie")?.statedBy).toEqual(["s2"]);
  });

  it("caps the answer at limit, best first", () => {
    const all = run().facts;
    const two = suggestFacts({ source: "s1", text: TEXT, entities: ENTITIES, statedBy: () => [], typeCounts: () => 0, model: GRAPH_MODEL, limit: 2 }).facts;
    expect(two).toEqual(all.slice(0, 2));
    expect(all.map((f) => f.confidence)).toEqual([...all.map((f) => f.confidence)].sort((a, b) => b - a));
  });

  it("reads 'we' as the text's subject only with a cue word, and lets the graph's habit choose among several types", () => {
    const text = `SAMEN

SAMEN is een werkplaats. Welke thema's we belangrijk vinden: normaliseren. We trekken op met Horizon Academie. Horizon Academie zit in SAMEN.`;
    const counts = (from: string, type: string, to: string) => (from === "Organisation" && type === "MEMBER_OF" && to === "Network" ? 4 : 0);
    const facts = suggestFacts({ source: "s1", text, entities: ENTITIES, statedBy: () => [], typeCounts: counts, model: GRAPH_MODEL, limit: 50 }).facts;
    expect(triples(facts)).toEqual(["horizon-academie MEMBER_OF samen", "samen FOCUSES_ON normaliseren"]);
    expect(facts.find((f) => f.type === "FOCUSES_ON")?.refers).toEqual({ from: "we" });
    expect(facts.find((f) => f.type === "MEMBER_OF")?.because[0]).toMatch(/other sources most often state between Organisation and Network \(4 of 4\)/);
    const none = suggestFacts({ source: "s1", text, entities: ENTITIES, statedBy: () => [], typeCounts: () => 0, model: GRAPH_MODEL, limit: 50 }).facts;
    expect(triples(none)).toEqual(["samen FOCUSES_ON normaliseren"]);
  });
});

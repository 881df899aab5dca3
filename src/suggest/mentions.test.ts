import { describe, expect, it } from "vitest";
import { NameForms, findMentions, wordStandsFor, type KnownEntity } from "./mentions.js";
import { wordsOf } from "./text-units.js";

const ENTITIES: KnownEntity[] = [
  { id: "hanzehogeschool-groningen", label: "Organisation", name: "Hanzehogeschool Groningen", names: ["Hanzehogeschool Groningen", "Hanze"] },
  { id: "groningen", label: "Region", name: "Groningen", names: ["Groningen"] },
  { id: "gemeente-groningen", label: "Organisation", name: "Gemeente Groningen", names: ["Gemeente Groningen"] },
  { id: "fryslan", label: "Region", name: "Fryslân", names: ["Fryslân", "Friesland"] },
  { id: "kwetsbare-gezinnen", label: "Theme", name: "Kwetsbare gezinnen", names: ["Kwetsbare gezinnen", "kwetsbaar gezin"] },
  { id: "normaliseren", label: "Theme", name: "Normaliseren", names: ["Normaliseren"] },
  { id: "samen", label: "Network", name: "SAMEN", names: ["SAMEN"] },
  { id: "marlies-kennis", label: "Person", name: "Marlies Kennis", names: ["Marlies Kennis", "Kennis"] },
  { id: "horizon-academie", label: "Organisation", name: "Horizon Academie", names: ["Horizon Academie", "horizon"] },
];

const mentioned = (text: string) => findMentions(text, wordsOf(text), new NameForms(ENTITIES)).map((m) => [m.id, m.surface]);

describe("Suggest: mentions of known entities", () => {
  it("finds a name with a possessive, in any case, without its accents", () => {
    expect(mentioned("De Hanzehogeschool Groningen’s lectoren en de hanzehogeschool groningen.")).toEqual([
      ["hanzehogeschool-groningen", "Hanzehogeschool Groningen’s"],
      ["hanzehogeschool-groningen", "hanzehogeschool groningen"],
    ]);
    expect(mentioned("Werkplaatsen in Fryslan en Friesland")).toEqual([
      ["fryslan", "Fryslan"],
      ["fryslan", "Friesland"],
    ]);
  });

  it("takes the longest name: 'de gemeente Groningen' is the municipality, not the region inside its name", () => {
    expect(mentioned("Dat zegt de gemeente Groningen.")).toEqual([["gemeente-groningen", "gemeente Groningen"]]);
    expect(mentioned("Een lector aan de Hanzehogeschool Groningen.")).toEqual([["hanzehogeschool-groningen", "Hanzehogeschool Groningen"]]);
    expect(mentioned("Een werkplaats in Groningen.")).toEqual([["groningen", "Groningen"]]);
  });

  it("forgives Dutch inflection and a typo in a long word, not in a short one", () => {
    expect(mentioned("De hulp voor een kwetsbaar gezin.")).toEqual([["kwetsbare-gezinnen", "kwetsbaar gezin"]]);
    expect(mentioned("Gericht op kwetsbare gezinnen en normalisering.")).toEqual([
      ["kwetsbare-gezinnen", "kwetsbare gezinnen"],
      ["normaliseren", "normalisering"],
    ]);
    expect(mentioned("Het Hanzehogeschol Groningen")).toEqual([["hanzehogeschool-groningen", "Hanzehogeschol Groningen"]]);
    expect(wordStandsFor("werkplaatsen", "werkplaats")).toBe(true);
    expect(wordStandsFor("pat", "pad")).toBe(false);
  });

  it("keeps the capitals of a one-word proper name: SAMEN and Kennis, not samen and kennis", () => {
    expect(mentioned("We werken samen aan kennis. SAMEN deelt Kennis met Horizon en horizon.")).toEqual([
      ["samen", "SAMEN"],
      ["marlies-kennis", "Kennis"],
    ]);
  });
});

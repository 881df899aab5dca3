import { describe, expect, it } from "vitest";
import { unnamedEnds } from "./evidence.js";

const samen = { id: "samen", name: "Werkplaats SAMEN", aliases: ["SAMEN"] };
const normaliseren = { id: "normaliseren", name: "Normaliseren", aliases: ["normalising"] };

describe("Evidence: a quote names both ends of its relationship", () => {
  it.each([
    ["by name, ignoring case, accents and punctuation", "Werkplaats Samen werkt aan normaliseren."],
    ["by alias", "In SAMEN staat normaliseren centraal."],
    ["by id, read as words", "De werkplaats (samen) kiest voor normaliseren."],
  ])("accepts a quote that names them %s", (_how, quote) => {
    expect(unnamedEnds(quote, { from: samen, to: normaliseren })).toEqual([]);
  });

  it("needs whole words: a name inside another word does not count", () => {
    expect(unnamedEnds("Samenwerking rond normaliseren.", { from: samen, to: normaliseren }).map((p) => p.end)).toEqual(["from"]);
  });

  it("names each end it misses, and what to do", () => {
    expect(unnamedEnds("Door drie best practices centraal te stellen.", { from: samen, to: normaliseren })).toEqual([
      { end: "from", problem: expect.stringContaining('the quote does not name "Werkplaats SAMEN" (from); quote a sentence that names it, or say which word stands for it with refers: { from: "<word in the quote>" }') },
      { end: "to", problem: expect.stringContaining('the quote does not name "Normaliseren" (to)') },
    ]);
  });

  it("accepts the words the record says stand for an end, only when they are in the quote", () => {
    const quote = "De werkplaats wil opvoeden weer normaal maken.";
    expect(unnamedEnds(quote, { from: samen, to: normaliseren }, { from: "De werkplaats", to: "opvoeden weer normaal maken" })).toEqual([]);
    expect(unnamedEnds(quote, { from: samen, to: normaliseren }, { from: "het platform", to: "normaal maken" })).toEqual([
      { end: "from", problem: 'refers.from "het platform" is not in the quote' },
    ]);
  });
});

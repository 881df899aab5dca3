import { describe, expect, it } from "vitest";
import { proposeEntities, proposedId } from "./entity-patterns.js";
import { wordsOf } from "./text-units.js";

const proposed = (text: string) => proposeEntities(text, wordsOf(text)).map((p) => ({ id: p.id, label: p.label, name: p.name, fields: p.fields, because: p.because }));

describe("Suggest: new entities by pattern", () => {
  it("proposes organisations by the word their name begins with, with the kind it suggests", () => {
    expect(proposed("Samen met de gemeente Leeuwarden en Stichting Jeugd Noord.")).toEqual([
      { id: "gemeente-leeuwarden", label: "Organisation", name: "Gemeente Leeuwarden", fields: { kind: "MUNICIPALITY" }, because: "gemeente" },
      { id: "stichting-jeugd-noord", label: "Organisation", name: "Stichting Jeugd Noord", fields: { kind: "OTHER" }, because: "Stichting" },
    ]);
    expect(proposed("Studenten van de Hogeschool van Amsterdam.")).toEqual([
      { id: "hogeschool-van-amsterdam", label: "Organisation", name: "Hogeschool van Amsterdam", fields: { kind: "UNIVERSITY_OF_APPLIED_SCIENCES" }, because: "Hogeschool" },
    ]);
  });

  it("proposes people introduced with a role, before or after the name", () => {
    expect(proposed("Noortje Pannebakker, projectleider: ‘Alle partners zitten aan tafel.’").map((p) => [p.id, p.label, p.because])).toEqual([["noortje-pannebakker", "Person", "projectleider"]]);
    expect(proposed("Volgens lector Anna van der Berg werkt het.").map((p) => [p.id, p.label])).toEqual([["anna-van-der-berg", "Person"]]);
    expect(proposed("Anna van der Berg werkt het.")).toEqual([]);
  });

  it("proposes a short capitalised name in quote marks as a practice, not a quoted sentence", () => {
    expect(proposed("Zij werken met ‘Mijn Pad’ en zeggen: ‘Het werkt goed.’").map((p) => [p.id, p.label])).toEqual([["mijn-pad", "Practice"]]);
  });

  it("gives ids by the model's id rule", () => {
    expect(proposedId("Fryslân’s Jeugd-Netwerk")).toBe("fryslan-s-jeugd-netwerk");
    expect(proposedId("’")).toBeNull();
  });
});

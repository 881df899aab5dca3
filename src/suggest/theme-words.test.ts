import { describe, expect, it } from "vitest";
import type { KnownEntity } from "./mentions.js";
import { sentencesOf, wordsOf } from "./text-units.js";
import { dutchStem, paraphrasedThemes, themeWords } from "./theme-words.js";

const THEMES: KnownEntity[] = [
  { id: "leren-en-implementeren", label: "Theme", name: "Leren en implementeren", names: ["Leren en implementeren", "kennis benutten"] },
  { id: "preventie", label: "Theme", name: "Preventie", names: ["Preventie", "voorkomen van zware zorg"] },
  { id: "mijn-pad", label: "Practice", name: "Mijn Pad", names: ["Mijn Pad", "pad kiezen"] },
];

const found = (text: string) => {
  const words = wordsOf(text);
  return sentencesOf(text).flatMap((s) => paraphrasedThemes(text, words.filter((w) => w.start >= s.start && w.end <= s.end), 0, themeWords(THEMES), []).map((m) => [m.id, m.surface]));
};

describe("Suggest: themes in other words", () => {
  it("stems Dutch endings lightly", () => {
    expect(["benutten", "benut", "innovaties", "innovatie", "samenwerking", "samenwerken"].map(dutchStem)).toEqual(["benut", "benut", "innov", "innov", "samenwerk", "samenwerk"]);
  });

  it("finds a theme when every content word of a name or alias stands in one stretch, and gives those words", () => {
    expect(found("Hoe zorg je dat professionals bestaande kennis en innovaties optimaal benutten?")).toEqual([["leren-en-implementeren", "kennis en innovaties optimaal benutten"]]);
    expect(found("Met deze aanpak wordt opschaling naar zware en ingewikkelde zorg voorkomen.")).toEqual([["preventie", "zware en ingewikkelde zorg voorkomen"]]);
  });

  it("needs every content word in one sentence, and only themes' words count", () => {
    expect(found("Kennis is macht. Wie het niet benut, verliest.")).toEqual([]);
    expect(found("Zij kiezen hun eigen pad.")).toEqual([]);
  });
});

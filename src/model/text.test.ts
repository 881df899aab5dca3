import { describe, expect, it } from "vitest";
import { isBlank, textProblem, visibleLength } from "./text.js";

describe("Text rules: blank", () => {
  it.each([
    ["empty", ""],
    ["spaces, tabs and line breaks", " \t\r\n "],
    ["no-break and ideographic spaces", "\u00a0\u3000\u2007"],
    ["zero-width space, joiners and the byte-order mark", "\u200b\u200c\u200d\ufeff"],
    ["a soft hyphen, a word joiner and a Hangul filler", "\u00ad\u2060\u3164"],
    ["a variation selector and the blank Braille pattern", "\ufe0f\u2800"],
  ])("counts %s as blank", (_case, text) => {
    expect(isBlank(text)).toBe(true);
    expect(visibleLength(text)).toBe(0);
  });

  it.each([["a letter", "a"], ["an emoji", "💥"], ["a CJK character between zero-width spaces", "\u200b漢\u200b"], ["a dash", "-"]])("counts %s as visible", (_case, text) => {
    expect(isBlank(text)).toBe(false);
  });

  it("counts only the visible characters", () => {
    expect(visibleLength(" Mijn\u200b Pad ")).toBe(7);
  });
});

describe("Text rules: what is not text", () => {
  it.each([
    ["NUL", "a\u0000b", /U\+0000 at position 1/],
    ["a bell", "\u0007", /U\+0007 at position 0/],
    ["DEL", "x\u007f", /U\+007F/],
    ["a C1 control", "x\u0085", /U\+0085/],
    ["an unpaired high surrogate", "a\ud800b", /unpaired UTF-16 surrogate/],
    ["an unpaired low surrogate", "\udc00", /unpaired UTF-16 surrogate/],
  ])("refuses %s, saying which and where", (_case, text, problem) => {
    expect(textProblem(text)).toMatch(problem);
  });

  it("accepts tabs, line breaks, accents and characters outside the BMP", () => {
    expect(textProblem("Fryslân\tjeugd\r\nzorg 💥 𝒜")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { SEARCH_TEXT_LIMITS, nameBoost, searchWords, toLuceneQuery } from "./search.js";

describe("search: toLuceneQuery", () => {
  it("matches each word exactly, with a typo and by its stem, and the last word as a prefix too", () => {
    expect(toLuceneQuery("Mijn P")).toBe("(mijn^4 OR mijn~1) (p^4 OR p*^2)");
    expect(toLuceneQuery("Fryslân")).toBe("(fryslan^4 OR fryslan*^2 OR fryslan~1 OR frys*)");
    expect(toLuceneQuery("normalisering jeugd")).toBe("(normalisering^4 OR normalisering~2 OR normaliser*) (jeugd^4 OR jeugd*^2 OR jeugd~1)");
  });

  it("reduces Lucene syntax to plain words", () => {
    expect(toLuceneQuery('title:"x" AND (y OR z~)^2 \\ / * ? [a TO b]')).toBe(
      "(title^4 OR title~1) (x^4) (and^4) (y^4) (or^4) (z^4) (2^4) (a^4) (to^4) (b^4 OR b*^2)",
    );
  });

  it("returns null for text without letters or digits", () => {
    expect(toLuceneQuery(" ~*?: ")).toBeNull();
  });
});

describe("search: nameBoost", () => {
  it("ranks a whole-name match over a name prefix over words inside a name over no match", () => {
    expect(nameBoost("mijn pad", ["Mijn Pad", null])).toBe(5);
    expect(nameBoost("mijn paad", ["Mijn Pad"])).toBe(4);
    expect(nameBoost("mijn p", ["Mijn Pad"])).toBe(3.5);
    expect(nameBoost("mijn p", ["Ontdek Mijn Pad!"])).toBe(1.5);
    expect(nameBoost("mijn p", ["Ontdekmijn Pad"])).toBe(1);
  });

  it("prefers the name of which more was typed", () => {
    expect(nameBoost("mijn p", ["Mijn Pad"])).toBeGreaterThan(nameBoost("mijn p", ["Mijn Pad train-de-trainer"]));
  });

  it("takes the best of name, English name and aliases", () => {
    expect(nameBoost("my path", ["Mijn Pad", null, "My Path"])).toBe(5);
  });
});

describe("search: text limits", () => {
  const { characters, words, wordLength } = SEARCH_TEXT_LIMITS;

  it("accepts text at every limit", () => {
    expect(searchWords("a".repeat(wordLength))).toHaveLength(1);
    expect(searchWords(Array.from({ length: words }, () => "jeugd").join(" "))).toHaveLength(words);
    expect(searchWords(`${"abcdefghij ".repeat(words)}`.slice(0, characters))).toHaveLength(words);
  });

  it.each([
    ["too long", "a ".repeat(characters), /characters long; search text may have at most/],
    ["too many words", Array.from({ length: words + 1 }, () => "x").join(" "), /words; search text may have at most/],
    ["a word too long", "b".repeat(wordLength + 1), /a word of \d+ letters/],
  ])("refuses text %s with BAD_USER_INPUT on argument text", (_case, text, message) => {
    const refusal = (() => {
      try {
        searchWords(text);
        return undefined;
      } catch (error) {
        return error as { message: string; extensions: unknown };
      }
    })();
    expect(refusal?.message).toMatch(message);
    expect(refusal?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "text" });
  });
});

import { describe, expect, it } from "vitest";
import { SEARCH_TEXT_LIMITS, WHOLE_NAME_BOOST, nameBoost, rankScore, searchWords, toLuceneQuery } from "./search.js";

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
  it("ranks a whole name over it loosely typed over its beginning over words inside it over no match", () => {
    expect(nameBoost("mijn pad", ["Mijn Pad", null])).toBe(5);
    expect(nameBoost("mijn paad", ["Mijn Pad"])).toBe(4);
    expect(nameBoost("kwetsbaar gezin", ["Kwetsbare gezinnen"])).toBe(4);
    expect(nameBoost("mijn p", ["Mijn Pad train-de-trainer"])).toBe(3 + 6 / 25);
    expect(nameBoost("mijn p", ["Ontdek Mijn Pad!"])).toBe(1.5 + 2 / 3 / 2);
    expect(nameBoost("mijn p", ["Ontdekmijn Pad"])).toBe(1);
  });

  it("counts a word typed loosely by its beginning, its stem or with a typo, but not a word that is not in the name", () => {
    expect(nameBoost("pad mijn", ["Mijn Pad"])).toBe(4);
    expect(nameBoost("normalisering leernetwerk", ["Leernetwerk Normaliseren"])).toBe(4);
    expect(nameBoost("leernetwrk", ["Leernetwerk Normaliseren"])).toBe(1.75);
    expect(nameBoost("kwetsbaar gezin", ["Gezin aan Zet"])).toBe(1);
  });

  it("prefers the name of which more was typed", () => {
    expect(nameBoost("mijn p", ["Mijn Pad"])).toBeGreaterThan(nameBoost("mijn p", ["Mijn Pad train-de-trainer"]));
  });

  it("takes the best of name, English name and aliases", () => {
    expect(nameBoost("my path", ["Mijn Pad", null, "My Path"])).toBe(5);
  });
});

describe("search: rankScore", () => {
  it("puts a thing of the whole name typed above any other hit, however Lucene scored them", () => {
    expect(rankScore(0.01, WHOLE_NAME_BOOST, false)).toBeGreaterThan(rankScore(1, 4, false));
    expect(rankScore(0.01, WHOLE_NAME_BOOST, false)).toBeGreaterThan(rankScore(1, WHOLE_NAME_BOOST, true));
  });

  it("counts a source's title for half a thing's name", () => {
    expect(rankScore(1, 1, true)).toBe(rankScore(1, 1, false));
    expect(rankScore(1, 4, true)).toBe(2.5);
    expect(rankScore(1, 4, false)).toBe(4);
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

describe("search: the descriptions' query", () => {
  it("leaves out the typo and prefix clauses, which cost Lucene most, and keeps exact words and stems", () => {
    expect(toLuceneQuery("Mijn P", { typeAhead: false })).toBe("(mijn^4) (p^4)");
    expect(toLuceneQuery("normalisering jeugd", { typeAhead: false })).toBe("(normalisering^4 OR normaliser*) (jeugd^4)");
    for (const text of ["Fryslân", "wegwijzer informele steun", "a b c"]) {
      const typeAhead = toLuceneQuery(text) ?? "";
      expect(toLuceneQuery(text, { typeAhead: false }), text).toBe(typeAhead.replace(/ OR [^ ()]+(~\d|\*\^2)/g, ""));
    }
  });
});

import { describe, expect, it } from "vitest";
import { nameBoost, toLuceneQuery } from "./search.js";

describe("search: toLuceneQuery", () => {
  it("matches each word exactly, as a prefix and with typos, ignoring case and accents", () => {
    expect(toLuceneQuery("Mijn P")).toBe("(mijn^4 OR mijn*^2 OR mijn~1) (p^4 OR p*^2)");
    expect(toLuceneQuery("Fryslân")).toBe("(fryslan^4 OR fryslan*^2 OR fryslan~2 OR frys*)");
  });

  it("reduces Lucene syntax to plain words", () => {
    expect(toLuceneQuery('title:"x" AND (y OR z~)^2 \\ / * ? [a TO b]')).toBe(
      "(title^4 OR title*^2 OR title~1) (x^4 OR x*^2) (and^4 OR and*^2) (y^4 OR y*^2) (or^4 OR or*^2) (z^4 OR z*^2) (2^4 OR 2*^2) (a^4 OR a*^2) (to^4 OR to*^2) (b^4 OR b*^2)",
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

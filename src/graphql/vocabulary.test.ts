import { describe, expect, it } from "vitest";
import { normaliseName } from "./vocabulary.js";

describe("Vocabulary: normaliseName", () => {
  it("ignores case, accents and punctuation", () => {
    expect(normaliseName("  Fryslân ")).toBe("fryslan");
    expect(normaliseName("Zuid-Holland")).toBe("zuid holland");
    expect(normaliseName("NORMALISEREN")).toBe(normaliseName("normaliseren"));
  });
});

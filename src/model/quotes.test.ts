import { describe, expect, it } from "vitest";
import { closestSentence, contentHashOf, contextOf, locateQuote, normaliseQuote, normaliseSourceText, sentencesOf } from "./quotes.js";

const TEXT = normaliseSourceText(
  "Advertentie\r\n\r\nDe werkplaats SAMEN werkt aan  normaliseren.\r\nHugo: \u2018We leren van elkaar.\u2019 Dat is de kern.\n\nCafe\u0301 Mijn Pad helpt jongeren. Einde.",
);

describe("Quotes: one rule for where a quote stands in its source", () => {
  it("stores a text once normalised: NFC, \\n line endings, no byte-order mark; its hash is its version", () => {
    expect(normaliseSourceText("\uFEFFa\r\nb\rc e\u0301")).toBe("a\nb\nc \u00e9");
    expect(contentHashOf("a")).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHashOf("a")).not.toBe(contentHashOf("a "));
  });

  it("finds a quote across line breaks and whitespace runs, and gives offsets into the stored text", () => {
    const location = locateQuote(TEXT, "SAMEN werkt aan normaliseren.");
    expect(location).not.toBeNull();
    expect(TEXT.slice(location?.start, location?.end)).toBe("SAMEN werkt aan  normaliseren.");
    const spanning = locateQuote(TEXT, "normaliseren. Hugo:");
    expect(TEXT.slice(spanning?.start, spanning?.end)).toBe("normaliseren.\nHugo:");
  });

  it("forgives the shape of quote marks and Unicode composition, nothing else", () => {
    expect(locateQuote(TEXT, "Hugo: 'We leren van elkaar.'")).not.toBeNull();
    expect(locateQuote(TEXT, "Hugo: \u2019We leren van elkaar.\u2018")).not.toBeNull();
    // A single quote mark is not a double one.
    expect(locateQuote(TEXT, "Hugo: \u201cWe leren van elkaar.\u201d")).toBeNull();
    expect(locateQuote(TEXT, "Caf\u00e9 Mijn Pad")).not.toBeNull();
    for (const changed of ["hugo: 'We leren van elkaar.'", "We leren van elkaar!", "Mijn Pad helpt jongeren,", "Mijn  Pad helpt jongens"]) {
      expect(locateQuote(TEXT, changed), changed).toBeNull();
    }
    expect(locateQuote(TEXT, "   ")).toBeNull();
  });

  it("splits sentences with their offsets", () => {
    for (const { sentence, start, end } of sentencesOf(TEXT)) expect(TEXT.slice(start, end)).toBe(sentence);
    expect(sentencesOf(TEXT).map((s) => s.sentence)).toContain("Dat is de kern.");
  });

  it("names the sentence closest to a quote it cannot find", () => {
    expect(closestSentence(TEXT, "Mijn Pad helpt ouders")).toBe("Café Mijn Pad helpt jongeren.");
    expect(closestSentence(TEXT, "De werkplaats SAMEN werkt aan opvoeden")).toBe("De werkplaats SAMEN werkt aan normaliseren.");
  });

  it("gives a quote's context: the sentences either side, at most CONTEXT_CHARACTERS", () => {
    const location = locateQuote(TEXT, "We leren van elkaar.");
    expect(location).not.toBeNull();
    const context = contextOf(TEXT, location as NonNullable<typeof location>);
    expect(context.before).toBe("De werkplaats SAMEN werkt aan normaliseren. Hugo: ‘");
    expect(context.after).toBe("’ Dat is de kern.");
    const long = `${"woord ".repeat(200)}Het citaat staat hier. ${"meer ".repeat(200)}`;
    const at = locateQuote(long, "Het citaat staat hier.") as NonNullable<ReturnType<typeof locateQuote>>;
    const cut = contextOf(long, at);
    expect(cut.before.startsWith("…")).toBe(true);
    expect(cut.after.endsWith("…")).toBe(true);
    expect(cut.before.length).toBeLessThanOrEqual(241);
  });
});

/** The rule as first written, character by character: the reference locateQuote must agree with. */
function referenceLocation(text: string, quote: string): { start: number; end: number } | null {
  const wanted = normaliseQuote(quote);
  if (wanted.length === 0) return null;
  const out: string[] = [];
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out.push(" ");
        offsets.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out.push(ch.replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"'));
    offsets.push(i);
  }
  const at = out.join("").indexOf(wanted);
  if (at < 0) return null;
  return { start: offsets[at] as number, end: (offsets[at + wanted.length - 1] as number) + 1 };
}

describe("Quotes: where a quote stands in its source's text", () => {
  it.each([
    ["verbatim", "Eerst dit. SAMEN werkt aan normaliseren. Dan dat.", "SAMEN werkt aan normaliseren.", { start: 11, end: 40 }],
    ["across a line break and a run of spaces", "Intro.\n\nSAMEN   werkt\naan normaliseren.", "SAMEN werkt aan normaliseren.", { start: 8, end: 39 }],
    ["after runs of whitespace that shift offsets", "A \n\t B\n\n\nC zegt “ja”.", 'C zegt "ja".', { start: 9, end: 21 }],
    ["with quote marks of another shape", "Zij noemt het ‘gewoon opvoeden’.", "'gewoon opvoeden'", { start: 14, end: 31 }],
    ["at its first occurrence", "Mijn Pad helpt. Mijn Pad helpt.", "Mijn Pad helpt.", { start: 0, end: 15 }],
    ["past characters outside the BMP", "😀  😀 Fonds Zee financiert Mijn Pad.", "Fonds Zee financiert Mijn Pad.", { start: 7, end: 37 }],
  ])("finds a quote %s", (_how, text, quote, location) => {
    expect(locateQuote(text, quote)).toEqual(location);
    expect(referenceLocation(text, quote)).toEqual(location);
  });

  it("finds nothing for a quote the text lacks, or a blank one", () => {
    expect(locateQuote("SAMEN werkt aan normaliseren.", "Samen werkt aan normaliseren.")).toBeNull();
    expect(locateQuote("SAMEN werkt.", " \n ")).toBeNull();
  });

  it("agrees with the character-by-character rule on random texts of whitespace, quote marks and letters", () => {
    const alphabet = ["a", "b", " ", "  ", "\n", "\r", "\t", "\u00a0", "\u2028", "’", "'", "“", '"', "«", "é", "e\u0301", "😀"];
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    const draw = (length: number) => Array.from({ length }, () => alphabet[next(alphabet.length)]).join("");
    for (let i = 0; i < 20_000; i++) {
      const text = draw(next(30));
      const from = next(text.length + 1);
      const quote = next(2) === 0 ? text.slice(from, from + next(12)) : draw(next(5));
      expect(locateQuote(text, quote), `${JSON.stringify(text)} ∋ ${JSON.stringify(quote)}`).toEqual(referenceLocation(text, quote));
    }
  });
});

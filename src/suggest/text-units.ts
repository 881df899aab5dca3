/**
 * A source's text as the suggester reads it: sentences and words, each with its offsets into the
 * stored text (UTF-16 code units, as quotes' offsets are counted), so that every quote the
 * suggester proposes is exactly `text.slice(start, end)` and passes `link`'s verification.
 *
 * Sentences and words come from Intl.Segmenter (Unicode's UAX #29, built into Node's ICU): it
 * runs offline, needs no package and keeps "Hanzehogeschool's" and "o.a." whole. A line without a
 * full stop (a heading, a list item) is a sentence of its own: the segmenter breaks at line ends.
 */

export interface Sentence {
  /** Exactly `text.slice(start, end)`: trimmed, never empty. */
  text: string;
  start: number;
  end: number;
  /** A line without closing punctuation, such as "Project 1: Leernetwerk Integraal werken". */
  heading: boolean;
}

export interface Word {
  /** As written. */
  surface: string;
  /** Compared form: no case or accents, a possessive 's (’s) dropped. */
  norm: string;
  start: number;
  end: number;
  /** Its first letter is a capital. */
  capitalised: boolean;
  /** Every letter is a capital (two letters or more): an abbreviation or a name written in capitals. */
  allCaps: boolean;
}

const SENTENCES = new Intl.Segmenter("nl", { granularity: "sentence" });
const WORDS = new Intl.Segmenter("nl", { granularity: "word" });

const POSSESSIVE = /['’]s$/u;

/** A word as compared: lowercase, no accents ("Fryslân" → "fryslan"), without a possessive 's. */
export const normaliseWord = (word: string): string =>
  word
    .replace(POSSESSIVE, "")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of SENTENCES.segment(text)) {
    // The segmenter ends a sentence only after its trailing spaces; one segment may also hold a
    // heading and the line after it when no line break is a paragraph break for it, so split at lines.
    let offset = index;
    for (const line of segment.split("\n")) {
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed.length > 0) {
        const start = offset + lead;
        sentences.push({ text: trimmed, start, end: start + trimmed.length, heading: !/[.!?:;'"’”…)]$/u.test(trimmed) });
      }
      offset += line.length + 1;
    }
  }
  return sentences;
}

export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  for (const { segment, index, isWordLike } of WORDS.segment(text.slice(from, to))) {
    if (!isWordLike) continue;
    const letters = segment.replace(/[^\p{L}]/gu, "");
    words.push({
      surface: segment,
      norm: normaliseWord(segment),
      start: from + index,
      end: from + index + segment.length,
      capitalised: /^\p{Lu}/u.test(segment),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    });
  }
  return words;
}

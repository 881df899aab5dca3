/**
 * What makes a quote evidence for its relationship, one rule for every door (seed files now, the
 * API's writes with issue 14): the quote names both ends, by name, alias or id, compared ignoring
 * case, accents and punctuation. Where the source calls an end "we", "de werkplaats" or the like,
 * the record says which words stand for it (`refers`), and those words must be in the quote.
 * A link the text only implies is marked `inferred`, with a note; it need not name its ends.
 */
import { normaliseName } from "./text.js";

export interface NamedEnd {
  id: string;
  name: string;
  aliases: readonly string[];
}

export type End = "from" | "to";

/** The ways a quote may name an end: its name, aliases and id (`mijn-pad` as "mijn pad"). */
const namesOf = (end: NamedEnd): string[] => [end.name, ...end.aliases, end.id].map(normaliseName).filter((n) => n.length > 0);

/** Whether `words` occurs in `text` as whole words (both already normalised). */
const containsWords = (text: string, words: string): boolean => ` ${text} `.includes(` ${words} `);

/**
 * The ends a quote fails to name, each with why: neither a name, alias or id of the end is in the
 * quote, nor the `refers` words given for it (which must themselves be in the quote).
 */
export function unnamedEnds(quote: string, ends: Record<End, NamedEnd>, refers: Partial<Record<End, string>> = {}): { end: End; problem: string }[] {
  const text = normaliseName(quote);
  const problems: { end: End; problem: string }[] = [];
  for (const end of ["from", "to"] as const) {
    const standIn = refers[end];
    if (standIn !== undefined) {
      if (!containsWords(text, normaliseName(standIn))) problems.push({ end, problem: `refers.${end} "${standIn}" is not in the quote` });
      continue;
    }
    if (!namesOf(ends[end]).some((name) => containsWords(text, name))) {
      problems.push({ end, problem: `the quote does not name "${ends[end].name}" (${end}); quote a sentence that names it, or say which word stands for it with refers: { ${end}: "<word in the quote>" }` });
    }
  }
  return problems;
}

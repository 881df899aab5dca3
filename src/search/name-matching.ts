/**
 * When typed text stands for a name, and how well: one rule for the in-process name index (which
 * finds the candidates) and for search's ranking (which orders them). Both sides are compared
 * normalised (normaliseName: no case, accents or punctuation).
 */
import { distance as levenshtein } from "fastest-levenshtein";

/**
 * Typos between two words: Levenshtein's edits, but two neighbouring letters swapped count as one
 * ("samne" for "samen"), the commonest slip in typing.
 */
export function typoDistance(a: string, b: string): number {
  const plain = levenshtein(a, b);
  if (plain < 2 || a.length !== b.length) return plain;
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i] ? 1 : plain;
}

/** `word` with each pair of neighbouring letters after the first swapped: the transpositions the name index looks up. */
export const swappedNeighbours = (word: string): string[] =>
  [...word].slice(1, -1).map((_, k) => {
    const i = k + 1;
    return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  });

/** Typos a word may have and still match: none below four letters, one, two from nine letters on. */
export const typosAllowed = (word: string): number => (word.length >= 9 ? 2 : word.length >= 4 ? 1 : 0);

/** A word's stem, for word endings ("normalisering" ~ "normaliseren"): all but its last three letters, from seven letters on. */
export const stemOf = (word: string): string | null => (word.length >= 7 ? word.slice(0, -3) : null);

/**
 * Typos a whole name may have and still count as typed whole ("mijn paad", "dialoog tafel"): one
 * per six letters, at least one; never in the first letter (the name index walks its words from it).
 */
export const nameTyposAllowed = (typed: string): number => Math.max(1, Math.floor(typed.length / 6));

/** Whether a typed word stands for a word of a name: the same, its beginning, its stem, or it with allowed typos. */
export function wordMatches(typed: string, word: string): boolean {
  if (word.startsWith(typed)) return true;
  const stem = stemOf(typed);
  if (stem !== null && word.startsWith(stem)) return true;
  const typos = typosAllowed(typed);
  return typos > 0 && Math.abs(typed.length - word.length) <= typos && typoDistance(typed, word) <= typos;
}

/** The highest name boost, given only to the whole name (or alias) typed. */
export const WHOLE_NAME_BOOST = 5;

/**
 * How well `typed` names a thing of these `names` (both normalised): 5 for the whole name; 4 for the
 * whole name but for a typo after its first letter (nameTyposAllowed) or with each of its words typed loosely (wordMatches),
 * in any order ("kwetsbaar gezin" is "Kwetsbare gezinnen", and comes before "Gezin aan Zet");
 * 3 to 4 for its beginning, more the more of the name was typed ("mijn p" prefers "Mijn Pad" to
 * "Mijn Pad train-de-trainer"); 1.5 to 2 when every typed word stands for a word inside the name,
 * more the more of the name's words were typed ("mijn p" in "Ontdek Mijn Pad!"); else 1. The best
 * of name, English name and aliases counts.
 */
export function nameBoostOfNormalised(typed: string, names: readonly string[]): number {
  const typedWords = typed.split(" ").filter(Boolean);
  return nameBoostBy(typed, typedWords, names, (i, word) => wordMatches(typedWords[i] ?? "", word));
}

/**
 * nameBoostOfNormalised with the word rule given: `matches(i, word)` says whether the i-th typed
 * word stands for `word` (the name index answers it from the words it found for the typed word,
 * without comparing letters again).
 */
export function nameBoostBy(typed: string, typedWords: readonly string[], names: readonly string[], matches: (typedWord: number, word: string) => boolean): number {
  let best = 1;
  const typos = nameTyposAllowed(typed);
  for (const name of names) {
    if (name === typed) return WHOLE_NAME_BOOST;
    // Only the whole name typed beats 4; keep looking for it.
    if (best >= 4) continue;
    if (name[0] === typed[0] && Math.abs(name.length - typed.length) <= typos && typoDistance(name, typed) <= typos) best = 4;
    if (name.startsWith(typed)) best = Math.max(best, 3 + typed.length / name.length);
    if (typedWords.length === 0) continue;
    const words = name.split(" ");
    if (typedWords.every((_, i) => words.some((w) => matches(i, w)))) {
      const typed = words.filter((w) => typedWords.some((_, i) => matches(i, w))).length;
      best = Math.max(best, typed === words.length ? 4 : 1.5 + typed / words.length / 2);
    }
  }
  return best;
}

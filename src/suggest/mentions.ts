/**
 * Where a text names entities the graph knows: by name, translated name or alias, ignoring case
 * and accents, forgiving Dutch inflection ("kwetsbare gezinnen" for Kwetsbaar gezin, "werkplaatsen"),
 * a possessive ("Hanzehogeschool's") and a typo in a long word. Names compared as search compares
 * them (normaliseName, name-matching.ts's stems and typo distance), but stricter, as running text
 * is not a search box: one typo from six letters, two from nine, none in the first letter; and a
 * one-word name of a proper-name type keeps its capitals ("Kennis" the person, not "kennis";
 * "SAMEN" the network, not "samen").
 */
import { normaliseName } from "../model/text.js";
import { stemOf, typoDistance } from "../search/name-matching.js";
import type { Word } from "./text-units.js";

/** An entity as the suggester knows it: id, label and the names as stored (name, translations, aliases). */
export interface KnownEntity {
  id: string;
  label: string;
  name: string;
  names: readonly string[];
  /** Its `kind`, where its type has one (a network's WORKPLACE, PROGRAMME, ...). */
  kind?: string | null;
}

export interface Mention {
  /** The entity's id, when the graph knows it. */
  id: string;
  label: string;
  name: string;
  kind?: string | null;
  /** The words of the text that name it, exactly as written, and where. */
  surface: string;
  start: number;
  end: number;
  /** Index of its first and last word in the text's words. */
  first: number;
  last: number;
  /**
   * How it was found: `name` (a name or alias), `stand-in` ("deze werkplaats"), `paraphrase` (a
   * theme's words, not its name: theme-words.ts), or a pattern for a new entity.
   */
  how: "name" | "stand-in" | "paraphrase" | "pattern";
}

/** Labels whose names are common nouns ("Normaliseren", "Preventie"): a one-word name of these matches in any case. */
export const COMMON_NOUN_LABELS: ReadonlySet<string> = new Set(["Theme"]);

/** Endings Dutch adds to a word of a name: plural, genitive, adjective inflection. */
const ENDINGS = ["s", "e", "en", "n", "es", "er", "ers"];

/** Whether a word of the text stands for a word of a name (both in compared form). */
export function wordStandsFor(word: string, nameWord: string): boolean {
  if (word === nameWord) return true;
  if (word.length > nameWord.length && nameWord.length >= 3 && ENDINGS.some((ending) => word === nameWord + ending)) return true;
  if (word[0] !== nameWord[0] || nameWord.length < 6) return false;
  const stem = stemOf(nameWord);
  if (stem !== null && word.startsWith(stem) && Math.abs(word.length - nameWord.length) <= 3) return true;
  const typos = nameWord.length >= 9 ? 2 : 1;
  return Math.abs(word.length - nameWord.length) <= typos && typoDistance(word, nameWord) <= typos;
}

interface NameForm {
  entity: KnownEntity;
  words: string[];
  /** A one-word name the text must write in capitals ("SAMEN") or with a capital ("Pannebakker"). */
  caps: "all" | "first" | null;
}

/** The forms to look for, indexed by the first letter of the name's first word. */
export class NameForms {
  private readonly byFirstLetter = new Map<string, NameForm[]>();

  constructor(entities: Iterable<KnownEntity>) {
    for (const entity of entities) {
      const seen = new Set<string>();
      for (const name of entity.names) {
        const normalised = normaliseName(name);
        if (normalised.length < 2 || seen.has(normalised)) continue;
        seen.add(normalised);
        const words = normalised.split(" ");
        const letters = name.replace(/[^\p{L}]/gu, "");
        const oneWord = words.length === 1 && !COMMON_NOUN_LABELS.has(entity.label);
        const caps = !oneWord ? null : letters.length >= 2 && letters === letters.toUpperCase() ? "all" : /^\p{Lu}/u.test(name) ? "first" : null;
        // A one-word lowercase alias of a proper name ("horizon") or a name of two letters is too common to trust.
        if (oneWord && (caps === null || letters.length < 3) && !(caps === "all" && letters.length >= 2)) continue;
        const key = (words[0] as string).charAt(0);
        const forms = this.byFirstLetter.get(key) ?? [];
        forms.push({ entity, words, caps });
        this.byFirstLetter.set(key, forms);
      }
    }
  }

  /** The forms whose first word may stand at a word beginning with this letter. */
  startingWith(letter: string): readonly NameForm[] {
    return this.byFirstLetter.get(letter) ?? [];
  }
}

/**
 * The known entities the words name: every match, then overlaps settled for the longest (a name
 * inside a longer one, "Groningen" in "Hanzehogeschool Groningen", is not a mention of its own).
 * Two entities named by the same words are both kept: the suggester lowers its confidence for them.
 */
export function findMentions(text: string, words: readonly Word[], forms: NameForms): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    for (const form of forms.startingWith(word.norm.charAt(0))) {
      const n = form.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = wordStandsFor((words[i + k] as Word).norm, form.words[k] as string);
      if (!ok) continue;
      if (form.caps === "all" && !word.allCaps) continue;
      if (form.caps === "first" && !word.capitalised) continue;
      const last = words[i + n - 1] as Word;
      found.push({ id: form.entity.id, label: form.entity.label, name: form.entity.name, kind: form.entity.kind ?? null, surface: text.slice(word.start, last.end), start: word.start, end: last.end, first: i, last: i + n - 1, how: "name" });
    }
  }
  return settleOverlaps(found);
}

/** The longest mentions first; a mention overlapping a longer one is dropped, one of the same words kept. */
export function settleOverlaps(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of byLength) {
    if (kept.some((k) => k.id === m.id && k.start === m.start && k.end === m.end)) continue;
    const clash = kept.some((k) => m.start < k.end && k.start < m.end && !(k.start === m.start && k.end === m.end));
    if (!clash) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

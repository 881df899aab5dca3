/**
 * Themes a sentence speaks of without naming them: "bestaande kennis en innovaties optimaal
 * benutten" for Leren en implementeren, whose alias is "kennis benutten". The words come from the
 * graph (each theme's name, translated name and aliases), not from lists written for a text: a name
 * or alias of two content words or more counts as said when every one of its content words stands,
 * by a light Dutch stem, in one stretch of the sentence, in any order and with other words
 * between. The stretch from the first of those words to the last is the mention, so a suggestion's
 * `refers` names those words. Descriptions are left out: in this graph they are English, and a
 * Dutch text shares no content words with them.
 */
import { normaliseName } from "../model/text.js";
import { COMMON_NOUN_LABELS, wordStandsFor, type KnownEntity, type Mention } from "./mentions.js";
import type { Word } from "./text-units.js";

/** Function words of Dutch and English that say nothing of a theme ("zorg voor kwetsbare zwangeren"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...["de", "het", "een", "en", "of", "van", "in", "op", "voor", "met", "bij", "om", "rond", "aan", "te", "tot", "door", "uit", "naar", "over", "als"],
  ...["the", "a", "an", "and", "or", "of", "in", "on", "for", "with", "by", "to", "at", "from", "about"],
]);

/** Endings a light Dutch stemmer strips, longest first: plural, verb, nominalisation. */
const SUFFIXES = ["heden", "heid", "ingen", "aties", "atie", "ing", "eren", "ende", "end", "en", "e", "s"];

/** A light Dutch stem: one ending off (leaving four letters or more), a doubled final consonant undoubled ("benutten" → "benut"). */
export function dutchStem(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      stem = word.slice(0, -suffix.length);
      break;
    }
  }
  return /([bcdfgklmnprstvz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** Words of the text stand for a content word of a theme's name: the same stem, or as names match (inflection, typo). */
const standsFor = (word: string, content: { word: string; stem: string }): boolean => dutchStem(word) === content.stem || wordStandsFor(word, content.word);

/** How many words a stretch may span: a clause, not a paragraph. */
const SPAN = 10;

export interface ThemeWords {
  entity: KnownEntity;
  /** The name or alias the words come from. */
  form: string;
  content: { word: string; stem: string }[];
}

/** The content words of every name and alias of two content words or more, of the labels whose names are common nouns. */
export function themeWords(entities: readonly KnownEntity[]): ThemeWords[] {
  const result: ThemeWords[] = [];
  for (const entity of entities) {
    if (!COMMON_NOUN_LABELS.has(entity.label)) continue;
    for (const form of new Set(entity.names)) {
      const content = normaliseName(form)
        .split(" ")
        .filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w))
        .map((word) => ({ word, stem: dutchStem(word) }));
      if (content.length >= 2) result.push({ entity, form, content });
    }
  }
  return result;
}

/** Mentions of themes by their words, in one sentence's words, not overlapping what is already named there. */
export function paraphrasedThemes(text: string, sentenceWords: readonly Word[], offset: number, themes: readonly ThemeWords[], named: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const theme of themes) {
    if (named.some((m) => m.id === theme.entity.id) || found.some((m) => m.id === theme.entity.id)) continue;
    const positions = theme.content.map((c) => sentenceWords.findIndex((w) => standsFor(w.norm, c)));
    if (positions.some((p) => p < 0) || new Set(positions).size < positions.length) continue;
    const first = Math.min(...positions);
    const last = Math.max(...positions);
    if (last - first >= SPAN) continue;
    const start = (sentenceWords[first] as Word).start;
    const end = (sentenceWords[last] as Word).end;
    if (named.some((m) => start < m.end && m.start < end)) continue;
    found.push({ id: theme.entity.id, label: theme.entity.label, name: theme.entity.name, kind: theme.entity.kind ?? null, surface: text.slice(start, end), start, end, first: offset + first, last: offset + last, how: "paraphrase" });
  }
  return found;
}

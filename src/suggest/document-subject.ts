/**
 * What a text is about: the network or practice it names most, counting a name in its opening
 * lines (title, lead) double. "We", "ons", and a stand-in with nothing of its kind named before it
 * ("de werkplaats" in a workplace's own profile) usually stand for it. General: nothing here is
 * written for one text; the only knowledge is which labels a text can be "about" and the pronouns.
 */
import type { Mention } from "./mentions.js";

/** The labels a profile or interview is about. */
export const SUBJECT_LABELS: ReadonlySet<string> = new Set(["Network", "Practice"]);

/** First-person plural words that, outside a quoted speaker's own organisation, stand for the text's subject. */
export const WE_WORDS: ReadonlySet<string> = new Set(["we", "wij", "ons", "onze"]);

/** Sentences counted as the text's opening (title and lead). */
const OPENING = 4;

/** The mention (its first) of the entity the text is about, or null when no network or practice is named twice. */
export function documentSubject<M extends Mention>(named: readonly M[], sentenceOf: (offset: number) => number): M | null {
  const score = new Map<string, { first: M; score: number; count: number }>();
  for (const m of named) {
    if (m.how !== "name" || !SUBJECT_LABELS.has(m.label)) continue;
    const entry = score.get(m.id) ?? { first: m, score: 0, count: 0 };
    entry.count += 1;
    entry.score += sentenceOf(m.start) < OPENING ? 2 : 1;
    score.set(m.id, entry);
  }
  const ranked = [...score.values()].filter((e) => e.count >= 2).sort((a, b) => b.score - a.score || a.first.start - b.first.start);
  return ranked[0]?.first ?? null;
}

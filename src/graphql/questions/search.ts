/**
 * search: full-text over names, aliases and descriptions (index `entity_search`, analyzer
 * 'standard-folding': case- and accent-insensitive). The user's text is reduced to plain words
 * before it becomes a Lucene query, so Lucene syntax in it can never cause an error; each word
 * matches exactly, as a prefix ("mijn p"), by its stem ("normalisering" ~ "normaliseren") and
 * with a typo or two. Lucene ranks by how often the words occur; people typing a name expect the
 * entity whose name (or alias) IS or BEGINS WITH what they typed first, so the index's candidates
 * (no more than searchCandidates) are re-ranked by that before the limit applies. How well that
 * works is measured on test/search-ranking/queries.yaml (README, "How well search ranks").
 */
import { distance } from "fastest-levenshtein";
import { SEARCH_INDEX } from "../../db/graph-schema.js";
import { labelOf } from "../../model/graph-model.js";
import type { QueryResolvers, SearchHitResolvers } from "../__generated__/types.js";
import { assertInRange, badUserInput } from "../errors.js";
import type { EntityRow, SearchHitRow } from "../models.js";
import { normaliseName } from "../../model/text.js";
import { entityField } from "./entity-fields.js";

export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $indexCandidates}) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN node {.*} AS entity, score
ORDER BY score DESC, node.name
LIMIT $candidates`;

/**
 * What one search may ask. Each word becomes fuzzy and prefix clauses, whose cost in Lucene grows
 * with the word's length (a 1000-letter word's automaton is "too large", an internal error) and
 * with their number; no name needs more.
 */
export const SEARCH_TEXT_LIMITS = { characters: 200, words: 12, wordLength: 40 } as const;

/** Refuses search text beyond SEARCH_TEXT_LIMITS with BAD_USER_INPUT saying which limit; returns its words. */
export function searchWords(text: string): string[] {
  const { characters, words: maxWords, wordLength } = SEARCH_TEXT_LIMITS;
  if (text.length > characters) throw badUserInput(`Argument "text" is ${text.length} characters long; search text may have at most ${characters}.`, "text");
  const words = normaliseName(text).split(" ").filter(Boolean);
  if (words.length > maxWords) throw badUserInput(`Argument "text" has ${words.length} words; search text may have at most ${maxWords}.`, "text");
  const long = words.find((word) => word.length > wordLength);
  if (long) throw badUserInput(`Argument "text" has a word of ${long.length} letters ("${long.slice(0, 20)}…"); words may have at most ${wordLength}.`, "text");
  return words;
}

/** Typos a word may have and still match: none below four letters, one, two from nine letters on. */
const typosAllowed = (word: string): number => (word.length >= 9 ? 2 : word.length >= 4 ? 1 : 0);

/** A word's stem, for word endings ("normalisering" ~ "normaliseren"): all but its last three letters, from seven letters on. */
const stemOf = (word: string): string | null => (word.length >= 7 ? word.slice(0, -3) : null);

/** Whether a typed word stands for a word of a name: the same, its beginning, its stem, or it with allowed typos. */
function wordMatches(typed: string, word: string): boolean {
  if (word.startsWith(typed)) return true;
  const stem = stemOf(typed);
  if (stem !== null && word.startsWith(stem)) return true;
  const typos = typosAllowed(typed);
  return typos > 0 && distance(typed, word) <= typos;
}

/** The highest name boost, given only to the whole name (or alias) typed. */
export const WHOLE_NAME_BOOST = 5;

/**
 * How much a name match multiplies the Lucene score (typed text and names normalised): 5 for the
 * whole name; 4 for the whole name but for a typo (one per six letters typed) or with each of its
 * words typed loosely (wordMatches), in any order ("kwetsbaar gezin" is "Kwetsbare gezinnen", and
 * comes before "Gezin aan Zet", which Lucene prefers for its exact "gezin"); 3 to 4 for its
 * beginning, more the more of the name was typed ("mijn p" prefers "Mijn Pad" to "Mijn Pad
 * train-de-trainer"); 1.5 to 2 when every typed word stands for a word inside the name, more the
 * more of the name's words were typed ("mijn p" in "Ontdek Mijn Pad!"); else 1. The best of name,
 * English name and aliases counts. Exported for unit tests.
 */
export function nameBoost(typed: string, names: readonly (string | null)[]): number {
  const typedWords = typed.split(" ").filter(Boolean);
  let best = 1;
  for (const raw of names) {
    if (!raw) continue;
    const name = normaliseName(raw);
    if (name === typed) return WHOLE_NAME_BOOST;
    if (distance(name, typed) <= Math.max(1, Math.floor(typed.length / 6))) best = Math.max(best, 4);
    if (name.startsWith(typed)) best = Math.max(best, 3 + typed.length / name.length);
    const words = name.split(" ");
    if (typedWords.length > 0 && typedWords.every((t) => words.some((w) => wordMatches(t, w)))) {
      const typedShare = words.filter((w) => typedWords.some((t) => wordMatches(t, w))).length / words.length;
      best = Math.max(best, typedShare === 1 ? 4 : 1.5 + typedShare / 2);
    }
  }
  return best;
}

/**
 * Lucene query for `text`; null when the text has no word characters. Each word matches exactly
 * (boosted), with its allowed typos and by its stem (typosAllowed, stemOf); the last word also as
 * a prefix, for type-ahead. Fuzzy and prefix clauses are what cost Lucene time, so words get only
 * those they need. Exported for unit tests.
 */
export function toLuceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words
    .map((word, i) => {
      const clauses = [`${word}^4`];
      if (i === words.length - 1) clauses.push(`${word}*^2`);
      const typos = typosAllowed(word);
      if (typos > 0) clauses.push(`${word}~${typos}`);
      const stem = stemOf(word);
      if (stem !== null) clauses.push(`${stem}*`);
      return `(${clauses.join(" OR ")})`;
    })
    .join(" ");
}

/**
 * The order of hits: first a thing (not a source) whose whole name or alias was typed, so that no
 * word count in a document can put it second; then by the Lucene score, relative to the best
 * candidate's, times the name boost. A source document's title counts for half as much as a
 * thing's name (of its boost above 1): "regionaal leernetwerk" finds the network before the chapter
 * titled "Regionaal Leernetwerk Jeugd – three best practices", yet "jong helpt jong" finds the
 * article of that title. The result is the hit's `score`, so scores fall as the list goes on.
 * Exported for unit tests.
 */
export function rankScore(relevance: number, boost: number, isSource: boolean): number {
  if (isSource) return relevance * (1 + (boost - 1) / 2);
  return (boost === WHOLE_NAME_BOOST ? WHOLE_NAME_BOOST : 0) + relevance * boost;
}

/** How many hits to re-rank for a given `limit`. Exported for the benchmark's raw Cypher. */
export const searchCandidates = (limit: number): number => Math.max(limit * 3, 30);

export const search: QueryResolvers["search"] = async (_parent, args, context) => {
  const limit = assertInRange("limit", args.limit, 1, 100);
  const lucene = toLuceneQuery(args.text);
  // Text of only punctuation and Lucene operators names nothing: no hits, rather than an error.
  if (lucene === null) return [];
  const labels = args.types?.length ? args.types.map(labelOf) : null;
  // Re-ranking and type filtering happen after the index lookup, so ask the index for more.
  const candidates = searchCandidates(limit);
  const result = await context.read<SearchHitRow>(SEARCH, {
    index: SEARCH_INDEX,
    lucene,
    labels,
    candidates,
    indexCandidates: labels ? candidates * 10 : candidates,
  });
  const typed = normaliseName(args.text);
  // A source document is looked up by its title too, but rankScore keeps it below a thing of that name:
  // "SAMEN" finds the network SAMEN before the article titled "SAMEN".
  const namesOf = (entity: EntityRow) => [entity.name, "nameEn" in entity ? entity.nameEn : null, ...entity.aliases];
  const best = Math.max(...result.records.map((r) => r.get("score")));
  return result.records
    .map((r) => {
      const entity = r.get("entity");
      return { entity, score: rankScore(r.get("score") / best, nameBoost(typed, namesOf(entity)), entity.type === "SOURCE") };
    })
    .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id))
    .slice(0, limit);
};

export const searchHitResolvers: SearchHitResolvers = {
  entity: entityField((hit: SearchHitRow) => hit.entity),
};

/**
 * search: full-text over names, aliases and descriptions (index `entity_search`, analyzer
 * 'standard-folding': case- and accent-insensitive). The user's text is reduced to plain words
 * before it becomes a Lucene query, so Lucene syntax in it can never cause an error; each word
 * matches exactly, as a prefix ("mijn p"), by its stem ("normalisering" ~ "normaliseren") and
 * with a typo or two. Lucene ranks by how often the words occur; people typing a name expect the
 * entity whose name (or alias) IS or BEGINS WITH what they typed first, so the index's candidates
 * are re-ranked by that before the limit applies.
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

/**
 * How much a name match multiplies the Lucene score (typed text and names normalised): 5 for the
 * whole name; 4 for the whole name but for a typo (one per six letters typed); 2 to 4 for its beginning, more the more of the name was typed ("mijn p" prefers
 * "Mijn Pad" to "Mijn Pad train-de-trainer"); 1.5 for a run of words inside it; else 1.
 * The best of name, English name and aliases counts. Exported for unit tests.
 */
export function nameBoost(typed: string, names: readonly (string | null)[]): number {
  let best = 1;
  for (const raw of names) {
    if (!raw) continue;
    const name = normaliseName(raw);
    if (name === typed) return 5;
    if (distance(name, typed) <= Math.max(1, Math.floor(typed.length / 6))) best = Math.max(best, 4);
    if (name.startsWith(typed)) best = Math.max(best, 2 + (2 * typed.length) / name.length);
    else if (` ${name}`.includes(` ${typed}`)) best = Math.max(best, 1.5);
  }
  return best;
}

/**
 * Lucene query for `text`; null when the text has no word characters. Each word matches exactly
 * (boosted), with one typo (two from nine letters on) and, from seven letters on, by its stem (all
 * but the last three letters, for word endings); the last word also as a prefix, for type-ahead.
 * Fuzzy and prefix clauses are what cost Lucene time, so words get only those they need.
 * Exported for unit tests.
 */
export function toLuceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words
    .map((word, i) => {
      const clauses = [`${word}^4`];
      if (i === words.length - 1) clauses.push(`${word}*^2`);
      if (word.length >= 4) clauses.push(`${word}~${word.length >= 9 ? 2 : 1}`);
      if (word.length >= 7) clauses.push(`${word.slice(0, -3)}*`);
      return `(${clauses.join(" OR ")})`;
    })
    .join(" ");
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
  // The name boost is for things people look up by name; a source document is found by its words,
  // not promoted by its title, so "SAMEN" finds the network SAMEN before the article titled "SAMEN".
  const namesOf = (entity: EntityRow) => (entity.type === "SOURCE" ? [] : [entity.name, "nameEn" in entity ? entity.nameEn : null, ...entity.aliases]);
  return result.records
    .map((r) => ({ entity: r.get("entity"), score: r.get("score") * nameBoost(typed, namesOf(r.get("entity"))) }))
    .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id))
    .slice(0, limit);
};

export const searchHitResolvers: SearchHitResolvers = {
  entity: entityField((hit: SearchHitRow) => hit.entity),
};

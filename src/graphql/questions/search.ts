/**
 * search: type-ahead over names first, then descriptions.
 *
 * Names (name, English name, aliases) are looked up in the process's name index (src/search/):
 * whole name, then beginning (a half-typed last word), then words loosely typed (stem, typo), by
 * name-matching.ts's boost. One statement then reads the hits' stored fields, the graph's version
 * (an index behind it catches up and is asked again: a write anywhere is seen by the next search)
 * and, when names find nothing (or, with `descriptions: true`, do not fill `limit`), the full-text
 * index `entity_search` for descriptions (analyzer 'standard-folding': case- and accent-insensitive).
 * Lucene costs a type-ahead request as much again as the rest of it (BENCHMARKS.md), so it is asked
 * only when names leave the answer empty, or the caller wants descriptions. Lucene syntax in the
 * text is reduced to plain words first, so it can never cause an error.
 * How well it ranks is measured on test/search-ranking/queries.yaml (README, "How well search ranks").
 */
import { SEARCH_INDEX } from "../../db/graph-schema.js";
import { ENTITY_LABEL, labelOf, namesOf } from "../../model/graph-model.js";
import { normaliseName } from "../../model/text.js";
import type { HitScore, NameHit } from "../../search/name-index.js";
import { WHOLE_NAME_BOOST, nameBoostOfNormalised, stemOf, typosAllowed } from "../../search/name-matching.js";
import { GRAPH_VERSION, graphVersionOf } from "../../writes/revisions.js";
import type { QueryResolvers, SearchHitResolvers } from "../__generated__/types.js";
import { assertInRange, badUserInput } from "../errors.js";
import type { EntityRow, SearchHitRow } from "../models.js";
import { entityField } from "./entity-fields.js";

export { WHOLE_NAME_BOOST } from "../../search/name-matching.js";

/**
 * The name index's hits (`$ids`, best first) with their stored fields, the graph's version, and,
 * when `$lucene` is not null, the full-text index's best other candidates.
 */
export const SEARCH = `
CALL { ${GRAPH_VERSION} }
CALL {
  UNWIND $ids AS id
  MATCH (n:${ENTITY_LABEL} {id: id})
  RETURN collect(n {.*}) AS named
}
CALL {
  UNWIND CASE WHEN $lucene IS NULL THEN [] ELSE [$lucene] END AS lucene
  CALL db.index.fulltext.queryNodes($index, lucene, {limit: $indexCandidates}) YIELD node, score
  WHERE ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)) AND NOT node.id IN $ids
  WITH node, score
  ORDER BY score DESC, node.name
  LIMIT $candidates
  RETURN collect({entity: node {.*}, score: score}) AS described
}
RETURN revision, at, named, described`;

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
 * How much a name match multiplies a hit's relevance: nameBoostOfNormalised (src/search/name-matching.ts)
 * on the typed text and the names as stored. Exported for unit tests and the benchmark.
 */
export function nameBoost(typed: string, names: readonly (string | null)[]): number {
  return nameBoostOfNormalised(typed, names.filter((n): n is string => typeof n === "string").map(normaliseName));
}

/**
 * Lucene query for `text`; null when the text has no word characters. Each word matches exactly
 * (boosted), with its allowed typos and by its stem (typosAllowed, stemOf); the last word also as
 * a prefix, for type-ahead. Fuzzy and prefix clauses are what cost Lucene time, so words get only
 * those they need. `typeAhead: false` leaves out the typos and the prefix: for descriptions behind
 * the name index, which forgives both in names, where they would cost milliseconds a keystroke.
 * Exported for unit tests.
 */
export function toLuceneQuery(text: string, { typeAhead = true }: { typeAhead?: boolean } = {}): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words
    .map((word, i) => {
      const clauses = [`${word}^4`];
      if (typeAhead && i === words.length - 1) clauses.push(`${word}*^2`);
      const allowed = typeAhead ? typosAllowed(word) : 0;
      if (allowed > 0) clauses.push(`${word}~${allowed}`);
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

/** rankScore's highest: a thing's whole name, with a relevance of 1. */
const HIGHEST_RANK_SCORE = 2 * WHOLE_NAME_BOOST;

/**
 * The parameters of SEARCH for the name index's `hits`: the full-text index is asked only when they
 * are none, or when `descriptions` are wanted and they do not fill `limit`.
 */
export function searchParameters(text: string, hits: readonly NameHit[], limit: number, types: readonly string[] | null, descriptions: boolean): Record<string, unknown> {
  const labels = types?.length ? types.map(labelOf) : null;
  const candidates = searchCandidates(limit);
  return {
    ids: hits.map((hit) => hit.id),
    lucene: hits.length === 0 || (descriptions && hits.length < limit) ? toLuceneQuery(text, { typeAhead: false }) : null,
    index: SEARCH_INDEX,
    labels,
    candidates,
    indexCandidates: labels ? candidates * 10 : candidates,
  };
}

/** The order of name hits: rankScore on their relevance and boost. */
export const nameHitScore: HitScore = (boost, relevance, type) => rankScore(relevance, boost, type === "SOURCE");

/**
 * SEARCH's answer, ranked: the name hits in the index's order (nameHitScore), those no longer in
 * the graph left out; then the full-text hits by their relevance
 * times their name boost, scaled below any name hit.
 */
export function rankedHits(typed: string, hits: readonly NameHit[], named: readonly EntityRow[], described: readonly SearchHitRow[], limit: number): SearchHitRow[] {
  const rows = new Map(named.map((row) => [row.id, row]));
  const byName = hits
    .flatMap((hit) => {
      const entity = rows.get(hit.id);
      return entity ? [{ entity, score: hit.score }] : [];
    });
  const best = Math.max(...described.map((hit) => hit.score));
  // Below every name hit: scaled into (0, 1], and into (0, the last name hit's score] when that is lower.
  const ceiling = Math.min(1, byName.at(-1)?.score ?? 1) / HIGHEST_RANK_SCORE;
  const byDescription = described
    .map(({ entity, score }) => ({ entity, score: ceiling * rankScore(score / best, nameBoost(typed, namesOf(entity)), entity.type === "SOURCE") }))
    .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
  return [...byName, ...byDescription].slice(0, limit);
}

export const search: QueryResolvers["search"] = async (_parent, args, context) => {
  const limit = assertInRange("limit", args.limit, 1, 100);
  const typed = searchWords(args.text).join(" ");
  // Text of only punctuation and Lucene operators names nothing: no hits, rather than an error.
  if (typed === "") return [];
  const types = args.types?.length ? new Set<string>(args.types) : null;
  let { index, version } = await context.names.now();
  // A second try only after the index caught up with a version it had not seen: a write since is left to the next search.
  for (let attempt = 1; ; attempt++) {
    const hits = index.search(typed, limit, nameHitScore, types);
    const result = await context.read<{ revision: number | null; at: number | null; named: EntityRow[]; described: SearchHitRow[] }>(
      SEARCH,
      searchParameters(args.text, hits, limit, args.types ?? null, args.descriptions ?? false),
    );
    const record = result.records[0];
    if (!record) throw new Error("SEARCH returned no row");
    const seen = graphVersionOf(record.get("revision"), record.get("at"));
    if (seen.tag === version.tag || attempt === 2) return rankedHits(typed, hits, record.get("named"), record.get("described"), limit);
    ({ index, version } = await context.names.catchUp(seen));
  }
};

export const searchHitResolvers: SearchHitResolvers = {
  entity: entityField((hit: SearchHitRow) => hit.entity),
};

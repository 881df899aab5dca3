/**
 * search: full-text over names, aliases and descriptions (index `entity_search`, analyzer
 * 'standard-folding': case- and accent-insensitive). The user's text is reduced to plain words
 * before it becomes a Lucene query, so Lucene syntax in it can never cause an error; each word
 * matches exactly, as a prefix ("mijn p"), by its stem ("normalisering" ~ "normaliseren") and
 * with a typo or two.
 */
import { SEARCH_INDEX, labelOf } from "../../db/graph-model.js";
import type { QueryResolvers, SearchHitResolvers } from "../__generated__/types.js";
import { assertInRange, badUserInput } from "../errors.js";
import type { SearchHitRow } from "../models.js";
import { normaliseName } from "../vocabulary.js";
import { entityById } from "./entity-fields.js";

export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN node.id AS entityId, score
ORDER BY score DESC, node.name
LIMIT $limit`;

const MAX_WORDS = 12;

/** Lucene query for `text`; null when the text has no word characters. Exported for unit tests. */
export function toLuceneQuery(text: string): string | null {
  const words = normaliseName(text).split(" ").filter(Boolean).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const clauses = [`${word}^4`, `${word}*^2`];
      if (word.length >= 4) clauses.push(`${word}~${word.length >= 7 ? 2 : 1}`);
      if (word.length >= 7) clauses.push(`${word.slice(0, -3)}*`);
      return `(${clauses.join(" OR ")})`;
    })
    .join(" ");
}

export const search: QueryResolvers["search"] = async (_parent, args, context) => {
  const limit = assertInRange("limit", args.limit, 1, 100);
  const lucene = toLuceneQuery(args.text);
  if (lucene === null) {
    throw badUserInput(`Argument "text" must contain at least one letter or digit; got ${JSON.stringify(args.text)}.`, "text");
  }
  const labels = args.types?.length ? args.types.map(labelOf) : null;
  const result = await context.read<SearchHitRow>(SEARCH, {
    index: SEARCH_INDEX,
    lucene,
    labels,
    limit,
    // Type filtering happens after the index lookup, so ask the index for more.
    candidates: labels ? limit * 20 : limit,
  });
  return result.records.map((r) => ({ entityId: r.get("entityId"), score: r.get("score") }));
};

export const searchHitResolvers: SearchHitResolvers = {
  entity: entityById((hit: SearchHitRow) => hit.entityId),
};

/**
 * suggestFacts: candidate facts in a source's text, for the editor's desk (src/suggest/ finds
 * them). Editors only: the answer is built from the source's whole text, which its licence lets us
 * keep for verifying and quoting, not hand out (DESIGN.md); the same check as writes (an editor's
 * token), and an editor's answers are never cached. Its cost is bounded by the stored text's size
 * (at most 500,000 characters), the name index's candidates per word, and `limit`.
 *
 * Four reads: the source and its current text; the entities the name index finds for the text's
 * words (their names, type and kind), and every theme, as a text may speak of a theme in words of
 * its aliases that the name index does not join (theme-words.ts); the relationships already among
 * them, with their sources; how often other sources state each type between two node types.
 */
import { ENTITY_LABEL, GRAPH_MODEL, NAME_FIELDS, RELATIONSHIP_TYPES, SOURCE_LABEL, labelOf, namesOf } from "../../model/graph-model.js";
import { COMMON_NOUN_LABELS, type KnownEntity } from "../../suggest/mentions.js";
import { suggestFacts as suggest, type SuggestedEnd } from "../../suggest/suggest-facts.js";
import { wordsOf } from "../../suggest/text-units.js";
import type { QueryResolvers } from "../__generated__/types.js";
import { assertInRange, badUserInput, notFound } from "../errors.js";
import { EDITOR_ROLE, assertRole } from "../writes/write-access.js";

export const MAX_SUGGESTIONS = 500;

/** The node named, its type, and for a Source its current text and version. */
export const SOURCE_TEXT = `
MATCH (n:${ENTITY_LABEL} {id: $source})
OPTIONAL MATCH (t:SourceText {hash: n.contentHash}) WHERE n:${SOURCE_LABEL}
RETURN n.type AS type, n:${SOURCE_LABEL} AS isSource, n.contentHash AS contentHash, t.text AS text`;

// Field names and labels come from the graph model and the suggester, never from input. Themes
// are few (a label scan); the rest by id, through the id index.
export const CANDIDATES = `
CALL () {
  MATCH (n:${ENTITY_LABEL}) WHERE n.id IN $ids AND NOT n:${SOURCE_LABEL} RETURN n
${[...COMMON_NOUN_LABELS].map((label) => `  UNION\n  MATCH (n:${ENTITY_LABEL}:${label}) RETURN n`).join("\n")}
}
RETURN n {.id, .type, .kind, ${NAME_FIELDS.map((f) => `.${f}`).join(", ")}} AS entity`;

/** Who states what among the candidates: one row per relationship and source. */
export const STATED_AMONG = `
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types AND r.source IS NOT NULL
RETURN a.id AS from, type(r) AS type, b.id AS to, collect(DISTINCT r.source) AS sources`;

/**
 * How often sources other than this one state each type between two node types: the graph's
 * habit, which chooses a type where the model allows several and no cue word says which. One pass
 * over the stated relationships.
 */
export const TYPE_COUNTS = `
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE type(r) IN $types AND r.source IS NOT NULL AND r.source <> $source
RETURN a.type AS fromType, type(r) AS type, b.type AS toType, count(r) AS count`;

const end = (e: SuggestedEnd) => ({ id: e.id, name: e.name, type: GRAPH_MODEL.nodeTypes.find((n) => n.label === e.label)?.entityType as never, isNew: e.isNew, kind: e.fields.kind ?? null, mention: e.mention });

export const suggestFacts: QueryResolvers["suggestFacts"] = async (_parent, args, context) => {
  assertRole(context.jwt, EDITOR_ROLE, "suggestFacts reads a source's whole text, so it");
  const limit = assertInRange("limit", args.limit, 1, MAX_SUGGESTIONS);
  const found = await context.read<{ type: string; isSource: boolean; contentHash: string | null; text: string | null }>(SOURCE_TEXT, { source: args.source });
  const row = found.records[0];
  if (!row) throw notFound(`No source has id "${args.source}" (argument "source").`, "source");
  if (!row.get("isSource")) throw badUserInput(`Argument "source": "${args.source}" is a ${labelOf(row.get("type"))}, not a Source; give the id of a source document.`, "source");
  const text = row.get("text");
  const contentHash = row.get("contentHash");
  if (text === null || contentHash === null) throw badUserInput(`Argument "source": source "${args.source}" has no text in the graph; give it one with reviseSource.`, "source");

  const { index } = await context.names.catchUp(await context.graphVersion());
  const ids = index.idsNamedBy(wordsOf(text).map((w) => w.norm));
  const [candidates, counted] = await Promise.all([
    context.read<{ entity: { id: string; type: string; kind?: string | null } & Record<string, unknown> }>(CANDIDATES, { ids }),
    context.read<{ fromType: string; type: string; toType: string; count: number }>(TYPE_COUNTS, { source: args.source, types: RELATIONSHIP_TYPES }),
  ]);
  const entities: KnownEntity[] = candidates.records.map((r) => {
    const e = r.get("entity");
    return { id: e.id, label: labelOf(e.type), name: String(e.name), names: namesOf(e), kind: e.kind ?? null };
  });
  const stated = await context.read<{ from: string; type: string; to: string; sources: string[] }>(STATED_AMONG, { ids: entities.map((e) => e.id), types: RELATIONSHIP_TYPES });
  const statedBy = new Map(stated.records.map((r) => [`${r.get("from")}|${r.get("type")}|${r.get("to")}`, r.get("sources")]));
  const typeCounts = new Map(counted.records.map((r) => [`${labelOf(r.get("fromType"))}|${r.get("type")}|${labelOf(r.get("toType"))}`, Number(r.get("count"))]));
  const result = suggest({
    source: args.source,
    text,
    entities,
    statedBy: (from, type, to) => statedBy.get(`${from}|${type}|${to}`) ?? [],
    typeCounts: (fromLabel, type, toLabel) => typeCounts.get(`${fromLabel}|${type}|${toLabel}`) ?? 0,
    model: GRAPH_MODEL,
    limit,
  });
  return {
    source: args.source,
    sourceVersion: contentHash,
    facts: result.facts.map((f) => ({
      quote: f.quote,
      quoteStart: f.start,
      quoteEnd: f.end,
      from: end(f.from),
      type: f.type as never,
      to: end(f.to),
      confidence: f.confidence,
      because: f.because,
      refers: f.refers,
      statedBy: f.statedBy,
    })),
    mentions: result.mentions.map((m) => end({ id: m.id, label: m.label, name: m.name, isNew: m.how === "pattern", fields: "fields" in m ? (m.fields as Record<string, string>) : {}, mention: m.surface })),
  };
};

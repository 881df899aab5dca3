/**
 * The constraints and indexes every query relies on, derived from the graph model. They reach a
 * database only through migrations (src/db/migrations/): `npm run codegen` compares these with
 * what the files in `migrations/` already create and writes the difference as the next migration,
 * so an applied migration is never edited and a live graph follows the model.
 */
import type { GraphModel } from "../model/graph-model.js";

/** Name of the full-text index over names, aliases and descriptions of every label. */
export const SEARCH_INDEX = "entity_search";

export interface SchemaStatement {
  /** The constraint's or index's name: how a later migration recognises, and replaces, it. */
  name: string;
  kind: "CONSTRAINT" | "INDEX";
  cypher: string;
}

// Labels and types come from the graph model, never from input: Cypher cannot take them as parameters.
export function schemaStatements(model: GraphModel): SchemaStatement[] {
  const constraint = (name: string, cypher: string): SchemaStatement => ({ name, kind: "CONSTRAINT", cypher });
  const index = (name: string, cypher: string): SchemaStatement => ({ name, kind: "INDEX", cypher });
  const labels = model.nodeTypes.map((node) => node.label);
  return [
    constraint("entity_id", `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${model.entityLabel}) REQUIRE n.id IS UNIQUE`),
    ...labels.map((label) => {
      const name = `${label.toLowerCase()}_id`;
      return constraint(name, `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    }),
    // Evidence names its source by id: finding what cites a source (before deleting or revising it) is an index seek.
    ...model.relationshipTypes.map(({ type }) => {
      const name = `${type.toLowerCase()}_source`;
      return index(name, `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.source)`);
    }),
    // Evidence a source's revision no longer supports is listed by `staleEvidence`, one index per type.
    ...model.relationshipTypes.map(({ type }) => {
      const name = `${type.toLowerCase()}_stale`;
      return index(name, `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.stale)`);
    }),
    // History (src/writes/revisions.ts): the version node every writer locks, revisions by id and
    // number, the subjects `history(id)` starts from, and every version of every source's text.
    constraint("graph_version_id", "CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE"),
    constraint("revision_id", "CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE"),
    constraint("revision_seq", "CREATE CONSTRAINT revision_seq IF NOT EXISTS FOR (r:Revision) REQUIRE r.seq IS UNIQUE"),
    index("revision_at", "CREATE INDEX revision_at IF NOT EXISTS FOR (r:Revision) ON (r.at)"),
    constraint("revision_subject_id", "CREATE CONSTRAINT revision_subject_id IF NOT EXISTS FOR (s:RevisionSubject) REQUIRE s.id IS UNIQUE"),
    constraint("source_text_hash", "CREATE CONSTRAINT source_text_hash IF NOT EXISTS FOR (t:SourceText) REQUIRE t.hash IS UNIQUE"),
    // 'standard-folding' lower-cases and strips accents, so "Zuid-Holland" and "zuid holland" meet.
    index(
      SEARCH_INDEX,
      `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${labels.join("|")}) ON EACH [n.name, n.aliases, n.description, n.nameEn]\n` +
        "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
    ),
  ];
}

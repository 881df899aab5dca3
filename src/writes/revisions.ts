/**
 * History: every change to the graph is a revision, numbered in commit order, with who, when, why,
 * and every item it touched with its properties before and after.
 *
 *   (:GraphVersion {id: "graph", revision})   the latest revision's number: the graph's version.
 *                                              Each write transaction locks it first, so writers
 *                                              queue and numbers follow commit order.
 *   (:Revision {id, seq, at, actor, actorName, operation, comment, summary, changes, items, reverts})
 *                                              `changes` is JSON (Change[]); `items` the keys of
 *                                              what it touched (for revert's conflict check).
 *   (:Revision)-[:TOUCHED]->(:RevisionSubject {id})
 *                                              one subject per entity id a change concerns (an
 *                                              entity, both ends and the source of a relationship):
 *                                              `history(id)` is an index seek, and outlives the entity.
 *   (:SourceText {hash, source, text})         every version of every source's text (change-set.ts).
 *
 * None of these is an entity (no `Entity` label) and none is linked to one, so questions, paths,
 * search and counts never meet them.
 */
import neo4j, { type ManagedTransaction, type Transaction } from "neo4j-driver";
import type { ReadQuery } from "../db/neo4j.js";

type Tx = Transaction | ManagedTransaction;

export type Properties = Record<string, unknown>;

/** One item a revision touched: an entity or a relationship (one source's evidence for a link). */
export type Change =
  | { kind: "entity"; id: string; label: string; before: Properties | null; after: Properties | null }
  | { kind: "relationship"; type: string; from: string; to: string; source: string; before: Properties | null; after: Properties | null };

/** Who made a change: a token's `sub` and display name, or the system (`seed`). */
export interface Actor {
  id: string;
  name: string;
}

export const SEED_ACTOR: Actor = { id: "seed", name: "seed loader" };

export interface RevisionRecord {
  id: string;
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
  actor: Actor;
  operation: string;
  comment: string | null;
  summary: string;
  changes: Change[];
  /** The revision this one undid, for a revert. */
  reverts: string | null;
}

export const itemKey = (change: Change): string =>
  change.kind === "entity" ? `entity:${change.id}` : `relationship:${change.from}|${change.type}|${change.to}|${change.source}`;

/**
 * The keys a revision stores for revert's conflict check: each item, plus `end:<id>` for the ends
 * of a relationship it changed, `cites:<id>` for the source it cites, and `deleted:<id>` for an
 * entity it deleted, so a revert that would delete an entity others have linked or cited since, or
 * restore a link to an entity deleted since, can say which revision is in the way (revert.ts).
 */
export const itemKeysOf = (change: Change): string[] =>
  change.kind === "entity"
    ? [itemKey(change), ...(change.after === null ? [`deleted:${change.id}`] : [])]
    : [itemKey(change), `end:${change.from}`, `end:${change.to}`, `cites:${change.source}`];

/** The entity ids whose history shows a change: the entity, or a relationship's ends and source. */
export const subjectsOf = (change: Change): string[] => (change.kind === "entity" ? [change.id] : [change.from, change.to, change.source]);

const actionOf = (change: Change): "created" | "deleted" | "changed" =>
  change.before === null ? "created" : change.after === null ? "deleted" : "changed";

/** One line a person can read: "linked mijn-pad ADDRESSES normaliseren (source 000_…)". */
export function describeChange(change: Change): string {
  const action = actionOf(change);
  if (change.kind === "entity") return `${action} ${change.label} ${change.id}`;
  const verb = action === "created" ? "linked" : action === "deleted" ? "unlinked" : "changed the evidence of";
  return `${verb} ${change.from} ${change.type} ${change.to} (source ${change.source})`;
}

/** A revision's readable summary: its changes one by one, or counted when there are many. */
export function summarise(operation: string, changes: readonly Change[]): string {
  if (changes.length <= 3) return `${operation}: ${changes.map(describeChange).join("; ")}`;
  const counts = new Map<string, number>();
  for (const change of changes) {
    const key = `${actionOf(change)} ${change.kind === "entity" ? "entities" : "relationships"}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return `${operation}: ${[...counts].map(([what, n]) => `${n} ${what}`).join(", ")}`;
}

/**
 * Takes the graph version's write lock in `tx` (creating the version on a new graph) and returns the
 * version. Writing a property takes the node's write lock until the transaction ends; the version is
 * read after the lock, in a statement of its own. Read in the locking statement, it would be the value
 * from before waiting for the lock (Neo4j reads committed data): two writers that queued would both
 * number revision n + 1, and the lock's write would put the old version back when the second changed
 * nothing (found by the benchmark's concurrent writers, BENCHMARKS.md).
 */
export async function lockGraphVersion(tx: Tx): Promise<number> {
  // A property of its own, set and removed: the lock without touching `revision`, and nothing left behind.
  await tx.run(
    `MERGE (v:GraphVersion {id: "graph"})
     ON CREATE SET v.revision = 0
     SET v.locking = true
     REMOVE v.locking`,
  );
  const result = await tx.run(`MATCH (v:GraphVersion {id: "graph"}) RETURN v.revision AS revision`);
  return Number(result.records[0]?.get("revision") ?? 0);
}

/** The graph's version, as caches and feeds see it. */
export interface GraphVersion {
  /** The latest revision's number (0 on a graph no revision has touched). */
  revision: number;
  /**
   * What cache keys and ETags carry: the revision and its commit time, e.g. `12.mf3k2a9c`. A reset
   * graph numbers its revisions from 1 again, and "revision 3" of the old history must not name a
   * cached answer of the new one.
   */
  tag: string;
}

/**
 * An index seek on GraphVersion.id (graph_version_id) and one on Revision.seq (revision_seq).
 * Returns `revision` and `at` (graphVersionOf), alone or as a subquery of a question that must
 * know which version it answered from (search's name index).
 */
export const GRAPH_VERSION = `
  OPTIONAL MATCH (v:GraphVersion {id: "graph"})
  OPTIONAL MATCH (r:Revision {seq: v.revision})
  RETURN v.revision AS revision, r.at.epochMillis AS at`;

/** The version GRAPH_VERSION's `revision` and `at` name. */
export function graphVersionOf(revision: unknown, at: unknown): GraphVersion {
  const seq = Number(revision ?? 0);
  return { revision: seq, tag: at === null || at === undefined ? String(seq) : `${seq}.${Number(at).toString(36)}` };
}

/** The graph's version once `revision` is committed, as readGraphVersion would read it then. */
export const versionAfter = (revision: RevisionRecord): GraphVersion => graphVersionOf(revision.seq, Date.parse(revision.at));

export async function readGraphVersion(read: ReadQuery): Promise<GraphVersion> {
  const result = await read<{ revision: number | null; at: number | null }>(GRAPH_VERSION);
  return graphVersionOf(result.records[0]?.get("revision"), result.records[0]?.get("at"));
}

export async function writeRevision(
  tx: Tx,
  baseVersion: number,
  meta: { actor: Actor; operation: string; comment: string | null; changes: readonly Change[]; reverts?: string; summary?: string },
): Promise<RevisionRecord> {
  const seq = baseVersion + 1;
  const record: RevisionRecord = {
    id: String(seq),
    seq,
    at: new Date().toISOString(),
    actor: meta.actor,
    operation: meta.operation,
    comment: meta.comment,
    summary: meta.summary ?? summarise(meta.operation, meta.changes),
    changes: [...meta.changes],
    reverts: meta.reverts ?? null,
  };
  await tx.run(
    `MATCH (v:GraphVersion {id: "graph"})
     SET v.revision = $seq
     CREATE (r:Revision {id: $id, seq: $seq, at: datetime($at), actor: $actor, actorName: $actorName, operation: $operation,
                         comment: $comment, summary: $summary, changes: $changes, items: $items, reverts: $reverts})
     WITH r
     UNWIND $subjects AS subject
     MERGE (s:RevisionSubject {id: subject})
     CREATE (r)-[:TOUCHED]->(s)`,
    {
      id: record.id,
      seq: neo4j.int(record.seq),
      at: record.at,
      actor: record.actor.id,
      actorName: record.actor.name,
      operation: record.operation,
      comment: record.comment,
      summary: record.summary,
      changes: JSON.stringify(record.changes),
      items: [...new Set(record.changes.flatMap(itemKeysOf))],
      reverts: record.reverts,
      subjects: [...new Set(record.changes.flatMap(subjectsOf))],
    },
  );
  return record;
}

/** A revision as Cypher returns it (`REVISION_OF("r")`), turned into a record. */
export const REVISION_OF = (r: string) =>
  `{id: ${r}.id, seq: ${r}.seq, at: toString(${r}.at), actor: ${r}.actor, actorName: ${r}.actorName, operation: ${r}.operation,
    comment: ${r}.comment, summary: ${r}.summary, changes: ${r}.changes, reverts: ${r}.reverts}`;

export interface RevisionRow {
  id: string;
  seq: number;
  at: string;
  actor: string;
  actorName: string;
  operation: string;
  comment: string | null;
  summary: string;
  changes: string;
  reverts: string | null;
}

export const revisionFromRow = (row: RevisionRow): RevisionRecord => ({
  id: row.id,
  seq: Number(row.seq),
  at: new Date(row.at).toISOString(),
  actor: { id: row.actor, name: row.actorName },
  operation: row.operation,
  comment: row.comment,
  summary: row.summary,
  changes: JSON.parse(row.changes) as Change[],
  reverts: row.reverts,
});

/** The largest page of revisions one request may ask for. */
export const MAX_REVISIONS_PAGE = 100;

export interface RevisionPage {
  revisions: RevisionRecord[];
  /** More revisions follow the last one given. */
  hasMore: boolean;
}

export async function readRevision(read: ReadQuery, id: string): Promise<RevisionRecord | null> {
  const result = await read<{ revision: RevisionRow }>(`MATCH (r:Revision {id: $id}) RETURN ${REVISION_OF("r")} AS revision`, { id });
  const row = result.records[0]?.get("revision");
  return row ? revisionFromRow(row) : null;
}

/** The revisions that touched an entity (or its relationships, or quotes citing it), newest first, before revision `before`. */
export async function readHistory(read: ReadQuery, id: string, first: number, before: number | null): Promise<RevisionPage> {
  const result = await read<{ revision: RevisionRow }>(
    `MATCH (:RevisionSubject {id: $id})<-[:TOUCHED]-(r:Revision)
     WHERE $before IS NULL OR r.seq < $before
     WITH r ORDER BY r.seq DESC LIMIT $limit
     RETURN ${REVISION_OF("r")} AS revision`,
    { id, before: before === null ? null : before, limit: first + 1 },
  );
  const revisions = result.records.map((r) => revisionFromRow(r.get("revision")));
  return { revisions: revisions.slice(0, first), hasMore: revisions.length > first };
}

/** The revisions across the graph in commit order, after revision `after` and not before `since`. */
export async function readChanges(read: ReadQuery, options: { since: string | null; after: number | null; first: number }): Promise<RevisionPage> {
  const result = await read<{ revision: RevisionRow }>(
    `MATCH (r:Revision)
     WHERE r.seq > coalesce($after, 0) AND ($since IS NULL OR r.at >= datetime($since))
     WITH r ORDER BY r.seq LIMIT $limit
     RETURN ${REVISION_OF("r")} AS revision`,
    { since: options.since, after: options.after, limit: options.first + 1 },
  );
  const revisions = result.records.map((r) => revisionFromRow(r.get("revision")));
  return { revisions: revisions.slice(0, options.first), hasMore: revisions.length > options.first };
}

/** The latest revision that touched an entity, or null when none did. */
export async function latestRevisionOf(tx: Tx, id: string): Promise<string | null> {
  const result = await tx.run(
    `MATCH (:RevisionSubject {id: $id})<-[:TOUCHED]-(r:Revision) RETURN r.id AS id ORDER BY r.seq DESC LIMIT 1`,
    { id },
  );
  return (result.records[0]?.get("id") as string | undefined) ?? null;
}

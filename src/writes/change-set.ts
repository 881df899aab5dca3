/**
 * The one way the graph changes. A ChangeSet lives in one write transaction and is the only thing
 * that writes entities and relationships in it: each primitive reads what it replaces, writes, and
 * records the item's properties before and after. When the work is done, `commit` turns the record
 * into a revision in the same transaction (revisions.ts), so a change without its revision, or a
 * revision without its change, cannot exist. Every door uses it: the API's mutations, the seed
 * loader, a source's revision, a revert.
 *
 * The transaction first takes the graph version's lock (revisions.ts): writers run one after
 * another, so every check a write makes on the graph still holds when it commits, and revisions
 * are numbered in the order they commit.
 */
import { isDeepStrictEqual } from "node:util";
import neo4j, { type ManagedTransaction, type Transaction } from "neo4j-driver";
import { ENTITY_LABEL, GRAPH_MODEL, LABELS, RELATIONSHIP_TYPES } from "../model/graph-model.js";
import { lockGraphVersion, writeRevision, type Actor, type Change, type Properties, type RevisionRecord } from "./revisions.js";

type Tx = Transaction | ManagedTransaction;

// Labels and relationship types are checked against the model's fixed lists before they reach
// Cypher (which cannot take them as parameters); every value travels as a parameter.
function checkedLabel(label: string): string {
  if (!(LABELS as readonly string[]).includes(label)) throw new Error(`Not a node type of the graph model: ${label}`);
  return label;
}
function checkedType(type: string): string {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) throw new Error(`Not a relationship type of the graph model: ${type}`);
  return type;
}

/** The model's whole-number fields: JavaScript numbers travel as Cypher floats unless sent as integers. */
const INTEGER_FIELDS = new Set(
  [...GRAPH_MODEL.nodeTypes.flatMap((node) => node.fields), ...GRAPH_MODEL.evidence.fields].filter((f) => f.type === "Int").map((f) => f.name),
);

/**
 * Properties as stored: nulls mean "absent" and are dropped, so before and after compare as Neo4j
 * sees them, and whole-number fields are sent as integers (a revert sends back what JSON kept).
 */
export const stored = (properties: Properties): Properties =>
  Object.fromEntries(
    Object.entries(properties)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, INTEGER_FIELDS.has(k) && typeof v === "number" ? neo4j.int(v) : v]),
  );

export interface RelationshipKey {
  from: string;
  type: string;
  to: string;
  /** A relationship is one source's evidence for a link: (from, type, to, source) names it. */
  source: string;
}

export interface RelationshipRow extends RelationshipKey {
  /** Every property, `source` included. */
  properties: Properties;
}

export class ChangeSet {
  private readonly changes: Change[] = [];
  /** The revision this change undoes, when it is a revert. */
  private reverting: string | undefined;
  /** A revision's summary and comment for a change that records no items (an erasure keeps no before and after). */
  private unrecorded: { summary: string; comment: string } | undefined;

  private constructor(
    readonly tx: Tx,
    /** The graph version when the transaction took the lock. */
    readonly baseVersion: number,
  ) {}

  /** Takes the graph version's lock in `tx`; call it before the transaction reads anything it relies on. */
  static async open(tx: Tx): Promise<ChangeSet> {
    return new ChangeSet(tx, await lockGraphVersion(tx));
  }

  get recorded(): readonly Change[] {
    return this.changes;
  }

  private record(change: Change): void {
    if (isDeepStrictEqual(change.before, change.after)) return;
    this.changes.push(change);
  }

  /** Creates or replaces nodes of one label, whole: every property not in the row goes. */
  async putNodes(label: string, rows: readonly Properties[]): Promise<void> {
    if (rows.length === 0) return;
    const result = await this.tx.run(
      `UNWIND $rows AS row
       OPTIONAL MATCH (old:${ENTITY_LABEL} {id: row.id})
       WITH row, CASE WHEN old IS NULL THEN null ELSE old {.*} END AS before
       MERGE (n:${ENTITY_LABEL} {id: row.id})
       SET n = row, n:${checkedLabel(label)}
       RETURN row.id AS id, before, n {.*} AS after`,
      { rows: rows.map(stored) },
    );
    for (const r of result.records) {
      this.record({ kind: "entity", id: r.get("id") as string, label, before: r.get("before") as Properties | null, after: r.get("after") as Properties });
    }
  }

  /** Changes some properties of one node (null removes one); returns its properties after, or null when there is no such node. */
  async updateNode(id: string, set: Properties): Promise<Properties | null> {
    const result = await this.tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       WITH n, n {.*} AS before, [l IN labels(n) WHERE l <> $entity][0] AS label
       SET n += $set
       RETURN before, n {.*} AS after, label`,
      { id, set: Object.fromEntries(Object.entries(set).map(([k, v]) => [k, v === null || v === undefined ? null : (stored({ [k]: v })[k] ?? null)])), entity: ENTITY_LABEL },
    );
    const r = result.records[0];
    if (!r) return null;
    const after = r.get("after") as Properties;
    this.record({ kind: "entity", id, label: r.get("label") as string, before: r.get("before") as Properties, after });
    return after;
  }

  /** Deletes a node that has no relationships left (callers refuse or remove them first). */
  async deleteNode(id: string): Promise<void> {
    const result = await this.tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       WITH n, n {.*} AS before, [l IN labels(n) WHERE l <> $entity][0] AS label
       DELETE n
       RETURN before, label`,
      { id, entity: ENTITY_LABEL },
    );
    const r = result.records[0];
    if (r) this.record({ kind: "entity", id, label: r.get("label") as string, before: r.get("before") as Properties, after: null });
  }

  /** Creates or replaces relationships of one type, whole, each named by its key. The end nodes must exist. */
  async putRelationships(type: string, rows: readonly RelationshipRow[]): Promise<void> {
    if (rows.length === 0) return;
    const result = await this.tx.run(
      `UNWIND $rows AS row
       MATCH (a:${ENTITY_LABEL} {id: row.from})
       MATCH (b:${ENTITY_LABEL} {id: row.to})
       OPTIONAL MATCH (a)-[old:${checkedType(type)} {source: row.source}]->(b)
       WITH row, a, b, CASE WHEN old IS NULL THEN null ELSE old {.*} END AS before
       MERGE (a)-[r:${type} {source: row.source}]->(b)
       SET r = row.properties
       RETURN row.from AS from, row.to AS to, row.source AS source, before, r {.*} AS after`,
      { rows: rows.map((row) => ({ ...row, properties: stored({ ...row.properties, source: row.source }) })) },
    );
    if (result.records.length !== rows.length) throw new Error(`${rows.length - result.records.length} ${type} relationships have an end that does not exist`);
    for (const r of result.records) {
      this.record({
        kind: "relationship",
        type,
        from: r.get("from") as string,
        to: r.get("to") as string,
        source: r.get("source") as string,
        before: r.get("before") as Properties | null,
        after: r.get("after") as Properties,
      });
    }
  }

  /** Deletes one relationship; returns whether it existed. */
  async deleteRelationship(key: RelationshipKey): Promise<boolean> {
    const result = await this.tx.run(
      `MATCH (:${ENTITY_LABEL} {id: $from})-[r:${checkedType(key.type)} {source: $source}]->(:${ENTITY_LABEL} {id: $to})
       WITH r, r {.*} AS before
       DELETE r
       RETURN before`,
      { ...key },
    );
    const r = result.records[0];
    if (!r) return false;
    this.record({ kind: "relationship", ...key, before: r.get("before") as Properties, after: null });
    return true;
  }

  /**
   * Keeps a version of a source's text, addressed by its hash. Texts are never changed or deleted
   * (only an erasure redacts them): every quote's `sourceVersion` and every revision's before and
   * after of a source's `contentHash` keep pointing at a text that exists.
   */
  async storeSourceText(source: string, contentHash: string, text: string): Promise<void> {
    await this.tx.run(
      `MERGE (t:SourceText {hash: $contentHash})
       ON CREATE SET t.text = $text, t.source = $source, t.storedAt = datetime()`,
      { source, contentHash, text },
    );
  }

  /** Marks this change as the revert of revision `id`; its revision will say so. */
  reverts(id: string): void {
    this.reverting = id;
  }

  /**
   * Marks a change made outside the primitives, whose before and after must not be kept (an
   * erasure): its revision lists no items and says `summary`, with `comment` instead of the
   * writer's (which may name whom the erasure is about).
   */
  recordWithoutChanges(summary: string, comment: string): void {
    this.unrecorded = { summary, comment };
  }

  /**
   * Writes the revision of everything recorded, in the transaction, and returns it; null when
   * nothing changed (a write that changes nothing leaves no revision).
   */
  async commit(meta: { actor: Actor; operation: string; comment: string | null }): Promise<RevisionRecord | null> {
    if (this.changes.length === 0 && this.unrecorded === undefined) return null;
    return writeRevision(this.tx, this.baseVersion, {
      ...meta,
      changes: this.changes,
      ...(this.reverting ? { reverts: this.reverting } : {}),
      ...this.unrecorded,
    });
  }
}

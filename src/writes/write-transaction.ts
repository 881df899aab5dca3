/**
 * One write, one transaction, one revision: the pipeline every change through the API takes.
 *   1. open a transaction (Neo4j stops it after `timeoutMs`) and take the graph version's lock;
 *   2. apply the change through a ChangeSet: its checks read the graph inside the transaction;
 *   3. write the revision of what changed (nothing changed: no revision);
 *   4. commit; then announce the revision (feeds, caches, other processes).
 * Anything that fails before the commit rolls everything back: the graph is as it was, and no
 * revision exists. When the connection breaks while committing, nobody can know whether Neo4j
 * applied the write: that is WriteOutcomeUnknown, not an invitation to retry blindly. The
 * transaction is not retried by the driver (a managed transaction would be, and could apply a
 * committed write twice).
 */
import neo4j, { Neo4jError, type BookmarkManager, type Driver } from "neo4j-driver";
import type { Logger } from "../logger.js";
import { ChangeSet } from "./change-set.js";
import { checkText } from "./field-checks.js";
import type { Actor, RevisionRecord } from "./revisions.js";

export class WriteOutcomeUnknown extends Error {
  override name = "WriteOutcomeUnknown";
}

/** A commit that Neo4j itself refused left nothing behind; a broken connection leaves the outcome open. */
const neo4jAnswered = (error: unknown): boolean => error instanceof Neo4jError && error.code.startsWith("Neo.");

export interface WriteOptions {
  driver: Driver;
  database: string;
  timeoutMs: number;
  log: Logger;
  actor: Actor;
  /** What the write does, e.g. `link`; the revision's operation. */
  operation: string;
  comment: string | null;
  /** Called once the write is committed, with its revision. */
  onCommitted?: (revision: RevisionRecord) => void;
  /** Stored with the transaction, for Neo4j's query log. */
  requestId?: string;
  /** The request's bookmarks (src/db/request-bookmarks.ts); the driver's own by default. */
  bookmarkManager?: BookmarkManager;
}

/** A revision's comment is a sentence or two, not a document. */
export const MAX_COMMENT_CHARACTERS = 1_000;

export async function runWrite<T>(options: WriteOptions, apply: (changes: ChangeSet) => Promise<T>): Promise<{ value: T; revision: RevisionRecord | null }> {
  const { driver, database, timeoutMs, log, actor, operation } = options;
  // The comment is stored in the revision: the same rules as any stored text.
  const comment = options.comment === null ? null : checkText("comment", options.comment, MAX_COMMENT_CHARACTERS);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: options.bookmarkManager ?? driver.executeQueryBookmarkManager });
  try {
    const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { app: "youth-care-kg", operation, actor: actor.id, requestId: options.requestId ?? null } });
    let value: T;
    let revision: RevisionRecord | null;
    try {
      const changes = await ChangeSet.open(tx);
      value = await apply(changes);
      revision = await changes.commit({ actor, operation, comment });
    } catch (error) {
      await tx.rollback().catch((rollbackError: unknown) => log.warn({ err: rollbackError }, "rollback failed; Neo4j drops the transaction"));
      throw error;
    }
    try {
      await tx.commit();
    } catch (error) {
      if (neo4jAnswered(error)) throw error;
      log.error({ err: error, operation }, "the connection broke while committing a write: its outcome is unknown");
      throw new WriteOutcomeUnknown("The connection to the graph database broke while this write was being committed, so it may or may not have been applied.");
    }
    if (revision) {
      log.info({ revision: revision.id, operation, actor: actor.id, changes: revision.changes.length }, `revision ${revision.id}: ${revision.summary}`);
      options.onCommitted?.(revision);
    }
    return { value, revision };
  } finally {
    await session.close().catch(() => undefined);
  }
}

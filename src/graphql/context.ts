/** What every resolver receives: created once per request (DataLoaders must not outlive a request). */
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import DataLoader from "dataloader";
import type { Driver } from "neo4j-driver";
import { readQuery, type ReadQuery } from "../db/neo4j.js";
import { withBookmarks, type RequestBookmarks } from "../db/request-bookmarks.js";
import type { Logger } from "../logger.js";
import type { LiveNames } from "../search/live-names.js";
import type { VerifiedToken } from "../auth/editor-token.js";
import type { ChangeSet } from "../writes/change-set.js";
import type { ErasureLog } from "../writes/erasure-log.js";
import type { Actor, RevisionRecord } from "../writes/revisions.js";
import { runWrite } from "../writes/write-transaction.js";
import { actorOf } from "./writes/write-access.js";
import { EntityLoader } from "./entity-loader.js";
import { requestGraphVersion, type GraphVersion, type GraphVersions } from "./graph-version.js";
import type { RequestVocabulary, Vocabulary } from "./vocabulary.js";

/** Runs one write through the pipeline (src/writes/write-transaction.ts) as the request's author. */
export type RunWrite = <T>(
  operation: string,
  comment: string | null | undefined,
  apply: (changes: ChangeSet) => Promise<T>,
  /** `timeoutMs`: a longer limit than the request's, for a write known to be long (an erasure). */
  options?: { timeoutMs?: number },
) => Promise<{ value: T; revision: RevisionRecord | null }>;

export interface RequestContext extends Neo4jGraphQLContext {
  /** Runs a parameterised read query in a read transaction (hand-written resolvers use only this). */
  read: ReadQuery;
  entities: EntityLoader;
  vocabulary: RequestVocabulary;
  /** The process's name index, for search (src/search/). */
  names: LiveNames;
  /** The graph's version for this request, read on first use (graph-version.ts): what cached answers and ETags belong to. */
  graphVersion(): Promise<GraphVersion>;
  /** Source texts by version (`contentHash`), for quotes' context; null for a version the graph lacks. */
  sourceTexts: DataLoader<string, string | null>;
  /** The verified token's claims; absent for anonymous readers. */
  jwt?: VerifiedToken;
  /** Writes, for the mutations' resolvers (editors only: src/graphql/writes/write-access.ts). */
  write: RunWrite;
  /** Where erasures are logged; absent when no key is configured (erasure is then refused). */
  erasureLog?: ErasureLog;
  /** This request's logger. */
  log: Logger;
  /** The token's author, for what a resolver records besides the revision (the erasure log). */
  actor?: Actor;
  /** An editor's request's bookmarks: those it brought, and what it committed (src/db/request-bookmarks.ts). */
  bookmarks?: RequestBookmarks;
}

export interface ContextOptions {
  driver: Driver;
  database: string;
  vocabulary: Vocabulary;
  /** The process's name index. */
  names: LiveNames;
  /** The process's reader of the graph version. */
  graphVersions: GraphVersions;
  timeoutMs: number;
  jwt?: VerifiedToken | undefined;
  log: Logger;
  requestId?: string;
  /** Told of every committed revision (feeds, caches, other processes). */
  onCommitted?: (revision: RevisionRecord) => void;
  erasureLog?: ErasureLog | undefined;
  /** An editor's request's bookmarks: every transaction of the request waits for them and records into them. */
  bookmarks?: RequestBookmarks | undefined;
}

/**
 * `vocabulary`, `names` and `graphVersions` are the process's one of each; `jwt` is an already verified token's payload (see
 * src/auth/editor-token.ts), absent for anonymous readers. Every statement of the request runs
 * in a transaction that Neo4j stops after `timeoutMs`.
 */
export function createContext(options: ContextOptions): RequestContext {
  const { database, timeoutMs, jwt, log, bookmarks } = options;
  const driver = bookmarks ? withBookmarks(options.driver, bookmarks) : options.driver;
  const read = readQuery(driver, database, timeoutMs, bookmarks);
  const write: RunWrite = (operation, comment, apply, writeOptions = {}) => {
    if (!jwt) throw new Error("A write without a verified token reached a resolver; write-access.ts refuses those first.");
    return runWrite(
      {
        driver,
        database,
        timeoutMs: writeOptions.timeoutMs ?? timeoutMs,
        log,
        actor: actorOf(jwt),
        operation,
        comment: comment ?? null,
        ...(options.requestId ? { requestId: options.requestId } : {}),
        ...(options.onCommitted ? { onCommitted: options.onCommitted } : {}),
        ...(bookmarks ? { bookmarkManager: bookmarks } : {}),
      },
      apply,
    );
  };
  const sourceTexts = new DataLoader<string, string | null>(async (hashes) => {
    const result = await read<{ hash: string; text: string }>("MATCH (t:SourceText) WHERE t.hash IN $hashes RETURN t.hash AS hash, t.text AS text", { hashes: [...hashes] });
    const byHash = new Map(result.records.map((r) => [r.get("hash"), r.get("text")]));
    return hashes.map((hash) => byHash.get(hash) ?? null);
  });
  const graphVersion = requestGraphVersion(options.graphVersions);
  const context = {
    executionContext: driver,
    sessionConfig: { database },
    // @neo4j/graphql's own transactions get the same limit.
    transaction: { timeout: timeoutMs },
    read,
    vocabulary: options.vocabulary.at(graphVersion),
    names: options.names,
    graphVersion,
    sourceTexts,
    write,
    log,
    ...(jwt ? { jwt, actor: actorOf(jwt) } : {}),
    ...(options.erasureLog ? { erasureLog: options.erasureLog } : {}),
    ...(bookmarks ? { bookmarks } : {}),
  } as Omit<RequestContext, "entities"> & { entities?: EntityLoader };
  context.entities = new EntityLoader(context, read);
  return context as RequestContext;
}

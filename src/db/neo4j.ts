/** The one Neo4j driver of a process, and the fail-fast check that the configured server answers. */
import neo4j, { type BookmarkManager, type Driver, type QueryResult, type RecordShape } from "neo4j-driver";
import type { Config } from "../config.js";

/**
 * `losslessIntegers`: integers come back as `neo4j.Integer`, not as numbers, so they stay apart from
 * floats (2 and 2.0); only a backup needs that, everything else reads plain numbers.
 */
export function createDriver(cfg: Config["neo4j"], options: { losslessIntegers?: boolean } = {}): Driver {
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    // Fail fast when the server is away instead of queueing requests for a minute: a request
    // retries a lost connection for at most a second, then answers SERVICE_UNAVAILABLE.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 1_000,
    disableLosslessIntegers: options.losslessIntegers !== true,
    userAgent: "youth-care-kg",
  });
}

/**
 * The time limit of jobs that legitimately run long: seed loads, index builds, benchmark loads.
 * They set it on their transactions, so the server's default (QUERY_TIMEOUT_MS on the local
 * server and in docker-compose) never stops them halfway.
 */
export const LONG_JOB_TIMEOUT_MS = 30 * 60_000;

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** Resolves when the server answers a query; otherwise rejects with one line naming the URI and the cause. */
export async function assertDatabaseReachable(driver: Driver, cfg: Config["neo4j"], timeoutMs = 20_000): Promise<void> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs).unref(),
  );
  try {
    await Promise.race([driver.executeQuery("RETURN 1", {}, { database: cfg.database }), timeout]);
  } catch (error) {
    const cause = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new DatabaseUnavailableError(`Cannot reach Neo4j at ${cfg.uri} (database "${cfg.database}"): ${cause}`);
  }
}

/** Runs one parameterised read query in a read transaction (stopped by Neo4j after `timeoutMs`, when given). */
export type ReadQuery = <T extends RecordShape = RecordShape>(
  cypher: string,
  params?: Record<string, unknown>,
) => Promise<QueryResult<T>>;

/** `bookmarkManager`: a request's (request-bookmarks.ts); the driver's own by default. */
export function readQuery(driver: Driver, database: string, timeoutMs?: number, bookmarkManager?: BookmarkManager): ReadQuery {
  const transactionConfig = timeoutMs === undefined ? undefined : { timeout: timeoutMs };
  return (cypher, params = {}) =>
    driver.executeQuery(cypher, withCypherIntegers(params), {
      database,
      routing: neo4j.routing.READ,
      ...(transactionConfig ? { transactionConfig } : {}),
      ...(bookmarkManager ? { bookmarkManager } : {}),
    });
}

/** JavaScript numbers travel as Cypher floats; whole-number parameters (limits, depths) must be integers. */
export function withCypherIntegers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Number.isInteger(value) ? neo4j.int(value as number) : value]),
  );
}

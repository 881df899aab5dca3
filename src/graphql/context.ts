/** What every resolver receives: created once per request (DataLoaders must not outlive a request). */
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver, ManagedTransaction, Transaction } from "neo4j-driver";
import { readQuery, type ReadQuery } from "../db/neo4j.js";
import type { VerifiedToken } from "../server/editor-token.js";
import { EntityLoader } from "./entity-loader.js";
import { Vocabulary } from "./vocabulary.js";

export interface RequestContext extends Neo4jGraphQLContext {
  /** Runs a parameterised read query in a read transaction (hand-written resolvers use only this). */
  read: ReadQuery;
  entities: EntityLoader;
  vocabulary: Vocabulary;
  /** The verified token's claims; absent for anonymous readers. */
  jwt?: VerifiedToken;
  /**
   * While a mutation runs: the one transaction every statement of it shares, the generated
   * resolvers' (as their `executionContext`) and the write checks' alike (src/graphql/writes/).
   */
  write?: Transaction | ManagedTransaction;
}

/**
 * `vocabulary` is the process's one Vocabulary; `jwt` is an already verified token's payload (see
 * src/server/editor-token.ts), absent for anonymous readers. Every statement of the request runs
 * in a transaction that Neo4j stops after `timeoutMs`.
 */
export function createContext(options: {
  driver: Driver;
  database: string;
  vocabulary: Vocabulary;
  timeoutMs: number;
  jwt?: VerifiedToken | undefined;
}): RequestContext {
  const read = readQuery(options.driver, options.database, options.timeoutMs);
  const context = {
    executionContext: options.driver,
    sessionConfig: { database: options.database },
    // @neo4j/graphql's own transactions get the same limit.
    transaction: { timeout: options.timeoutMs },
    read,
    vocabulary: options.vocabulary,
    ...(options.jwt ? { jwt: options.jwt } : {}),
  } as Omit<RequestContext, "entities"> & { entities?: EntityLoader };
  context.entities = new EntityLoader(context, read);
  return context as RequestContext;
}

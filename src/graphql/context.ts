/** What every resolver receives: created once per request (DataLoaders must not outlive a request). */
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { JWTPayload } from "jose";
import { readQuery, type ReadQuery } from "../db/neo4j.js";
import { EntityLoader } from "./entity-loader.js";
import { Vocabulary } from "./vocabulary.js";

export interface RequestContext extends Neo4jGraphQLContext {
  /** Runs a parameterised read query in a read transaction (hand-written resolvers use only this). */
  read: ReadQuery;
  entities: EntityLoader;
  vocabulary: Vocabulary;
}

/**
 * `vocabulary` is the process's one Vocabulary; `jwt` is an already verified token's payload (see
 * src/server/editor-token.ts), absent for anonymous readers.
 */
export function createContext(options: { driver: Driver; database: string; vocabulary: Vocabulary; jwt?: JWTPayload | undefined }): RequestContext {
  const read = readQuery(options.driver, options.database);
  const context = {
    executionContext: options.driver,
    sessionConfig: { database: options.database },
    read,
    vocabulary: options.vocabulary,
    ...(options.jwt ? { jwt: options.jwt } : {}),
  } as Omit<RequestContext, "entities"> & { entities?: EntityLoader };
  context.entities = new EntityLoader(context, read);
  return context as RequestContext;
}

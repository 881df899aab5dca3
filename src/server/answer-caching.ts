/**
 * How answers may be cached on their way to the reader, decided once per request. An anonymous
 * query's answer belongs to one graph version (src/graphql/graph-version.ts):
 *   - over GET it carries `ETag: W/"<version>.<variant>"` and `Cache-Control: public, no-cache`,
 *     so browsers and CDNs may keep it but ask before each use; a revalidation (`If-None-Match`)
 *     with the current ETag is answered 304 without a body and without running the query, one
 *     with an older one gets the new answer. Not even a few seconds of `s-maxage`: a write must
 *     be seen by the next read, through a CDN too, and a revalidation costs one small statement.
 *   - over POST it carries `Cache-Control: public, no-cache` and no ETag (nobody revalidates a POST).
 * An editor's requests, mutations, answers with errors, and everything when CACHE_MAX_AGE_S=0,
 * carry `no-store` and no ETag. The schema has no per-field hints, so Apollo's cache-control
 * plugin, which works the policy out field by field by wrapping every resolver, would only add
 * cost (about 4% of the API's CPU on partnersOnTheme); CACHE_MAX_AGE_S is how long the response
 * cache (response-cache.ts) keeps an answer.
 */
import { createHash } from "node:crypto";
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import express, { type RequestHandler } from "express";
import { GraphQLError, printSchema, type GraphQLSchema } from "graphql";
import type { GraphVersion } from "../graphql/graph-version.js";
import { classifyError } from "./format-error.js";

export const CACHEABLE_ANSWER = "public, no-cache";
export const UNCACHEABLE_ANSWER = "no-store";

/** What caching needs of a request's context. */
export interface CachingContext {
  jwt?: unknown;
  graphVersion(): Promise<GraphVersion>;
}

/**
 * What else, besides the graph version, tells apart answers to the same request: the API's schema
 * (a new release may answer differently). Computed once at start-up; the same in every process of
 * a release, so they share cache entries and ETags.
 */
export function schemaFingerprint(schema: GraphQLSchema): string {
  return createHash("sha256").update(printSchema(schema)).digest("base64url").slice(0, 12);
}

/** The version an answer belongs to: the graph's and the schema's. Response cache keys and ETags both carry it. */
export const answerVersion = (graph: GraphVersion, schema: string): string => `${graph.tag}.${schema}`;

/** Anonymous queries, when caching is on: the answers that belong to a graph version and may be kept. */
export const isCacheable = (requestContext: Pick<GraphQLRequestContext<CachingContext>, "operation" | "contextValue">, maxAgeSeconds: number): boolean =>
  maxAgeSeconds > 0 && requestContext.operation?.operation === "query" && !requestContext.contextValue.jwt;

/**
 * The request's graph version; when Neo4j cannot answer, the same SERVICE_UNAVAILABLE (503) a
 * query would get, since no answer can be given or confirmed without it.
 */
export async function versionOf(contextValue: CachingContext): Promise<GraphVersion> {
  try {
    return await contextValue.graphVersion();
  } catch (error) {
    const classified = classifyError(error);
    if (classified === null) throw error;
    throw new GraphQLError(classified.message, { originalError: error as Error, extensions: { code: classified.code, http: { status: 503 } } });
  }
}

/** A weak ETag for an answer that belongs to `version`, told apart from the other answers of that version by `variant` (hashed). */
export function weakETag(version: string, variant: string): string {
  const hash = createHash("sha256").update(variant).digest("base64url").slice(0, 8);
  return `W/"${version}.${hash}"`;
}

/** The ETag of a GET answer: its version, and the Accept header it was negotiated for (the body's media type follows it). */
const etagOf = (version: string, accept: string | undefined): string => weakETag(version, accept ?? "");

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for it). */
export function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** Sets Cache-Control and ETag, and answers a revalidation with the current ETag with 304 before the query runs. */
export function answerCaching<TContext extends CachingContext>(options: { maxAgeSeconds: number; schemaFingerprint: string }): ApolloServerPlugin<TContext> {
  const { maxAgeSeconds } = options;
  return {
    async requestDidStart() {
      let etag: string | undefined;
      return {
        async didResolveOperation(requestContext) {
          const cacheable = isCacheable(requestContext, maxAgeSeconds);
          // Apollo's response cache plugin keeps an answer for the policy's maxAge.
          requestContext.overallCachePolicy.replace({ maxAge: cacheable ? maxAgeSeconds : 0, scope: "PUBLIC" });
          const http = requestContext.request.http;
          if (cacheable && http?.method === "GET") {
            const version = answerVersion(await versionOf(requestContext.contextValue), options.schemaFingerprint);
            etag = etagOf(version, http.headers.get("accept"));
          }
        },
        async responseForOperation({ request }) {
          if (etag === undefined || !matchesIfNoneMatch(request.http?.headers.get("if-none-match"), etag)) return null;
          // The caller's copy is current: no body (express drops it for a 304), no statement beyond the version's.
          return { http: { status: 304, headers: new HeaderMap() }, body: { kind: "single", singleResult: {} } };
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const cacheable = overallCachePolicy.policyIfCacheable() !== null && response.body.kind === "single" && !response.body.singleResult.errors;
          response.http.headers.set("cache-control", cacheable ? CACHEABLE_ANSWER : UNCACHEABLE_ANSWER);
          if (cacheable && etag !== undefined) response.http.headers.set("etag", etag);
        },
      };
    },
  };
}

/**
 * The GraphQL handler without express's own ETags (a hash of each body, on every answer: POST,
 * errors and editors' answers included, after running the query): its answers carry only the
 * ETag answerCaching gives. express still answers 304 for a matching `If-None-Match` on those.
 */
export function withoutGeneratedETags(handler: RequestHandler): RequestHandler {
  const graphql = express();
  graphql.disable("etag");
  graphql.disable("x-powered-by");
  graphql.use(handler);
  return graphql;
}

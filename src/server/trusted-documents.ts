/**
 * Persisted operations. Apollo Server's automatic persisted queries find the project's own
 * operations (the trusted documents' manifest, src/graphql/trusted-documents.ts) by hash without
 * a registering request first, so `GET /graphql?extensions={"persistedQuery":...}` for a
 * published operation is a short URL a CDN can cache. With TRUSTED_DOCUMENTS=only, a caller
 * without an editor's token (anonymous, or a partner's key embedded in a public page) may run
 * only those operations, sent by hash or in full (with or without the `__typename` fields clients
 * add); anything else is refused before it runs and is never registered. An editor's token still
 * runs anything.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import { GraphQLError, parse, type DocumentNode } from "graphql";
import type { Config } from "../config.js";
import type { RequestContext } from "../graphql/context.js";
import { trustedShapeHash } from "../graphql/trusted-documents.js";
import { EDITOR_ROLE } from "../graphql/writes/write-access.js";

/** Apollo's persisted-query cache, with the manifest's documents found first (Apollo prefixes the keys with "apq:"). */
export function persistedQueryCache(manifest: ReadonlyMap<string, string>, maxMb: number): KeyValueCache<string> {
  const registered = new InMemoryLRUCache<string>({ maxSize: maxMb * 1024 * 1024 });
  const fromManifest = (key: string) => (key.startsWith("apq:") ? manifest.get(key.slice(4)) : undefined);
  return {
    get: async (key) => fromManifest(key) ?? registered.get(key),
    set: (key, value, options) => registered.set(key, value, options),
    delete: (key) => registered.delete(key),
  };
}

export function trustedDocumentsOnly(mode: Config["trustedDocuments"], manifest: ReadonlyMap<string, string>): ApolloServerPlugin<RequestContext> {
  const trusted = new Set([...manifest.values()].map((text) => trustedShapeHash(parse(text))));
  const hashes = new WeakMap<DocumentNode, string>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (mode !== "only" || contextValue.jwt?.roles.includes(EDITOR_ROLE)) return;
          let hash = hashes.get(document);
          if (hash === undefined) {
            hash = trustedShapeHash(document);
            hashes.set(document, hash);
          }
          if (!trusted.has(hash)) {
            throw new GraphQLError(
              "This API runs only its published operations for callers without an editor's token (TRUSTED_DOCUMENTS=only), and this is not one of them. The README lists them (operations/); send one by its hash or in full.",
              { extensions: { code: "PERSISTED_QUERY_NOT_IN_LIST", http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

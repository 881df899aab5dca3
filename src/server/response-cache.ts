/**
 * Whole-response cache for anonymous reads (Apollo's response cache plugin): a repeated query with
 * the same variables at the same graph version is answered without running it (one statement reads
 * the version: src/graphql/graph-version.ts). The version is part of every key, so after a write
 * anywhere the next read gets the new answer; old entries are left to expire (CACHE_MAX_AGE_S) or
 * to the LRU. In this process's memory by default (RESPONSE_CACHE_MB of answers); in Redis (REDIS_URL) when several API instances
 * should share one. Requests with an editor's token neither read nor fill it. Cache errors (Redis
 * away) count as misses: the API answers from Neo4j instead.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { ErrorsAreMissesCache, InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import { createClient } from "redis";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { answerVersion, isCacheable, versionOf, type CachingContext } from "./answer-caching.js";

export interface ResponseCache {
  plugin: ApolloServerPlugin<CachingContext> | undefined;
  /**
   * Drops every cached answer at once. Answers of older graph versions are never served again
   * anyway; an erasure (AVG) purges them so no copy of the erased name stays in memory or Redis.
   */
  purge(): Promise<void>;
  close(): Promise<void>;
}

const PREFIX = "kg-response:";

async function redisCache(url: string, log: Logger): Promise<{ cache: KeyValueCache; purge(): Promise<void>; close(): Promise<void> }> {
  const client = createClient({ url });
  client.on("error", (error: Error) => log.warn({ err: error }, "response cache: Redis error (answering from Neo4j)"));
  await client.connect();
  const cache: KeyValueCache = {
    get: async (key) => (await client.get(key)) ?? undefined,
    set: async (key, value, options) => {
      await client.set(key, value, options?.ttl ? { expiration: { type: "EX", value: Math.ceil(options.ttl) } } : {});
    },
    delete: async (key) => {
      await client.del(key);
    },
  };
  const purge = async () => {
    for await (const keys of client.scanIterator({ MATCH: `${PREFIX}*`, COUNT: 500 })) if (keys.length > 0) await client.del(keys);
  };
  return { cache, purge, close: async () => void (await client.quit()) };
}

export async function createResponseCache(
  config: Config["responseCache"],
  answers: { maxAgeSeconds: number; schemaFingerprint: string },
  log: Logger,
  memoryMb: number,
): Promise<ResponseCache> {
  if (config.store === "off") return { plugin: undefined, purge: async () => undefined, close: async () => undefined };
  const memory = () => {
    const lru = new InMemoryLRUCache({ maxSize: memoryMb * 1024 * 1024 });
    return { cache: lru, purge: async () => lru.clear(), close: async () => undefined };
  };
  const { cache, purge, close } = config.store === "redis" && config.redisUrl ? await redisCache(config.redisUrl, log) : memory();
  const cacheable = async (requestContext: GraphQLRequestContext<CachingContext>) => isCacheable(requestContext, answers.maxAgeSeconds);
  const plugin = responseCachePlugin<CachingContext>({
    cache: new ErrorsAreMissesCache(new PrefixingKeyValueCache(cache, PREFIX)),
    // Asked before shouldReadFromCache: an editor's request reads no version for it.
    extraCacheKeyData: async (requestContext) =>
      (await cacheable(requestContext)) ? answerVersion(await versionOf(requestContext.contextValue), answers.schemaFingerprint) : null,
    shouldReadFromCache: cacheable,
    shouldWriteToCache: cacheable,
  });
  return {
    plugin: {
      async requestDidStart(requestContext) {
        const listener = (await plugin.requestDidStart?.(requestContext)) ?? {};
        return {
          ...listener,
          // The version is read here, where a failure (Neo4j away) is answered as such (503); the plugin
          // asks for it in responseForOperation, where an error would be an internal one.
          async didResolveOperation(requestContext) {
            if (await cacheable(requestContext)) await versionOf(requestContext.contextValue);
          },
        };
      },
    },
    purge: () => purge().catch((error: unknown) => log.warn({ err: error }, "response cache: purge failed")),
    close,
  };
}

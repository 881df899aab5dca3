/**
 * Whole-response cache for anonymous reads (Apollo's response cache plugin): a repeated query with
 * the same variables is answered without touching Neo4j for as long as its cache hints allow
 * (CACHE_MAX_AGE_S). In this process's memory by default; in Redis (REDIS_URL) when several API
 * instances should share one. Requests with an editor's token neither read nor fill it. Cache
 * errors (Redis away) count as misses: the API answers from Neo4j instead.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { ErrorsAreMissesCache, InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import { createClient } from "redis";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";

/** About 50 MB of cached responses in memory before the least recently used go. */
const MEMORY_BYTES = 50 * 1024 * 1024;

export interface ResponseCache {
  plugin: ApolloServerPlugin<{ jwt?: unknown }> | undefined;
  close(): Promise<void>;
}

async function redisCache(url: string, log: Logger): Promise<{ cache: KeyValueCache; close(): Promise<void> }> {
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
  return { cache, close: async () => void (await client.quit()) };
}

export async function createResponseCache(config: Config["responseCache"], log: Logger): Promise<ResponseCache> {
  if (config.store === "off") return { plugin: undefined, close: async () => undefined };
  const { cache, close } =
    config.store === "redis" && config.redisUrl
      ? await redisCache(config.redisUrl, log)
      : { cache: new InMemoryLRUCache({ maxSize: MEMORY_BYTES }), close: async () => undefined };
  const anonymous = async ({ contextValue }: { contextValue: { jwt?: unknown } }) => !contextValue.jwt;
  return {
    plugin: responseCachePlugin({
      cache: new ErrorsAreMissesCache(new PrefixingKeyValueCache(cache, "kg-response:")),
      shouldReadFromCache: anonymous,
      shouldWriteToCache: anonymous,
    }),
    close,
  };
}

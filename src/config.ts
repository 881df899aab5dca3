/**
 * The one place that reads the environment. Everything else receives a `Config`.
 * Bad values stop the process with a message naming the variable, the value and what is allowed.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { IDENTITY_ROLE_MAP, parseRoleMap, type RoleMap } from "./auth/role-map.js";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Dev default for the local database only; documented in the README. Never used with NEO4J_URI. */
export const LOCAL_DEV_PASSWORD = "youthcare-dev";

const port = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number between 1 and 65535" })
    .int("must be a whole number between 1 and 65535")
    .min(1, "must be a whole number between 1 and 65535")
    .max(65535, "must be a whole number between 1 and 65535")
    .default(fallback);

const nonEmpty = z.string().trim().min(1, "must not be empty");

/** A list in one variable: values separated by commas or spaces. */
const list = (value: string) => value.split(/[\s,]+/).filter(Boolean);

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** An issuer the API may trust: https, or http only on this machine (the tests' provider); no query, fragment or credentials. */
function isIssuerUrl(value: string): boolean {
  const url = URL.parse(value);
  if (!url || url.search || url.hash || url.username || url.password) return false;
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
}

const count = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`)
    .default(fallback);

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .trim()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/,
      "must be a Bolt URI such as bolt://localhost:7687 or neo4j+s://host:7687",
    )
    .optional(),
  NEO4J_USER: nonEmpty.default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{2,62}$/, "must be a Neo4j database name (3-63 chars, lowercase letters, digits, '.', '-')")
    .default("neo4j"),
  PORT: port(4000),
  HOST: nonEmpty.default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_LOCAL_HOME: nonEmpty.default(path.join(projectRoot, ".neo4j")),
  NEO4J_LOCAL_BOLT_PORT: port(7687),
  NEO4J_LOCAL_HEAP: z.string().regex(/^\d+[mg]$/, "must be a JVM size such as 512m or 1g").default("512m"),
  NEO4J_LOCAL_PAGECACHE: z.string().regex(/^\d+[mg]$/, "must be a size such as 256m or 1g").default("256m"),
  NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(600).default(120),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters (HS256 key)").optional(),
  JWT_MAX_AGE_S: count(60, 30 * 86_400, 12 * 3600),
  // No longer read: a key set without an issuer and an audience to check (see loadConfig).
  JWKS_URL: z.string().optional(),
  ALLOW_SHARED_SECRET_TOKENS: z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
  NODE_ENV: z.string().optional(),
  OIDC_ISSUER: z
    .string()
    .transform(list)
    .pipe(z.array(z.string().refine(isIssuerUrl, "must be issuer URLs (https; http only for 127.0.0.1, localhost or [::1]), separated by commas or spaces, exactly as the tokens' \"iss\" names them")))
    .optional(),
  OIDC_AUDIENCE: z.string().transform(list).pipe(z.array(z.string())).optional(),
  OIDC_ROLES_CLAIM: z.string().trim().regex(/^\S+$/, "must be the name of one claim, such as roles, groups or eduperson_entitlement").default("roles"),
  OIDC_ROLE_MAP: z
    .string()
    .transform((value, ctx) => {
      const map = parseRoleMap(value);
      if (typeof map === "string") {
        ctx.addIssue({ code: "custom", message: map });
        return z.NEVER;
      }
      return map;
    })
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().regex(/^\S+$/, "must be the client id of the /edit page's public client at the first issuer").optional(),
  OIDC_SCOPES: z
    .string()
    .transform(list)
    .pipe(z.array(z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, "must be OAuth scopes separated by spaces")))
    .default(["openid", "profile"]),
  CORS_ORIGINS: z
    .string()
    .transform((value) => value.split(",").map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.literal("*"), z.url({ protocol: /^https?$/, error: "must be '*' or origins such as https://partner.example" })])))
    .default([]),
  API_KEYS: z
    .string()
    .transform((value) => value.split(",").map((pair) => pair.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[\w.-]{1,64}:[\w.~+/=-]{16,}$/, "must be name:key pairs, comma-separated, keys of 16+ characters")))
    .default([]),
  RATE_LIMIT_PER_MINUTE: count(1, 1_000_000, 600),
  RATE_LIMIT_PER_MINUTE_WITH_KEY: count(1, 1_000_000, 6000),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  MAX_DEPTH: count(1, 100, 10),
  MAX_ALIASES: count(0, 1000, 15),
  MAX_TOKENS: count(10, 100_000, 2000),
  MAX_DIRECTIVES: count(0, 1000, 20),
  MAX_COST: count(10, 10_000_000, 5000),
  MAX_BODY_BYTES: count(1024, 10_000_000, 100_000),
  EDITOR_MAX_BODY_BYTES: count(1024, 50_000_000, 4_000_000),
  DOCUMENT_MAX_BYTES: count(1024, 200_000_000, 20_000_000),
  MAX_FILTER_CLAUSES: count(1, 10_000, 100),
  MAX_INPUT_DEPTH: count(4, 100, 20),
  QUERY_TIMEOUT_MS: count(100, 600_000, 5_000),
  INTROSPECTION: z.enum(["true", "false"], { error: "must be true or false" }).default("true"),
  CACHE_MAX_AGE_S: count(0, 86_400, 60),
  RESPONSE_CACHE: z.enum(["memory", "redis", "off"], { error: "must be memory, redis or off" }).default("memory"),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  RESPONSE_CACHE_MB: count(1, 100_000, 16),
  DOCUMENT_CACHE_MB: count(1, 10_000, 4),
  SHUTDOWN_TIMEOUT_S: count(1, 600, 10),
  CHANGE_STREAMS_MAX: count(1, 100_000, 500),
  CHANGE_STREAM_POLL_MS: count(100, 60_000, 1000),
  CHANGE_STREAM_HEARTBEAT_S: count(1, 300, 15),
  CHANGE_STREAM_REPLAY_MAX: count(1, 100_000, 1000),
  TRUSTED_DOCUMENTS: z.enum(["off", "only"], { error: "must be off or only" }).default("off"),
  MIGRATE_ON_START: z.enum(["true", "false"], { error: "must be true or false" }).default("true"),
  ERASURE_LOG_FILE: nonEmpty.default(path.join(projectRoot, "data", "erasure-log.jsonl")),
  ERASURE_LOG_KEY: z.string().min(32, "must be at least 32 characters (the key of the erasure log's id hashes)").optional(),
  EXPORT_LICENCE: z
    .string()
    .trim()
    .regex(/^(https?:\/\/\S+|[A-Za-z0-9][A-Za-z0-9.+-]*)$/, "must be an SPDX licence id such as CC-BY-4.0, or the licence's http(s) URL")
    .optional(),
  EXPORT_TIMEOUT_S: count(1, 3600, 300),
  EXPORTS_MAX: count(1, 1000, 4),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be the http(s) URL of an OTLP collector, such as http://localhost:4318" }).optional(),
  OTEL_SERVICE_NAME: nonEmpty.default("youth-care-kg"),
  TEST_ALLOW_RESET: z.enum(["0", "1"], { error: "must be 1 (the integration tests may mark and reset this database) or 0" }).default("0"),
});

export interface Config {
  neo4j: {
    /** Set when the user configured a server; otherwise the project runs its own local Neo4j. */
    uri: string;
    external: boolean;
    user: string;
    password: string;
    database: string;
  };
  localNeo4j: {
    home: string;
    boltPort: number;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
    /** The server's default transaction timeout, for clients that set none (QUERY_TIMEOUT_MS). */
    transactionTimeoutMs: number;
  };
  server: { host: string; port: number };
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /**
   * How bearer tokens are verified (src/auth/editor-token.ts): those of the trusted OpenID
   * providers, and HS256 ones signed with `jwtSecret` (development and tests; refused in production
   * unless ALLOW_SHARED_SECRET_TOKENS=true). Without either, no token is accepted and every write
   * is refused. A shared-secret token may live at most `maxAgeSeconds` from its `iat`.
   */
  auth: {
    jwtSecret: string | undefined;
    maxAgeSeconds: number;
    oidc: OidcConfig | undefined;
    /** Clocks of issuers and of this server differ a little: exp, nbf and iat are checked this leniently. Not an environment variable. */
    clockToleranceSeconds: number;
    /** After fetching an issuer's keys, how long a token with an unknown key id waits for the next fetch (refused meanwhile). Not an environment variable. */
    keysRefetchCooldownMs: number;
  };
  /** How long one Cypher transaction the API runs may take before Neo4j stops it (QUERY_TIMEOUT). */
  queryTimeoutMs: number;
  http: {
    /** Origins allowed to call the API from a browser; "*" lets any origin make anonymous GET reads. */
    corsOrigins: string[];
    /** Partner API keys (sent as `x-api-key`), by key: the partner's name, shown in logs and metrics. */
    apiKeys: Map<string, string>;
    rateLimitPerMinute: number;
    rateLimitPerMinuteWithKey: number;
    /** Proxy hops to trust for the client's address (X-Forwarded-For); 0 when clients connect directly. */
    trustProxy: number;
    maxBodyBytes: number;
    /** The body limit for requests with an editor's token: a source's whole text fits (addSource, reviseSource). */
    editorMaxBodyBytes: number;
    /** The largest document POST /documents/text reads (editors only). */
    documentMaxBytes: number;
    /** Seconds anonymous reads may be cached (Cache-Control max-age and the response cache); 0 turns caching off. */
    cacheMaxAgeSeconds: number;
    shutdownTimeoutMs: number;
  };
  /** The change feed's live stream (GET /changes/stream, src/change-feed/). */
  changeFeed: {
    /** Server-sent event streams one process keeps open at once; more are refused with 503. */
    maxStreams: number;
    /** How often a process with open streams asks the graph for revisions other processes committed. */
    pollIntervalMs: number;
    /** A comment sent on an idle stream this often, so proxies do not close it. */
    heartbeatMs: number;
    /** The most revisions one connection replays; a client further behind gets them over several reconnects. */
    replayMax: number;
  };
  /** The open-data exports (GET /export/..., src/export/). */
  exports: {
    /** The licence the manifest of every export names (EXPORT_LICENCE); null until the operator sets one. */
    licence: string | null;
    /** How long one export's read transaction may stay open, the reader's download included. */
    timeoutMs: number;
    /** Exports one process streams at once; more are refused with 503 and Retry-After. */
    maxConcurrent: number;
  };
  /** "only": callers without an editor's token may run only the published operations (the trusted documents). */
  trustedDocuments: "off" | "only";
  /** Apply pending migrations at start-up (MIGRATE_ON_START); otherwise `npm run db:migrate` does. */
  migrateOnStart: boolean;
  /** Where whole responses to anonymous reads are cached: this process's memory, a shared Redis, or nowhere. */
  responseCache: { store: "memory" | "redis" | "off"; redisUrl: string | undefined };
  /**
   * What the caches in this process may hold, in megabytes as the caches count them (the length of
   * a cached answer's text; of a parsed document's JSON): the response cache when it is in memory
   * (RESPONSE_CACHE_MB), and Apollo's parsed and validated operations and the texts of persisted
   * queries registered by hash (DOCUMENT_CACHE_MB, each). The least recently used go first.
   */
  cacheSizes: { responseMb: number; documentsMb: number };
  /** OpenTelemetry traces over OTLP (src/tracing/): off without an endpoint. */
  tracing: { endpoint: string | undefined; serviceName: string };
  queryLimits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
    maxCost: number;
    /** Conditions in all the `where` filters of one request together, counted once the variables are known. */
    maxFilterClauses: number;
    /** How deeply the objects and lists of a request's arguments and variables may nest. */
    maxInputDepth: number;
    introspection: boolean;
  };
  /**
   * For the integration tests only: mark the configured database as one they may reset, although it
   * is neither the project's local Neo4j nor empty (src/db/test-database.ts).
   */
  /**
   * The erasure log (src/writes/erasure-log.ts): where it is kept, outside the database, and the
   * key of its id hashes (ERASURE_LOG_KEY, else JWT_SECRET; without either, erasure is refused).
   */
  erasure: { logFile: string; key: string | undefined };
  testAllowReset: boolean;
}

/** The OpenID providers whose access tokens the API trusts (OIDC_*). */
export interface OidcConfig {
  /** Issuer identifiers, exactly as tokens' `iss` names them; the first is where the /edit page signs in. */
  issuers: string[];
  /** The API's identifiers at the providers: a token's `aud` must name one of them. */
  audiences: string[];
  /** The claim that holds the user's groups or app roles (OIDC_ROLES_CLAIM). */
  rolesClaim: string;
  /** Which of the claim's values grant which role (OIDC_ROLE_MAP). */
  roleMap: RoleMap;
  /** What the /edit page needs to sign in (GET /edit/sign-in.json); absent without OIDC_CLIENT_ID. */
  signIn: { clientId: string; scopes: string[] } | undefined;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as a shell's `VAR=` usually means.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(env[name])}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  const external = e.NEO4J_URI !== undefined;
  if (external && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError("Invalid configuration:\n  NEO4J_PASSWORD is required when NEO4J_URI is set");
  }
  if (e.RESPONSE_CACHE === "redis" && e.REDIS_URL === undefined) {
    throw new ConfigError("Invalid configuration:\n  REDIS_URL is required when RESPONSE_CACHE=redis");
  }
  const oidc = oidcConfig(e);
  if (e.NODE_ENV === "production" && e.JWT_SECRET !== undefined && e.ALLOW_SHARED_SECRET_TOKENS !== "true") {
    throw new ConfigError(
      "Invalid configuration:\n  JWT_SECRET is set and NODE_ENV=production (npm start's default): tokens signed with a shared secret are refused in production, " +
        "since whoever holds the secret can sign an editor's token for anyone. Sign editors in through an identity provider (OIDC_ISSUER, OIDC_AUDIENCE), " +
        "or set ALLOW_SHARED_SECRET_TOKENS=true to accept them anyway (for a local trial), or NODE_ENV=development. " +
        "If JWT_SECRET also keys the erasure log, move its value to ERASURE_LOG_KEY.",
    );
  }
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_LOCAL_BOLT_PORT}`,
      external,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? LOCAL_DEV_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    localNeo4j: {
      home: path.resolve(e.NEO4J_LOCAL_HOME),
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_S * 1000,
      transactionTimeoutMs: e.QUERY_TIMEOUT_MS,
    },
    server: { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    auth: { jwtSecret: e.JWT_SECRET, maxAgeSeconds: e.JWT_MAX_AGE_S, oidc, clockToleranceSeconds: 30, keysRefetchCooldownMs: 30_000 },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    http: {
      corsOrigins: e.CORS_ORIGINS,
      apiKeys: new Map(e.API_KEYS.map((pair) => [pair.slice(pair.indexOf(":") + 1), pair.slice(0, pair.indexOf(":"))])),
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      rateLimitPerMinuteWithKey: e.RATE_LIMIT_PER_MINUTE_WITH_KEY,
      trustProxy: e.TRUST_PROXY,
      maxBodyBytes: e.MAX_BODY_BYTES,
      editorMaxBodyBytes: Math.max(e.EDITOR_MAX_BODY_BYTES, e.MAX_BODY_BYTES),
      documentMaxBytes: e.DOCUMENT_MAX_BYTES,
      cacheMaxAgeSeconds: e.CACHE_MAX_AGE_S,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_S * 1000,
    },
    responseCache: { store: e.RESPONSE_CACHE, redisUrl: e.REDIS_URL },
    cacheSizes: { responseMb: e.RESPONSE_CACHE_MB, documentsMb: e.DOCUMENT_CACHE_MB },
    tracing: { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: e.OTEL_SERVICE_NAME },
    changeFeed: {
      maxStreams: e.CHANGE_STREAMS_MAX,
      pollIntervalMs: e.CHANGE_STREAM_POLL_MS,
      heartbeatMs: e.CHANGE_STREAM_HEARTBEAT_S * 1000,
      replayMax: e.CHANGE_STREAM_REPLAY_MAX,
    },
    exports: { licence: e.EXPORT_LICENCE ?? null, timeoutMs: e.EXPORT_TIMEOUT_S * 1000, maxConcurrent: e.EXPORTS_MAX },
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    migrateOnStart: e.MIGRATE_ON_START === "true",
    queryLimits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      maxFilterClauses: e.MAX_FILTER_CLAUSES,
      maxInputDepth: e.MAX_INPUT_DEPTH,
      introspection: e.INTROSPECTION === "true",
    },
    erasure: { logFile: path.resolve(e.ERASURE_LOG_FILE), key: e.ERASURE_LOG_KEY ?? e.JWT_SECRET },
    testAllowReset: e.TEST_ALLOW_RESET === "1",
  };
}

/** OIDC_* as one setting, checked as a whole: an issuer needs an audience, and the other settings need an issuer. */
function oidcConfig(e: z.infer<typeof envSchema>): OidcConfig | undefined {
  if (e.JWKS_URL !== undefined) {
    throw new ConfigError(
      "Invalid configuration:\n  JWKS_URL is no longer read: a key set alone says nothing of whom a token was issued for. " +
        "Set OIDC_ISSUER to the issuer whose keys these are (its discovery document names them) and OIDC_AUDIENCE to this API's identifier there.",
    );
  }
  const issuers = e.OIDC_ISSUER ?? [];
  if (issuers.length === 0) {
    const stray = (["OIDC_AUDIENCE", "OIDC_ROLE_MAP", "OIDC_CLIENT_ID"] as const).filter((name) => e[name] !== undefined);
    if (stray.length > 0) throw new ConfigError(`Invalid configuration:\n  ${stray.join(", ")} ${stray.length > 1 ? "are" : "is"} set without OIDC_ISSUER: name the issuer(s) whose tokens the API trusts`);
    return undefined;
  }
  const audiences = e.OIDC_AUDIENCE ?? [];
  if (audiences.length === 0) {
    throw new ConfigError("Invalid configuration:\n  OIDC_AUDIENCE is required when OIDC_ISSUER is set: this API's identifier at the provider (its application id or URI), which tokens' \"aud\" must name");
  }
  return {
    issuers: [...new Set(issuers)],
    audiences,
    rolesClaim: e.OIDC_ROLES_CLAIM,
    roleMap: e.OIDC_ROLE_MAP ?? IDENTITY_ROLE_MAP,
    signIn: e.OIDC_CLIENT_ID === undefined ? undefined : { clientId: e.OIDC_CLIENT_ID, scopes: e.OIDC_SCOPES },
  };
}

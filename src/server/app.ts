/**
 * The HTTP API: Apollo Server on /graphql over the schema built from `schema/`, behind the
 * protections a public API needs (CORS, API keys and rate limits, body and query limits, verified
 * editor tokens), plus the change feed (src/change-feed/) and health, readiness and metrics
 * endpoints. Created once per process; each request gets its own context.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin, type ContextFunction } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware, type ExpressContextFunctionArgument } from "@as-integrations/express5";
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler } from "express";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { pinoHttp } from "pino-http";
import { CHANGE_FEED_PATHS, createChangeFeed, type ChangeFeed } from "../change-feed/routes.js";
import type { Config } from "../config.js";
import { observeStatements, type StatementEvent } from "../db/observed-driver.js";
import { readQuery } from "../db/neo4j.js";
import { createContext, type RequestContext } from "../graphql/context.js";
import { GraphVersions } from "../graphql/graph-version.js";
import { readGraphVersion } from "../writes/revisions.js";
import { buildSchema } from "../graphql/schema.js";
import { Vocabulary } from "../graphql/vocabulary.js";
import { LiveNames, NAME_INDEX_READ_TIMEOUT_MS } from "../search/live-names.js";
import { readTrustedDocuments } from "../graphql/trusted-documents.js";
import { writeAccess } from "../graphql/writes/write-access.js";
import type { Logger } from "../logger.js";
import { ERASE_PERSON } from "../writes/erasure.js";
import { erasureLogOf } from "../writes/erasure-log.js";
import type { RevisionRecord } from "../writes/revisions.js";
import type { Tracing } from "../tracing/tracing.js";
import { mountWeb } from "../web/server.js";
import { EXPORT_PATHS, exportRoutes } from "../export/export-routes.js";
import { answerCaching, schemaFingerprint, withoutGeneratedETags } from "./answer-caching.js";
import { BOOKMARK_HEADER, bookmarkAnswers, bookmarksOfRequest } from "./bookmarks.js";
import { clientOf, identifyClient, rateLimitPerClient } from "./clients.js";
import { corsPolicy } from "./cors.js";
import { csrfPreventionForCookies } from "./csrf.js";
import { signInRoutes } from "./sign-in.js";
import { editorTokenVerifier, type VerifiedToken, type VerifyEditorToken } from "../auth/editor-token.js";
import { DOCUMENT_TEXT_PATH, documentRoutes } from "../documents/routes.js";
import { EDITOR_ROLE } from "../auth/roles.js";
import { classifyError, formatError } from "./format-error.js";
import { healthRoutes } from "./health.js";
import { ListenError, sendError } from "./http-errors.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { queryLimits } from "./query-limits.js";
import { createResponseCache, type ResponseCache } from "./response-cache.js";
import { persistedQueryCache, trustedDocumentsOnly } from "./trusted-documents.js";
import { argumentChecks, noSubscriptions, selectionsBeyondTypename } from "./request-checks.js";

type ServerContext = RequestContext & { requestId: string; client: string; log: Logger };

const REQUEST_ID = /^[\w.:-]{1,100}$/;
/** Query parameters that carry a sign-in's secrets (an authorization code coming back to /edit, a token someone put in a URL): never logged. */
const SECRET_PARAMETERS = /([?&](?:code|state|session_state|id_token|access_token|refresh_token|token)=)[^&#]*/gi;

/** The URL as the request log keeps it: the values of SECRET_PARAMETERS replaced. */
export const loggedUrl = (url: string) => url.replace(SECRET_PARAMETERS, "$1[redacted]");
const UNLOGGED_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

const internalErrorLogging: ApolloServerPlugin<ServerContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          const code = error.extensions?.code;
          if ((code === undefined || code === "INTERNAL_SERVER_ERROR") && classifyError(error) === null) {
            contextValue.log.error({ err: error.originalError ?? error, operationName, path: error.path }, "internal error");
          }
        }
      },
    };
  },
};

export interface Api {
  app: Express;
  /** Starts listening; resolves with the base URL (port 0 picks a free port). */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting connections, lets requests in flight finish (up to SHUTDOWN_TIMEOUT_S), stops Apollo. */
  close(): Promise<void>;
}

/**
 * The API, read top-down: the schema, what each request's context needs, Apollo with its checks,
 * the HTTP routes in the order a request meets them, then listen and close.
 */
export async function createApi(options: { config: Config; driver: Driver; log: Logger; tracing?: Tracing | undefined }): Promise<Api> {
  const { config, log, tracing } = options;
  const metrics = createMetrics();
  // Every statement the API sends is timed and counted for /metrics (and traced, when tracing is on).
  const observe = tracing
    ? (event: StatementEvent) => {
        metrics.observeStatement(event);
        tracing.statementSpan(event, config.neo4j.database);
      }
    : metrics.observeStatement;
  const driver = observeStatements(options.driver, observe);
  const schema = await buildSchema({ driver });
  const changeFeed = createChangeFeed({ config, driver, log, metrics });
  const answers = { maxAgeSeconds: config.http.cacheMaxAgeSeconds, schemaFingerprint: schemaFingerprint(schema) };
  const responseCache = await createResponseCache(config.responseCache, answers, log, config.cacheSizes.responseMb);
  // Search's name index, built from the graph before the API serves (src/search/live-names.ts); when Neo4j cannot answer yet, the first search builds it.
  const names = new LiveNames(readQuery(driver, config.neo4j.database, Math.max(config.queryTimeoutMs, NAME_INDEX_READ_TIMEOUT_MS)));
  await names.now().catch((error: unknown) => log.warn({ err: error }, "search's name index not built at start-up; the first search builds it"));
  // What follows a committed write: the name index and the change streams at once; after an erasure, no cached copy of the erased name.
  const onCommitted = (revision: RevisionRecord) => {
    names.committed(revision);
    changeFeed.publish(revision);
    if (revision.operation === ERASE_PERSON) void responseCache.purge();
  };
  // A request's token is verified once, whoever asks first: the body limit, the document route or the GraphQL context.
  const tokenOf = tokenPerRequest(editorTokenVerifier(config.auth));
  const context = requestContext({ config, driver, metrics, names, onCommitted, tokenOf });
  const limits = queryLimits(config.queryLimits);
  const trustedDocuments = readTrustedDocuments();

  const app = express();
  const httpServer = createHttpServer(app);
  const apollo = await startApollo({ config, schema, driver, metrics, limits, trustedDocuments, answers, responseCache, httpServer, tracing });
  mountRoutes(app, { config, driver, log, metrics, graphql: withoutGeneratedETags(expressMiddleware(apollo, { context })), changeFeed, tracing, tokenOf });

  return {
    app,
    listen: (port, host) => listen(httpServer, port, host),
    close: async () => {
      // Open event streams never finish by themselves: end them first, or draining would wait SHUTDOWN_TIMEOUT_S for them.
      changeFeed.close();
      await apollo.stop();
      await responseCache.close();
    },
  };
}

/** Each request's context: a session and loaders of its own, the verified editor token (if any), and who asks, for the logs. */
function requestContext(deps: { config: Config; driver: Driver; metrics: Metrics; names: LiveNames; onCommitted: (revision: RevisionRecord) => void; tokenOf: TokenOf }): ContextFunction<[ExpressContextFunctionArgument], ServerContext> {
  const { config, driver, metrics, names, onCommitted, tokenOf } = deps;
  const read = readQuery(driver, config.neo4j.database, config.queryTimeoutMs);
  // Theme and region names are read once per graph version, not per request (vocabulary.ts).
  const vocabulary = new Vocabulary(read);
  // Every request that caches or is cached reads the graph version, at most one read at a time (graph-version.ts).
  const graphVersions = new GraphVersions(() => readGraphVersion(read));
  const erasureLog = erasureLogOf(config);
  return async ({ req, res }) => {
    const jwt = await tokenOf(req).catch((error: unknown) => {
      metrics.countError("UNAUTHENTICATED");
      throw error;
    });
    const bookmarks = jwt ? bookmarksOfRequest(req.headers[BOOKMARK_HEADER], driver.executeQueryBookmarkManager) : undefined;
    return {
      ...createContext({
        driver,
        bookmarks,
        database: config.neo4j.database,
        vocabulary,
        names,
        graphVersions,
        jwt,
        timeoutMs: config.queryTimeoutMs,
        log: req.log,
        requestId: String(req.id),
        erasureLog,
        onCommitted,
      }),
      requestId: String(req.id),
      client: clientOf(res),
      log: req.log,
    };
  };
}

function createHttpServer(app: Express): Server {
  const httpServer = createServer(app);
  // Keep idle connections open longer than the load balancers in front usually do (60 s), so they never reuse a closed one.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  return httpServer;
}

/** What Apollo and its plugins are built from. */
interface ApolloParts {
  config: Config;
  schema: GraphQLSchema;
  driver: Driver;
  metrics: Metrics;
  limits: ReturnType<typeof queryLimits>;
  trustedDocuments: Map<string, string>;
  /** What answers may be cached for, and the schema they belong to (answer-caching.ts). */
  answers: { maxAgeSeconds: number; schemaFingerprint: string };
  responseCache: ResponseCache;
  /** Drained on close, so requests in flight finish. */
  httpServer: Server;
  tracing: Tracing | undefined;
}

/** Apollo Server over the schema, with every check a request passes before and while it runs; started, ready to mount. */
async function startApollo(parts: ApolloParts): Promise<ApolloServer<ServerContext>> {
  const { config, schema, limits, trustedDocuments } = parts;
  const apollo = new ApolloServer<ServerContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.queryLimits.introspection,
    validationRules: [...limits.validationRules, noSubscriptions, selectionsBeyondTypename],
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    persistedQueries: { cache: persistedQueryCache(trustedDocuments, config.cacheSizes.documentsMb) },
    // Apollo's default keeps 30 MB (as JSON) of parsed and validated operations; anonymous callers choose how many distinct ones there are.
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: config.cacheSizes.documentsMb * 1024 * 1024 }),
    // Replaced by csrfPreventionForCookies (csrf.ts): Apollo's refuses every GET without an extra header, plain links and urql included.
    csrfPrevention: false,
    // main.ts owns shutdown (finish requests, then close the driver); Apollo's own handler would re-raise the signal and kill the process midway.
    stopOnTerminationSignals: false,
    plugins: apolloPlugins(parts),
  });
  await apollo.start();
  return apollo;
}

/** Apollo's plugins. Apollo runs each hook in this order, for every request: keep it. */
function apolloPlugins(parts: ApolloParts): ApolloServerPlugin<ServerContext>[] {
  const { config, schema, metrics, limits, trustedDocuments, answers, responseCache, httpServer, tracing } = parts;
  return [
    ...(tracing ? [tracing.operationNaming as ApolloServerPlugin<ServerContext>] : []),
    // Who may write is decided first, on the whole operation, before any check or statement runs.
    writeAccess as ApolloServerPlugin<ServerContext>,
    trustedDocumentsOnly(config.trustedDocuments, trustedDocuments) as ApolloServerPlugin<ServerContext>,
    ...(limits.plugins as ApolloServerPlugin<ServerContext>[]),
    argumentChecks(schema, config.queryLimits),
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.shutdownTimeoutMs }),
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginLandingPageDisabled(),
    // Before the response cache: a revalidation with the current ETag is answered 304 without even a cache lookup.
    answerCaching<ServerContext>(answers),
    ...(responseCache.plugin ? [responseCache.plugin as ApolloServerPlugin<ServerContext>] : []),
    metrics.apolloPlugin,
    bookmarkAnswers as ApolloServerPlugin<ServerContext>,
    internalErrorLogging,
  ];
}

/** The routes, in the order a request meets them: probes, request logging, /graphql, the change feed, the exports, the editor's desk's document reader and sign-in settings, the web pages, then body errors. */
function mountRoutes(app: Express, deps: { config: Config; driver: Driver; log: Logger; metrics: Metrics; graphql: RequestHandler; changeFeed: ChangeFeed; tracing: Tracing | undefined; tokenOf: TokenOf }): void {
  const { config, driver, log, metrics, graphql, changeFeed, tracing, tokenOf } = deps;
  app.disable("x-powered-by");
  app.set("trust proxy", config.http.trustProxy);
  mountProbes(app, { config, driver, metrics });
  // Probes stay out of the traces, as out of the logs.
  if (tracing) app.use(tracing.requestSpans);
  app.use(requestLogging(log));
  app.use(
    "/graphql",
    corsPolicy(config.http.corsOrigins),
    csrfPreventionForCookies(),
    identifyClient(config.http.apiKeys, metrics),
    rateLimitPerClient(config.http, metrics),
    jsonBody(config, tokenOf),
    tracing ? tracing.operationSpan(graphql) : graphql,
  );
  // The feed's callers are /graphql's: the same origins, keys and limits (a count of their own, like the probes').
  app.use(CHANGE_FEED_PATHS, corsPolicy(config.http.corsOrigins), identifyClient(config.http.apiKeys, metrics), rateLimitPerClient(config.http, metrics));
  app.use(changeFeed.routes);
  // The open-data exports too: whole-graph reads, bounded by the rate limit, EXPORTS_MAX and EXPORT_TIMEOUT_S.
  app.use(EXPORT_PATHS, corsPolicy(config.http.corsOrigins), identifyClient(config.http.apiKeys, metrics), rateLimitPerClient(config.http, metrics));
  app.use(exportRoutes({ config, driver, log, metrics }));
  // A document's text for the editor's desk: editors only, so the rate limit is the editors' business.
  app.use(DOCUMENT_TEXT_PATH, corsPolicy(config.http.corsOrigins), identifyClient(config.http.apiKeys, metrics), rateLimitPerClient(config.http, metrics));
  app.use(documentRoutes({ maxBytes: config.http.documentMaxBytes, tokenOf, log }));
  app.use(signInRoutes(config.auth.oidc));
  mountWeb(app, { log });
  app.use(bodyErrors(config, metrics));
}

/** /healthz, /readyz and /metrics, mounted before request logging so probes stay out of the logs. */
function mountProbes(app: Express, deps: { config: Config; driver: Driver; metrics: Metrics }): void {
  const { config, driver, metrics } = deps;
  // Probes and scrapes are cheap but not free (/readyz asks Neo4j): they get a rate limit of their own.
  app.use(["/healthz", "/readyz", "/metrics"], identifyClient(config.http.apiKeys, metrics), rateLimitPerClient(config.http, metrics));
  app.use(healthRoutes(driver, config.neo4j.database));
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

/** One JSON log line per request, with a request id (the caller's x-request-id when it is sane) and the client. */
function requestLogging(log: Logger): RequestHandler {
  return pinoHttp({
    logger: log,
    quietReqLogger: true,
    genReqId: (req: IncomingMessage, res) => {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader("x-request-id", id);
      return id;
    },
    autoLogging: { ignore: (req) => UNLOGGED_PATHS.has(req.url?.split("?")[0] ?? "") },
    // What an operator needs of each request; the default serializers copy every header, on the hot path.
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({ id: req.id, method: req.method, url: loggedUrl(req.url), remoteAddress: req.remoteAddress }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customProps: (_req, res) => ({ client: (res as unknown as { locals?: { client?: string } }).locals?.client }),
  });
}

type TokenOf = (req: Request) => Promise<VerifiedToken | undefined>;

/** The request's verified token (undefined for none; a refused token rejects), verified at most once per request. */
function tokenPerRequest(verify: VerifyEditorToken): TokenOf {
  const verified = new WeakMap<Request, Promise<VerifiedToken | undefined>>();
  return (req) => {
    let token = verified.get(req);
    if (token === undefined) verified.set(req, (token = verify(req.header("authorization"))));
    return token;
  };
}

/**
 * The GraphQL body: MAX_BODY_BYTES for everyone, EDITOR_MAX_BODY_BYTES for an editor's request (a
 * source's whole text). A token that does not verify gets the public limit; the context refuses it.
 */
function jsonBody(config: Config, tokenOf: TokenOf): RequestHandler {
  const publicBody = express.json({ limit: config.http.maxBodyBytes });
  const editorBody = express.json({ limit: config.http.editorMaxBodyBytes });
  return (req, res, next) => {
    if (req.header("authorization") === undefined) return publicBody(req, res, next);
    tokenOf(req).then(
      (jwt) => (jwt?.roles.includes(EDITOR_ROLE) ? editorBody : publicBody)(req, res, next),
      () => publicBody(req, res, next),
    );
  };
}

/** A body express.json() could not read (too large, not JSON) answered with a code and how to send it right. */
function bodyErrors(config: Config, metrics: Metrics): ErrorRequestHandler {
  return (error: { type?: string; status?: number; limit?: number }, _req, res, next) => {
    if (error.type === "entity.too.large") {
      metrics.countError("PAYLOAD_TOO_LARGE");
      const editors = error.limit === config.http.editorMaxBodyBytes && error.limit !== config.http.maxBodyBytes;
      sendError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${error.limit ?? config.http.maxBodyBytes} bytes (setting ${editors ? "EDITOR_MAX_BODY_BYTES" : "MAX_BODY_BYTES"}).`);
    } else if (error.type === "entity.parse.failed") {
      metrics.countError("BAD_REQUEST");
      sendError(res, 400, "BAD_REQUEST", "The request body is not valid JSON. Send {\"query\": \"...\", \"variables\": {...}}.");
    } else {
      next(error);
    }
  };
}

/** Listens on host:port and resolves with the base URL; a port in use or not allowed is a ListenError that says what to set. */
async function listen(httpServer: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE" || error.code === "EACCES"
          ? new ListenError(`Cannot listen on ${host}:${port}: ${error.code === "EADDRINUSE" ? "another process uses that port" : "not allowed"}. Set PORT (or HOST) to a free one.`)
          : error,
      ),
    );
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  return `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
}

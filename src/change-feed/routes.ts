/**
 * The change feed over HTTP, for those who follow the graph without GraphQL (issue 14):
 *   GET /changes.atom     Atom 1.0, the latest revisions, newest first (feed readers);
 *   GET /changes          JSON, revisions in commit order, a page at a time (`after`, `since`);
 *   GET /changes/stream   server-sent events, live, resumable (event-stream.ts).
 * Each answers GET and HEAD only, from the revisions as they are at request time. Which origins may
 * call, and how often, is app.ts's business: it mounts these behind the same CORS and rate-limit
 * rules as /graphql.
 */
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, type Router } from "express";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { readQuery } from "../db/neo4j.js";
import type { Logger } from "../logger.js";
import { classifyError } from "../server/format-error.js";
import { sendError } from "../server/http-errors.js";
import type { Metrics } from "../server/metrics.js";
import { readChanges, readGraphVersion, type RevisionRecord } from "../writes/revisions.js";
import { renderAtomFeed } from "./atom.js";
import { changeStreams } from "./event-stream.js";
import { LiveRevisions, type RevisionSource } from "./live-revisions.js";
import { FeedParameterError, afterOf, languageOf, limitOf, sinceOf, singleValues } from "./parameters.js";
import { revisionView } from "./revision-view.js";

export const CHANGE_FEED_PATHS = ["/changes.atom", "/changes", "/changes/stream"];

/** Readers and caches ask each time whether the feed changed, and get a 304 (by its ETag) when it did not. */
const CACHING = "public, no-cache";

export interface ChangeFeed {
  routes: Router;
  /** Told of each revision this process commits, for the live streams. */
  publish(revision: RevisionRecord): void;
  /** Ends the live streams and refuses new ones (before the HTTP server drains, which would wait for them). */
  close(): void;
}

export function createChangeFeed(deps: { config: Config; driver: Driver; log: Logger; metrics: Metrics }): ChangeFeed {
  const { config, driver, metrics } = deps;
  const log = deps.log.child({ component: "change-feed" });
  const read = readQuery(driver, config.neo4j.database, config.queryTimeoutMs);
  const source: RevisionSource = {
    version: async () => (await readGraphVersion(read)).revision,
    after: (after, first) => readChanges(read, { since: null, after, first }),
  };
  const live = new LiveRevisions(source, { pollIntervalMs: config.changeFeed.pollIntervalMs, log });
  const refuse = (res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}) => {
    metrics.countError(code);
    sendError(res, status, code, message, extensions);
  };
  const streams = changeStreams({ live, source, config: config.changeFeed, refuse });

  const routes = express.Router();
  routes.get("/changes.atom", atomFeed(read));
  routes.get("/changes", revisionPages(read));
  routes.get("/changes/stream", streams.handler);
  routes.all(CHANGE_FEED_PATHS, (req, res) => {
    res.setHeader("allow", "GET, HEAD");
    refuse(res, 405, "METHOD_NOT_ALLOWED", `${req.path} answers GET and HEAD only; got ${req.method}.`);
  });
  routes.use(feedErrors(refuse));

  return { routes, publish: (revision) => live.publish(revision), close: () => streams.close() };
}

type Read = ReturnType<typeof readQuery>;

/** The address the client used, for links a reader follows (behind a proxy, as TRUST_PROXY lets Express see it). */
export const originOf = (req: Request): string => `${req.protocol}://${req.host}`;

function atomFeed(read: Read): RequestHandler {
  return async (req, res) => {
    const query = singleValues(req.query, ["limit", "lang"]);
    const limit = limitOf(query.limit);
    const language = languageOf(query.lang, (...languages) => req.acceptsLanguages(...languages));
    // Revisions are numbered without gaps: the latest `limit` are the ones after version − limit.
    const { revision: version } = await readGraphVersion(read);
    const { revisions } = await readChanges(read, { since: null, after: Math.max(0, version - limit), first: limit });
    revisions.reverse();
    res.vary("Accept-Language");
    res.set({ "content-type": "application/atom+xml; charset=utf-8", "content-language": language, "cache-control": CACHING });
    res.send(
      renderAtomFeed({
        revisions,
        language,
        origin: originOf(req),
        hostName: req.hostname,
        selfUrl: `${originOf(req)}${req.originalUrl}`,
        updated: revisions[0]?.at ?? new Date().toISOString(),
      }),
    );
  };
}

function revisionPages(read: Read): RequestHandler {
  return async (req, res) => {
    const query = singleValues(req.query, ["since", "after", "limit"]);
    const limit = limitOf(query.limit);
    const after = afterOf(query.after);
    const since = sinceOf(query.since);
    const page = await readChanges(read, { since, after, first: limit });
    const endCursor = page.revisions.at(-1)?.id ?? null;
    const next = page.hasMore && endCursor !== null ? `/changes?${new URLSearchParams({ ...(since === null ? {} : { since }), after: endCursor, limit: String(limit) })}` : null;
    if (next !== null) res.setHeader("link", `<${next}>; rel="next"`);
    res.set("cache-control", CACHING).json({ revisions: page.revisions.map(revisionView), hasMore: page.hasMore, endCursor, next });
  };
}

/** A bad parameter is the caller's to fix (400, naming it); the graph away is a 503; anything else is logged, and the caller gets the request id. */
function feedErrors(refuse: (res: Response, status: number, code: string, message: string, extensions?: Record<string, unknown>) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof FeedParameterError) return refuse(res, 400, "BAD_USER_INPUT", error.message, { parameter: error.parameter });
    const classified = classifyError(error);
    if (classified) return refuse(res, 503, classified.code, classified.message);
    req.log.error({ err: error }, "internal error in the change feed");
    refuse(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error; it was logged with this request's id (see the x-request-id response header).");
  };
}

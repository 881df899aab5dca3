/**
 * Which browser origins may call /graphql (and the change feed). Origins listed in CORS_ORIGINS may do anything the API
 * allows; with "*" in the list, any other origin may make anonymous GET reads (what partner embeds
 * do), never a request carrying credentials or a POST.
 */
import cors, { type CorsOptions } from "cors";
import type { Request, RequestHandler } from "express";
import { BOOKMARK_HEADER } from "./bookmarks.js";

// last-event-id: an EventSource reconnecting to GET /changes/stream sends it, and it is not one a browser sends without asking.
// x-graph-bookmark: an editor's read-your-writes bookmark (bookmarks.ts), sent and read only with a token.
const ALLOWED_HEADERS = ["content-type", "authorization", "x-api-key", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id", "last-event-id", BOOKMARK_HEADER];
const EXPOSED_HEADERS = ["x-request-id", "retry-after", "ratelimit", "ratelimit-policy", BOOKMARK_HEADER];
const ANONYMOUS_READ_HEADERS = ALLOWED_HEADERS.filter((h) => h !== "authorization" && h !== BOOKMARK_HEADER);

/** A preflight announces the coming request's method and headers; an actual request carries them. */
function isAnonymousRead(req: Request): boolean {
  if (req.method === "OPTIONS") {
    const method = req.header("access-control-request-method")?.toUpperCase();
    const headers = (req.header("access-control-request-headers") ?? "").toLowerCase().split(",").map((h) => h.trim()).filter(Boolean);
    return method === "GET" && headers.every((h) => ANONYMOUS_READ_HEADERS.includes(h));
  }
  return req.method === "GET" && req.header("authorization") === undefined;
}

/**
 * The CORS headers (and, through Apollo's content negotiation, the media type) of an answer depend
 * on the request's Origin and Accept, so every answer says so: a shared cache must not hand a copy
 * made for a request without Origin (no CORS headers) to a partner's page.
 */
export function corsPolicy(origins: string[]): RequestHandler {
  const policy = corsHeaders(origins);
  return (req, res, next) => {
    res.vary("Origin");
    res.vary("Accept");
    policy(req, res, next);
  };
}

function corsHeaders(origins: string[]): RequestHandler {
  const listed = new Set(origins.filter((o) => o !== "*"));
  const anyOriginMayRead = origins.includes("*");
  const base: CorsOptions = { allowedHeaders: ALLOWED_HEADERS, exposedHeaders: EXPOSED_HEADERS, maxAge: 600 };
  return cors((req, callback) => {
    const origin = req.header("origin");
    if (origin !== undefined && listed.has(origin)) {
      callback(null, { ...base, origin, methods: ["GET", "POST"] });
    } else if (anyOriginMayRead && isAnonymousRead(req as Request)) {
      callback(null, { ...base, origin: "*", methods: ["GET"], allowedHeaders: ANONYMOUS_READ_HEADERS });
    } else {
      callback(null, { origin: false });
    }
  });
}

/**
 * Who is calling: a partner, by the API key it sends in `x-api-key` (keys and names from
 * API_KEYS), or an anonymous client, by its IP address. Each gets its own rate limit per minute;
 * partners a higher one. The client's name appears in logs and metrics.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import type { Config } from "../config.js";
import { sendError } from "./http-errors.js";
import type { Metrics } from "./metrics.js";

export const ANONYMOUS = "anonymous";

export interface ClientLocals {
  /** The partner's name, or "anonymous". */
  client: string;
  rateLimitKey: string;
}

export const clientOf = (res: Response): string => (res.locals as Partial<ClientLocals>).client ?? ANONYMOUS;

export function identifyClient(apiKeys: Map<string, string>, metrics: Metrics): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const key = req.header("x-api-key");
    const locals = res.locals as ClientLocals;
    if (key === undefined || key === "") {
      locals.client = ANONYMOUS;
      locals.rateLimitKey = `ip:${ipKeyGenerator(req.ip ?? "unknown")}`;
      next();
      return;
    }
    const partner = apiKeys.get(key);
    if (partner === undefined) {
      metrics.countError("UNAUTHENTICATED");
      sendError(res, 401, "UNAUTHENTICATED", 'The x-api-key header holds no known API key. Ask for a key, or send no x-api-key for anonymous use.');
      return;
    }
    locals.client = partner;
    locals.rateLimitKey = `key:${partner}`;
    next();
  };
}

export function rateLimitPerClient(http: Config["http"], metrics: Metrics): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: (_req, res) => (clientOf(res) === ANONYMOUS ? http.rateLimitPerMinute : http.rateLimitPerMinuteWithKey),
    keyGenerator: (_req, res) => (res.locals as ClientLocals).rateLimitKey,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => {
      const client = clientOf(res);
      metrics.countRateLimited(client);
      metrics.countError("RATE_LIMITED");
      const limit = client === ANONYMOUS ? http.rateLimitPerMinute : http.rateLimitPerMinuteWithKey;
      sendError(
        res,
        429,
        "RATE_LIMITED",
        `Too many requests: ${client === ANONYMOUS ? "anonymous clients may send" : `partner "${client}" may send`} ${limit} per minute. Retry after ${res.getHeader("retry-after") ?? "a while"} s.`,
        { retryAfterSeconds: Number(res.getHeader("retry-after")) },
      );
    },
  });
}

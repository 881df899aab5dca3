/**
 * Cross-site request forgery, refused where it could do harm. A forged request rides on the
 * credentials a browser attaches by itself: cookies. This API authenticates writes only with a
 * bearer token in the Authorization header, which no cross-site page can attach without a CORS
 * preflight (that CORS_ORIGINS decides), and a GET never runs a mutation (405). So a request
 * without a cookie is answered as it comes: a plain GET link, a CDN, a spreadsheet's "from web"
 * and urql's default GETs all work without extra headers.
 *
 * A request that carries a cookie (a later cookie session, or a cookie another app on the same
 * site set) must prove it was not sent by a plain form, link or image: by a content type a form
 * cannot send (POST with JSON) or a header only scripts set, which makes a cross-site browser ask
 * first (the rule of Apollo Server's own CSRF prevention, which this replaces).
 */
import type { RequestHandler } from "express";
import { sendError } from "./http-errors.js";

/** What an HTML form can send without a preflight. */
const SIMPLE_CONTENT_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);
/** Headers a cross-site page can set only after a CORS preflight. */
const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name", "graphql-preflight"];

export function csrfPreventionForCookies(): RequestHandler {
  return (req, res, next) => {
    if (req.header("cookie") === undefined) return next();
    const contentType = req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
    const needsPreflight =
      (contentType !== undefined && !SIMPLE_CONTENT_TYPES.has(contentType)) || PREFLIGHT_HEADERS.some((header) => req.header(header) !== undefined);
    if (needsPreflight) return next();
    sendError(
      res,
      400,
      "BAD_REQUEST",
      "This request carries a cookie but could have been sent by another site's page (CSRF). Send it as POST with content-type application/json, or with the header apollo-require-preflight: true.",
    );
  };
}

/**
 * POST /documents/text: a document's bytes in, its text out, for an editor about to add it as a
 * Source (then `addSource` over GraphQL, like every write). It writes nothing; it is for editors
 * only because reading a PDF is the dearest thing a request can ask of this process, and the body
 * may be large (DOCUMENT_MAX_BYTES).
 *
 *   curl -H "Authorization: Bearer $TOKEN" --data-binary @rapport.pdf http://localhost:4000/documents/text
 *   → {"format":"pdf","pages":12,"characters":31502,"text":"…","notes":[]}
 */
import express, { type ErrorRequestHandler, type Request, type Router } from "express";
import { EDITOR_ROLE } from "../auth/roles.js";
import type { Logger } from "../logger.js";
import type { VerifiedToken } from "../auth/editor-token.js";
import { sendError } from "../server/http-errors.js";
import { ExtractionError, extractDocumentText } from "./extract-text.js";

export const DOCUMENT_TEXT_PATH = "/documents/text";

export function documentRoutes(deps: { maxBytes: number; tokenOf: (req: Request) => Promise<VerifiedToken | undefined>; log: Logger }): Router {
  const { maxBytes, tokenOf, log } = deps;
  const router = express.Router();
  const body = express.raw({ type: () => true, limit: maxBytes });
  router.post(
    DOCUMENT_TEXT_PATH,
    // Who asks, before the body is read: an anonymous upload is refused without reading megabytes.
    (req, res, next) => {
      tokenOf(req).then(
        (jwt) => {
          if (!jwt) return sendError(res, 401, "UNAUTHENTICATED", `Reading a document's text needs an editor's token: send "Authorization: Bearer <JWT>" with "roles": ["${EDITOR_ROLE}"].`);
          if (!jwt.roles.includes(EDITOR_ROLE)) return sendError(res, 403, "FORBIDDEN", `Reading a document's text needs the role "${EDITOR_ROLE}"; this token has ${JSON.stringify(jwt.roles)}.`);
          next();
        },
        (error: Error) => sendError(res, 401, "UNAUTHENTICATED", error.message),
      );
    },
    body,
    async (req, res) => {
      const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
      try {
        const { text, ...rest } = await extractDocumentText(bytes);
        res.set("cache-control", "no-store").json({ ...rest, characters: text.length, text });
      } catch (error) {
        if (!(error instanceof ExtractionError)) {
          log.error({ err: error }, "document text extraction failed");
          return sendError(res, 500, "INTERNAL_SERVER_ERROR", "The document's text could not be read; nothing was stored.");
        }
        sendError(res, error.status, error.code, error.message);
      }
    },
  );
  const tooLarge: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
    if (error.type !== "entity.too.large") return next(error);
    sendError(res, 413, "PAYLOAD_TOO_LARGE", `The document is larger than ${maxBytes} bytes (setting DOCUMENT_MAX_BYTES).`);
  };
  router.use(DOCUMENT_TEXT_PATH, tooLarge);
  return router;
}

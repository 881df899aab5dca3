/**
 * Open data over HTTP (issue 16): the graph, or part of it, with every piece of its evidence.
 *   GET /export/graph.jsonld      JSON-LD (jsonld-export.ts), its context at /export/context.jsonld
 *   GET /export/graph.graphml     GraphML for Gephi, yEd and Cytoscape (graphml-export.ts)
 *   GET /export/graph.csv.zip     nodes.csv and edges.csv for spreadsheets (csv-export.ts)
 * Each takes `?root=<id>&depth=N` or `?from=<id>&to=<id>` (export-scope.ts), streams its answer from
 * one read transaction (export-reading.ts), opens with a manifest (graph version, counts, when,
 * licence) and carries an ETag made of the graph version and the request, so a revalidation while
 * the graph is unchanged is answered 304 before anything but the version is read. Which origins may
 * call, and how often, is app.ts's business: it mounts these behind the API's CORS and rate limits.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import compression from "compression";
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from "express";
import type { Driver } from "neo4j-driver";
import { originOf } from "../change-feed/routes.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { CACHEABLE_ANSWER, matchesIfNoneMatch, weakETag } from "../server/answer-caching.js";
import { classifyError } from "../server/format-error.js";
import { sendError } from "../server/http-errors.js";
import type { Metrics } from "../server/metrics.js";
import { csvZip } from "./csv-export.js";
import { ExportChangedError, ExportNotFoundError, inExportTransaction, type ExportCounts } from "./export-reading.js";
import { EXPORT_FORMAT_VERSION, type ExportEvidence, type ExportManifest, type ExportNode } from "./export-rows.js";
import { ExportParameterError, scopeOf, selectionOf } from "./export-scope.js";
import { graphMlDocument } from "./graphml-export.js";
import { CONTEXT_PATH, jsonLdContext, jsonLdDocument } from "./jsonld-export.js";

interface ExportRows {
  nodes: () => AsyncIterable<ExportNode>;
  evidence: () => AsyncIterable<ExportEvidence>;
}

interface ExportFormat {
  path: string;
  mediaType: string;
  fileName: string;
  body(manifest: ExportManifest, rows: ExportRows, where: { origin: string; exportUrl: string }): NodeJS.ReadableStream;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    path: "/export/graph.jsonld",
    mediaType: "application/ld+json; charset=utf-8",
    fileName: "graph.jsonld",
    body: (manifest, rows, where) => Readable.from(inChunks(jsonLdDocument(manifest, { nodes: rows.nodes(), evidence: rows.evidence() }, where))),
  },
  {
    path: "/export/graph.graphml",
    mediaType: "application/graphml+xml; charset=utf-8",
    fileName: "graph.graphml",
    body: (manifest, rows) => Readable.from(inChunks(graphMlDocument(manifest, { nodes: rows.nodes(), evidence: rows.evidence() }))),
  },
  { path: "/export/graph.csv.zip", mediaType: "application/zip", fileName: "graph.csv.zip", body: (manifest, rows) => csvZip(manifest, rows) },
];

export const EXPORT_PATHS = [...EXPORT_FORMATS.map((f) => f.path), CONTEXT_PATH];

/** Text handed to the socket in pieces of about this many characters, not one write per node. */
const CHUNK_CHARACTERS = 64 * 1024;

async function* inChunks(parts: AsyncIterable<string>): AsyncGenerator<string> {
  let chunk = "";
  for await (const part of parts) {
    chunk += part;
    if (chunk.length >= CHUNK_CHARACTERS) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk.length > 0) yield chunk;
}

type Refuse = (res: Response, status: number, code: string, message: string, extensions?: Record<string, unknown>) => void;

export function exportRoutes(deps: { config: Config; driver: Driver; log: Logger; metrics: Metrics }): Router {
  const { config, driver, metrics } = deps;
  const refuse: Refuse = (res, status, code, message, extensions = {}) => {
    metrics.countError(code);
    sendError(res, status, code, message, extensions);
  };
  let streaming = 0;
  const routes = express.Router();
  // The text formats shrink to a tenth with gzip; the zip is compressed already (compression skips it).
  routes.use(EXPORT_PATHS, compression());
  routes.get(CONTEXT_PATH, (req, res) => {
    res.set({ "cache-control": CACHEABLE_ANSWER, "content-type": "application/ld+json; charset=utf-8" }).send(JSON.stringify(jsonLdContext(originOf(req)), null, 2));
  });
  for (const format of EXPORT_FORMATS) {
    routes.get(format.path, async (req, res) => {
      const scope = scopeOf(req.query);
      if (streaming >= config.exports.maxConcurrent) {
        res.setHeader("retry-after", "10");
        return refuse(res, 503, "TOO_MANY_EXPORTS", `This server is streaming ${streaming} exports, its most at once (setting EXPORTS_MAX); ask again in a few seconds.`);
      }
      streaming++;
      try {
        await inExportTransaction(driver, config.neo4j.database, config.exports.timeoutMs, async (reading) => {
          const version = await reading.version();
          const selection = selectionOf(scope);
          const origin = originOf(req);
          const etag = weakETag(`${version.tag}.x${EXPORT_FORMAT_VERSION}`, JSON.stringify([format.path, selection, config.exports.licence, origin]));
          res.set({ etag, "cache-control": CACHEABLE_ANSWER });
          if (matchesIfNoneMatch(req.header("if-none-match"), etag)) {
            res.status(304).end();
            return;
          }
          const chosen = await reading.select(scope);
          const counts = await reading.counts(chosen);
          const manifest: ExportManifest = { graphVersion: version.tag, generatedAt: new Date().toISOString(), licence: config.exports.licence, selection, ...counts };
          res.set({ "content-type": format.mediaType, "content-disposition": `attachment; filename="${format.fileName}"` });
          if (req.method === "HEAD") {
            res.end();
            return;
          }
          const written = { nodes: 0, evidence: 0 };
          const rows: ExportRows = {
            nodes: () => counted(reading.nodes(chosen), () => written.nodes++),
            // The last rows read: the export holds what its manifest says, or it is cut off (ExportChangedError).
            evidence: () => counted(reading.evidence(chosen), () => written.evidence++, () => assertAsCounted(counts, written)),
          };
          await pipeline(format.body(manifest, rows, { origin, exportUrl: `${origin}${req.originalUrl}` }), res);
        });
      } finally {
        streaming--;
      }
    });
  }
  routes.all(EXPORT_PATHS, (req, res) => {
    res.setHeader("allow", "GET, HEAD");
    refuse(res, 405, "METHOD_NOT_ALLOWED", `${req.path} answers GET and HEAD only; got ${req.method}.`);
  });
  routes.use(EXPORT_PATHS, exportErrors(refuse));
  return routes;
}

async function* counted<T>(rows: AsyncIterable<T>, count: () => void, atEnd: () => void = () => undefined): AsyncGenerator<T> {
  for await (const row of rows) {
    count();
    yield row;
  }
  atEnd();
}

function assertAsCounted(counts: ExportCounts, written: { nodes: number; evidence: number }): void {
  if (written.nodes !== counts.nodes || written.evidence !== counts.evidence) throw new ExportChangedError();
}

/** A bad parameter is the caller's to fix (400), a missing node 404, the graph away 503; an error once streaming began cuts the answer off. */
function exportErrors(refuse: Refuse): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, _next) => {
    if (res.headersSent) {
      req.log.warn({ err: error }, "export cut off");
      res.destroy();
      return;
    }
    // An error answers no graph version: it is not to be kept or revalidated.
    res.removeHeader("etag");
    res.removeHeader("content-disposition");
    res.set("cache-control", "no-store");
    if (error instanceof ExportParameterError) return refuse(res, 400, "BAD_USER_INPUT", error.message, { parameter: error.parameter });
    if (error instanceof ExportNotFoundError) return refuse(res, 404, "NOT_FOUND", error.message, { parameter: error.parameter });
    const classified = classifyError(error);
    if (classified) return refuse(res, 503, classified.code, classified.message);
    req.log.error({ err: error }, "internal error in an export");
    refuse(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error; it was logged with this request's id (see the x-request-id response header).");
  };
}

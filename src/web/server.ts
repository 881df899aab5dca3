/**
 * Serves the browser side of the API from dist/web, built by Vite from src/web/client
 * (`npm run build:web`, which `npm install` runs): the landing page, the GraphQL playground, the
 * graph explorer and embed.js for partner sites (also under a pinned name, see embed-pin.ts).
 * Everything comes from this origin, so the pages work without internet access. Without a build
 * the API still runs and the pages say how to build.
 */
import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type Express, type NextFunction, type Response } from "express";
import { projectRoot } from "../config.js";
import type { Logger } from "../logger.js";
import { embedPinReader } from "./embed-pin.js";

export const WEB_DIST_DIR = path.join(projectRoot, "dist", "web");
export const PRINTED_SCHEMA_FILE = path.join(projectRoot, "src", "graphql", "__generated__", "schema.graphql");

const PAGES: Record<string, string> = {
  "/": "index.html",
  "/playground": "playground.html",
  "/explore": "explore.html",
  "/edit": "edit.html",
};

export const NOT_BUILT_MESSAGE =
  "The web pages are not built. Run `npm run build:web` in the project (npm install does it too), then reload.\n";

/** HTML names its hashed assets: always ask the server whether a page changed (a 304 when it did not). */
const PAGE_CACHING = "no-cache";
/** Partners' pages name embed.js for good: a new release reaches them within five minutes. */
const EMBED_CACHING = "public, max-age=300";
/** A pinned script's name is its hash: its bytes never change. */
const PINNED_CACHING = "public, max-age=31536000, immutable";
/**
 * Any page may load the script: with `integrity` the browser fetches it in CORS mode, and a page
 * that isolates itself (Cross-Origin-Embedder-Policy) wants it marked as meant for other origins.
 */
const SCRIPT_FOR_ANY_ORIGIN = { "access-control-allow-origin": "*", "cross-origin-resource-policy": "cross-origin" };

export function mountWeb(app: Express, options: { log: Logger; distDir?: string }): void {
  const distDir = options.distDir ?? WEB_DIST_DIR;
  if (!fs.existsSync(path.join(distDir, "index.html"))) {
    options.log.warn({ distDir }, "the web pages are not built: run npm run build:web");
  }

  // The playground's editor (Monaco) is megabytes of JavaScript and CSS that gzip to a third.
  const compress = compression();
  // Vite names every asset after a hash of its content: a name never changes meaning, so cache it for good.
  app.use("/assets", compress, express.static(path.join(distDir, "assets"), { immutable: true, maxAge: "1y", index: false }));
  for (const [route, file] of Object.entries(PAGES)) {
    app.get(route, compress, (_req, res, next) => sendBuilt(res, next, path.join(distDir, file), PAGE_CACHING));
  }
  // The schema as SDL, for tools that read it (codegen, IDE plugins) and for reading: the one
  // `npm run codegen` prints from the schema the API builds (src/graphql/print-schema.ts).
  app.get("/schema.graphql", compress, (_req, res, next) => {
    res.sendFile(PRINTED_SCHEMA_FILE, { cacheControl: false, headers: { "cache-control": PAGE_CACHING, "content-type": "text/plain; charset=utf-8", "access-control-allow-origin": "*" } }, (error?: Error) => {
      if (error !== undefined && !res.headersSent) next(error);
    });
  });
  const embedFile = path.join(distDir, "embed.js");
  const currentPin = embedPinReader(embedFile);
  app.get("/embed.js", compress, (_req, res, next) => sendBuilt(res, next, embedFile, EMBED_CACHING, SCRIPT_FOR_ANY_ORIGIN));
  app.get("/embed/pin.json", (_req, res) => {
    const pin = currentPin();
    if (!pin) return void res.status(503).type("text/plain").set("cache-control", "no-store").send(NOT_BUILT_MESSAGE);
    res.set({ "cache-control": "no-cache", "access-control-allow-origin": "*" }).json(pin);
  });
  app.get("/embed/:name.js", compress, (req, res, next) => {
    if (currentPin()?.src !== `/embed/${req.params.name}.js`) {
      res.status(404).type("text/plain").set("cache-control", "no-store");
      return void res.send("This pinned embed script is not served by this version of the API: /embed/pin.json names the current one, /embed.js is always the latest.\n");
    }
    sendBuilt(res, next, embedFile, PINNED_CACHING, SCRIPT_FOR_ANY_ORIGIN);
  });
}

function sendBuilt(res: Response, next: NextFunction, file: string, cacheControl: string, headers: Record<string, string> = {}): void {
  res.sendFile(file, { cacheControl: false, headers: { "cache-control": cacheControl, ...headers } }, (error?: NodeJS.ErrnoException) => {
    if (error === undefined || res.headersSent) return;
    if (error.code !== "ENOENT") return next(error);
    res.status(503).type("text/plain").set("cache-control", "no-store").send(NOT_BUILT_MESSAGE);
  });
}

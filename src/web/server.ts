/**
 * Serves the browser side of the API from dist/web, built by Vite from src/web/client
 * (`npm run build:web`, which `npm install` runs): the landing page, the GraphQL playground, the
 * graph explorer and embed.js for partner sites. Everything comes from this origin, so the pages
 * work without internet access. Without a build the API still runs and the pages say how to build.
 */
import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type Express, type NextFunction, type Response } from "express";
import { projectRoot } from "../config.js";
import type { Logger } from "../logger.js";

export const WEB_DIST_DIR = path.join(projectRoot, "dist", "web");

const PAGES: Record<string, string> = {
  "/": "index.html",
  "/playground": "playground.html",
  "/explore": "explore.html",
};

export const NOT_BUILT_MESSAGE =
  "The web pages are not built. Run `npm run build:web` in the project (npm install does it too), then reload.\n";

/** HTML names its hashed assets: always ask the server whether a page changed (a 304 when it did not). */
const PAGE_CACHING = "no-cache";
/** Partners' pages name embed.js for good: a new release reaches them within five minutes. */
const EMBED_CACHING = "public, max-age=300";

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
  app.get("/embed.js", compress, (_req, res, next) => sendBuilt(res, next, path.join(distDir, "embed.js"), EMBED_CACHING));
}

function sendBuilt(res: Response, next: NextFunction, file: string, cacheControl: string): void {
  res.sendFile(file, { cacheControl: false, headers: { "cache-control": cacheControl } }, (error?: NodeJS.ErrnoException) => {
    if (error === undefined || res.headersSent) return;
    if (error.code !== "ENOENT") return next(error);
    res.status(503).type("text/plain").set("cache-control", "no-store").send(NOT_BUILT_MESSAGE);
  });
}

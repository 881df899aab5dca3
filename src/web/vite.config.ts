/**
 * Builds the pages (landing page, playground, explorer, editor's desk) from src/web/client into dist/web.
 * Each page is its own entry, so the explorer never loads GraphiQL and the playground never
 * loads Cytoscape; embed.js has its own build (vite.embed.config.ts).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const webDir = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.join(webDir, "client");

export const webDistDir = path.resolve(webDir, "../../dist/web");

export default defineConfig({
  root: clientDir,
  base: "/",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: webDistDir,
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is large by nature; it loads only on /playground.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React libraries mark modules "use client" for server-rendering frameworks; a browser bundle has no use for it.
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
      input: {
        index: path.join(clientDir, "index.html"),
        playground: path.join(clientDir, "playground.html"),
        explore: path.join(clientDir, "explore.html"),
        edit: path.join(clientDir, "edit.html"),
      },
    },
  },
  worker: { format: "es" },
});

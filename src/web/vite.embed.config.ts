/**
 * Builds embed.js: one classic script (IIFE) that partner pages include with a single tag. Not
 * a module, because a cross-origin module script would need CORS just to load.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { webDistDir } from "./vite.config.js";

const webDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: webDistDir,
    // Runs after the pages' build, into the same folder.
    emptyOutDir: false,
    lib: {
      entry: path.join(webDir, "client/embed/embed.ts"),
      formats: ["iife"],
      name: "youthCareKnowledgeGraphEmbeds",
      fileName: () => "embed.js",
    },
  },
});

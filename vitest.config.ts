import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql 16 ships CJS (main) and ESM (module) builds. Node, and so @neo4j/graphql and Apollo, load
// the CJS one; Vite would give our sources the ESM one, and two graphql realms cannot share a schema.
const graphqlCjs = createRequire(import.meta.url).resolve("graphql");

// Three tiers, each runnable alone: `unit` needs nothing; `integration` runs against a real Neo4j,
// started by test/global-setup.ts through the same code as `npm run db:start` (or NEO4J_URI);
// a redis-server is started for the integration tier (test/redis-setup.ts), and two OpenID providers
// for it and the browser tests (test/oidc-setup.ts); `e2e` drives Chromium through the web pages, against the same seeded Neo4j.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/unit/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts", "test/integration/**/*.int.test.ts"],
          globalSetup: ["test/global-setup.ts", "test/redis-setup.ts", "test/oidc-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One database: files run one after another so they never see each other's writes.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          // Neo4j as for the integration tier, then a fresh build of the pages and Chromium's path.
          globalSetup: ["test/global-setup.ts", "test/oidc-setup.ts", "test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // The integration tier's database: vitest runs the files of both tiers one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});

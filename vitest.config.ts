import { defineConfig } from "vitest/config";

// Two tiers, each runnable alone: `unit` needs nothing; `integration` runs against a real Neo4j,
// started by test/global-setup.ts through the same code as `npm run db:start` (or NEO4J_URI).
export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/unit/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts", "test/integration/**/*.int.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One database: files run one after another so they never see each other's writes.
          fileParallelism: false,
        },
      },
    ],
  },
});

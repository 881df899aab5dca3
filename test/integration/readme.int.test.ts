/** The README's generated sections say what the seeded API answers now: its counts, and the examples from `operations/`. */
import type { Driver } from "neo4j-driver";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph } from "../../src/db/graph-counts.js";
import { README, WALKTHROUGH_EDITOR, readExamples, renderCounts, renderExamples, renderWalkthrough, replaceSection } from "../../src/docs/readme.js";
import { bearer, resetToSeed, seedAndServe, stopServing, testConfig, type TestApi } from "./harness.js";

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
});
afterAll(() => stopServing(api, driver));

describe("README: generated sections", () => {
  it("has an example for every question of the API", () => {
    const queried = readExamples().map((e) => /\{\s*(\w+)/.exec(e.query.slice(e.query.indexOf("{")))?.[1]);
    expect(queried.sort()).toEqual(
      ["connection", "entity", "facets", "gaps", "neighbourhood", "partnersOnTheme", "paths", "practicesConnection", "search", "similarPractices", "themeCoverage"].sort(),
    );
  });

  it("shows each example with the output the seeded API gives (run `npm run docs` to refresh)", async () => {
    const rendered = await renderExamples((query, variables) => api.query(query, variables));
    const readme = readFileSync(README, "utf8");
    expect(replaceSection(readme, "examples", rendered) === readme, "README.md examples are stale: run `npm run docs`").toBe(true);
  });

  it("shows the seeded graph's counts (run `npm run docs` to refresh)", async () => {
    const counts = renderCounts(await countGraph(driver, testConfig().neo4j.database));
    const readme = readFileSync(README, "utf8");
    expect(replaceSection(readme, "counts", counts) === readme, "README.md counts are stale: run `npm run docs`").toBe(true);
  });

  it("walks through editing the graph as the README shows, step by step with its outputs (run `npm run docs` to refresh)", async () => {
    await resetToSeed(driver);
    const editor = { authorization: await bearer(WALKTHROUGH_EDITOR) };
    const rendered = await renderWalkthrough((query, variables) => api.query(query, variables, editor));
    const readme = readFileSync(README, "utf8");
    expect(replaceSection(readme, "editing", rendered) === readme, "README.md's editing walkthrough is stale: run `npm run docs`").toBe(true);
  });
});

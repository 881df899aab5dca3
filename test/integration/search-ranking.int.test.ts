/**
 * How well search ranks what people type (test/search-ranking/queries.yaml), through the API on the
 * seeded graph. The thresholds are the figures reached when they were set (README, "How well search
 * ranks"): a change to ranking or seeds that makes more queries miss fails here, naming them.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratio, readRankingSet, scoreRanking } from "../search-ranking/ranking-set.js";
import { seedAndServe, stopServing, type TestApi } from "./harness.js";

/**
 * Share of queries that must put the node meant first / among the first three: what the ranking
 * reached when they were set (the README's figure), less room for about one miss.
 */
const TOP1_AT_LEAST = 0.99;
const TOP3_AT_LEAST = 0.99;

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
});
afterAll(() => stopServing(api, driver));

describe("Search: ranking on the ranking set", () => {
  it(`puts the node meant first for at least ${TOP1_AT_LEAST * 100}% of queries, and among the first three for ${TOP3_AT_LEAST * 100}%`, async () => {
    const set = readRankingSet();
    const hits: string[][] = [];
    for (const query of set) {
      const { data, errors } = await api.query<{ search: { entity: { id: string } }[] }>(
        "query ($text: String!) { search(text: $text, limit: 3) { entity { id } } }",
        { text: query.text },
      );
      expect(errors, query.text).toBeUndefined();
      hits.push(data?.search.map((hit) => hit.entity.id) ?? []);
    }
    const score = scoreRanking(set, hits);
    const report = [
      `top 1: ${ratio(score.top1)}, top 3: ${ratio(score.top3)}; misses:`,
      ...score.misses.map((m) => `  "${m.text}" (${m.at}): expected ${m.expected.join(", ")}, got ${m.got.join(", ") || "nothing"}`),
    ].join("\n");
    // The figure and the misses, for the README and for whoever adds queries.
    console.log(report);
    expect(score.top1.right / score.top1.of, report).toBeGreaterThanOrEqual(TOP1_AT_LEAST);
    expect(score.top3.right / score.top3.of, report).toBeGreaterThanOrEqual(TOP3_AT_LEAST);
  });
});

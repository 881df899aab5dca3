/** The search ranking set cannot rot: every id it expects is a node in the seeds, and it is scored as its header says. */
import { describe, expect, it } from "vitest";
import { DEFAULT_SEEDS_DIR } from "../../src/seed/seed-graph.js";
import { readSeedData } from "../../src/seed/seed-files.js";
import { expectedIds, readRankingSet, scoreRanking, type RankingQuery } from "../search-ranking/ranking-set.js";

describe("Search ranking set", () => {
  it("expects only nodes that the seeds hold", async () => {
    const seeded = new Set((await readSeedData(DEFAULT_SEEDS_DIR)).nodes.map((n) => n.properties.id));
    const set = readRankingSet();
    expect(set.length).toBeGreaterThanOrEqual(60);
    expect(expectedIds(set).filter((id) => !seeded.has(id))).toEqual([]);
  });

  it("asks each text once", () => {
    const texts = readRankingSet().map((q) => q.text.toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it("covers every kind of node", async () => {
    const labelOf = new Map((await readSeedData(DEFAULT_SEEDS_DIR)).nodes.map((n) => [n.properties.id, n.label]));
    const covered = new Set(expectedIds(readRankingSet()).map((id) => labelOf.get(id)));
    expect([...covered].sort()).toEqual(["Network", "Organisation", "Person", "Practice", "Region", "Source", "Theme"]);
  });
});

describe("Search ranking set: scoring", () => {
  const set: RankingQuery[] = [
    { text: "a", kind: "name", top1: "a" },
    { text: "b", kind: "name", top1: "b" },
    { text: "c", kind: "name", top1: "c" },
    { text: "d", kind: "name", top3: ["d1", "d2"], why: "two" },
    { text: "e", kind: "name", top3: ["e1", "e2"], why: "two" },
  ];

  it("counts a one-answer query at top 1 and top 3, a several-answer query only at top 3 and only when all are there", () => {
    const score = scoreRanking(set, [["a", "x"], ["x", "b"], ["x", "y", "z", "c"], ["d2", "x", "d1"], ["e1", "x", "y", "e2"]]);
    expect(score).toEqual({
      top1: { right: 1, of: 3 },
      top3: { right: 3, of: 5 },
      misses: [
        { text: "b", expected: ["b"], got: ["x", "b"], at: "top1" },
        { text: "c", expected: ["c"], got: ["x", "y", "z"], at: "top3" },
        { text: "e", expected: ["e1", "e2"], got: ["e1", "x", "y"], at: "top3" },
      ],
    });
  });
});

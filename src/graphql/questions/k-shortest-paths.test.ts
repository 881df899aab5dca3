import { describe, expect, it } from "vitest";
import { comparePaths, kShortestPaths, type Adjacency } from "./k-shortest-paths.js";

/** An undirected adjacency from pairs. */
function graph(pairs: [string, string][]): Adjacency {
  const adjacency = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), a]);
  }
  return adjacency;
}

/** Every simple path, enumerated and sorted: the slow answer the algorithm must equal. */
function allSimplePaths(adjacency: Adjacency, from: string, to: string, maxHops: number): string[][] {
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1] as string;
    if (last === to) return void paths.push(path);
    if (path.length > maxHops) return;
    for (const next of adjacency.get(last) ?? []) if (!path.includes(next)) walk([...path, next]);
  };
  walk([from]);
  return paths.sort(comparePaths);
}

/** A small deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe("kShortestPaths", () => {
  it("gives the first k simple paths by length, then node ids, as enumerating them all does, on 300 random graphs", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const nodes = Array.from({ length: 4 + Math.floor(next() * 6) }, (_, i) => `n${i}`);
      const pairs: [string, string][] = [];
      for (const a of nodes) for (const b of nodes) if (a < b && next() < 0.4) pairs.push([a, b]);
      const adjacency = graph(pairs);
      const maxHops = 1 + Math.floor(next() * 5);
      const k = 1 + Math.floor(next() * 10);
      const expected = allSimplePaths(adjacency, "n0", "n1", maxHops).slice(0, k);
      expect(kShortestPaths(adjacency, "n0", "n1", k, maxHops), `seed ${seed}`).toEqual(expected);
    }
  });

  it("gives fewer than k paths when fewer exist, and none when the ends are not joined within maxHops", () => {
    const chain = graph([["a", "m"], ["m", "b"], ["a", "b"]]);
    expect(kShortestPaths(chain, "a", "b", 5, 2)).toEqual([["a", "b"], ["a", "m", "b"]]);
    expect(kShortestPaths(chain, "a", "b", 5, 1)).toEqual([["a", "b"]]);
    expect(kShortestPaths(graph([["a", "m"], ["m", "x"], ["x", "b"]]), "a", "b", 3, 2)).toEqual([]);
  });

  it("stays fast where two hubs share 200 neighbours each joined to 200 more (millions of paths of 5 links)", () => {
    // a - m_i - n_j - b for all i, j: 40,000 paths of 3 links, and far more of 5 (a-m-n-m-n-b).
    const pad = (i: number) => String(i).padStart(3, "0");
    const pairs: [string, string][] = [];
    for (let i = 0; i < 200; i++) {
      pairs.push(["a", `m${pad(i)}`]);
      pairs.push([`n${pad(i)}`, "b"]);
      for (let j = 0; j < 200; j++) pairs.push([`m${pad(i)}`, `n${pad(j)}`]);
    }
    const started = performance.now();
    const paths = kShortestPaths(graph(pairs), "a", "b", 10, 10);
    const elapsed = performance.now() - started;
    expect(paths).toEqual(Array.from({ length: 10 }, (_, j) => ["a", "m000", `n${pad(j)}`, "b"]));
    // 10 paths × 10 hops of breadth-first searches over 40,400 links: well under a second.
    expect(elapsed).toBeLessThan(2000);
  });
});

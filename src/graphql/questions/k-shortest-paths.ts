/**
 * The k shortest simple paths between two nodes of a small undirected graph, in a total order: by
 * length, then by their node ids compared one by one (the order Cypher gives `[n IN nodes(p) | n.id]`),
 * so the same graph always gives the same paths. Yen's algorithm: each further path is found by at
 * most `maxHops` breadth-first searches, so the work is at most k × maxHops × (nodes + links) however
 * many equally short paths a hub makes (enumerating paths instead would be exponential there).
 * Yen's argument holds for this order because, behind a fixed prefix, the order of whole paths is
 * the order of their remainders, and each search returns the first remainder in that order.
 * Pure: path-search.ts hands it the part of the graph the database returned.
 */

/** Undirected adjacency: each node's neighbours. */
export type Adjacency = ReadonlyMap<string, readonly string[]>;

/** -1, 0 or 1: by length, then node ids one by one (UTF-16 order, as Cypher compares strings). */
export function comparePaths(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The first shortest path from `start` to `target` in path order, of at most `maxHops` links, not
 * entering `banned` nodes nor taking a first step to `bannedFirst`; null when there is none.
 * A search from `target` gives every node's distance to it; walking from `start` to the neighbour
 * of smallest id one step nearer, each time, gives the first of the shortest paths.
 */
function firstShortestPath(
  adjacency: Adjacency,
  start: string,
  target: string,
  maxHops: number,
  banned: ReadonlySet<string>,
  bannedFirst: ReadonlySet<string>,
): string[] | null {
  if (start === target) return [start];
  const usable = (from: string, to: string) =>
    !banned.has(to) && !banned.has(from) && !(from === start && bannedFirst.has(to)) && !(to === start && bannedFirst.has(from));
  const distance = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= maxHops && frontier.length > 0 && !distance.has(start); d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of adjacency.get(node) ?? []) {
        // The path may end at `target` and begin at `start`: neither is passed through.
        if (distance.has(neighbour) || !usable(node, neighbour)) continue;
        distance.set(neighbour, d);
        if (neighbour !== start) next.push(neighbour);
      }
    }
    frontier = next;
  }
  const length = distance.get(start);
  if (length === undefined) return null;
  const path = [start];
  let current = start;
  for (let d = length - 1; d >= 0; d--) {
    let best: string | undefined;
    for (const neighbour of adjacency.get(current) ?? []) {
      if (distance.get(neighbour) === d && usable(current, neighbour) && (best === undefined || neighbour < best)) best = neighbour;
    }
    if (best === undefined) throw new Error(`k-shortest-paths: no step from ${current} at distance ${d + 1}`);
    path.push(best);
    current = best;
  }
  return path;
}

/** Up to `k` simple paths from `from` to `to` of at most `maxHops` links, the first in path order. */
export function kShortestPaths(adjacency: Adjacency, from: string, to: string, k: number, maxHops: number): string[][] {
  const first = firstShortestPath(adjacency, from, to, maxHops, new Set(), new Set());
  if (!first) return [];
  const found: string[][] = [first];
  const candidates = new Map<string, string[]>();
  const seen = new Set([first.join("\u0000")]);
  while (found.length < k) {
    const last = found[found.length - 1] as string[];
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const rootKey = root.join("\u0000");
      const bannedFirst = new Set<string>();
      for (const path of found) {
        if (path.length > i + 1 && path.slice(0, i + 1).join("\u0000") === rootKey) bannedFirst.add(path[i + 1] as string);
      }
      const spur = firstShortestPath(adjacency, root[i] as string, to, maxHops - i, new Set(root.slice(0, i)), bannedFirst);
      if (!spur) continue;
      const candidate = [...root, ...spur.slice(1)];
      const key = candidate.join("\u0000");
      if (!seen.has(key)) {
        seen.add(key);
        candidates.set(key, candidate);
      }
    }
    let best: [string, string[]] | undefined;
    for (const entry of candidates) if (!best || comparePaths(entry[1], best[1]) < 0) best = entry;
    if (!best) break;
    candidates.delete(best[0]);
    found.push(best[1]);
  }
  return found;
}

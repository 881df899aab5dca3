/**
 * The search behind the path questions (connection, paths). "How is A connected to B" means through
 * people, organisations, networks and practices: a broad theme or a region joins almost anything, so
 * paths pass through those only when no other path exists, or when the caller asks (`via`). Paths
 * follow only the model's relationships (RELATIONSHIP_TYPES): never history, source texts or
 * derived relationships, whatever is stored beside them.
 *
 * Three reads: the ends and avoided nodes exist; the part of the graph a path could use (a
 * breadth-first scan from `from`, at most PATH_SCAN_LIMIT nodes, then the links of `to`), in which
 * k-shortest-paths.ts picks the paths (its work bounded by k × maxHops searches); then the chosen
 * nodes and every piece of evidence of the chosen edges.
 */
import { GRAPH_MODEL, RELATIONSHIP_TYPES, entityTypeOf, labelOf, type EntityType, type Label } from "../../model/graph-model.js";
import type { ReadQuery } from "../../db/neo4j.js";
import { assertInRange, badUserInput, notFound } from "../errors.js";
import type { EntityRow, GraphEdgeRow, GraphPathRow } from "../models.js";
import { EDGE_MAP } from "./graph-edges.js";
import { kShortestPaths, type Adjacency } from "./k-shortest-paths.js";

/** What a path passes through unless the caller says otherwise. */
export const DEFAULT_VIA: readonly EntityType[] = ["PERSON", "ORGANISATION", "NETWORK", "PRACTICE"];
/** What it may pass through when no path through DEFAULT_VIA exists within maxHops: themes and regions too. */
export const FALLBACK_VIA: readonly EntityType[] = [...DEFAULT_VIA, "THEME", "REGION"];
/** The types the model's relationships join: what `via` may name (a source document is joined to nothing). */
export const LINKED_TYPES: readonly EntityType[] = [
  ...new Set(GRAPH_MODEL.relationshipTypes.flatMap((rel) => rel.endpoints.flatMap((end) => [end.from, end.to]))),
].map((label) => entityTypeOf(label as Label));

for (const type of FALLBACK_VIA) {
  if (!LINKED_TYPES.includes(type)) throw new Error(`path-search: ${type} is in FALLBACK_VIA but no relationship of the model joins it`);
}

/** The most nodes the scan from `from` visits: bounds a search that starts at, or passes, a hub. */
export const PATH_SCAN_LIMIT = 10_000;
/** The most ids `avoid` may hold. */
export const MAX_AVOID = 100;

export const PATH_ENDS = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS exists`;

// The scan leaves out the avoided nodes and `to` (a path ends there; it never passes through it),
// and passes only through nodes whose label `labelFilter` names; `from` itself is exempt. `to`'s
// own links are read apart, since its type need not be one a path may pass through.
export const PATH_SUBGRAPH = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH (x:Entity) WHERE x.id IN $avoid
WITH a, b, collect(x) AS avoided
CALL apoc.path.subgraphAll(a, {
  relationshipFilter: $relationshipFilter, labelFilter: $labelFilter, maxLevel: $maxLevel,
  limit: $scanLimit, blacklistNodes: avoided + [b], bfs: true
}) YIELD nodes, relationships
RETURN [n IN nodes | n.id] AS reached,
       [r IN relationships WHERE type(r) IN $types | [startNode(r).id, endNode(r).id, type(r)]] AS links,
       [(b)-[r]-(n:Entity) WHERE type(r) IN $types AND NOT n.id IN $avoid | [startNode(r).id, endNode(r).id, type(r)]] AS targetLinks`;

// Every relationship of the chosen edges (one per source that states it) becomes the edge's evidence.
export const PATH_DETAILS = `
CALL () {
  UNWIND $nodeIds AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n {.*}) AS nodes
}
CALL () {
  UNWIND $hops AS hop
  MATCH (s:Entity {id: hop[0]})-[x]->(e:Entity {id: hop[1]}) WHERE type(x) = hop[2]
  WITH s, e, hop[2] AS type, x ORDER BY x.source, x.quote
  WITH s, e, type, collect(x) AS parallel
  RETURN collect(${EDGE_MAP}) AS edges
}
RETURN nodes, edges`;

export interface PathArguments {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  via?: readonly string[] | null;
  avoid?: readonly string[] | null;
}

type Link = [from: string, to: string, type: string];

/** Checks `via`: the types of a path's inner nodes, each one the model's relationships join. */
function checkVia(via: readonly string[] | null | undefined): readonly EntityType[] | null {
  if (via == null) return null;
  const wrong = via.filter((type) => !LINKED_TYPES.includes(type as EntityType));
  if (wrong.length > 0) {
    throw badUserInput(`Argument "via" may name ${LINKED_TYPES.join(", ")} (the types relationships join); got ${wrong.join(", ")}.`, "via");
  }
  return [...new Set(via as EntityType[])];
}

async function checkEnds(read: ReadQuery, args: PathArguments, avoid: readonly string[]): Promise<void> {
  if (avoid.length > MAX_AVOID) throw badUserInput(`Argument "avoid" may hold at most ${MAX_AVOID} ids; got ${avoid.length}.`, "avoid");
  const ends = avoid.filter((id) => id === args.from || id === args.to);
  if (ends.length > 0) {
    throw badUserInput(`Argument "avoid" names ${ends.map((id) => `"${id}"`).join(" and ")}, an end of the path; it may name only nodes to pass by.`, "avoid");
  }
  const result = await read<{ id: string; exists: boolean }>(PATH_ENDS, { ids: [args.from, args.to, ...avoid] });
  const missing = new Set(result.records.filter((r) => !r.get("exists")).map((r) => r.get("id")));
  if (missing.has(args.from)) throw notFound(`No entity has id "${args.from}" (argument "from").`, "from");
  if (missing.has(args.to)) throw notFound(`No entity has id "${args.to}" (argument "to").`, "to");
  const unknown = avoid.filter((id) => missing.has(id));
  if (unknown.length > 0) throw notFound(`No entity has id ${unknown.map((id) => `"${id}"`).join(", ")} (argument "avoid").`, "avoid");
}

/** The links a path may use between `from` and `to` when it passes only through `via`. */
async function readSubgraph(read: ReadQuery, args: PathArguments, via: readonly EntityType[], avoid: readonly string[]): Promise<Link[]> {
  const result = await read<{ reached: string[]; links: Link[]; targetLinks: Link[] }>(PATH_SUBGRAPH, {
    from: args.from,
    to: args.to,
    avoid,
    types: RELATIONSHIP_TYPES,
    relationshipFilter: RELATIONSHIP_TYPES.join("|"),
    // With no type to pass through, the scan stops at `from`: only a direct link is a path.
    labelFilter: via.length > 0 ? `+${via.map(labelOf).join("|")}` : `+${labelOf(DEFAULT_VIA[0] as EntityType)}`,
    maxLevel: via.length > 0 ? args.maxHops - 1 : 0,
    scanLimit: PATH_SCAN_LIMIT,
  });
  const row = result.records[0];
  if (!row) return [];
  const reached = new Set(row.get("reached"));
  const toTarget = row.get("targetLinks").filter(([s, e]) => reached.has(s === args.to ? e : s));
  return [...row.get("links"), ...toTarget];
}

/** Undirected adjacency, and for each pair the stored link shown for it: the first by type, then direction. */
function graphOf(links: readonly Link[]): { adjacency: Adjacency; linkOf: (a: string, b: string) => Link } {
  const adjacency = new Map<string, Set<string>>();
  const chosen = new Map<string, Link>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const link of links) {
    const [s, e, type] = link;
    if (s === e) continue;
    adjacency.set(s, (adjacency.get(s) ?? new Set()).add(e));
    adjacency.set(e, (adjacency.get(e) ?? new Set()).add(s));
    const key = pairKey(s, e);
    const current = chosen.get(key);
    if (!current || type < current[2] || (type === current[2] && s < current[0])) chosen.set(key, link);
  }
  return {
    adjacency: new Map([...adjacency].map(([id, neighbours]) => [id, [...neighbours]])),
    linkOf: (a, b) => {
      const link = chosen.get(pairKey(a, b));
      if (!link) throw new Error(`path-search: no link between ${a} and ${b}`);
      return link;
    },
  };
}

/**
 * The first `k` paths from `from` to `to` (by length, then node ids), at most `maxHops` links each,
 * passing only through `via` types (by default DEFAULT_VIA, falling back to FALLBACK_VIA when that
 * gives none) and never through `avoid`. Checks every argument; errors name it.
 */
export async function findPaths(read: ReadQuery, args: PathArguments): Promise<GraphPathRow[]> {
  assertInRange("maxHops", args.maxHops, 1, 10);
  assertInRange("k", args.k, 1, 10);
  const via = checkVia(args.via);
  const avoid = [...new Set(args.avoid ?? [])];
  await checkEnds(read, args, avoid);
  if (args.from === args.to) {
    const details = await read<{ nodes: EntityRow[] }>(PATH_DETAILS, { nodeIds: [args.from], hops: [] });
    return [{ nodes: details.records[0]?.get("nodes") ?? [], edges: [] }];
  }
  let paths: string[][] = [];
  let linkOf: (a: string, b: string) => Link = () => {
    throw new Error("path-search: no graph read");
  };
  for (const types of via ? [via] : [DEFAULT_VIA, FALLBACK_VIA]) {
    const graph = graphOf(await readSubgraph(read, args, types, avoid));
    paths = kShortestPaths(graph.adjacency, args.from, args.to, args.k, args.maxHops);
    linkOf = graph.linkOf;
    if (paths.length > 0) break;
  }
  if (paths.length === 0) return [];
  const hops = new Map<string, Link>();
  for (const path of paths) {
    for (let i = 0; i < path.length - 1; i++) {
      const link = linkOf(path[i] as string, path[i + 1] as string);
      hops.set(link.join("\u0000"), link);
    }
  }
  const details = await read<{ nodes: EntityRow[]; edges: GraphEdgeRow[] }>(PATH_DETAILS, {
    nodeIds: [...new Set(paths.flat())],
    hops: [...hops.values()],
  });
  const row = details.records[0];
  const nodes = new Map((row?.get("nodes") ?? []).map((n) => [n.id, n]));
  const edges = new Map((row?.get("edges") ?? []).map((e) => [`${e.from}\u0000${e.to}\u0000${e.type}`, e]));
  // The graph may change between the reads; a path that lost a node or link is not answered half.
  const whole = (path: string[]): GraphPathRow | null => {
    const pathNodes = path.map((id) => nodes.get(id));
    const pathEdges = path.slice(1).map((id, i) => edges.get(linkOf(path[i] as string, id).join("\u0000")));
    if (pathNodes.some((n) => !n) || pathEdges.some((e) => !e)) return null;
    return { nodes: pathNodes as EntityRow[], edges: pathEdges as GraphEdgeRow[] };
  };
  return paths.map(whole).filter((p): p is GraphPathRow => p !== null);
}

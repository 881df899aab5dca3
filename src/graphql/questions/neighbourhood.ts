/**
 * neighbourhood: the nodes within `depth` hops of one (nearest first, then by id, at most `limit`)
 * and every edge among them, for graph views. The order is total, so the same graph always gives
 * the same answer (and `limit` always cuts the same nodes). The breadth-first scan stops after
 * SCAN_FACTOR × limit nodes, which bounds the work around hubs; only there can the cut differ.
 */
import type { QueryResolvers, SubgraphResolvers } from "../__generated__/types.js";
import { assertInRange, notFound } from "../errors.js";
import type { SubgraphRow } from "../models.js";
import { entitiesField } from "./entity-fields.js";
import { EDGE_MAP } from "./graph-edges.js";

export const NEIGHBOURHOOD = `
MATCH (start:Entity {id: $id})
CALL apoc.path.expandConfig(start, {maxLevel: $depth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: $scanLimit}) YIELD path
WITH last(nodes(path)) AS node, length(path) AS hops
ORDER BY hops, node.id
WITH collect(node) AS found
WITH found[0..$limit] AS nodes, size(found) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS s
  MATCH (s)-[x]->(e) WHERE e IN nodes
  WITH s, e, type(x) AS type, x ORDER BY x.source, x.quote
  WITH s, e, type, collect(x) AS parallel
  ORDER BY s.id, e.id, type
  RETURN collect(${EDGE_MAP}) AS edges
}
RETURN [n IN nodes | n {.*}] AS nodes, edges, truncated`;

const SCAN_FACTOR = 10;

/** How many nodes the breadth-first scan may visit for a given `limit`. Exported for the benchmark's raw Cypher. */
export const neighbourhoodScanLimit = (limit: number): number => Math.max(limit * SCAN_FACTOR, 1000);

export const neighbourhood: QueryResolvers["neighbourhood"] = async (_parent, args, context) => {
  const depth = assertInRange("depth", args.depth, 1, 3);
  const limit = assertInRange("limit", args.limit, 1, 1000);
  const result = await context.read<SubgraphRow>(NEIGHBOURHOOD, {
    id: args.id,
    depth,
    limit,
    scanLimit: neighbourhoodScanLimit(limit),
  });
  const row = result.records[0];
  if (!row || row.get("nodes").length === 0) throw notFound(`No entity has id "${args.id}" (argument "id").`, "id");
  return row.toObject();
};

export const subgraphResolvers: SubgraphResolvers = {
  nodes: entitiesField((s: SubgraphRow) => s.nodes),
};

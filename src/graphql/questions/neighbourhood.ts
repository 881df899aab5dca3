/**
 * neighbourhood: the nodes within `depth` hops of one (breadth-first, nearest first, at most
 * `limit`) and every edge among them, for graph views.
 */
import type { QueryResolvers, SubgraphResolvers } from "../__generated__/types.js";
import { assertInRange, notFound } from "../errors.js";
import type { GraphEdgeRow, SubgraphRow } from "../models.js";
import { entitiesByIds } from "./entity-fields.js";
import { EDGE_MAP } from "./graph-edges.js";

export const NEIGHBOURHOOD = `
MATCH (start:Entity {id: $id})
CALL apoc.path.subgraphNodes(start, {maxLevel: $depth, limit: $limit + 1, bfs: true}) YIELD node
WITH collect(node) AS found
WITH found[0..$limit] AS nodes, size(found) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS s
  MATCH (s)-[x]->(e) WHERE e IN nodes
  WITH s, e, type(x) AS type, collect(x) AS parallel
  RETURN collect(${EDGE_MAP}) AS edges
}
RETURN [n IN nodes | n.id] AS nodeIds, edges, truncated`;

export const neighbourhood: QueryResolvers["neighbourhood"] = async (_parent, args, context) => {
  const depth = assertInRange("depth", args.depth, 1, 3);
  const limit = assertInRange("limit", args.limit, 1, 1000);
  const result = await context.read<{ nodeIds: string[]; edges: GraphEdgeRow[]; truncated: boolean }>(NEIGHBOURHOOD, {
    id: args.id,
    depth,
    limit,
  });
  const row = result.records[0];
  if (!row) throw notFound(`No entity has id "${args.id}" (argument "id").`, "id");
  return { nodeIds: row.get("nodeIds"), edges: row.get("edges"), truncated: row.get("truncated") };
};

export const subgraphResolvers: SubgraphResolvers = {
  nodes: entitiesByIds((s: SubgraphRow) => s.nodeIds),
};

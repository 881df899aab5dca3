/** connection: the shortest path between two entities (the first by node ids, where several are as short), each edge with all its evidence. */
import type { GraphPathResolvers, QueryResolvers } from "../__generated__/types.js";
import { assertInRange, notFound } from "../errors.js";
import type { EntityRow, GraphEdgeRow, GraphPathRow } from "../models.js";
import { entitiesField } from "./entity-fields.js";
import { EDGE_MAP } from "./graph-edges.js";

// Cypher cannot take a path length as a parameter; `maxHops` is inlined only after it is checked to be an integer 1-10.
export const connectionQuery = (maxHops: number) => `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
// Of several equally short paths, the one whose node ids come first: the same question always gets
// the same answer, whatever order the database happens to find them in.
OPTIONAL MATCH found = allShortestPaths((a)-[*..${maxHops}]-(b))
WITH a, b, found ORDER BY [n IN nodes(found) | n.id]
WITH a, b, head(collect(found)) AS p
CALL (p) {
  WITH p WHERE p IS NOT NULL
  UNWIND range(0, size(relationships(p)) - 1) AS i
  WITH i, relationships(p)[i] AS r
  WITH i, startNode(r) AS s, endNode(r) AS e, type(r) AS type
  MATCH (s)-[x]->(e) WHERE type(x) = type
  WITH i, s, e, type, x ORDER BY x.source, x.quote
  WITH i, s, e, type, collect(x) AS parallel
  ORDER BY i
  RETURN collect(${EDGE_MAP}) AS edges
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
       CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p) | n {.*}] END AS nodes, edges`;

export const connection: QueryResolvers["connection"] = async (_parent, args, context) => {
  const maxHops = assertInRange("maxHops", args.maxHops, 1, 10);
  if (args.from === args.to) {
    const found = await context.read<{ node: EntityRow }>("MATCH (n:Entity {id: $id}) RETURN n {.*} AS node", { id: args.from });
    const node = found.records[0]?.get("node");
    if (!node) throw notFound(`No entity has id "${args.from}" (argument "from").`, "from");
    return { nodes: [node], edges: [] };
  }
  const result = await context.read<{ fromExists: boolean; toExists: boolean; nodes: EntityRow[] | null; edges: GraphEdgeRow[] }>(
    connectionQuery(maxHops),
    { from: args.from, to: args.to },
  );
  const row = result.records[0];
  if (!row?.get("fromExists")) throw notFound(`No entity has id "${args.from}" (argument "from").`, "from");
  if (!row.get("toExists")) throw notFound(`No entity has id "${args.to}" (argument "to").`, "to");
  const nodes = row.get("nodes");
  return nodes ? { nodes, edges: row.get("edges") } : null;
};

export const graphPathResolvers: GraphPathResolvers = {
  nodes: entitiesField((p: GraphPathRow) => p.nodes),
};

/** neighbourhood: depth 2 from a practice. */
import { NEIGHBOURHOOD, neighbourhoodScanLimit } from "../../src/graphql/questions/neighbourhood.js";
import { asEntities, column, edgeKey, entityKey, fixture, list, type BenchQuestion, type Data, type EdgeRow, type Variables } from "./bench-question.js";

interface NeighbourhoodVariables extends Variables {
  id: string;
  depth: number;
  limit: number;
}

export const neighbourhood: BenchQuestion<NeighbourhoodVariables> = {
  name: "neighbourhood",
  custom: true,
  fixture: fixture("neighbourhood.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, () => ({ id: random.pick(lookup.practices).id, depth: 2, limit: 200 })),
  fromGraphql: (data) => {
    const subgraph = data.neighbourhood as Data;
    return {
      truncated: subgraph.truncated,
      nodes: list(subgraph.nodes).map((n) => `${String(n.id)}|${String(n.name)}|${String(n.type)}`),
      edges: list(subgraph.edges).map(edgeKey),
    };
  },
  async raw(read, v) {
    const result = await read(NEIGHBOURHOOD, { id: v.id, depth: v.depth, limit: v.limit, scanLimit: neighbourhoodScanLimit(v.limit) });
    const row = result.records[0];
    if (!row) return null;
    return {
      truncated: column(row, "truncated"),
      nodes: asEntities(column(row, "nodes"), "neighbourhood: nodes").map((n) => entityKey(n, "id", "name", "type")),
      edges: (column(row, "edges") as EdgeRow[]).map(edgeKey),
    };
  },
  peer: {
    fixture: fixture("neighbourhood.peer.graphql"),
    note: "the same nodes, unlimited and unordered (compared when not truncated), not the edges among second-hop nodes",
    variables: (v) => ({ id: v.id }),
    async check(data, _v, { graphql }) {
      const found = new Set<string>();
      const visit = (node: Data, level: number) => {
        found.add(String(node.id));
        if (level === 2) return;
        for (const value of Object.values(node)) for (const next of list(value)) visit(next, level + 1);
      };
      for (const start of list(data.practices)) visit(start, 0);
      const answer = graphql as { truncated: boolean; nodes: string[] };
      const ids = answer.nodes.map((n) => n.split("|")[0] as string);
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) return [`peer: misses ${missing.length} of graphql's nodes, e.g. ${missing.slice(0, 3).join(", ")}`];
      if (!answer.truncated && found.size !== ids.length) return [`peer: ${found.size} nodes, graphql ${ids.length} (not truncated)`];
      return [];
    },
  },
};

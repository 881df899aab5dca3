/** connection: the shortest path between two people in different networks. */
import { connectionQuery } from "../../src/graphql/questions/connection.js";
import {
  asEntities,
  column,
  edgeKey,
  entityKey,
  evidenceKey,
  fixture,
  list,
  sorted,
  type BenchQuestion,
  type Data,
  type EdgeRow,
  type Variables,
} from "./bench-question.js";

interface ConnectionVariables extends Variables {
  from: string;
  to: string;
  maxHops: number;
}

export const connection: BenchQuestion<ConnectionVariables> = {
  name: "connection",
  custom: true,
  fixture: fixture("connection.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, () => {
      const from = random.pick(lookup.peopleInNetworks);
      let to = random.pick(lookup.peopleInNetworks);
      for (let attempt = 0; attempt < 100 && (to.id === from.id || to.networks.some((n) => from.networks.includes(n))); attempt++) {
        to = random.pick(lookup.peopleInNetworks);
      }
      return { from: from.id, to: to.id, maxHops: 6 };
    }),
  fromGraphql: (data) => {
    const path = data.connection as Data | null;
    if (!path) return null;
    return {
      nodes: list(path.nodes).map((n) => `${String(n.id)}|${String(n.name)}|${String(n.type)}`),
      edges: list(path.edges).map((e) => ({
        edge: edgeKey(e),
        evidence: sorted(list<{ quote: string; source: { id: string } }>(e.evidence).map((x) => evidenceKey(x.source.id, x.quote))),
      })),
    };
  },
  async raw(read, v) {
    const result = await read(connectionQuery(v.maxHops), { from: v.from, to: v.to });
    const row = result.records[0];
    if (!row) return null;
    // null when there is no path within maxHops.
    const path = column(row, "nodes");
    if (path === null) return null;
    return {
      nodes: asEntities(path, "connection: nodes").map((n) => entityKey(n, "id", "name", "type")),
      edges: (column(row, "edges") as EdgeRow[]).map((e) => ({ edge: edgeKey(e), evidence: sorted(e.evidence.map((x) => evidenceKey(x.sourceId, x.quote))) })),
    };
  },
  peer: { unavailable: "n/a: the generated API has no path query" },
};

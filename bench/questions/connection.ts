/** connection: the shortest path between two people in different networks. */
import { findPaths } from "../../src/graphql/questions/path-search.js";
import {
  asEntities,
  edgeKey,
  entityKey,
  evidenceKey,
  fixture,
  list,
  sorted,
  type BenchQuestion,
  type Data,
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
    // The resolver's own search (its reads and the k-shortest-paths step), without GraphQL.
    const [path] = await findPaths(read, { from: v.from, to: v.to, maxHops: v.maxHops, k: 1 });
    if (!path) return null;
    return {
      nodes: asEntities(path.nodes, "connection: nodes").map((n) => entityKey(n, "id", "name", "type")),
      edges: path.edges.map((e) => ({ edge: edgeKey(e), evidence: sorted(e.evidence.map((x) => evidenceKey(x.sourceId, x.quote))) })),
    };
  },
  peer: { unavailable: "n/a: the generated API has no path query" },
};

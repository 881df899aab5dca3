import type { GraphEdgeRow } from "../models.js";
import { EVIDENCE_OF } from "./entity-fields.js";
/**
 * GraphEdge as Cypher builds it: the parallel relationships between two nodes (one per source that
 * states the link) become one edge carrying all their evidence.
 * Expects `s`, `e` (the end nodes), `type` and `parallel` (the relationships) in scope.
 */
export const EDGE_MAP = `{
  from: s.id, to: e.id, type: type,
  role: head([x IN parallel WHERE x.role IS NOT NULL | x.role]),
  evidence: [x IN parallel | ${EVIDENCE_OF("x")}]
}`;

export const graphEdgeResolvers = {
  support: (edge: GraphEdgeRow): number => new Set(edge.evidence.map((e) => e.sourceId)).size,
};

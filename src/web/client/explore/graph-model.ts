/**
 * The graph the explorer draws: the union of the neighbourhoods it loaded and the path it shows.
 * Pure data, so the merging and filtering rules are tested without a browser.
 */
import type { GraphEdge, GraphNode } from "../shared/answers.js";

export interface ExplorerEdge extends GraphEdge {
  id: string;
}

export interface ExplorerGraph {
  nodes: Map<string, GraphNode>;
  edges: Map<string, ExplorerEdge>;
}

export interface GraphPart {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The API answers one GraphEdge per stored relationship: its ends and type identify it. */
export function edgeId(edge: Pick<GraphEdge, "from" | "to" | "type">): string {
  return `${edge.from}|${edge.type}|${edge.to}`;
}

export function mergeGraphParts(parts: GraphPart[]): ExplorerGraph {
  const graph: ExplorerGraph = { nodes: new Map(), edges: new Map() };
  for (const part of parts) {
    for (const node of part.nodes) graph.nodes.set(node.id, node);
    for (const edge of part.edges) graph.edges.set(edgeId(edge), { ...edge, id: edgeId(edge) });
  }
  return graph;
}

/** Edges that touch a node, for its details panel. */
export function edgesOf(graph: ExplorerGraph, nodeId: string): ExplorerEdge[] {
  return [...graph.edges.values()].filter((edge) => edge.from === nodeId || edge.to === nodeId);
}

/**
 * Nodes the filters leave in the dark: those not linked to every active filter. `linkedSets` holds,
 * per active filter, the ids linked to its theme or region; with no active filter nothing is dimmed.
 */
export function dimmedNodes(graph: ExplorerGraph, linkedSets: Set<string>[]): Set<string> {
  const dimmed = new Set<string>();
  for (const id of graph.nodes.keys()) {
    if (linkedSets.some((linked) => !linked.has(id))) dimmed.add(id);
  }
  return dimmed;
}

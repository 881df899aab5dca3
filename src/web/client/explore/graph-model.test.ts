import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../shared/answers.js";
import { dimmedNodes, edgeId, edgesOf, mergeGraphParts } from "./graph-model.js";

const node = (id: string): GraphNode => ({ id, name: id.toUpperCase(), type: "PRACTICE", description: null });
const edge = (from: string, type: string, to: string): GraphEdge => ({ from, to, type, role: null, evidence: [] });

describe("Explorer: the drawn graph", () => {
  const first = { nodes: [node("a"), node("b")], edges: [edge("a", "PART_OF", "b")] };
  const second = { nodes: [node("b"), node("c")], edges: [edge("a", "PART_OF", "b"), edge("c", "APPLIES", "b")] };

  it("merges neighbourhoods, keeping each node and relationship once", () => {
    const graph = mergeGraphParts([first, second]);
    expect([...graph.nodes.keys()]).toEqual(["a", "b", "c"]);
    expect([...graph.edges.keys()]).toEqual(["a|PART_OF|b", "c|APPLIES|b"]);
    expect(graph.edges.get(edgeId(edge("c", "APPLIES", "b")))?.from).toBe("c");
  });

  it("lists the relations of one node", () => {
    const graph = mergeGraphParts([first, second]);
    expect(edgesOf(graph, "b").map((e) => e.id)).toEqual(["a|PART_OF|b", "c|APPLIES|b"]);
    expect(edgesOf(graph, "c").map((e) => e.id)).toEqual(["c|APPLIES|b"]);
  });

  it("dims the nodes outside any active filter's linked set, and nothing without filters", () => {
    const graph = mergeGraphParts([first, second]);
    expect(dimmedNodes(graph, [])).toEqual(new Set());
    expect(dimmedNodes(graph, [new Set(["a", "b"])])).toEqual(new Set(["c"]));
    expect(dimmedNodes(graph, [new Set(["a", "b"]), new Set(["b", "c"])])).toEqual(new Set(["a", "c"]));
  });
});

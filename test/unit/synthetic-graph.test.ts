import { describe, expect, it } from "vitest";
import { generateSyntheticGraph } from "../../bench/synthetic-graph.js";
import { GRAPH_MODEL } from "../../src/model/graph-model.js";

describe("Benchmark: the synthetic graph follows the graph model", () => {
  const graph = generateSyntheticGraph(500);

  it("has nodes of every node type, each with its type's required fields", () => {
    for (const node of GRAPH_MODEL.nodeTypes) {
      const rows = graph.nodes[node.label as keyof typeof graph.nodes];
      expect(rows.length, node.label).toBeGreaterThan(0);
      for (const field of node.fields.filter((f) => f.required)) expect(rows.every((row) => row[field.name] != null), `${node.label}.${field.name}`).toBe(true);
    }
  });

  it("has relationships for every pair of types every relationship type joins, and no others", () => {
    const expected = GRAPH_MODEL.relationshipTypes.flatMap(({ type, endpoints }) => endpoints.map((e) => `${e.from}-[:${type}]->${e.to}`));
    const made = graph.facts.filter((group) => group.rows.length > 0).map((group) => `${group.from}-[:${group.type}]->${group.to}`);
    expect(new Set(made)).toEqual(new Set(expected));
  });
});

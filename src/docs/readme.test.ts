import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GRAPH_MODEL } from "../model/graph-model.js";
import { README, renderModel, replaceSection } from "./readme.js";

describe("README: generated sections that need no database", () => {
  it("the model tables are the graph model's (else run npm run docs)", () => {
    const readme = readFileSync(README, "utf8");
    expect(replaceSection(readme, "model", renderModel(GRAPH_MODEL)) === readme, "README.md's model tables are stale: run `npm run docs`").toBe(true);
  });

  it("lists every node type and every relationship type once", () => {
    const tables = renderModel(GRAPH_MODEL);
    for (const node of GRAPH_MODEL.nodeTypes) expect(tables.match(new RegExp(`^\\| \`${node.label}\` \\|`, "gm"))).toHaveLength(1);
    for (const rel of GRAPH_MODEL.relationshipTypes) expect(tables.match(new RegExp(`^\\| \`${rel.type}\` \\|`, "gm"))).toHaveLength(1);
  });
});

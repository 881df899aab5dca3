import { describe, expect, it } from "vitest";
import { buildSchema } from "../graphql/schema.js";
import { deriveGraphModel } from "./derive-model.js";
import { GRAPH_MODEL } from "./graph-model.js";
import { printModel } from "./print-model.js";
import { readTypeDefs } from "./schema-files.js";

const MINIMAL = `
  enum EntityType { SOURCE THEME }
  type Fact @relationshipProperties { source: ID! quote: String! }
  type Source @node(labels: ["Source", "Entity"]) { id: ID! name: String! }
  type Theme @node(labels: ["Theme", "Entity"]) {
    id: ID!
    name: String!
    broader: [Theme!]! @relationship(type: "BROADER", direction: OUT, properties: "Fact")
  }
`;

describe("Graph model: derived from schema/", () => {
  it("the committed module is what schema/ gives (else run npm run codegen)", () => {
    expect(deriveGraphModel(readTypeDefs())).toEqual(GRAPH_MODEL);
  });

  it("each node type's plural is the one @neo4j/graphql gives its root query field", async () => {
    const queries = Object.keys((await buildSchema()).getQueryType()?.getFields() ?? {});
    for (const node of GRAPH_MODEL.nodeTypes) expect(queries).toContain(node.plural);
  });

  it("reads endpoints, with the field on each side", () => {
    expect(deriveGraphModel(MINIMAL).relationshipTypes).toEqual([
      { type: "BROADER", endpoints: [{ from: "Theme", to: "Theme", fromField: "broader", toField: null, referenceKnowledge: false }] },
    ]);
    // @referenceKnowledge on either side's field holds for the pair.
    const reference = deriveGraphModel(MINIMAL.replace('properties: "Fact")', 'properties: "Fact") @referenceKnowledge'));
    expect(reference.relationshipTypes[0]?.endpoints[0]?.referenceKnowledge).toBe(true);
    expect(printModel(deriveGraphModel(MINIMAL))).toContain("export interface ThemeProperties {\n  readonly id: string;\n  readonly name: string;\n}");
  });

  it.each([
    ["a relationship to a type that is not a node", MINIMAL.replace("broader: [Theme!]!", "broader: [Fact!]!"), "Theme.broader: a relationship must lead to a node type, not Fact"],
    ["a relationship without evidence", MINIMAL.replace(', properties: "Fact"', ""), 'Theme.broader: every relationship carries its evidence: add properties: "Fact"'],
    ["an EntityType value without a node type", MINIMAL.replace("SOURCE THEME", "SOURCE THEME PLACE"), "enum EntityType has PLACE, which no node type has"],
    ["a node type missing from EntityType", MINIMAL.replace("SOURCE THEME", "SOURCE"), "Theme: enum EntityType needs the value THEME"],
    ["a node without the shared label", MINIMAL.replace('labels: ["Theme", "Entity"]', 'labels: ["Theme"]'), 'Theme: @node(labels:) must be ["Theme", <the shared entity label>], got ["Theme"]'],
    [
      "two fields for one direction of one relationship",
      MINIMAL.replace("name: String!\n    broader", 'name: String!\n    wider: [Theme!]! @relationship(type: "BROADER", direction: OUT, properties: "Fact")\n    broader'),
      "Theme.broader and Theme.wider both follow Theme-[:BROADER]->Theme outwards; keep one",
    ],
    ["evidence without a source", MINIMAL.replace("source: ID! quote", "quote"), "Fact needs a required field source: ID!"],
    ["a @format that is not a regular expression", MINIMAL.replace("name: String! }", 'name: String! @format(pattern: "(", description: "x") }'), "Source.name: @format pattern is not a regular expression"],
  ])("refuses %s, naming type and field", (_case, sdl, message) => {
    expect(() => deriveGraphModel(sdl)).toThrow(message);
  });
});

import { buildSchema, parse, print, validate } from "graphql";
import { describe, expect, it } from "vitest";
import printedSchema from "../../../graphql/__generated__/schema.graphql?raw";
import trustedDocuments from "../../../graphql/__generated__/trusted-documents.json?raw";
import { EDITOR_TAB } from "../playground/example-tabs.js";
import * as generated from "./__generated__/queries.js";

// The full schema as the API serves it (printed by `npm run codegen`, checked fresh by `npm test`).
const schema = buildSchema(printedSchema);

/** What the pages send: the typed documents GraphQL Code Generator writes from queries.graphql. */
const sent = Object.entries<unknown>(generated).flatMap(([name, value]) => (value instanceof generated.TypedDocumentString ? [[name, value.toString()] as const] : []));

/** What the playground offers: the examples in operations/ (no code generated for them) and the editors' tab. */
const examples = import.meta.glob<string>("../../../../operations/*.graphql", { query: "?raw", import: "default", eager: true });
const offered = [
  ...Object.entries(examples).map(([file, text]) => [`${file.replace(/^(\.\.\/)+/, "")} (playground)`, text] as const),
  ["EDITOR_TAB (playground)", EDITOR_TAB.query] as const,
];

describe("Browser documents: valid against the API's schema", () => {
  it("finds the documents to check", () => {
    expect(sent.map(([name]) => name).sort()).toEqual(
      [
        "DeskAddSourceDocument",
        "DeskCreateEntityDocument",
        "DeskDeleteEntityDocument",
        "DeskHistoryDocument",
        "DeskLinkDocument",
        "DeskRevertDocument",
        "DeskSearchDocument",
        "DeskSourceDocumentDocument",
        "DeskSourcesDocument",
        "DeskStaleEvidenceDocument",
        "DeskSuggestionsDocument",
        "DeskUnlinkDocument",
        "DeskViewerDocument",
        "EmbedGraphDocument",
        "EmbedPartnersDocument",
        "EmbedPracticeDocument",
        "EmbedResolveEntityDocument",
        "EmbedVocabularyDocument",
        "ExplorerFilterChoicesDocument",
        "ExplorerLinkedNodesDocument",
        "ExplorerNeighbourhoodDocument",
        "ExplorerPartnersOnThemeDocument",
        "ExplorerPathsDocument",
        "ExplorerSearchDocument",
        "ExplorerReachDocument",
        "ExplorerRegionDocument",
      ].sort(),
    );
    expect(Object.keys(examples).length).toBeGreaterThan(0);
  });

  it.each([...sent, ...offered])("%s", (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});

describe("Browser documents: trusted", () => {
  it("lists every document the pages send in the trusted documents' manifest, as they send it", () => {
    const trusted = new Set(Object.values(JSON.parse(trustedDocuments) as Record<string, string>));
    expect(sent.filter(([, document]) => !trusted.has(print(parse(document)))).map(([name]) => name)).toEqual([]);
  });
});

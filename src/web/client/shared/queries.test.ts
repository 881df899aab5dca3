import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import printedSchema from "../../../graphql/__generated__/schema.graphql?raw";
import { EDITOR_TAB } from "../playground/example-tabs.js";
import * as queries from "./queries.js";

// The full schema as the API serves it (printed by `npm run codegen`, checked fresh by `npm test`).
const schema = buildSchema(printedSchema);

const documents = Object.entries<unknown>(queries).filter((entry): entry is [string, string] => typeof entry[1] === "string");

describe("Browser documents: valid against the API's schema", () => {
  it("finds the documents to check", () => {
    expect(documents.map(([name]) => name).sort()).toEqual(
      ["CONNECTION", "FILTER_CHOICES", "LINKED_NODES", "NEIGHBOURHOOD", "PARTNER_LIST", "PRACTICE_CARD", "SEARCH", "SMALL_GRAPH"].sort(),
    );
  });

  it.each([...documents, ["EDITOR_TAB (playground)", EDITOR_TAB.query]])("%s", (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});

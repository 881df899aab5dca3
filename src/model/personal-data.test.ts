/**
 * People in the graph hold only what a source states about their professional role (README,
 * "Personal data"): no contact fields, whatever is added to schema/ later without review.
 */
import { describe, expect, it } from "vitest";
import { GRAPH_MODEL, nodeType } from "./graph-model.js";

/** The Person fields the AVG review accepted: the name, forms the sources use, roles, a one-line description. */
const REVIEWED = ["id", "name", "description", "aliases", "type", "roles"];
const CONTACT = /mail|phone|telefoon|address|adres|street|straat|postcode|zip|birth|geboorte|bsn|social|linkedin|twitter/i;

describe("Personal data: what a Person holds", () => {
  it("has only the reviewed fields (a new one needs a review of the README's Personal data first)", () => {
    expect(nodeType(GRAPH_MODEL, "Person").fields.map((f) => f.name).sort()).toEqual([...REVIEWED].sort());
  });

  it("has no contact or identity field on any node type", () => {
    const fields = GRAPH_MODEL.nodeTypes.flatMap((node) => node.fields.map((f) => `${node.label}.${f.name}`));
    expect(fields.filter((f) => CONTACT.test(f))).toEqual([]);
  });
});

/**
 * The write checks on entity fields, for every node type and field of the graph model: generated
 * cases, so a field added to schema/ is checked with no new test.
 */
import { describe, expect, it } from "vitest";
import { GRAPH_MODEL, type FieldModel, type NodeTypeModel } from "../model/graph-model.js";
import { checkFields, writableFields } from "./field-checks.js";
import { WriteError } from "./write-error.js";

/** A value the field accepts. */
function validValue(field: FieldModel): unknown {
  const one = field.values ? field.values[0] : field.type === "Int" ? 3 : field.type === "Float" ? 1.5 : field.type === "Boolean" ? true : field.format ? formatExample(field) : "Gewone tekst";
  return field.list ? [one] : one;
}

function formatExample(field: FieldModel): string {
  const examples = ["2020", "https://example.org/a", "nl"];
  const found = examples.find((e) => new RegExp(field.format?.pattern ?? "", "u").test(e));
  if (!found) throw new Error(`No example value for ${field.name}'s format ${field.format?.pattern}`);
  return found;
}

/** Every required field of a node type, valid. */
const requiredFields = (node: NodeTypeModel) => Object.fromEntries(writableFields(node).filter((f) => f.required && !f.list).map((f) => [f.name, validValue(f)]));

const refusal = (run: () => unknown): WriteError => {
  try {
    run();
  } catch (error) {
    if (error instanceof WriteError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
};

describe.each(GRAPH_MODEL.nodeTypes.map((node) => [node.label, node] as const))("Entity fields of %s", (_label, node) => {
  const fields = writableFields(node);

  it("accepts the required fields alone, and defaults lists to empty", () => {
    const stored = checkFields(node, requiredFields(node), "create");
    for (const field of fields.filter((f) => f.list)) expect(stored[field.name]).toEqual([]);
  });

  it.each(fields.filter((f) => f.required && !f.list).map((f) => [f.name]))("refuses a create without %s, and clearing it in an update", (name) => {
    const { [name]: _left, ...rest } = requiredFields(node);
    expect(refusal(() => checkFields(node, rest, "create"))).toMatchObject({ code: "BAD_USER_INPUT", field: `fields.${name}` });
    expect(refusal(() => checkFields(node, { [name]: null }, "update"))).toMatchObject({ field: `fields.${name}`, message: `fields.${name} is required on ${node.label} and cannot be cleared.` });
  });

  it.each(fields.filter((f) => !f.values && (f.type === "String" || f.type === "ID")).map((f) => [f.name, f] as const))("refuses blank, invisible and control-character text in %s", (name, field) => {
    for (const bad of ["   ", "\u200b\u200b", "a\u0000b", "x".repeat(5_001)]) {
      const value = field.list ? [bad] : bad;
      const error = refusal(() => checkFields(node, { ...requiredFields(node), [name]: value }, "create"));
      expect(error.code).toBe("BAD_USER_INPUT");
      expect(error.field).toBe(field.list ? `fields.${name}[0]` : `fields.${name}`);
    }
  });

  it.each(fields.filter((f) => f.values).map((f) => [f.name, f] as const))("refuses a value of %s outside its enum, listing the allowed ones", (name, field) => {
    const error = refusal(() => checkFields(node, { ...requiredFields(node), [name]: field.list ? ["NOPE"] : "NOPE" }, "create"));
    expect(error.message).toContain((field.values ?? []).join(", "));
  });

  it.each(fields.filter((f) => f.format).map((f) => [f.name, f] as const))("refuses %s that does not match its @format, saying what it must be", (name, field) => {
    const error = refusal(() => checkFields(node, { ...requiredFields(node), [name]: "not matching at all" }, "create"));
    expect(error.message).toBe(`fields.${name} must be ${field.format?.description}; got "not matching at all".`);
  });

  it("refuses a field the type does not have, naming the ones it takes", () => {
    const foreign = GRAPH_MODEL.nodeTypes.flatMap((other) => writableFields(other)).find((f) => !fields.some((own) => own.name === f.name));
    const name = foreign?.name ?? "colour";
    const error = refusal(() => checkFields(node, { ...requiredFields(node), [name]: "x" }, "create"));
    expect(error.message).toBe(`${node.label} has no field "${name}" that a writer sets; it takes ${fields.map((f) => f.name).join(", ")}.`);
  });

  it("never lets a writer set what the API sets itself (id, type, a source's content hash)", () => {
    for (const field of node.fields.filter((f) => f.populated || f.name === "id")) {
      expect(refusal(() => checkFields(node, { [field.name]: "x" }, "update")).field).toBe(`fields.${field.name}`);
    }
  });
});

/**
 * What a writer may store in a node's fields, checked against the graph model (src/model/): the
 * same rules as the seed files (text.ts, ids.ts, `@format`), plus what only a writer can get
 * wrong: a field the type does not have, a value of the wrong kind, a required field emptied.
 */
import { matchesFormat, type FieldModel, type NodeTypeModel } from "../model/graph-model.js";
import { isBlank, textProblem } from "../model/text.js";
import { badInput } from "./write-error.js";
import type { Properties } from "./revisions.js";

/** Longer than any name or description the graph holds; a source's text has its own limit. */
export const MAX_FIELD_CHARACTERS = 5_000;
export const MAX_LIST_ITEMS = 100;

/** The fields a writer sets on a node type: all but those the API sets itself (`id` comes separately). */
export const writableFields = (node: NodeTypeModel): FieldModel[] => node.fields.filter((f) => !f.populated && f.name !== "id");

/** Checks stored text: visible, no control characters, not too long; returns it trimmed. */
export function checkText(field: string, value: unknown, maxCharacters = MAX_FIELD_CHARACTERS): string {
  if (typeof value !== "string") throw badInput(field, `${field} must be text; got ${JSON.stringify(value)}.`);
  const problem = textProblem(value);
  if (problem) throw badInput(field, `${field} ${problem}.`);
  if (isBlank(value)) throw badInput(field, `${field} must not be blank (spaces and invisible characters only); leave it out or give it text.`);
  if (value.length > maxCharacters) throw badInput(field, `${field} is ${value.length} characters long; at most ${maxCharacters} are allowed.`);
  return value.trim();
}

function checkValue(path: string, field: FieldModel, value: unknown): unknown {
  if (field.values) {
    if (typeof value !== "string" || !field.values.includes(value)) {
      throw badInput(path, `${path} must be one of ${field.values.join(", ")}; got ${JSON.stringify(value)}.`);
    }
    return value;
  }
  switch (field.type) {
    case "Int":
      if (!Number.isInteger(value)) throw badInput(path, `${path} must be a whole number; got ${JSON.stringify(value)}.`);
      return value;
    case "Float":
      if (typeof value !== "number" || !Number.isFinite(value)) throw badInput(path, `${path} must be a number; got ${JSON.stringify(value)}.`);
      return value;
    case "Boolean":
      if (typeof value !== "boolean") throw badInput(path, `${path} must be true or false; got ${JSON.stringify(value)}.`);
      return value;
    default: {
      const text = checkText(path, value);
      if (field.format && !matchesFormat(field.format, text)) throw badInput(path, `${path} must be ${field.format.description}; got ${JSON.stringify(value)}.`);
      return text;
    }
  }
}

/**
 * The properties to store from a writer's `fields` for a node of type `node`. On create every
 * required field must be given; on update only the given ones change, and null clears an
 * optional field (a required one cannot be cleared). `prefix` names the input in messages.
 */
export function checkFields(node: NodeTypeModel, fields: Record<string, unknown>, mode: "create" | "update", prefix = "fields"): Properties {
  const allowed = writableFields(node);
  const out: Properties = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const path = `${prefix}.${name}`;
    const field = allowed.find((f) => f.name === name);
    if (!field) {
      throw badInput(path, `${node.label} has no field "${name}" that a writer sets; it takes ${allowed.map((f) => f.name).join(", ")}.`);
    }
    if (value === null) {
      if (field.required && !field.list) throw badInput(path, `${path} is required on ${node.label} and cannot be cleared.`);
      out[name] = field.list ? [] : null;
      continue;
    }
    if (field.list) {
      if (!Array.isArray(value)) throw badInput(path, `${path} must be a list.`);
      if (value.length > MAX_LIST_ITEMS) throw badInput(path, `${path} has ${value.length} items; at most ${MAX_LIST_ITEMS} are allowed.`);
      const items = value.map((item, i) => checkValue(`${path}[${i}]`, field, item));
      out[name] = [...new Set(items)];
    } else {
      out[name] = checkValue(path, field, value);
    }
  }
  if (mode === "create") {
    for (const field of allowed) {
      if (field.list && out[field.name] === undefined) out[field.name] = [];
      if (field.required && !field.list && (out[field.name] === undefined || out[field.name] === null)) {
        throw badInput(`${prefix}.${field.name}`, `${prefix}.${field.name} is required for a ${node.label}.`);
      }
    }
  }
  return out;
}

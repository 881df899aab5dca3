/**
 * What every export format is written from, and what the formats share: one row per node (its
 * label and the model's fields it holds) and one row per piece of evidence (a stored relationship:
 * one source's quote for one link), plus the manifest that opens (or closes) every export.
 * The columns, keys and terms of each format are derived from the graph model, never listed by hand.
 */
import { GRAPH_MODEL, LABELS, type FieldModel, type Label } from "../model/graph-model.js";

export type PropertyValue = string | number | boolean | string[];

export interface ExportNode {
  label: Label;
  /** The node's model fields that are set, by name; a field the node lacks is absent. */
  properties: Record<string, PropertyValue>;
}

/** One stored relationship: one source's evidence for the link (from, type, to). */
export interface ExportEvidence {
  from: string;
  type: string;
  to: string;
  /** The evidence fields that are set (source, quote, quoteStart, ...). */
  properties: Record<string, PropertyValue>;
}

/** What the export holds, said first in every format (the `manifest` of issue 16). */
export interface ExportManifest {
  /** The graph version (src/writes/revisions.ts) the export was read at. */
  graphVersion: string;
  generatedAt: string;
  /** EXPORT_LICENCE: an SPDX id or a URL; null when the operator has not set one. */
  licence: string | null;
  /** What was asked for, in the address's own terms: `{}` for the whole graph. */
  selection: Record<string, string>;
  nodes: number;
  /** Distinct (from, type, to) links. */
  links: number;
  /** Stored relationships: one per source that states a link. */
  evidence: number;
}

/** The one version of the export formats; part of every ETag, so a change of format is never served from a cache. */
export const EXPORT_FORMAT_VERSION = 1;

/** A field that more than one node type has is one column (or key, or term): the first declaration's type stands, and a disagreement makes it text. */
function unionOfFields(fields: readonly FieldModel[]): FieldModel[] {
  const byName = new Map<string, FieldModel>();
  for (const field of fields) {
    const seen = byName.get(field.name);
    if (!seen) byName.set(field.name, field);
    else if (seen.type !== field.type || seen.list !== field.list) byName.set(field.name, { ...seen, type: "String", values: undefined });
  }
  return [...byName.values()];
}

/** Every field any node type has, in the model's order, `id` first. */
export const NODE_FIELDS: readonly FieldModel[] = unionOfFields(GRAPH_MODEL.nodeTypes.flatMap((node) => node.fields));
/** The evidence (`Fact`) fields every relationship carries. */
export const EVIDENCE_FIELDS: readonly FieldModel[] = GRAPH_MODEL.evidence.fields;

const FIELDS_BY_LABEL = new Map(GRAPH_MODEL.nodeTypes.map((node) => [node.label, new Set(node.fields.map((f) => f.name))]));
const EVIDENCE_FIELD_NAMES = new Set(EVIDENCE_FIELDS.map((f) => f.name));

/** Keeps a node's model fields (dropping nulls and anything stored beside them). */
export function nodeOf(label: string, stored: Record<string, unknown>): ExportNode {
  const fields = FIELDS_BY_LABEL.get(label);
  if (!fields || !LABELS.includes(label as Label)) throw new Error(`export: ${label} is not a node type of the model`);
  return { label: label as Label, properties: modelValues(stored, fields) };
}

export function evidenceOf(from: string, type: string, to: string, stored: Record<string, unknown>): ExportEvidence {
  return { from, type, to, properties: modelValues(stored, EVIDENCE_FIELD_NAMES) };
}

function modelValues(stored: Record<string, unknown>, fields: ReadonlySet<string>): Record<string, PropertyValue> {
  const values: Record<string, PropertyValue> = {};
  for (const [name, value] of Object.entries(stored)) {
    if (fields.has(name) && value !== null && value !== undefined) values[name] = value as PropertyValue;
  }
  return values;
}

/**
 * The graph as GraphML (http://graphml.graphdrawing.org/), the exchange format Gephi, yEd and
 * Cytoscape desktop open. Its keys are derived from the graph model: one per node field (`node`),
 * one per evidence field (`edge`), one per manifest entry (`graph`); lists are written as JSON
 * arrays (GraphML has no list type). Each piece of evidence is an edge of its own (parallel edges
 * where several sources state one link), carrying its relationship type and its source and quote.
 * `label` holds a node's name and an edge's type: the key Gephi and Cytoscape show by default.
 */
import type { FieldModel } from "../model/graph-model.js";
import { EVIDENCE_FIELDS, NODE_FIELDS, type ExportEvidence, type ExportManifest, type ExportNode, type PropertyValue } from "./export-rows.js";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

/** A model type as a GraphML attribute type: whole numbers are `long` (offsets may pass 2^31 in no text, but `int` buys nothing). */
function attributeType(field: FieldModel): "string" | "long" | "double" | "boolean" {
  if (field.list) return "string";
  if (field.type === "Int") return "long";
  if (field.type === "Float") return "double";
  if (field.type === "Boolean") return "boolean";
  return "string";
}

interface Key {
  id: string;
  for: "graph" | "node" | "edge";
  name: string;
  type: "string" | "long" | "double" | "boolean";
  description?: string | undefined;
}

/** Manifest entries as graph-level keys. */
const MANIFEST_KEYS: readonly (Key & { of: keyof ExportManifest })[] = [
  { id: "g_graphVersion", for: "graph", name: "graphVersion", type: "string", of: "graphVersion" },
  { id: "g_generatedAt", for: "graph", name: "generatedAt", type: "string", of: "generatedAt" },
  { id: "g_licence", for: "graph", name: "licence", type: "string", of: "licence" },
  { id: "g_selection", for: "graph", name: "selection", type: "string", of: "selection" },
  { id: "g_nodes", for: "graph", name: "nodes", type: "long", of: "nodes" },
  { id: "g_links", for: "graph", name: "links", type: "long", of: "links" },
  { id: "g_evidence", for: "graph", name: "evidence", type: "long", of: "evidence" },
];

const LABEL_KEYS: readonly Key[] = [
  { id: "n_label", for: "node", name: "label", type: "string", description: "The node's name (shown by default)." },
  { id: "n_nodeType", for: "node", name: "nodeType", type: "string", description: "The node type (label in the graph model)." },
  { id: "e_label", for: "edge", name: "label", type: "string", description: "The relationship type (shown by default)." },
];

export const NODE_KEYS: readonly Key[] = NODE_FIELDS.map((field) => ({ id: `n_${field.name}`, for: "node", name: field.name, type: attributeType(field), description: describe(field) }));
export const EDGE_KEYS: readonly Key[] = EVIDENCE_FIELDS.map((field) => ({ id: `e_${field.name}`, for: "edge", name: field.name, type: attributeType(field), description: describe(field) }));

function describe(field: FieldModel): string | undefined {
  const list = field.list ? "A JSON array. " : "";
  return list + (field.description ?? "") || undefined;
}

// XML 1.0 allows tab, line breaks and characters from U+0020 on (but the surrogates and U+FFFE/F);
// the API's text rules refuse the rest already, so this only guards the file against older data.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export const xmlText = (value: string): string => value.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

function valueText(value: PropertyValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

const keyElement = (key: Key): string =>
  `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"${key.description ? `>\n    <desc>${xmlText(key.description)}</desc>\n  </key>` : "/>"}\n`;

const data = (key: string, value: PropertyValue): string => `<data key="${key}">${xmlText(valueText(value))}</data>`;

function nodeElement(node: ExportNode): string {
  const values = [data("n_label", node.properties.name ?? node.properties.id ?? ""), data("n_nodeType", node.label)];
  for (const field of NODE_FIELDS) {
    const value = node.properties[field.name];
    if (value !== undefined) values.push(data(`n_${field.name}`, value));
  }
  return `    <node id="${xmlText(String(node.properties.id))}">${values.join("")}</node>\n`;
}

function edgeElement(evidence: ExportEvidence, number: number): string {
  const values = [data("e_label", evidence.type)];
  for (const field of EVIDENCE_FIELDS) {
    const value = evidence.properties[field.name];
    if (value !== undefined) values.push(data(`e_${field.name}`, value));
  }
  return `    <edge id="e${number}" source="${xmlText(evidence.from)}" target="${xmlText(evidence.to)}">${values.join("")}</edge>\n`;
}

export async function* graphMlDocument(manifest: ExportManifest, rows: { nodes: AsyncIterable<ExportNode>; evidence: AsyncIterable<ExportEvidence> }): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd">\n`;
  for (const key of [...MANIFEST_KEYS, ...LABEL_KEYS, ...NODE_KEYS, ...EDGE_KEYS]) yield keyElement(key);
  yield '  <graph id="G" edgedefault="directed">\n';
  for (const key of MANIFEST_KEYS) {
    const value = manifest[key.of];
    if (value === null) continue;
    yield `    ${data(key.id, typeof value === "object" ? new URLSearchParams(value).toString() : value)}\n`;
  }
  for await (const node of rows.nodes) yield nodeElement(node);
  let number = 0;
  for await (const evidence of rows.evidence) yield edgeElement(evidence, number++);
  yield "  </graph>\n</graphml>\n";
}

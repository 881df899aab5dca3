/**
 * The graph as JSON-LD (https://www.w3.org/TR/json-ld11/). The `@context` is published at
 * /export/context.jsonld and derived from the graph model: every node type is a class of the
 * graph's own vocabulary (/export/vocab#) and, where one fits, a schema.org type; every field a
 * term (schema.org's where one fits); every relationship type a property. A node's `@id` is its
 * entity page, <origin>/e/<id>.
 *
 * Evidence is reified, one `rdf:Statement` per stored relationship (one source's quote for one
 * link), so it survives any RDF tool: subject, predicate and object; `schema:citation`, a
 * `schema:Quotation` whose `text` is the verbatim quote and which `isPartOf` the source; the same
 * source as `prov:wasDerivedFrom`; and every other evidence field of the model (role, inferred,
 * note, quoteStart, quoteEnd, sourceVersion, stale).
 *
 *   {"@context": ["<origin>/export/context.jsonld", {"@base": "<origin>/e/"}],
 *    "@id": "<this export's address>", "@type": "Dataset", "graphVersion": "...", ...manifest,
 *    "@graph": [
 *      {"@id": "mijn-pad", "@type": ["Practice", "schema:CreativeWork"], "identifier": "mijn-pad", "name": "Mijn Pad", ...},
 *      {"@type": "Statement", "subject": "mijn-pad", "predicate": "ADDRESSES", "object": "regie-bij-ouders-en-jongeren",
 *       "citation": {"@type": "Quotation", "text": "Mijn Pad helpt ...", "isPartOf": "000_614b223a8a126dec"},
 *       "wasDerivedFrom": "000_614b223a8a126dec", "quoteStart": 1520, ...}]}
 */
import { RELATIONSHIP_TYPES, LABELS, type Label } from "../model/graph-model.js";
import { EVIDENCE_FIELDS, NODE_FIELDS, type ExportEvidence, type ExportManifest, type ExportNode } from "./export-rows.js";

export const CONTEXT_PATH = "/export/context.jsonld";
export const VOCABULARY_PATH = "/export/vocab";
/** Where a node's `@id` points: its entity page. */
export const ENTITY_PATH = "/e/";

/** The schema.org type of each node type. A `Record` over the model's labels: a new node type does not compile until it is given one. */
export const SCHEMA_ORG_TYPES: Record<Label, string> = {
  Practice: "CreativeWork",
  Organisation: "Organization",
  Network: "Organization",
  Region: "Place",
  Theme: "DefinedTerm",
  Person: "Person",
  Source: "CreativeWork",
};

export const SCHEMA_ORG = "https://schema.org/";

/** Model fields with a schema.org property of the same meaning; the others are terms of the graph's vocabulary. */
const SCHEMA_ORG_FIELDS: Record<string, string> = {
  id: "identifier",
  name: "name",
  description: "description",
  aliases: "alternateName",
  url: "url",
  publisher: "publisher",
  published: "datePublished",
  language: "inLanguage",
  title: "headline",
};

/** The graph's own vocabulary at a server reached at `origin`: classes, relationship types and fields schema.org has no word for. */
export const vocabularyOf = (origin: string): string => `${origin}${VOCABULARY_PATH}#`;

/** The IRI a model field (of a node or of evidence) stands for. */
export function fieldIri(origin: string, field: string): string {
  const schemaOrg = SCHEMA_ORG_FIELDS[field];
  return schemaOrg === undefined ? `${vocabularyOf(origin)}${field}` : `${SCHEMA_ORG}${schemaOrg}`;
}

/**
 * The JSON key of a model field: its name, but for names JSON-LD readers take for keywords'
 * aliases (`id` → `identifier`, `type` → `entityType`).
 */
export const JSON_LD_KEYS: Readonly<Record<string, string>> = { id: "identifier", type: "entityType" };
export const keyOf = (field: string): string => JSON_LD_KEYS[field] ?? field;

/** The evidence fields with a place of their own in a statement (its citation); the others are the statement's own terms. */
export const SOURCE_FIELD = "source";
export const QUOTE_FIELD = "quote";

/** The published context, for a server reached at `origin` (the vocabulary and entity pages live there). */
export function jsonLdContext(origin: string): { "@context": Record<string, unknown> } {
  const terms: Record<string, unknown> = {
    "@version": 1.1,
    "@vocab": vocabularyOf(origin),
    schema: SCHEMA_ORG,
    prov: "http://www.w3.org/ns/prov#",
    rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    xsd: "http://www.w3.org/2001/XMLSchema#",
    Dataset: "schema:Dataset",
    Statement: "rdf:Statement",
    Quotation: "schema:Quotation",
    subject: { "@id": "rdf:subject", "@type": "@id" },
    predicate: { "@id": "rdf:predicate", "@type": "@vocab" },
    object: { "@id": "rdf:object", "@type": "@id" },
    citation: "schema:citation",
    text: "schema:text",
    isPartOf: { "@id": "schema:isPartOf", "@type": "@id" },
    wasDerivedFrom: { "@id": "prov:wasDerivedFrom", "@type": "@id" },
    generatedAt: { "@id": "schema:dateCreated", "@type": "xsd:dateTime" },
    licence: "schema:license",
  };
  for (const label of LABELS) terms[label] = `${vocabularyOf(origin)}${label}`;
  for (const type of RELATIONSHIP_TYPES) terms[type] = { "@id": `${vocabularyOf(origin)}${type}`, "@type": "@id" };
  for (const field of [...NODE_FIELDS, ...EVIDENCE_FIELDS]) {
    if (field.name === SOURCE_FIELD || field.name === QUOTE_FIELD) continue;
    terms[keyOf(field.name)] = fieldIri(origin, field.name);
  }
  return { "@context": terms };
}

const json = (value: unknown): string => JSON.stringify(value);

function nodeObject(node: ExportNode): Record<string, unknown> {
  const object: Record<string, unknown> = { "@id": node.properties.id, "@type": [node.label, `schema:${SCHEMA_ORG_TYPES[node.label]}`] };
  for (const field of NODE_FIELDS) {
    const value = node.properties[field.name];
    if (value !== undefined) object[keyOf(field.name)] = value;
  }
  return object;
}

function statementObject(evidence: ExportEvidence): Record<string, unknown> {
  const { properties } = evidence;
  const source = properties[SOURCE_FIELD];
  const object: Record<string, unknown> = {
    "@type": "Statement",
    subject: evidence.from,
    predicate: evidence.type,
    object: evidence.to,
    // Reference knowledge (basis REFERENCE) rests on the reference work as a whole: no quotation.
    ...(typeof properties[QUOTE_FIELD] === "string" ? { citation: { "@type": "Quotation", text: properties[QUOTE_FIELD], isPartOf: source } } : {}),
    wasDerivedFrom: source,
  };
  for (const field of EVIDENCE_FIELDS) {
    const value = properties[field.name];
    if (field.name !== SOURCE_FIELD && field.name !== QUOTE_FIELD && value !== undefined) object[field.name] = value;
  }
  return object;
}

/** The document, piece by piece: the manifest first, then every node, then every statement. */
export async function* jsonLdDocument(
  manifest: ExportManifest,
  rows: { nodes: AsyncIterable<ExportNode>; evidence: AsyncIterable<ExportEvidence> },
  where: { origin: string; exportUrl: string },
): AsyncGenerator<string> {
  const { origin } = where;
  const head = {
    "@context": [`${origin}${CONTEXT_PATH}`, { "@base": `${origin}${ENTITY_PATH}` }],
    "@id": where.exportUrl,
    "@type": "Dataset",
    graphVersion: manifest.graphVersion,
    generatedAt: manifest.generatedAt,
    ...(manifest.licence === null ? {} : { licence: manifest.licence }),
    selection: new URLSearchParams(manifest.selection).toString(),
    nodes: manifest.nodes,
    links: manifest.links,
    evidence: manifest.evidence,
  };
  yield `${json(head).slice(0, -1)},\n"@graph":[`;
  let separator = "\n";
  for await (const node of rows.nodes) {
    yield separator + json(nodeObject(node));
    separator = ",\n";
  }
  for await (const evidence of rows.evidence) {
    yield separator + json(statementObject(evidence));
    separator = ",\n";
  }
  yield "\n]}\n";
}

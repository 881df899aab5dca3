/**
 * Reads a JSON-LD or CSV export back into seed data (src/seed/seed-files.ts's `SeedData`), for the
 * project's own loader (src/seed/load-graph.ts) to write through the one write path: the round trip
 * that shows an export keeps the graph and every piece of its evidence.
 *
 * What comes back is held to the seed files' rules: each node to its type's record schema (ids,
 * enums, formats, text rules), each relationship to the model's endpoints, each source's text to the
 * version the export names, and each quote found verbatim in that text exactly where the export
 * says it stands (quoteStart, quoteEnd), with a note when inferred. Source texts are not part of an
 * export (their licences allow quotes, not whole documents): the caller supplies them, e.g. the seed
 * files' `sources/`. Evidence marked stale is kept as exported: its quote is, by definition, no longer
 * in the current text. Which words of a quote stand for an end (`refers`) is kept in seed files only,
 * so that check is not repeated here.
 *
 * The whole export is read into memory (the loader writes it in one transaction); exports of this
 * project only: the JSON-LD context is this code's own (jsonLdContext), never fetched.
 */
import { parse as parseCsv } from "csv-parse/sync";
import jsonld from "jsonld";
import yauzl from "yauzl";
import { GRAPH_MODEL, LABELS, SOURCE_LABEL, endpointsOf, labelOf, nodeType, type FieldModel, type Label } from "../model/graph-model.js";
import { locateQuote } from "../model/quotes.js";
import { SeedValidationError, recordSchema, type NodeRecord, type SeedData, type SeedFact, type SeedNode, type SourceTextRecord } from "../seed/seed-files.js";
import { referenceEvidence, storedQuote } from "../writes/evidence-checks.js";
import type { Properties } from "../writes/revisions.js";
import { EDGES_FILE, NODES_FILE } from "./csv-export.js";
import { EVIDENCE_FIELDS, NODE_FIELDS } from "./export-rows.js";
import { CONTEXT_PATH, ENTITY_PATH, QUOTE_FIELD, SCHEMA_ORG, SOURCE_FIELD, fieldIri, jsonLdContext, vocabularyOf } from "./jsonld-export.js";

type Value = string | number | boolean | string[];

interface ReadNode {
  label: string;
  properties: Record<string, Value>;
}

interface ReadEvidence {
  from: string;
  type: string;
  to: string;
  properties: Record<string, Value>;
}

// ---------------------------------------------------------------- JSON-LD

const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const PROV = "http://www.w3.org/ns/prov#";

type Expanded = Record<string, unknown>;
type ExpandedValue = { "@value"?: unknown; "@id"?: string } & Record<string, unknown>;

/** The origin a JSON-LD export was made at, from its context's address. */
function originOfDocument(document: unknown): string {
  const contexts = (document as { "@context"?: unknown })["@context"];
  const address = Array.isArray(contexts) ? contexts[0] : contexts;
  if (typeof address !== "string" || !address.endsWith(CONTEXT_PATH)) {
    throw new SeedValidationError([`the document's @context does not start with this project's context (…${CONTEXT_PATH}); it is not an export of this graph`]);
  }
  return address.slice(0, -CONTEXT_PATH.length);
}

/** Resolves this project's context locally and refuses every other address: reading an export fetches nothing. */
export function localContextLoader(origin: string) {
  return async (url: string) => {
    if (url !== `${origin}${CONTEXT_PATH}`) throw new Error(`Refusing to fetch ${url}: an export is read with this project's own context only.`);
    return { contextUrl: undefined, documentUrl: url, document: jsonLdContext(origin) };
  };
}

export async function readJsonLdExport(document: unknown): Promise<{ nodes: ReadNode[]; evidence: ReadEvidence[] }> {
  const origin = originOfDocument(document);
  const vocabulary = vocabularyOf(origin);
  const entityBase = `${origin}${ENTITY_PATH}`;
  const expanded = (await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader: localContextLoader(origin) as never })) as Expanded[];
  const items = expanded.flatMap((item) => (item["@graph"] as Expanded[] | undefined) ?? []);

  const strip = (iri: string | undefined, prefix: string, what: string): string => {
    if (iri === undefined || !iri.startsWith(prefix)) throw new SeedValidationError([`${what} ${String(iri)} is not under ${prefix}`]);
    return iri.slice(prefix.length);
  };
  const values = (item: Expanded, iri: string): ExpandedValue[] => (item[iri] as ExpandedValue[] | undefined) ?? [];
  const idOf = (item: Expanded, iri: string, what: string) => strip(values(item, iri)[0]?.["@id"], entityBase, what);
  const fieldsOf = (item: Expanded, fields: readonly FieldModel[]): Record<string, Value> => {
    const properties: Record<string, Value> = {};
    for (const field of fields) {
      const found = values(item, fieldIri(origin, field.name));
      if (found.length === 0) continue;
      const plain = found.map((v) => v["@value"] ?? v["@id"]) as (string | number | boolean)[];
      properties[field.name] = field.list ? (plain as string[]) : (plain[0] as string | number | boolean);
    }
    return properties;
  };

  const nodes: ReadNode[] = [];
  const evidence: ReadEvidence[] = [];
  for (const item of items) {
    const types = (item["@type"] as string[] | undefined) ?? [];
    if (types.includes(`${RDF}Statement`)) {
      const citation = values(item, `${SCHEMA_ORG}citation`)[0] as Expanded | undefined;
      const rest = EVIDENCE_FIELDS.filter((f) => f.name !== SOURCE_FIELD && f.name !== QUOTE_FIELD);
      const source = strip(values(item, `${PROV}wasDerivedFrom`)[0]?.["@id"], entityBase, "a statement's source");
      const quote = citation ? values(citation, `${SCHEMA_ORG}text`)[0]?.["@value"] : undefined;
      evidence.push({
        from: idOf(item, `${RDF}subject`, "a statement's subject"),
        type: strip(values(item, `${RDF}predicate`)[0]?.["@id"], vocabulary, "a statement's predicate"),
        to: idOf(item, `${RDF}object`, "a statement's object"),
        properties: { ...fieldsOf(item, rest), [SOURCE_FIELD]: source, ...(typeof quote === "string" ? { [QUOTE_FIELD]: quote } : {}) },
      });
      continue;
    }
    const label = types.map((t) => (t.startsWith(vocabulary) ? t.slice(vocabulary.length) : "")).find((t) => LABELS.includes(t as Label));
    if (label !== undefined) nodes.push({ label, properties: fieldsOf(item, NODE_FIELDS) });
  }
  return { nodes, evidence };
}

// ---------------------------------------------------------------- CSV

/** The zip's files by name. */
async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const archive = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))));
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    archive.on("error", reject);
    archive.on("end", () => resolve());
    archive.on("entry", (entry: yauzl.Entry) => {
      archive.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("error", reject);
        stream.on("end", () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          archive.readEntry();
        });
      });
    });
    archive.readEntry();
  });
  return files;
}

/** A cell as the field's value: empty is absent, lists are JSON, the formula escape (csv-export.ts) undone. */
function cellValue(field: FieldModel | undefined, cell: string, where: string): Value | undefined {
  if (cell === "") return undefined;
  const text = cell.startsWith("'") ? cell.slice(1) : cell;
  if (field === undefined) return text;
  if (field.list) {
    const list: unknown = JSON.parse(text);
    if (!Array.isArray(list)) throw new SeedValidationError([`${where}: not a JSON array: ${cell}`]);
    return list as string[];
  }
  if (field.type === "Int" || field.type === "Float") return Number(text);
  if (field.type === "Boolean") return text === "true";
  return text;
}

function rowsOf(file: string, csv: Buffer | undefined, fields: readonly FieldModel[]): Record<string, Value>[] {
  if (csv === undefined) throw new SeedValidationError([`the zip holds no ${file}`]);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const records = parseCsv(csv, { bom: true, delimiter: ";", columns: true, relax_column_count: false }) as Record<string, string>[];
  return records.map((record, index) =>
    Object.fromEntries(
      Object.entries(record)
        .map(([column, cell]) => [column, cellValue(byName.get(column), cell, `${file} row ${index + 2}, column ${column}`)] as const)
        .filter((entry): entry is [string, Value] => entry[1] !== undefined),
    ),
  );
}

export async function readCsvExport(zip: Buffer): Promise<{ nodes: ReadNode[]; evidence: ReadEvidence[] }> {
  const files = await unzip(zip);
  const nodes = rowsOf(NODES_FILE, files.get(NODES_FILE), NODE_FIELDS).map((properties) => ({ label: labelOf(String(properties.type)), properties }));
  const evidence = rowsOf(EDGES_FILE, files.get(EDGES_FILE), EVIDENCE_FIELDS).map(({ from, type, to, ...properties }) => ({
    from: String(from),
    type: String(type),
    to: String(to),
    properties,
  }));
  return { nodes, evidence };
}

// ---------------------------------------------------------------- checks

/**
 * The export as seed data, held to the seed files' rules (see above); every problem is reported,
 * as SeedValidationError, and nothing is returned unless the whole export is sound.
 */
export function checkedSeedData(read: { nodes: ReadNode[]; evidence: ReadEvidence[] }, sourceTexts: ReadonlyMap<string, SourceTextRecord>): SeedData {
  const problems: string[] = [];
  const nodes: SeedNode[] = [];
  const byId = new Map<string, SeedNode>();
  for (const [index, node] of read.nodes.entries()) {
    const where = `node ${index + 1} (id "${String(node.properties.id)}")`;
    if (!LABELS.includes(node.label as Label)) {
      problems.push(`${where}: ${node.label} is not a node type of the model`);
      continue;
    }
    const model = nodeType(GRAPH_MODEL, node.label);
    const settable = Object.fromEntries(Object.entries(node.properties).filter(([name]) => !model.fields.find((f) => f.name === name)?.populated));
    const parsed = recordSchema(model).safeParse(settable);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}, field "${issue.path.join(".") || "(record)"}": ${issue.message}`);
      continue;
    }
    const properties = parsed.data as NodeRecord;
    if (byId.has(properties.id)) {
      problems.push(`${where}: the id is used twice`);
      continue;
    }
    if (node.label === SOURCE_LABEL) {
      const text = sourceTexts.get(properties.id);
      // A reference work has no text (no contentHash): its evidence is reference knowledge, without quotes.
      if (text === undefined) {
        if (node.properties.contentHash != null) problems.push(`${where}: no text was given for this source`);
      } else if (node.properties.contentHash !== undefined && node.properties.contentHash !== text.contentHash) {
        problems.push(`${where}: the text given for this source is not the version the export was made from (contentHash ${String(node.properties.contentHash)})`);
      } else properties.contentHash = text.contentHash;
    }
    const seedNode = { label: node.label, properties };
    byId.set(properties.id, seedNode);
    nodes.push(seedNode);
  }

  const facts: SeedFact[] = [];
  const seen = new Set<string>();
  for (const [index, item] of read.evidence.entries()) {
    const where = `evidence ${index + 1} (${item.from} ${item.type} ${item.to})`;
    const problem = evidenceProblem(item, byId, sourceTexts);
    const source = String(item.properties[SOURCE_FIELD]);
    const key = `${item.from} ${item.type} ${item.to} ${source}`;
    if (problem !== null) problems.push(`${where}: ${problem}`);
    else if (seen.has(key)) problems.push(`${where}: stated twice by source "${source}"; one source gives one quote per link`);
    else {
      seen.add(key);
      const properties: Properties = Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f.name, item.properties[f.name] ?? null]));
      facts.push({ source, from: item.from, type: item.type, to: item.to, properties });
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  const exportedSources = new Set(nodes.filter((n) => n.label === SOURCE_LABEL).map((n) => n.properties.id));
  return { nodes, facts, sourceTexts: new Map([...sourceTexts].filter(([id]) => exportedSources.has(id))) };
}

function evidenceProblem(item: ReadEvidence, byId: ReadonlyMap<string, SeedNode>, sourceTexts: ReadonlyMap<string, SourceTextRecord>): string | null {
  const [from, to] = [byId.get(item.from), byId.get(item.to)];
  if (!from || !to) return `no node has id "${!from ? item.from : item.to}"`;
  if (!endpointsOf(GRAPH_MODEL, item.type).some((e) => e.from === from.label && e.to === to.label)) return `${item.type} cannot join ${from.label} → ${to.label}`;
  const { source, basis, quote, quoteStart, quoteEnd, sourceVersion, stale, inferred, note } = item.properties;
  if (typeof source !== "string" || byId.get(source)?.label !== SOURCE_LABEL) return `its source "${String(source)}" is not a Source in the export`;
  if (basis === "REFERENCE") {
    // Reference knowledge: the write path's own rule (allowed link, no quote, a note).
    try {
      referenceEvidence(GRAPH_MODEL, { type: item.type, fromLabel: from.label, toLabel: to.label }, { source, basis, quote: quote as string | null, note: note as string | null, inferred: inferred as boolean | null });
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  if (basis !== "QUOTE") return `its basis ${JSON.stringify(basis)} is neither QUOTE nor REFERENCE`;
  if (typeof quote !== "string" || storedQuote(quote) !== quote || quote === "") return "its quote is missing or not in its stored form";
  if (inferred === true && typeof note !== "string") return "it is inferred without a note saying why";
  if (stale === true) return null;
  const text = sourceTexts.get(source);
  if (text === undefined) return `no text was given for source "${source}"`;
  if (sourceVersion !== text.contentHash) return `its quote was found in version ${String(sourceVersion)} of source "${source}", not in the text given`;
  const location = locateQuote(text.text, quote);
  if (location === null) return `its quote is not found verbatim in source "${source}"`;
  if (location.start !== quoteStart || location.end !== quoteEnd) return `its quote stands at ${location.start}–${location.end} in source "${source}", not at ${String(quoteStart)}–${String(quoteEnd)} as exported`;
  return null;
}

import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import jsonld from "jsonld";
import { parse as parseCsv } from "csv-parse/sync";
import yauzl from "yauzl";
import { describe, expect, it } from "vitest";
import { GRAPH_MODEL, type FieldModel, type Label } from "../model/graph-model.js";
import { CSV_DELIMITER, EDGES_FILE, MANIFEST_FILE, NODES_FILE, csvZip } from "./csv-export.js";
import { EVIDENCE_FIELDS, type ExportEvidence, type ExportManifest, type ExportNode, type PropertyValue } from "./export-rows.js";
import { graphMlDocument } from "./graphml-export.js";
import { readCsvExport, readJsonLdExport, localContextLoader } from "./import-export.js";
import { SCHEMA_ORG, SCHEMA_ORG_TYPES, jsonLdDocument } from "./jsonld-export.js";

const ORIGIN = "https://kennisnetwerk.example";

/** Text that CSV, XML and Excel each treat specially: separators, quotes, markup, a line break, formula starts. */
const AWKWARD = ['Tekst; met "aanhalingstekens", <b>opmaak</b> & \'apostrof\'\nen een tweede regel', "=SOM(A1:A2)", "-min", "'apostrof vooraan", "+plus", "@at", "gewoon"];

/** A value for a field of the model, of its type; texts cycle through AWKWARD. */
function sampleValue(field: FieldModel, n: number): PropertyValue {
  if (field.values) return field.values[n % field.values.length] as string;
  if (field.type === "Int") return 1000 + n;
  if (field.type === "Float") return n + 0.5;
  if (field.type === "Boolean") return true;
  const text = AWKWARD[n % AWKWARD.length] as string;
  return field.list ? [text, `tweede ${n}`] : text;
}

/** One node of every node type with every field set, and one piece of evidence per relationship type and endpoint pair with every evidence field set. */
function sampleGraph(): { nodes: ExportNode[]; evidence: ExportEvidence[] } {
  const nodes = GRAPH_MODEL.nodeTypes.map((node, i) => ({
    label: node.label as Label,
    properties: Object.fromEntries(node.fields.map((field, j) => [field.name, field.name === "id" ? `${node.label.toLowerCase()}-1` : field.name === "type" ? node.entityType : sampleValue(field, i + j)])),
  }));
  const evidence = GRAPH_MODEL.relationshipTypes.flatMap((rel, i) =>
    rel.endpoints.map((end, j) => ({
      from: `${end.from.toLowerCase()}-1`,
      type: rel.type,
      to: `${end.to.toLowerCase()}-1`,
      properties: Object.fromEntries(EVIDENCE_FIELDS.map((field, k) => [field.name, field.name === "source" ? "source-1" : sampleValue(field, i + j + k)])),
    })),
  );
  return { nodes, evidence };
}

const manifestOf = (graph: { nodes: ExportNode[]; evidence: ExportEvidence[] }): ExportManifest => ({
  graphVersion: "7.abc",
  generatedAt: "2026-12-03T12:00:00.000Z",
  licence: "CC-BY-4.0",
  selection: { root: "practice-1", depth: "2" },
  nodes: graph.nodes.length,
  links: graph.evidence.length,
  evidence: graph.evidence.length,
});

async function* rowsOf<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}

async function text(parts: AsyncIterable<string>): Promise<string> {
  let all = "";
  for await (const part of parts) all += part;
  return all;
}

async function bufferOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function zipEntries(zip: Buffer): Promise<Map<string, string>> {
  const archive = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: true }, (e, f) => (e ? reject(e) : resolve(f))));
  const files = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    archive.on("end", resolve);
    archive.on("error", reject);
    archive.on("entry", (entry: yauzl.Entry) =>
      archive.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        void bufferOf(stream).then((b) => {
          files.set(entry.fileName, b.toString("utf8"));
          archive.readEntry();
        });
      }),
    );
    archive.readEntry();
  });
  return files;
}

/** An endless supply of nodes that counts how many were asked for. */
function endless(): { rows: AsyncGenerator<ExportNode>; taken: () => number } {
  let taken = 0;
  async function* rows(): AsyncGenerator<ExportNode> {
    // Names that do not compress away, so a megabyte of zip is some thousands of rows too.
    for (;;) yield { label: "Theme", properties: { id: `theme-${taken++}`, name: `${randomUUID()} ${randomUUID()}`, nameEn: "Theme", aliases: [], type: "THEME" } };
  }
  return { rows: rows(), taken: () => taken };
}

describe("Exports: every format holds every node type, relationship type and evidence field", () => {
  const graph = sampleGraph();
  const manifest = manifestOf(graph);

  it("JSON-LD expands with the jsonld processor (context served locally) and reads back unchanged", async () => {
    const document = JSON.parse(await text(jsonLdDocument(manifest, { nodes: rowsOf(graph.nodes), evidence: rowsOf(graph.evidence) }, { origin: ORIGIN, exportUrl: `${ORIGIN}/export/graph.jsonld` })));
    const expanded = (await jsonld.expand(document, { documentLoader: localContextLoader(ORIGIN) as never })) as Record<string, unknown>[];
    const items = (expanded[0]?.["@graph"] ?? []) as { "@id"?: string; "@type"?: string[] }[];
    expect(items).toHaveLength(graph.nodes.length + graph.evidence.length);
    // Each node is its entity page and carries its schema.org type.
    for (const node of graph.nodes) {
      const item = items.find((i) => i["@id"] === `${ORIGIN}/e/${String(node.properties.id)}`);
      expect(item?.["@type"]).toEqual([`${ORIGIN}/export/vocab#${node.label}`, `${SCHEMA_ORG}${SCHEMA_ORG_TYPES[node.label]}`]);
    }
    expect(await readJsonLdExport(document)).toEqual(graph);
    // And it is RDF: one rdf:Statement with a schema:citation per piece of evidence.
    const quads = (await jsonld.toRDF(document, { format: "application/n-quads", documentLoader: localContextLoader(ORIGIN) as never })) as unknown as string;
    expect(quads.match(/<http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#type> <http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#Statement>/g)).toHaveLength(graph.evidence.length);
    expect(quads.match(/<https:\/\/schema\.org\/citation>/g)).toHaveLength(graph.evidence.length);
  });

  it("the CSV zip: manifest, nodes.csv and edges.csv, UTF-8 with BOM, ';' between fields, formulas escaped, reads back unchanged", async () => {
    const zip = await bufferOf(csvZip(manifest, { nodes: () => rowsOf(graph.nodes), evidence: () => rowsOf(graph.evidence) }));
    const files = await zipEntries(zip);
    expect([...files.keys()]).toEqual([MANIFEST_FILE, NODES_FILE, EDGES_FILE]);
    expect(JSON.parse(files.get(MANIFEST_FILE) ?? "")).toEqual(manifest);
    for (const file of [NODES_FILE, EDGES_FILE]) {
      const csv = files.get(file) ?? "";
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const rows = parseCsv(csv, { bom: true, delimiter: CSV_DELIMITER }) as string[][];
      expect(rows).toHaveLength((file === NODES_FILE ? graph.nodes.length : graph.evidence.length) + 1);
      // What Excel would run as a formula starts with an apostrophe in every cell.
      expect(rows.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    }
    expect(files.get(EDGES_FILE)?.split("\r\n")[0]).toBe(`\uFEFFfrom;type;to;${EVIDENCE_FIELDS.map((f) => f.name).join(";")}`);
    expect(await readCsvExport(zip)).toEqual(graph);
  });

  it("GraphML is well-formed XML, declares a key for every value it holds, and keeps every value", async () => {
    const xml = await text(graphMlDocument(manifest, { nodes: rowsOf(graph.nodes), evidence: rowsOf(graph.evidence) }));
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["key", "node", "edge", "data"].includes(name), parseTagValue: false, trimValues: false }).parse(xml) as {
      graphml: { key: { id: string; for: string; "attr.name": string; "attr.type": string }[]; graph: { data: { key: string; "#text": string }[]; node: { id: string; data: { key: string; "#text": string }[] }[]; edge: { source: string; target: string; data: { key: string; "#text": string }[] }[] } };
    };
    const { key: keys, graph: g } = parsed.graphml;
    const declared = new Map(keys.map((k) => [k.id, k]));
    const valuesOf = (data: { key: string; "#text": string }[], prefix: string) =>
      Object.fromEntries(
        data
          .filter((d) => d.key.startsWith(prefix) && !["n_label", "n_nodeType", "e_label"].includes(d.key))
          .map((d) => {
            const key = declared.get(d.key);
            const value = d["#text"];
            return [key?.["attr.name"], key?.["attr.type"] === "long" ? Number(value) : key?.["attr.type"] === "boolean" ? value === "true" : value.startsWith("[") ? JSON.parse(value) : value];
          }),
      );
    expect([...g.data, ...g.node.flatMap((n) => n.data), ...g.edge.flatMap((e) => e.data)].filter((element) => !declared.has(element.key))).toEqual([]);
    expect(g.node.map((n) => ({ id: n.id, label: n.data.find((d) => d.key === "n_nodeType")?.["#text"], properties: valuesOf(n.data, "n_") }))).toEqual(
      graph.nodes.map((n) => ({ id: n.properties.id, label: n.label, properties: n.properties })),
    );
    expect(g.edge.map((e) => ({ from: e.source, to: e.target, type: e.data.find((d) => d.key === "e_label")?.["#text"], properties: valuesOf(e.data, "e_") }))).toEqual(
      graph.evidence.map((e) => ({ from: e.from, to: e.to, type: e.type, properties: e.properties })),
    );
    expect(Object.fromEntries(g.data.map((d) => [declared.get(d.key)?.["attr.name"], d["#text"]]))).toEqual({
      graphVersion: "7.abc",
      generatedAt: manifest.generatedAt,
      licence: "CC-BY-4.0",
      selection: "root=practice-1&depth=2",
      nodes: String(graph.nodes.length),
      links: String(graph.evidence.length),
      evidence: String(graph.evidence.length),
    });
  });
});

describe("Exports: stream", () => {
  const manifest = manifestOf({ nodes: [], evidence: [] });
  const none = () => rowsOf<ExportEvidence>([]);

  // The first megabyte of an endless graph: each writer asks only for the rows it writes.
  it.each([
    ["JSON-LD", (rows: AsyncGenerator<ExportNode>) => Readable.from(jsonLdDocument(manifest, { nodes: rows, evidence: none() }, { origin: ORIGIN, exportUrl: ORIGIN }))],
    ["GraphML", (rows: AsyncGenerator<ExportNode>) => Readable.from(graphMlDocument(manifest, { nodes: rows, evidence: none() }))],
    ["CSV zip", (rows: AsyncGenerator<ExportNode>) => Readable.from(csvZip(manifest, { nodes: () => rows, evidence: none }))],
  ])("%s reads nodes only as fast as it writes them", async (_format, write) => {
    const source = endless();
    let bytes = 0;
    for await (const chunk of write(source.rows)) {
      bytes += (chunk as Buffer | string).length;
      if (bytes > 1_000_000) break;
    }
    expect(source.taken()).toBeGreaterThan(1000);
    expect(source.taken()).toBeLessThan(50_000);
  });
});

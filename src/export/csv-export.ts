/**
 * The graph as two CSV tables in a zip: `nodes.csv` (one row per node, a column per field of any
 * node type) and `edges.csv` (one row per piece of evidence: from, type, to and every evidence
 * field), with `manifest.json` first. Both tables are UTF-8 with a byte order mark, a header row,
 * `;` between fields and CRLF between rows: what a Dutch Excel (whose list separator is `;`, the
 * comma being the decimal sign) opens correctly with a double click.
 *
 * Lists (aliases, roles) are JSON arrays; booleans `true`/`false`; absent values empty. A text
 * that Excel would run as a formula (starting with = + - @, tab or CR) is written with a leading
 * apostrophe, and so is one that starts with an apostrophe, so the escape can be undone exactly:
 * a reader drops the first character of every text that starts with one (csv-import.ts).
 */
import { Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import yazl from "yazl";
import { EVIDENCE_FIELDS, NODE_FIELDS, type ExportEvidence, type ExportManifest, type ExportNode, type PropertyValue } from "./export-rows.js";

export const NODES_FILE = "nodes.csv";
export const EDGES_FILE = "edges.csv";
export const MANIFEST_FILE = "manifest.json";
export const CSV_DELIMITER = ";";

/** The columns of nodes.csv: every node field of the model (`id` and `type` among them). */
export const NODE_COLUMNS: readonly string[] = NODE_FIELDS.map((f) => f.name);
/** The columns of edges.csv: the link, then every evidence field. */
export const EDGE_COLUMNS: readonly string[] = ["from", "type", "to", ...EVIDENCE_FIELDS.map((f) => f.name)];

/** Rows per chunk handed to the zip: large enough to keep the overhead small, small enough to stream. */
const ROWS_PER_CHUNK = 500;

const FORMULA_OR_ESCAPE = /^['=+\-@\t\r]/;
export const escapeFormula = (text: string): string => (FORMULA_OR_ESCAPE.test(text) ? `'${text}` : text);

const CSV_OPTIONS = {
  delimiter: CSV_DELIMITER,
  record_delimiter: "windows",
  cast: {
    string: escapeFormula,
    boolean: (value: boolean) => (value ? "true" : "false"),
    object: (value: object) => escapeFormula(JSON.stringify(value)),
  },
} as const;

const cell = (value: PropertyValue | undefined): PropertyValue | null => value ?? null;

async function* csvTable<T>(columns: readonly string[], rows: AsyncIterable<T>, cells: (row: T) => (PropertyValue | null)[]): AsyncGenerator<string> {
  yield `\uFEFF${stringify([columns as string[]], CSV_OPTIONS)}`;
  let batch: (PropertyValue | null)[][] = [];
  for await (const row of rows) {
    batch.push(cells(row));
    if (batch.length === ROWS_PER_CHUNK) {
      yield stringify(batch, CSV_OPTIONS);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, CSV_OPTIONS);
}

const nodeCells = (node: ExportNode) => NODE_COLUMNS.map((name) => cell(node.properties[name]));
const edgeCells = (evidence: ExportEvidence) => [evidence.from, evidence.type, evidence.to, ...EVIDENCE_FIELDS.map((f) => cell(evidence.properties[f.name]))];

/**
 * The zip, as a stream. Each table is read only when the zip reaches it (the driver streams one
 * query at a time per transaction: starting the second early would buffer the first).
 */
export function csvZip(manifest: ExportManifest, rows: { nodes: () => AsyncIterable<ExportNode>; evidence: () => AsyncIterable<ExportEvidence> }): NodeJS.ReadableStream {
  const zip = new yazl.ZipFile();
  const mtime = new Date(manifest.generatedAt);
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_FILE, { mtime });
  zip.addReadStreamLazy(NODES_FILE, { mtime }, (done) => done(null, Readable.from(csvTable(NODE_COLUMNS, rows.nodes(), nodeCells))));
  zip.addReadStreamLazy(EDGES_FILE, { mtime }, (done) => done(null, Readable.from(csvTable(EDGE_COLUMNS, rows.evidence(), edgeCells))));
  zip.end();
  return zip.outputStream;
}

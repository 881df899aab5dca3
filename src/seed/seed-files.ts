/**
 * Reads and validates the seed files in `seeds/`:
 *   nodes/<label>.yaml      one list of records per node type
 *   evidence/<source>.yaml  the relationships one source states, each with its verbatim quote
 *   sources/<source>.txt    the source documents the quotes come from (a reference work, whose
 *                           links carry no quote, has none)
 * Every problem is reported with its file, record and field; nothing is loaded unless all files are clean.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { idProblem } from "../model/ids.js";
import { GRAPH_MODEL, SOURCE_LABEL, endpointsOf, matchesFormat, type FieldModel, type GraphModel, type NodeTypeModel } from "../model/graph-model.js";
import { contentHashOf, normaliseSourceText } from "../model/quotes.js";
import { isBlank, textProblem } from "../model/text.js";
import { referenceEvidence, verifyEvidence, type EvidenceBasis, type EvidenceInput } from "../writes/evidence-checks.js";
import type { Properties } from "../writes/revisions.js";
import { WriteError } from "../writes/write-error.js";

// Every record is checked against the graph model (src/model/graph-model.ts, from schema/), with
// the same rules for ids and text as the API's writes.
const id = z.string().superRefine((value, context) => {
  const problem = idProblem(value);
  if (problem) context.addIssue({ code: "custom", message: problem });
});
const text = z
  .string()
  .trim()
  .refine((value) => !isBlank(value), "must not be blank (spaces and invisible characters only)")
  .superRefine((value, context) => {
    const problem = textProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

function fieldSchema(field: FieldModel): z.ZodType {
  let item: z.ZodType;
  if (field.values) item = z.enum(field.values as [string, ...string[]]);
  else if (field.type === "Int") item = z.number().int();
  else if (field.type === "Float") item = z.number();
  else if (field.type === "Boolean") item = z.boolean();
  else if (field.name === "id") item = id;
  else if (field.format) {
    const format = field.format;
    item = text.refine((value) => matchesFormat(format, value), `must be ${format.description}`);
  } else item = text;
  if (field.list) return field.required ? z.array(item).default([]) : z.array(item).optional();
  return field.required ? item : item.optional();
}

/** A node type's record: its stored fields, except those the API sets itself (`type`). Exports read back (src/export/) are held to it too. */
export const recordSchema = (node: NodeTypeModel) =>
  z.strictObject(Object.fromEntries(node.fields.filter((f) => !f.populated).map((f) => [f.name, fieldSchema(f)])));

/**
 * An evidence record: both ends, the relationship type, the evidence's fields but `source` (the
 * file names it), and `refers`: which words of the quote stand for an end the source does not
 * name there ("we", "de werkplaats"), kept in the seed file only (src/model/evidence.ts).
 */
const factSchema = (model: GraphModel) =>
  z.strictObject({
    from: id,
    type: z.enum(model.relationshipTypes.map((r) => r.type) as [string, ...string[]]),
    to: id,
    ...Object.fromEntries(model.evidence.fields.filter((f) => f.name !== "source" && !f.populated).map((f) => [f.name, fieldSchema(f)])),
    // A record is a quote unless it says otherwise, as in the API's EvidenceInput.
    basis: z.enum(["QUOTE", "REFERENCE"]).default("QUOTE"),
    refers: z.strictObject({ from: text.optional(), to: text.optional() }).optional(),
  });

/** The file in `seeds/nodes/` that holds a node type's records: `people.yaml` for Person. */
export const nodeFileOf = (node: NodeTypeModel): string => `${node.plural.toLowerCase()}.yaml`;

export type NodeRecord = { id: string; name: string; description?: string; aliases: string[] } & Record<string, unknown>;
export interface SeedNode {
  label: string;
  properties: NodeRecord;
}
/** One source's evidence for a link, verified: `properties` are the relationship's, as stored. */
export interface SeedFact {
  source: string;
  from: string;
  type: string;
  to: string;
  properties: Properties;
}
export interface SourceTextRecord {
  text: string;
  contentHash: string;
}
export interface SeedData {
  nodes: SeedNode[];
  facts: SeedFact[];
  /** Each source's stored text, by source id. */
  sourceTexts: Map<string, SourceTextRecord>;
}

export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: string[]) {
    super(`Seed files are invalid (nothing was loaded):\n  ${problems.join("\n  ")}`);
  }
}

function describeRecord(file: string, index: number, record: unknown): string {
  const id = typeof record === "object" && record !== null && "id" in record ? ` (id "${String(record.id)}")` : "";
  return `${file}: record ${index + 1}${id}`;
}

async function readYamlList(file: string, shortName: string, problems: string[]): Promise<unknown[]> {
  let content: unknown;
  try {
    content = parseYaml(await readFile(file, "utf8"));
  } catch (error) {
    problems.push(`${shortName}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return [];
  }
  if (content === null || content === undefined) return [];
  if (!Array.isArray(content)) {
    problems.push(`${shortName}: must be a YAML list of records`);
    return [];
  }
  return content;
}

/** `model`: the graph model the records must fit; a test may give a scratch one. */
export async function readSeedData(seedsDir: string, model: GraphModel = GRAPH_MODEL): Promise<SeedData> {
  const problems: string[] = [];
  const nodes: SeedNode[] = [];
  const labelById = new Map<string, string>();
  const nodeById = new Map<string, NodeRecord>();

  for (const node of model.nodeTypes) {
    const { label } = node;
    const shortName = `nodes/${nodeFileOf(node)}`;
    const schema = recordSchema(node);
    const records = await readYamlList(path.join(seedsDir, "nodes", nodeFileOf(node)), shortName, problems);
    records.forEach((record, index) => {
      const parsed = schema.safeParse(record);
      const where = describeRecord(shortName, index, record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`${where}, field "${issue.path.join(".") || "(record)"}": ${issue.message}`);
        }
        return;
      }
      const properties = parsed.data as NodeRecord;
      const seenAs = labelById.get(properties.id);
      if (seenAs) {
        problems.push(`${where}, field "id": "${properties.id}" is already used by a ${seenAs}; ids are unique across all types`);
        return;
      }
      labelById.set(properties.id, label);
      nodeById.set(properties.id, properties);
      nodes.push({ label, properties });
    });
  }

  // Source texts are stored as the API stores an editor's (normalised once), so quotes verify the same way.
  const sourceTexts = new Map<string, SourceTextRecord>();
  for (const node of nodes.filter((n) => n.label === SOURCE_LABEL)) {
    const file = path.join(seedsDir, "sources", `${node.properties.id}.txt`);
    try {
      const text = normaliseSourceText(await readFile(file, "utf8"));
      const contentHash = contentHashOf(text);
      sourceTexts.set(node.properties.id, { text, contentHash });
      node.properties.contentHash = contentHash;
    } catch {
      // A reference work: its links carry no quote. A quote citing it is refused below.
    }
  }

  const facts: SeedFact[] = [];
  const seenFacts = new Map<string, string>();
  const evidenceSchema = factSchema(model);
  const evidenceFiles = (await readdir(path.join(seedsDir, "evidence"))).filter((f) => f.endsWith(".yaml")).sort();
  for (const fileName of evidenceFiles) {
    const shortName = `evidence/${fileName}`;
    const source = fileName.replace(/\.yaml$/, "");
    const sourceText = sourceTexts.get(source);
    if (labelById.get(source) !== SOURCE_LABEL) {
      problems.push(`${shortName}: no source "${source}" in nodes/sources.yaml (the file name must be a source id)`);
      continue;
    }
    const records = await readYamlList(path.join(seedsDir, "evidence", fileName), shortName, problems);
    records.forEach((record, index) => {
      const where = `${shortName}: record ${index + 1}`;
      const parsed = evidenceSchema.safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`${where}, field "${issue.path.join(".") || "(record)"}": ${issue.message}`);
        }
        return;
      }
      const fact = parsed.data as EvidenceInput & { from: string; type: string; to: string; basis: EvidenceBasis };
      const fromLabel = labelById.get(fact.from);
      const toLabel = labelById.get(fact.to);
      if (!fromLabel) problems.push(`${where}, field "from": no node has id "${fact.from}"`);
      if (!toLabel) problems.push(`${where}, field "to": no node has id "${fact.to}"`);
      if (fromLabel && toLabel) {
        const allowed = endpointsOf(model, fact.type);
        if (!allowed.some((e) => e.from === fromLabel && e.to === toLabel)) {
          const options = allowed.map((e) => `${e.from} → ${e.to}`).join(", ");
          problems.push(`${where}, field "type": ${fact.type} cannot join ${fromLabel} → ${toLabel}; allowed: ${options}`);
        }
      }
      const key = `${fact.from} ${fact.type} ${fact.to}`;
      const earlier = seenFacts.get(`${key} ${source}`);
      if (earlier) problems.push(`${where}: ${key} is already stated by this source at ${earlier}; one source gives one quote per link`);
      seenFacts.set(`${key} ${source}`, where);
      const [fromNode, toNode] = [nodeById.get(fact.from), nodeById.get(fact.to)];
      if (!fromNode || !toNode) return;
      // The API's own check (src/writes/evidence-checks.ts): the same rule and the same code for every door.
      try {
        let properties: Properties;
        if (fact.basis === "REFERENCE") {
          properties = referenceEvidence(model, { type: fact.type, fromLabel: fromLabel as string, toLabel: toLabel as string }, { ...fact, source }, "");
        } else if (sourceText === undefined) {
          problems.push(`${where} (${key}): source "${source}" has no text file sources/${source}.txt to verify the quote against (only reference knowledge, basis: REFERENCE, goes without)`);
          return;
        } else {
          properties = verifyEvidence(sourceText, { ...fact, source }, { from: fromNode, to: toNode }, "");
        }
        facts.push({ source, from: fact.from, type: fact.type, to: fact.to, properties });
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        problems.push(`${where} (${key}), field "${error.field}": ${error.message}`);
      }
    });
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return { nodes, facts, sourceTexts };
}

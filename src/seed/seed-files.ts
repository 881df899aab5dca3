/**
 * Reads and validates the seed files in `seeds/`:
 *   nodes/<label>.yaml      one list of records per node type
 *   evidence/<source>.yaml  the relationships one source states, each with its verbatim quote
 *   sources/<source>.txt    the source documents the quotes come from
 * Every problem is reported with its file, record and field; nothing is loaded unless all files are clean.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { idProblem } from "../model/ids.js";
import { GRAPH_MODEL, SOURCE_LABEL, endpointsOf, matchesFormat, type FieldModel, type GraphModel, type NodeTypeModel } from "../model/graph-model.js";
import { unnamedEnds } from "../model/evidence.js";
import { isBlank, textProblem } from "../model/text.js";

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

/** A node type's record: its stored fields, except those the API sets itself (`type`). */
const recordSchema = (node: NodeTypeModel) =>
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
    ...Object.fromEntries(model.evidence.fields.filter((f) => f.name !== "source").map((f) => [f.name, fieldSchema(f)])),
    refers: z.strictObject({ from: text.optional(), to: text.optional() }).optional(),
  });

/** The file in `seeds/nodes/` that holds a node type's records: `people.yaml` for Person. */
export const nodeFileOf = (node: NodeTypeModel): string => `${node.plural.toLowerCase()}.yaml`;

export type NodeRecord = { id: string; name: string; description?: string; aliases: string[] } & Record<string, unknown>;
export interface SeedNode {
  label: string;
  properties: NodeRecord;
}
export interface SeedFact {
  source: string;
  from: string;
  type: string;
  to: string;
  role: string | undefined;
  quote: string;
  /** The source implies the link without stating it; `note` says why it follows. */
  inferred: boolean;
  note: string | undefined;
}
export interface SeedData {
  nodes: SeedNode[];
  facts: SeedFact[];
}

export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: string[]) {
    super(`Seed files are invalid (nothing was loaded):\n  ${problems.join("\n  ")}`);
  }
}

/** Collapses every whitespace run, so a quote may span the line breaks of its source. */
export const normaliseWhitespace = (s: string): string => s.replace(/\s+/g, " ").trim();

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

  const sourceTexts = new Map<string, string>();
  for (const node of nodes.filter((n) => n.label === SOURCE_LABEL)) {
    const file = path.join(seedsDir, "sources", `${node.properties.id}.txt`);
    try {
      sourceTexts.set(node.properties.id, normaliseWhitespace(await readFile(file, "utf8")));
    } catch {
      problems.push(`nodes/sources.yaml: source "${node.properties.id}" has no text file sources/${node.properties.id}.txt`);
    }
  }

  const facts: SeedFact[] = [];
  const evidenceSchema = factSchema(model);
  const evidenceFiles = (await readdir(path.join(seedsDir, "evidence"))).filter((f) => f.endsWith(".yaml")).sort();
  for (const fileName of evidenceFiles) {
    const shortName = `evidence/${fileName}`;
    const source = fileName.replace(/\.yaml$/, "");
    const sourceText = sourceTexts.get(source);
    if (sourceText === undefined) {
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
      const fact = parsed.data as { from: string; type: string; to: string; quote: string; role?: string; inferred?: boolean; note?: string; refers?: { from?: string; to?: string } };
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
      if (!sourceText.includes(normaliseWhitespace(fact.quote))) {
        problems.push(`${where}, field "quote": not found verbatim in sources/${source}.txt: "${fact.quote.slice(0, 80)}"`);
      }
      const [fromNode, toNode] = [nodeById.get(fact.from), nodeById.get(fact.to)];
      if (fact.inferred && !fact.note) problems.push(`${where}, field "note": an inferred link needs a note saying why it follows from the quote`);
      if (!fact.inferred && fromNode && toNode) {
        for (const { end, problem } of unnamedEnds(fact.quote, { from: fromNode, to: toNode }, fact.refers)) {
          problems.push(`${where} (${fact.from} ${fact.type} ${fact.to}), field "${fact.refers?.[end] === undefined ? "quote" : `refers.${end}`}": ${problem}: "${fact.quote.slice(0, 100)}"`);
        }
      }
      facts.push({
        source,
        from: fact.from,
        type: fact.type,
        to: fact.to,
        role: fact.role,
        quote: normaliseWhitespace(fact.quote),
        inferred: fact.inferred === true,
        note: fact.note,
      });
    });
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return { nodes, facts };
}

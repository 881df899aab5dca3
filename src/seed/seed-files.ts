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
import { isBlank, textProblem } from "../model/text.js";
import { LABELS, RELATIONSHIP_RULES, RELATIONSHIP_TYPES, type Label, type RelationshipType } from "../db/graph-model.js";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case slug of a-z, 0-9 and '-'");
// The same rule as the API's writes (src/model/text.ts): visible text, no control characters.
const text = z
  .string()
  .trim()
  .refine((value) => !isBlank(value), "must not be blank (spaces and invisible characters only)")
  .superRefine((value, context) => {
    const problem = textProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

const entityFields = {
  id: slug,
  name: text,
  description: text,
  aliases: z.array(text).default([]),
};

const nodeSchemas = {
  Practice: z.strictObject({
    ...entityFields,
    kind: z.enum(["METHOD", "INTERVENTION", "TRAINING", "TOOL", "GUIDE", "OTHER"]),
  }),
  Organisation: z.strictObject({
    ...entityFields,
    kind: z.enum([
      "MUNICIPALITY",
      "UNIVERSITY",
      "UNIVERSITY_OF_APPLIED_SCIENCES",
      "CARE_PROVIDER",
      "CLIENT_ORGANISATION",
      "GOVERNMENT",
      "FUNDER",
      "PROFESSIONAL_ASSOCIATION",
      "KNOWLEDGE_INSTITUTE",
      "SCHOOL",
      "OTHER",
    ]),
  }),
  Network: z.strictObject({
    ...entityFields,
    kind: z.enum(["WORKPLACE", "LEARNING_NETWORK", "PLATFORM", "PROGRAMME", "CONSORTIUM"]),
  }),
  Region: z.strictObject({
    ...entityFields,
    kind: z.enum(["COUNTRY", "PROVINCE", "YOUTH_CARE_REGION", "MUNICIPALITY", "NEIGHBOURHOOD"]),
  }),
  Theme: z.strictObject({ ...entityFields, nameEn: text }),
  Person: z.strictObject({ ...entityFields, roles: z.array(text).default([]) }),
  Source: z.strictObject({
    ...entityFields,
    id: z.string().regex(/^[A-Za-z0-9_.-]+$/, "must be the source file's name without .txt"),
    title: text.optional(),
    publisher: text.optional(),
    published: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
  }),
} satisfies Record<Label, z.ZodType>;

/** The file in `seeds/nodes/` that holds each label's records. */
export const NODE_FILES: Record<Label, string> = {
  Practice: "practices.yaml",
  Organisation: "organisations.yaml",
  Network: "networks.yaml",
  Region: "regions.yaml",
  Theme: "themes.yaml",
  Person: "people.yaml",
  Source: "sources.yaml",
};

const factSchema = z.strictObject({
  from: slug,
  type: z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]]),
  to: slug,
  role: text.optional(),
  quote: text,
});

export type NodeRecord = { id: string; name: string; description: string; aliases: string[] } & Record<string, unknown>;
export interface SeedNode {
  label: Label;
  properties: NodeRecord;
}
export interface SeedFact {
  source: string;
  from: string;
  type: RelationshipType;
  to: string;
  role: string | undefined;
  quote: string;
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

export async function readSeedData(seedsDir: string): Promise<SeedData> {
  const problems: string[] = [];
  const nodes: SeedNode[] = [];
  const labelById = new Map<string, Label>();

  for (const label of LABELS) {
    const shortName = `nodes/${NODE_FILES[label]}`;
    const records = await readYamlList(path.join(seedsDir, "nodes", NODE_FILES[label]), shortName, problems);
    records.forEach((record, index) => {
      const parsed = nodeSchemas[label].safeParse(record);
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
      nodes.push({ label, properties });
    });
  }

  const sourceTexts = new Map<string, string>();
  for (const node of nodes.filter((n) => n.label === "Source")) {
    const file = path.join(seedsDir, "sources", `${node.properties.id}.txt`);
    try {
      sourceTexts.set(node.properties.id, normaliseWhitespace(await readFile(file, "utf8")));
    } catch {
      problems.push(`nodes/sources.yaml: source "${node.properties.id}" has no text file sources/${node.properties.id}.txt`);
    }
  }

  const facts: SeedFact[] = [];
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
      const parsed = factSchema.safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`${where}, field "${issue.path.join(".") || "(record)"}": ${issue.message}`);
        }
        return;
      }
      const fact = parsed.data;
      const fromLabel = labelById.get(fact.from);
      const toLabel = labelById.get(fact.to);
      if (!fromLabel) problems.push(`${where}, field "from": no node has id "${fact.from}"`);
      if (!toLabel) problems.push(`${where}, field "to": no node has id "${fact.to}"`);
      if (fromLabel && toLabel) {
        const allowed: ReadonlyArray<readonly [Label, Label]> = RELATIONSHIP_RULES[fact.type];
        if (!allowed.some(([f, t]) => f === fromLabel && t === toLabel)) {
          const options = allowed.map(([f, t]) => `${f} → ${t}`).join(", ");
          problems.push(`${where}, field "type": ${fact.type} cannot join ${fromLabel} → ${toLabel}; allowed: ${options}`);
        }
      }
      if (!sourceText.includes(normaliseWhitespace(fact.quote))) {
        problems.push(`${where}, field "quote": not found verbatim in sources/${source}.txt: "${fact.quote.slice(0, 80)}"`);
      }
      facts.push({ source, from: fact.from, type: fact.type, to: fact.to, role: fact.role, quote: normaliseWhitespace(fact.quote) });
    });
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return { nodes, facts };
}

/**
 * The README's generated sections: the graph's counts, and the query examples from
 * `operations/*.graphql` (the same documents the playground offers) run against the seeded
 * graph, so every example shown runs and every output and count shown is real; and the pinned
 * embed script's tag, from the built embed.js. `npm run docs` rewrites them; tests fail when they
 * are stale (the pin in the browser tests, which build the pages).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config.js";
import type { GraphCounts } from "../db/graph-counts.js";
import type { GraphModel } from "../model/graph-model.js";
import { pinnedScriptTag, type EmbedPin } from "../web/embed-pin.js";

/** Where the README's snippets say the API runs. */
export const EXAMPLE_ORIGIN = "https://kg.example.org";

export const OPERATIONS_DIR = path.join(projectRoot, "operations");
/** The steps of the README's "Editing the graph" walkthrough, run in order on the freshly seeded graph as an editor. */
export const WALKTHROUGH_DIR = path.join(projectRoot, "docs", "editing");
/** The editor the walkthrough's token names. */
export const WALKTHROUGH_EDITOR = { sub: "editor-1", name: "A. Editor", roles: ["editor"] };
export const README = path.join(projectRoot, "README.md");

/** Lists longer than this are cut in the README's outputs, with a note of how many items were left out. */
const SHOWN_ITEMS = 5;

export interface Example {
  file: string;
  title: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
}

export type RunQuery = (query: string, variables: Record<string, unknown>) => Promise<{ data?: unknown; errors?: readonly unknown[] }>;

/** Each operation file: leading `#` lines describe it, a `# variables: {...}` line gives its example variables. */
export function readExamples(dir = OPERATIONS_DIR): Example[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), "utf8");
      const comments = text.split("\n").filter((line) => line.startsWith("#")).map((line) => line.replace(/^#\s?/, ""));
      const variablesLine = comments.find((line) => line.startsWith("variables:"));
      if (!variablesLine) throw new Error(`operations/${file}: add a "# variables: {...}" line with the example's variables`);
      const query = text.split("\n").filter((line) => !line.startsWith("#")).join("\n").trim();
      const title = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? file;
      return {
        file,
        title,
        description: comments.filter((line) => line !== variablesLine).join(" "),
        query,
        variables: JSON.parse(variablesLine.slice("variables:".length)) as Record<string, unknown>,
      };
    });
}

function abridge(value: unknown): unknown {
  if (Array.isArray(value)) {
    const shown = value.slice(0, SHOWN_ITEMS).map(abridge);
    return value.length > SHOWN_ITEMS ? [...shown, `… ${value.length - SHOWN_ITEMS} more`] : shown;
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abridge(v)]));
  }
  return value;
}

/**
 * Each example with its query, variables and the output `run` gives. `showErrors`: an example may
 * answer with errors (the walkthrough shows a refusal), shown by message and code; otherwise an
 * error fails the rendering.
 */
export async function renderExamples(run: RunQuery, examples = readExamples(), options: { dir?: string; showErrors?: boolean } = {}): Promise<string> {
  const sections: string[] = [];
  const dir = options.dir ?? "operations";
  for (const example of examples) {
    const result = await run(example.query, example.variables);
    if (result.errors?.length && !options.showErrors) {
      throw new Error(`${dir}/${example.file} failed: ${JSON.stringify(result.errors)}`);
    }
    const output = result.errors?.length
      ? { errors: (result.errors as { message: string; extensions?: { code?: string } }[]).map((e) => ({ message: e.message, code: e.extensions?.code })) }
      : abridge(result.data);
    sections.push(
      [
        `### ${example.title}`,
        "",
        `${example.description} (\`${dir}/${example.file}\`)`,
        "",
        "```graphql",
        example.query,
        "```",
        "",
        `Variables: \`${JSON.stringify(example.variables)}\``,
        "",
        "<details><summary>Output</summary>",
        "",
        "```json",
        JSON.stringify(output, null, 2),
        "```",
        "",
        "</details>",
      ].join("\n"),
    );
  }
  return sections.join("\n\n");
}

export function renderCounts(counts: GraphCounts): string {
  const rows = (entries: Record<string, number>) =>
    Object.entries(entries)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => `| ${name} | ${count} |`);
  return [
    "| node label | count |",
    "|---|---|",
    ...rows(counts.nodes),
    "",
    "| relationship type | count |",
    "|---|---|",
    ...rows(counts.relationships),
  ].join("\n");
}

/** The fields every node type shares (the `Entity` interface); the table lists each type's others. */
const SHARED_FIELDS = new Set(["id", "name", "description", "aliases", "type"]);
const code = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(", ");

/** The graph model's node types and relationship types as the README's tables, from the generated model. */
export function renderModel(model: GraphModel): string {
  const nodeRows = model.nodeTypes.map((node) => {
    const own = node.fields.filter((f) => !SHARED_FIELDS.has(f.name)).map((f) => f.name);
    return `| \`${node.label}\` | ${node.description.replace(/\s+/g, " ")} | ${code(own) || "–"} |`;
  });
  const relationshipRows = model.relationshipTypes.map(({ type, endpoints }) => {
    // ᴿ: the pair may rest on reference knowledge (`@referenceKnowledge`), as the note under the table says.
    const pairs = endpoints.map((e) => `${e.from} → ${e.to}${e.referenceKnowledge ? " ᴿ" : ""}`).join(", ");
    const fields = (side: "fromField" | "toField") => code([...new Set(endpoints.flatMap((e) => (e[side] ? [e[side]] : [])))]) || "–";
    return `| \`${type}\` | ${pairs} | ${fields("fromField")} / ${fields("toField")} |`;
  });
  return [
    "| node type | what it is | own fields |",
    "|---|---|---|",
    ...nodeRows,
    "",
    "| relationship | from → to | GraphQL fields (out / in) |",
    "|---|---|---|",
    ...relationshipRows,
    "",
    "ᴿ: may rest on reference knowledge instead of a quote (`basis: REFERENCE`; see [What counts as evidence](#what-counts-as-evidence)).",
  ].join("\n");
}

/** The snippet that pins the current embed.js by its hash, for an API at the README's example address. */
export function renderEmbedPin(pin: EmbedPin): string {
  return ["```html", pinnedScriptTag(EXAMPLE_ORIGIN, pin), "```"].join("\n");
}

/** The README with its generated section `name` (between `<!-- name:start -->` and `<!-- name:end -->`) replaced. */
/** The walkthrough's steps, rendered with their outputs. */
export const renderWalkthrough = (run: RunQuery): Promise<string> =>
  renderExamples(run, readExamples(WALKTHROUGH_DIR), { dir: "docs/editing", showErrors: true });

export function replaceSection(readme: string, name: "model" | "counts" | "examples" | "embed-pin" | "editing", content: string): string {
  const start = `<!-- ${name}:start (generated by npm run docs) -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md needs the markers ${start} and ${end}`);
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}

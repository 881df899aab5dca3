/**
 * Sources are content: a Source entity holds its metadata and the version (`contentHash`) of its
 * text; every version of the text is kept as a SourceText (change-set.ts). Revising a text
 * re-checks, in the same transaction, every quote that cites the source: a quote still found gets
 * its new place; one no longer found is marked stale (and listed by `staleEvidence`), never
 * deleted.
 */
import { GRAPH_MODEL, SOURCE_LABEL, entityTypeOf, nodeType } from "../model/graph-model.js";
import { idProblem } from "../model/ids.js";
import { contentHashOf, locateQuote, normaliseSourceText } from "../model/quotes.js";
import { isBlank, textProblem } from "../model/text.js";
import type { ChangeSet, RelationshipRow } from "./change-set.js";
import { checkExpectedRevision, citingRelationships, findEntities, findEntity } from "./entity-writes.js";
import { checkFields } from "./field-checks.js";
import type { Properties } from "./revisions.js";
import { badInput } from "./write-error.js";

/** The longest source text the graph takes (characters, after normalising). The request body limit (MAX_BODY_BYTES) applies too. */
export const MAX_SOURCE_CHARACTERS = 500_000;

/** A text as stored, or BAD_USER_INPUT: normalised once (NFC, `\n` line endings), not blank, no control characters, not too long. */
export function checkSourceText(field: string, text: unknown): string {
  if (typeof text !== "string") throw badInput(field, `${field} must be text.`);
  const normalised = normaliseSourceText(text);
  const problem = textProblem(normalised);
  if (problem) throw badInput(field, `${field} ${problem}.`);
  if (isBlank(normalised)) throw badInput(field, `${field} is blank; a source needs its text.`);
  if (normalised.length > MAX_SOURCE_CHARACTERS) {
    throw badInput(field, `${field} is ${normalised.length} characters long; a source may have at most ${MAX_SOURCE_CHARACTERS}.`);
  }
  return normalised;
}

/** A readable id for a new source: its title as a slug, and its text's hash for uniqueness. */
function sourceIdFor(title: string, contentHash: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "source"}-${contentHash.slice(0, 8)}`;
}

export interface AddSourceInput {
  /** Optional: derived from the title and the text's hash when left out. */
  id?: string | null;
  text: string;
  /** title, publisher, published, url, language, name, description, aliases: the Source's fields. */
  fields: Record<string, unknown>;
}

export async function addSource(changes: ChangeSet, input: AddSourceInput): Promise<Properties> {
  const text = checkSourceText("input.text", input.text);
  const contentHash = contentHashOf(text);
  const title = input.fields.title;
  const fields = checkFields(nodeType(GRAPH_MODEL, SOURCE_LABEL), { ...input.fields, name: input.fields.name ?? title }, "create", "input");
  const id = input.id ?? sourceIdFor(String(fields.title ?? fields.name), contentHash);
  const problem = idProblem(id);
  if (problem) throw badInput("input.id", `input.id ${problem}.`);
  const existing = (await findEntities(changes, [id])).get(id);
  if (existing) throw badInput("input.id", `id "${id}" is already used by a ${existing.label}; ids are unique across all types.`);
  const properties = { ...fields, id, type: entityTypeOf(SOURCE_LABEL), contentHash };
  await changes.storeSourceText(id, contentHash, text);
  await changes.putNodes(SOURCE_LABEL, [properties]);
  return properties;
}

export interface RevisionOfSource {
  source: Properties;
  /** Quotes found again, at their new place. */
  stillFound: number;
  /** Quotes the new text no longer contains, now marked stale. */
  stale: number;
}

export async function reviseSource(changes: ChangeSet, input: { id: string; text: string; expectedRevision?: string | null }): Promise<RevisionOfSource> {
  const source = await findEntity(changes, input.id, "id");
  if (source.label !== SOURCE_LABEL) throw badInput("id", `"${input.id}" is a ${source.label}, not a Source.`);
  await checkExpectedRevision(changes, input.id, input.expectedRevision);
  const text = checkSourceText("text", input.text);
  const contentHash = contentHashOf(text);
  await changes.storeSourceText(input.id, contentHash, text);
  const after = (await changes.updateNode(input.id, { contentHash })) ?? source.properties;
  const outcome = await recheckQuotes(changes, input.id, text, contentHash);
  return { source: after, ...outcome };
}

/**
 * Verifies every quote citing `source` against its text `text` (version `contentHash`): found
 * quotes get their place in it, the others are marked stale and keep the version they were last
 * found in. Returns the counts.
 */
export async function recheckQuotes(changes: ChangeSet, source: string, text: string, contentHash: string): Promise<{ stillFound: number; stale: number }> {
  let stillFound = 0;
  let stale = 0;
  const rowsByType = new Map<string, RelationshipRow[]>();
  for (const citation of await citingRelationships(changes, source)) {
    // Reference knowledge rests on the work as a whole, not on a sentence of its text.
    if (citation.properties.basis === "REFERENCE") continue;
    const location = locateQuote(text, String(citation.properties.quote));
    const properties: Properties = location
      ? { ...citation.properties, quoteStart: location.start, quoteEnd: location.end, sourceVersion: contentHash, stale: null }
      : { ...citation.properties, stale: true };
    if (location) stillFound++;
    else stale++;
    const rows = rowsByType.get(citation.type) ?? [];
    rows.push({ from: citation.from, type: citation.type, to: citation.to, source, properties });
    rowsByType.set(citation.type, rows);
  }
  // One statement per relationship type, however many quotes cite the source.
  for (const [type, rows] of rowsByType) await changes.putRelationships(type, rows);
  return { stillFound, stale };
}

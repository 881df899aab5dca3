/**
 * Erasing a person (AVG/GDPR article 17), in one transaction, from every copy the graph holds:
 *   - the Person and their relationships go;
 *   - every whole-word occurrence of their name or an alias (the forms the sources use for them,
 *     see `namesOf`) becomes REDACTION wherever the graph keeps text: other entities' fields,
 *     other relationships' quotes and notes, and every stored version of every source's text, so
 *     a redacted quote still verifies exactly against its redacted source (offsets recomputed);
 *   - history: the revisions' changes to the person and their relationships are dropped, every
 *     other text in a revision is redacted the same way, and the revision says a person was
 *     erased (a tombstone with the date and reason, no name); their history subject goes.
 * The erasure is itself a revision, which cannot be reverted. Feeds render from revisions, and
 * cached answers are keyed by the graph version the erasure advances, so they follow.
 *
 * The erasure log (erasure-log.ts) records it without personal data, so that a restored backup or
 * a fresh seed load can be erased again.
 */
import { isDeepStrictEqual } from "node:util";
import { ENTITY_LABEL, GRAPH_MODEL } from "../model/graph-model.js";
import { contentHashOf, locateQuote } from "../model/quotes.js";
import { stored, type ChangeSet } from "./change-set.js";
import { findEntity } from "./entity-writes.js";
import { checkText } from "./field-checks.js";
import { summarise, type Change, type Properties } from "./revisions.js";
import { badInput } from "./write-error.js";

/** The operation of an erasure's revision. */
export const ERASE_PERSON = "erasePerson";

/** What an erased name becomes, in the sources' language. */
export const REDACTION = "[naam verwijderd]";

/**
 * The forms of a person's name to erase: their name and aliases (the seeds' evidence standard has
 * quotes name people by these, so they are the forms the sources use), longest first so a full
 * name goes before the surname inside it. Case is kept: an alias that is also a common word
 * ("Kennis") is erased where capitalised, on the safe side, and left where it is the word.
 */
export function namesOf(person: { name: string; aliases?: readonly string[] }): string[] {
  const names = [person.name, ...(person.aliases ?? [])].map((n) => n.trim()).filter((n) => n.length >= 2);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A function replacing every whole-word occurrence of the names (across line breaks) by REDACTION. */
export function redactor(names: readonly string[]): (text: string) => string {
  if (names.length === 0) return (text) => text;
  const alternatives = names.map((name) => name.split(/\s+/).map(escape).join("\\s+"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (text) => text.replace(pattern, REDACTION);
}

/** Every string in a value (an entity's properties, a change) redacted, the rest as it was. */
function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === "string") return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T;
  return value;
}

export interface ErasureOutcome {
  /** Other entities whose text named the person. */
  entities: number;
  /** The person's own relationships, removed. */
  relationships: number;
  /** Other relationships whose quote or note named the person. */
  quotes: number;
  /** Stored versions of source texts that named the person. */
  texts: number;
  /** Revisions rewritten. */
  revisions: number;
  /** The tombstone history keeps: no name, no quote. */
  tombstone: string;
  /** The reason, with the person's names redacted: what the revision and the erasure log keep. */
  reason: string;
}

// A coarse filter in Cypher (does any text property contain one of the names?); the exact,
// whole-word redaction runs here, so both agree on what changes.
const MENTIONS = (x: string) => `any(k IN keys(${x}) WHERE
  (${x}[k] IS :: STRING AND any(name IN $names WHERE ${x}[k] CONTAINS name)) OR
  (${x}[k] IS :: LIST<STRING NOT NULL> AND any(item IN ${x}[k] WHERE any(name IN $names WHERE item CONTAINS name))))`;

export async function erasePerson(changes: ChangeSet, input: { id: string; reason: string; erasedAt: Date }): Promise<ErasureOutcome> {
  const person = await findEntity(changes, input.id, "id");
  if (person.label !== "Person") throw badInput("id", `"${input.id}" is a ${person.label}; erasePerson erases people only.`);
  const names = namesOf({ name: String(person.properties.name), aliases: (person.properties.aliases as string[] | undefined) ?? [] });
  const redact = redactor(names);
  const reason = redact(checkText("reason", input.reason, 1_000));
  const tombstone = `person erased on ${input.erasedAt.toISOString().slice(0, 10)}: ${reason}`;
  const tx = changes.tx;

  const removed = await tx.run(`MATCH (p:Person {id: $id}) OPTIONAL MATCH (p)-[r]-() WITH p, count(r) AS relationships DETACH DELETE p RETURN relationships`, { id: input.id });
  const relationships = Number(removed.records[0]?.get("relationships") ?? 0);

  // Other entities' fields (a description naming the person).
  let entities = 0;
  for (const record of (await tx.run(`MATCH (n:${ENTITY_LABEL}) WHERE ${MENTIONS("n")} RETURN n.id AS id, n {.*} AS properties`, { names })).records) {
    const before = record.get("properties") as Properties;
    const after = redactDeep(before, redact);
    if (isDeepStrictEqual(before, after)) continue;
    await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) SET n = $after`, { id: record.get("id"), after: stored(after) });
    entities++;
  }

  // Every stored version of every source's text, under a new hash; what pointed at the old one follows.
  const newHash = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const record of (await tx.run(`MATCH (t:SourceText) WHERE any(name IN $names WHERE t.text CONTAINS name) RETURN t.hash AS hash, t.text AS text, t.source AS source`, { names })).records) {
    const text = record.get("text") as string;
    const redacted = redact(text);
    if (redacted === text) continue;
    const hash = contentHashOf(redacted);
    newHash.set(record.get("hash") as string, hash);
    texts.set(hash, redacted);
    await tx.run("MATCH (old:SourceText {hash: $old}) DETACH DELETE old", { old: record.get("hash") });
    await changes.storeSourceText(record.get("source") as string, hash, redacted);
  }
  const rehash = (value: unknown) => (typeof value === "string" ? (newHash.get(value) ?? value) : value);
  if (newHash.size > 0) {
    await tx.run(`UNWIND $pairs AS pair MATCH (s:Source {contentHash: pair.old}) SET s.contentHash = pair.new`, { pairs: [...newHash].map(([old, hash]) => ({ old, new: hash })) });
  }
  const textOf = async (hash: string): Promise<string | null> => {
    if (!texts.has(hash)) texts.set(hash, ((await tx.run("MATCH (t:SourceText {hash: $hash}) RETURN t.text AS text", { hash })).records[0]?.get("text") as string | undefined) ?? "");
    return texts.get(hash) || null;
  };
  /** A relationship's evidence after the erasure: redacted, pointing at the redacted text, at the quote's new place there. */
  const redactEvidence = async (before: Properties): Promise<Properties> => {
    const after = redactDeep(before, redact);
    after.sourceVersion = rehash(after.sourceVersion);
    const text = typeof after.sourceVersion === "string" ? await textOf(after.sourceVersion) : null;
    const location = text && typeof after.quote === "string" ? locateQuote(text, after.quote) : null;
    if (location) Object.assign(after, { quoteStart: location.start, quoteEnd: location.end });
    return after;
  };

  // Other relationships: quotes and notes naming the person, and any citing a text redacted above.
  let quotes = 0;
  for (const { type } of GRAPH_MODEL.relationshipTypes) {
    const found = await tx.run(
      `MATCH (a)-[r:${type}]->(b) WHERE ${MENTIONS("r")} OR r.sourceVersion IN $hashes RETURN elementId(r) AS element, r {.*} AS properties`,
      { names, hashes: [...newHash.keys()] },
    );
    for (const record of found.records) {
      const before = record.get("properties") as Properties;
      const after = await redactEvidence(before);
      if (isDeepStrictEqual(before, after)) continue;
      await tx.run(`MATCH ()-[r]->() WHERE elementId(r) = $element SET r = $after`, { element: record.get("element"), after: stored(after) });
      if (redact(String(before.quote ?? "")) !== before.quote || redact(String(before.note ?? "")) !== before.note) quotes++;
    }
  }

  // History: what the person was dropped, everything else redacted; a tombstone says so.
  let revisions = 0;
  const found = await tx.run(
    `MATCH (r:Revision)
     WHERE r.changes CONTAINS $quotedId OR any(name IN $names WHERE r.changes CONTAINS name OR r.summary CONTAINS name OR coalesce(r.comment, '') CONTAINS name)
        OR any(hash IN $hashes WHERE r.changes CONTAINS hash)
     RETURN r.id AS id, r.operation AS operation, r.changes AS changes, r.summary AS summary, r.comment AS comment, r.items AS items`,
    { quotedId: JSON.stringify(input.id), names, hashes: [...newHash.keys()] },
  );
  for (const record of found.records) {
    const all = JSON.parse(record.get("changes") as string) as Change[];
    const aboutPerson = (c: Change) => (c.kind === "entity" ? c.id === input.id : c.from === input.id || c.to === input.id);
    const kept: Change[] = [];
    for (const change of all.filter((c) => !aboutPerson(c))) {
      const redacted = redactDeep(change, redact);
      if (redacted.kind === "relationship") {
        redacted.before = redacted.before && (await redactEvidence(redacted.before));
        redacted.after = redacted.after && (await redactEvidence(redacted.after));
      } else {
        for (const state of [redacted.before, redacted.after]) if (state && "contentHash" in state) state.contentHash = rehash(state.contentHash);
      }
      kept.push(redacted);
    }
    const dropped = all.length - kept.length;
    const summary = dropped > 0 ? `${kept.length > 0 ? `${summarise(record.get("operation") as string, kept)}; ` : `${record.get("operation") as string}: `}${dropped} change${dropped === 1 ? "" : "s"} to a ${tombstone}` : redact(record.get("summary") as string);
    const items = (record.get("items") as string[]).filter((item) => !item.includes(input.id));
    const comment = record.get("comment") === null ? null : redact(record.get("comment") as string);
    await tx.run(`MATCH (r:Revision {id: $id}) SET r.changes = $changes, r.summary = $summary, r.comment = $comment, r.items = $items`, { id: record.get("id"), changes: JSON.stringify(kept), summary, comment, items });
    revisions++;
  }
  await tx.run(`MATCH (s:RevisionSubject {id: $id}) DETACH DELETE s`, { id: input.id });

  changes.recordWithoutChanges(`${ERASE_PERSON}: a ${tombstone}`, reason);
  return { entities, relationships, quotes, texts: newHash.size, revisions, tombstone, reason };
}

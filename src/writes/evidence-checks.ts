/**
 * Evidence is verified on every write, by the rules the seed loader applies (src/seed/): the quote
 * stands verbatim in the source's stored text (src/model/quotes.ts), and it names both ends of the
 * link, or says which of its words stand for an end, or is marked inferred with a note saying why
 * the link follows (src/model/evidence.ts). What passes is stored with where the quote stands and
 * which version of the text it was found in.
 *
 * Reference knowledge (`basis: REFERENCE`) is the one exception: plain facts the sources take for
 * granted, such as which province a municipality lies in, allowed only on the links the model marks
 * `@referenceKnowledge`. It cites the reference work it rests on, carries no quote, and its note
 * says what the reference gives; it is never presented as a quote.
 */
import type { ManagedTransaction, Transaction } from "neo4j-driver";
import { unnamedEnds, type NamedEnd } from "../model/evidence.js";
import type { GraphModel } from "../model/graph-model.js";
import { closestSentence, locateQuote } from "../model/quotes.js";
import { checkText } from "./field-checks.js";
import type { Properties } from "./revisions.js";
import { badInput, notFoundError } from "./write-error.js";

type Tx = Transaction | ManagedTransaction;

export type EvidenceBasis = "QUOTE" | "REFERENCE";

export interface EvidenceInput {
  source: string;
  /** QUOTE when left out. */
  basis?: EvidenceBasis | null;
  quote?: string | null;
  role?: string | null;
  inferred?: boolean | null;
  note?: string | null;
  refers?: { from?: string | null; to?: string | null } | null;
}

/** Quotes longer than this are passages, not the sentence that states a link. */
export const MAX_QUOTE_CHARACTERS = 1_000;

export const basisOf = (evidence: Pick<EvidenceInput, "basis">): EvidenceBasis => evidence.basis ?? "QUOTE";

/** A source's current text and its version, read in the write's transaction. */
export async function currentSourceText(tx: Tx, source: string, field: string): Promise<{ text: string; contentHash: string }> {
  const result = await tx.run(
    `MATCH (s:Source {id: $source})
     OPTIONAL MATCH (t:SourceText {hash: s.contentHash})
     RETURN s.contentHash AS contentHash, t.text AS text`,
    { source },
  );
  const row = result.records[0];
  if (!row) throw notFoundError(field, `${field}: no Source has id "${source}".`);
  const text = row.get("text") as string | null;
  if (text === null) throw badInput(field, `${field}: source "${source}" has no text in the graph to verify quotes against; give it one with reviseSource.`);
  return { text, contentHash: row.get("contentHash") as string };
}

/** A quote as stored: NFC, whitespace collapsed (the quote marks as the writer gave them). */
export const storedQuote = (quote: string): string => quote.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * The relationship properties for verified evidence, or BAD_USER_INPUT saying what is wrong and
 * what the source does say. Pure: the seed loader calls it with the text of a file, the API with
 * the text the graph holds (`currentSourceText`).
 */
export function verifyEvidence(
  sourceText: { text: string; contentHash: string },
  evidence: EvidenceInput,
  ends: { from: NamedEnd; to: NamedEnd },
  prefix = "evidence",
): Properties {
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  if (evidence.quote == null) {
    throw badInput(at("quote"), `${at("quote")} is required: the sentence of source "${evidence.source}" that states the link, verbatim (only reference knowledge, basis: REFERENCE, goes without).`);
  }
  const quote = storedQuote(checkText(at("quote"), evidence.quote, MAX_QUOTE_CHARACTERS));
  const { text, contentHash } = sourceText;
  const location = locateQuote(text, quote);
  if (!location) {
    const closest = closestSentence(text, quote);
    throw badInput(
      at("quote"),
      `${at("quote")} is not found verbatim in source "${evidence.source}"${closest ? `; its closest sentence is: "${closest}"` : ""}. Quote the source exactly (case, spelling and punctuation; whitespace and the shape of quote marks may differ).`,
      { closestSentence: closest },
    );
  }
  const inferred = evidence.inferred === true;
  const note = evidence.note == null ? null : checkText(at("note"), evidence.note);
  const role = evidence.role == null ? null : checkText(at("role"), evidence.role, 200);
  if (inferred && note === null) throw badInput(at("note"), `${at("note")} is required when the link is inferred: say why it follows from the quote.`);
  if (!inferred) {
    const refers = {
      ...(evidence.refers?.from != null ? { from: checkText(at("refers.from"), evidence.refers.from, 200) } : {}),
      ...(evidence.refers?.to != null ? { to: checkText(at("refers.to"), evidence.refers.to, 200) } : {}),
    };
    const problems = unnamedEnds(quote, ends, refers);
    const first = problems[0];
    if (first) {
      const field = refers[first.end] === undefined ? at("quote") : at(`refers.${first.end}`);
      throw badInput(field, `${field}: ${problems.map((p) => p.problem).join("; and ")}; or mark the link inferred: true with a note.`);
    }
  }
  return {
    source: evidence.source,
    basis: "QUOTE",
    quote,
    role,
    inferred: inferred ? true : null,
    note,
    quoteStart: location.start,
    quoteEnd: location.end,
    sourceVersion: contentHash,
    stale: null,
  };
}

/** The links of the model that may rest on reference knowledge, as "Region → Region (PART_OF)". */
export const referenceKnowledgeLinks = (model: GraphModel): string[] =>
  model.relationshipTypes.flatMap((r) => r.endpoints.filter((e) => e.referenceKnowledge).map((e) => `${e.from} → ${e.to} (${r.type})`));

/**
 * The relationship properties for reference knowledge, or BAD_USER_INPUT: allowed only where the
 * model marks the link `@referenceKnowledge`, without a quote, with a note saying what the
 * reference work gives. Pure, like `verifyEvidence`; the caller checks the source exists.
 */
export function referenceEvidence(
  model: GraphModel,
  link: { type: string; fromLabel: string; toLabel: string },
  evidence: EvidenceInput,
  prefix = "evidence",
): Properties {
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const endpoint = model.relationshipTypes.find((r) => r.type === link.type)?.endpoints.find((e) => e.from === link.fromLabel && e.to === link.toLabel);
  if (!endpoint?.referenceKnowledge) {
    throw badInput(
      at("basis"),
      `${at("basis")}: ${link.type} ${link.fromLabel} → ${link.toLabel} needs a quote from a source (basis QUOTE); reference knowledge is allowed only for ${referenceKnowledgeLinks(model).join(", ")}.`,
    );
  }
  if (evidence.quote != null) throw badInput(at("quote"), `${at("quote")}: reference knowledge carries no quote (the graph holds no text of the reference work); leave it out, or use basis QUOTE with a source's text.`);
  if (evidence.inferred === true) throw badInput(at("inferred"), `${at("inferred")}: reference knowledge is not inferred from a quote; leave inferred out and say in the note what the reference gives.`);
  if (evidence.refers?.from != null || evidence.refers?.to != null) throw badInput(at("refers"), `${at("refers")}: refers names words of a quote; reference knowledge has none.`);
  if (evidence.note == null) throw badInput(at("note"), `${at("note")} is required for reference knowledge: say what the reference work gives (e.g. "CBS 2026: gemeente Heerenveen, provincie Fryslân").`);
  const note = checkText(at("note"), evidence.note);
  const role = evidence.role == null ? null : checkText(at("role"), evidence.role, 200);
  return { source: evidence.source, basis: "REFERENCE", quote: null, role, inferred: null, note, quoteStart: null, quoteEnd: null, sourceVersion: null, stale: null };
}

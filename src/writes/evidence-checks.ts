/**
 * Evidence is verified on every write, by the rules the seed loader applies (src/seed/): the quote
 * stands verbatim in the source's stored text (src/model/quotes.ts), and it names both ends of the
 * link, or says which of its words stand for an end, or is marked inferred with a note saying why
 * the link follows (src/model/evidence.ts). What passes is stored with where the quote stands and
 * which version of the text it was found in.
 */
import type { ManagedTransaction, Transaction } from "neo4j-driver";
import { unnamedEnds, type NamedEnd } from "../model/evidence.js";
import { closestSentence, locateQuote } from "../model/quotes.js";
import { checkText } from "./field-checks.js";
import type { Properties } from "./revisions.js";
import { badInput, notFoundError } from "./write-error.js";

type Tx = Transaction | ManagedTransaction;

export interface EvidenceInput {
  source: string;
  quote: string;
  role?: string | null;
  inferred?: boolean | null;
  note?: string | null;
  refers?: { from?: string | null; to?: string | null } | null;
}

/** Quotes longer than this are passages, not the sentence that states a link. */
export const MAX_QUOTE_CHARACTERS = 1_000;

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

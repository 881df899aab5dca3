/**
 * Where a quote stands in its source, one rule for every door (seed files, the API's writes, a
 * source's revision): a quote is verbatim when, after both are normalised the same way, it occurs
 * in the source's text. Normalising forgives only what a copy and paste changes without changing
 * the words: Unicode composition (NFC), whitespace runs (line breaks included) and the shape of
 * quote marks (‘ ’ „ “ ” « » → ' and "). Case, punctuation and spelling must match.
 *
 * Offsets are character offsets (UTF-16 code units, as JavaScript counts) into the stored text,
 * which is itself normalised once when it is stored (`normaliseSourceText`).
 */
import { createHash } from "node:crypto";
import { distance } from "fastest-levenshtein";

/** How a source's text is stored: NFC, `\n` line endings, no byte-order mark. */
export const normaliseSourceText = (text: string): string =>
  text.normalize("NFC").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

/** The version of a source's text: the SHA-256 of its stored (normalised) form. */
export const contentHashOf = (normalisedText: string): string => createHash("sha256").update(normalisedText, "utf8").digest("hex");

const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;

/** A quote as it is stored and compared: NFC, single spaces, plain quote marks, trimmed. */
export const normaliseQuote = (quote: string): string =>
  quote.normalize("NFC").replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(/\s+/g, " ").trim();

/**
 * The text in the form quotes are compared against: each whitespace run one space, quote marks
 * plain. A mark and its replacement are one UTF-16 unit each, so only runs of two or more
 * whitespace characters move offsets (`offsetIn` maps them back). Native replaces, not a loop per
 * character: every write verifies its quote against a text of up to half a million characters,
 * where the loop took 100 to 300 ms and these take a few.
 */
const comparable = (text: string): string =>
  text.replace(/\s{2,}|[^\S ]/g, " ").replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');

/** The offset in `text` of the character at `index` of its comparable form. */
function offsetIn(text: string, index: number): number {
  const runs = /\s{2,}/g;
  let removed = 0;
  for (let run = runs.exec(text); run !== null; run = runs.exec(text)) {
    const at = run.index - removed;
    if (at > index) break;
    if (at === index) return run.index;
    removed += run[0].length - 1;
  }
  return index + removed;
}

export interface QuoteLocation {
  /** Offset of the quote's first character in the stored text. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

/**
 * Where `quote` stands in `text` (a stored, normalised source text): the first occurrence, or null
 * when the source does not contain it.
 */
export function locateQuote(text: string, quote: string): QuoteLocation | null {
  const wanted = normaliseQuote(quote);
  if (wanted.length === 0) return null;
  const at = comparable(text).indexOf(wanted);
  if (at < 0) return null;
  // The quote is trimmed, so its last character is not whitespace.
  return { start: offsetIn(text, at), end: offsetIn(text, at + wanted.length - 1) + 1 };
}

/** The sentences of a text with their offsets: split after . ! ? and at blank lines and line breaks. */
export function sentencesOf(text: string): { sentence: string; start: number; end: number }[] {
  const sentences: { sentence: string; start: number; end: number }[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+["'”’]?|\n|$)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (sentence.length === 0) continue;
    const start = (match.index ?? 0) + lead;
    sentences.push({ sentence, start, end: start + sentence.length });
  }
  return sentences;
}

const wordsOf = (s: string): string[] => normaliseQuote(s).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/**
 * The sentence of `text` most like `quote`, for telling a writer what the source does say: the
 * one sharing most of the quote's words, of those the one nearest by edit distance.
 */
export function closestSentence(text: string, quote: string): string | null {
  const quoteWords = new Set(wordsOf(quote));
  const wanted = normaliseQuote(quote);
  let best: { sentence: string; shared: number; distance: number } | null = null;
  for (const { sentence } of sentencesOf(text)) {
    const words = new Set(wordsOf(sentence));
    const shared = [...quoteWords].filter((w) => words.has(w)).length;
    if (best && shared < best.shared) continue;
    const d = distance(wanted, normaliseQuote(sentence));
    if (!best || shared > best.shared || d < best.distance) best = { sentence: normaliseQuote(sentence), shared, distance: d };
  }
  return best?.sentence ?? null;
}

/** At most this many characters of context either side of a quote (a long sentence is cut at a word). */
export const CONTEXT_CHARACTERS = 240;

/**
 * What surrounds a quote: from the start of the sentence before the quote's sentence to the end
 * of the sentence after it, at most CONTEXT_CHARACTERS either side, whitespace collapsed.
 */
export function contextOf(text: string, location: QuoteLocation): { before: string; after: string } {
  const sentences = sentencesOf(text);
  const first = sentences.findIndex((s) => s.end > location.start);
  const last = sentences.findIndex((s) => s.end >= location.end);
  const from = first <= 0 ? 0 : (sentences[first - 1] as { start: number }).start;
  const to = last < 0 || last + 1 >= sentences.length ? text.length : (sentences[last + 1] as { end: number }).end;
  const collapse = (s: string) => s.replace(/\s+/g, " ");
  let before = collapse(text.slice(Math.max(from, location.start - CONTEXT_CHARACTERS), location.start)).trimStart();
  let after = collapse(text.slice(location.end, Math.min(to, location.end + CONTEXT_CHARACTERS))).trimEnd();
  if (location.start - from > CONTEXT_CHARACTERS) before = `…${before.replace(/^\S*\s/, "")}`;
  if (to - location.end > CONTEXT_CHARACTERS) after = `${after.replace(/\s\S*$/, "")}…`;
  return { before, after };
}

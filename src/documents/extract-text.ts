/**
 * A document's text, for the editor's desk to turn into a Source: plain text (UTF-8, or Windows-1252
 * as older Dutch office files are), Word (.docx, through mammoth) and PDF (through unpdf, Mozilla's
 * pdf.js built for servers). The format is told by the file's own bytes, not its name. A PDF whose
 * pages hold no text (a scan) is refused: the graph cites sentences, and there are none to cite.
 */
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { MAX_SOURCE_CHARACTERS } from "../writes/source-writes.js";

export type DocumentFormat = "txt" | "docx" | "pdf";

export interface ExtractedText {
  format: DocumentFormat;
  text: string;
  /** PDF only. */
  pages?: number;
  /** What a reader should know about the extraction, e.g. the encoding it fell back to. */
  notes: string[];
}

/** Why a document gives no text: the HTTP status and code to answer with, and a message for a person. */
export class ExtractionError extends Error {
  override name = "ExtractionError";
  constructor(
    readonly status: 413 | 415 | 422,
    readonly code: "UNSUPPORTED_DOCUMENT" | "NO_TEXT" | "TOO_LONG" | "UNREADABLE_DOCUMENT",
    message: string,
  ) {
    super(message);
  }
}

/** Longer PDFs are reports' appendices and data, not sentences to cite; and parsing them is the dear part. */
export const MAX_PDF_PAGES = 400;

const startsWith = (bytes: Uint8Array, prefix: string) => prefix.split("").every((c, i) => bytes[i] === c.charCodeAt(0));

export async function extractDocumentText(bytes: Uint8Array): Promise<ExtractedText> {
  if (bytes.length === 0) throw new ExtractionError(422, "NO_TEXT", "The document is empty.");
  const extracted = startsWith(bytes, "%PDF-") ? await pdfText(bytes) : startsWith(bytes, "PK\u0003\u0004") ? await docxText(bytes) : plainText(bytes);
  const text = extracted.text.trim();
  if (text.length === 0) {
    throw new ExtractionError(
      422,
      "NO_TEXT",
      extracted.format === "pdf"
        ? "This PDF holds no text, only images (a scan?). Run it through text recognition (OCR) first, or paste the text."
        : "The document holds no text.",
    );
  }
  if (text.length > MAX_SOURCE_CHARACTERS) {
    throw new ExtractionError(413, "TOO_LONG", `The document's text is ${text.length} characters long; a source may have at most ${MAX_SOURCE_CHARACTERS}. Add the part you cite.`);
  }
  return { ...extracted, text };
}

function plainText(bytes: Uint8Array): ExtractedText {
  // A file with NUL bytes is binary (an image, an old .doc), whatever it decodes to.
  if (bytes.includes(0)) {
    throw new ExtractionError(415, "UNSUPPORTED_DOCUMENT", "This is not a text, Word (.docx) or PDF document. Save it as one of those (an old .doc as .docx) and try again.");
  }
  try {
    return { format: "txt", text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), notes: [] };
  } catch {
    return { format: "txt", text: new TextDecoder("windows-1252").decode(bytes), notes: ["The file is not UTF-8; it was read as Windows-1252 (West European). Check the accents."] };
  }
}

async function docxText(bytes: Uint8Array): Promise<ExtractedText> {
  let result: { value: string };
  try {
    result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  } catch {
    throw new ExtractionError(415, "UNSUPPORTED_DOCUMENT", "This ZIP file is not a Word document (.docx). Save the document as .docx, PDF or text and try again.");
  }
  // mammoth ends every paragraph with a blank line; a paragraph is one line of the source.
  return { format: "docx", text: result.value.replace(/\n{3,}/g, "\n\n"), notes: [] };
}

async function pdfText(bytes: Uint8Array): Promise<ExtractedText> {
  let pages: string[];
  let count: number;
  try {
    // pdf.js takes a plain Uint8Array (not a Node Buffer) and may hand it to a worker: give it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    count = pdf.numPages;
    if (count > MAX_PDF_PAGES) throw new ExtractionError(413, "TOO_LONG", `The PDF has ${count} pages; at most ${MAX_PDF_PAGES} are read. Add the part you cite.`);
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw new ExtractionError(422, "UNREADABLE_DOCUMENT", "This PDF cannot be read (damaged, or protected with a password). Save it again as PDF, or paste the text.");
  }
  return { format: "pdf", text: pages.map(reflowLines).filter((page) => page.trim() !== "").join("\n\n"), pages: count, notes: [] };
}

/**
 * A PDF breaks lines where the page was full, not where a sentence ends. Quotes are found across
 * line breaks anyway, but a reader (and the sentence splitter) wants sentences whole: a line that
 * does not end a sentence runs on into the next when that one starts in lower case, and a word
 * hyphenated at the end of a line is joined.
 */
export function reflowLines(page: string): string {
  const lines = page.split("\n").map((line) => line.trimEnd());
  let text = lines[0] ?? "";
  for (const line of lines.slice(1)) {
    const next = line.trimStart();
    if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(next)) text = text.slice(0, -1) + next;
    else if (text !== "" && !/[.!?:;]["'”’)]?$/u.test(text) && /^[\p{Ll}\d(]/u.test(next)) text += ` ${next}`;
    else text += `\n${next}`;
  }
  return text;
}

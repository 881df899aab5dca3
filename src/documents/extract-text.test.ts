import { describe, expect, it } from "vitest";
import { docxOf, scannedPdf, textPdfOf, windows1252Of } from "../../test/document-files.js";
import { ExtractionError, extractDocumentText, reflowLines } from "./extract-text.js";

// Sentences with what Dutch texts hold: accents, a diaeresis, quotes, an apostrophe, numbers.
const SENTENCES = [
  "De werkplaats SAMEN werkt aan normaliseren.",
  "Coördinatie gebeurt in Fryslân en in 's-Hertogenbosch.",
  "Het café van de gemeente telt 12 medewerkers (2024).",
  "Jongeren zeggen: “het helpt”.",
];

async function refusal(bytes: Uint8Array): Promise<ExtractionError> {
  const error = await extractDocumentText(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ExtractionError)) throw new Error(`expected an ExtractionError, got ${String(error)}`);
  return error;
}

describe("a document's text", () => {
  it.each(SENTENCES.map((_, i) => SENTENCES.slice(i).concat(SENTENCES.slice(0, i))))("reads the same sentences from text, Word and PDF (%#)", async (...sentences) => {
    const txt = await extractDocumentText(Buffer.from(sentences.join("\n"), "utf8"));
    const docx = await extractDocumentText(await docxOf(sentences));
    // Helvetica's WinAnsi encoding has no curly double quotes at those code points: keep the PDF to Latin-1.
    const latin1 = sentences.map((s) => s.replace(/[“”]/g, '"'));
    const pdf = await extractDocumentText(textPdfOf(latin1));
    expect(txt).toMatchObject({ format: "txt", notes: [] });
    expect(txt.text.split("\n")).toEqual(sentences);
    expect(docx.format).toBe("docx");
    expect(docx.text.split(/\n+/)).toEqual(sentences);
    expect(pdf).toMatchObject({ format: "pdf", pages: 1 });
    expect(pdf.text.split("\n")).toEqual(latin1);
  });

  it("falls back to Windows-1252 for text that is not UTF-8, and says so", async () => {
    const result = await extractDocumentText(windows1252Of("Coördinatie in Fryslân, café."));
    expect(result.text).toBe("Coördinatie in Fryslân, café.");
    expect(result.notes.join(" ")).toMatch(/Windows-1252/);
  });

  it("refuses a scanned PDF, saying why and what to do", async () => {
    const error = await refusal(scannedPdf());
    expect(error).toMatchObject({ status: 422, code: "NO_TEXT" });
    expect(error.message).toMatch(/no text.*OCR/s);
  });

  it.each([
    ["an image", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ["an old Word file", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
  ])("refuses %s as an unsupported document", async (_name, bytes) => {
    expect(await refusal(bytes)).toMatchObject({ status: 415, code: "UNSUPPORTED_DOCUMENT" });
  });

  it("refuses a ZIP file that is not a Word document, and a damaged PDF", async () => {
    const docx = await docxOf(["x"]);
    // The same package without its document part is some other ZIP.
    const notWord = Buffer.from(docx.toString("latin1").replace(/word\/document\.xml/g, "word/other000.xml"), "latin1");
    expect(await refusal(notWord)).toMatchObject({ status: 415, code: "UNSUPPORTED_DOCUMENT" });
    expect(await refusal(Buffer.from("%PDF-1.4\nthis is no pdf", "latin1"))).toMatchObject({ code: expect.stringMatching(/UNREADABLE_DOCUMENT|NO_TEXT/) });
  });

  it("refuses an empty or blank document", async () => {
    expect(await refusal(new Uint8Array())).toMatchObject({ status: 422, code: "NO_TEXT" });
    expect(await refusal(Buffer.from(" \n\t\n"))).toMatchObject({ status: 422, code: "NO_TEXT" });
  });
});

describe("a PDF page's lines, reflowed", () => {
  it("joins a sentence broken across lines, and a word hyphenated at a line's end", () => {
    expect(reflowLines("De werkplaats werkt\naan normali-\nseren van opvoeden.\nEen nieuwe zin.")).toBe("De werkplaats werkt aan normaliseren van opvoeden.\nEen nieuwe zin.");
  });
  it("keeps line breaks before capitals, after a sentence's end and in a place name's hyphen", () => {
    expect(reflowLines("Titel van het rapport\nDe eerste zin.\nzo gaat het verder\nin Noord-\nHolland")).toBe("Titel van het rapport\nDe eerste zin.\nzo gaat het verder in Noord-\nHolland");
  });
});

/**
 * What the editor's desk (/edit) asks of the API besides the writes: who is signed in, a source's
 * whole text (editors only), the sentence to re-cite stale evidence with, a document's text from a
 * file (POST /documents/text), and room for a whole source text in an editor's request. Each
 * refusal is tried with no token and a reader's token, and the graph is checked unchanged.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config.js";
import { normaliseSourceText } from "../../src/model/quotes.js";
import { DEFAULT_SEEDS_DIR } from "../../src/seed/seed-graph.js";
import { docxOf, scannedPdf, textPdfOf } from "../document-files.js";
import { bearer, graphFingerprint, seedAndServe, stopServing, TEST_JWT_SECRET, testConfig, type TestApi } from "./harness.js";
import { seedFacts } from "./seed-facts.js";

const execFileAsync = promisify(execFile);

let driver: Driver;
let api: TestApi;
let editor: Record<string, string>;
let reader: Record<string, string>;
const anonymous: Record<string, string> = {};

const seedText = (id: string) => normaliseSourceText(readFileSync(path.join(DEFAULT_SEEDS_DIR, "sources", `${id}.txt`), "utf8"));

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  editor = { authorization: await bearer({ sub: "desk-editor", name: "A. Editor", roles: ["editor"] }) };
  reader = { authorization: await bearer({ sub: "desk-reader", name: "A. Reader", roles: [] }) };
});
afterAll(() => stopServing(api, driver));

const documentsUrl = () => new URL("/documents/text", api.url);
const postDocument = (body: Uint8Array | string, headers: Record<string, string>) => fetch(documentsUrl(), { method: "POST", headers: { "content-type": "application/octet-stream", ...headers }, body });

describe("viewer", () => {
  const VIEWER = "{ viewer { id name roles canEdit } }";
  it("is null for an anonymous reader, and says who a token names and whether they may edit", async () => {
    expect((await api.query(VIEWER, {}, anonymous)).data).toEqual({ viewer: null });
    expect((await api.query(VIEWER, {}, editor)).data).toEqual({ viewer: { id: "desk-editor", name: "A. Editor", roles: ["editor"], canEdit: true } });
    expect((await api.query(VIEWER, {}, reader)).data).toEqual({ viewer: { id: "desk-reader", name: "A. Reader", roles: [], canEdit: false } });
  });
  it("accepts the token `npm run token` prints for local use, with the name and roles asked for", async () => {
    const run = (args: string[]) =>
      execFileAsync(process.execPath, ["--import", "tsx", "src/auth/token-cli.ts", ...args], { cwd: projectRoot, env: { ...process.env, JWT_SECRET: TEST_JWT_SECRET, NODE_ENV: "development" } });
    const { stdout } = await run(["--name", "A. Redacteur", "--role", "editor", "--role", "privacy"]);
    const { data } = await api.query(VIEWER, {}, { authorization: `Bearer ${stdout.trim()}` });
    expect(data).toEqual({ viewer: { id: "a-redacteur", name: "A. Redacteur", roles: ["editor", "privacy"], canEdit: true } });
    await expect(run(["--name", "A", "--role", "boss"])).rejects.toMatchObject({ stderr: expect.stringContaining("--role boss: unknown") });
  });

  it("refuses an expired or forged token with UNAUTHENTICATED rather than answering null", async () => {
    for (const authorization of [await bearer({ sub: "x", roles: ["editor"] }, { expiresIn: "-1m" }), await bearer({ sub: "x", roles: ["editor"] }, { secret: "another-secret-another-secret-another-secret!" })]) {
      const { errors } = await api.query(VIEWER, {}, { authorization });
      expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("sourceDocument", () => {
  const DOCUMENT = "query ($id: ID!) { sourceDocument(id: $id) { text source { id name } } }";
  it("gives an editor every seed source's current text, exactly as quotes are verified against", async () => {
    const sources = (await seedFacts()).data.nodes.filter((n) => n.label === "Source" && n.properties.id !== "cbs-gebieden-in-nederland");
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const { properties } of sources) {
      const { data, errors } = await api.query<{ sourceDocument: { text: string; source: { id: string; name: string } } }>(DOCUMENT, { id: properties.id }, editor);
      expect(errors).toBeUndefined();
      expect(data?.sourceDocument).toEqual({ text: seedText(String(properties.id)), source: { id: properties.id, name: properties.name } });
    }
  });
  it("refuses readers without the editor role, naming the role", async () => {
    const id = "000_614b223a8a126dec";
    const none = await api.query(DOCUMENT, { id }, anonymous);
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    const notEditor = await api.query(DOCUMENT, { id }, reader);
    expect(notEditor.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(notEditor.errors?.[0]?.message).toMatch(/role "editor"/);
    expect(JSON.stringify(notEditor.data ?? null)).not.toContain("werkplaats");
  });
  it("says which argument is wrong for an unknown source, another entity and the textless reference work", async () => {
    for (const id of ["no-such-source", "samen", "cbs-gebieden-in-nederland"]) {
      const { errors } = await api.query(DOCUMENT, { id }, editor);
      expect(errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND", argument: "id" } });
      expect(errors?.[0]?.message).toContain(id);
    }
  });
});

describe("staleEvidence.nearestSentence", () => {
  it("names, for every quote a revision made stale, the sentence of the new text that replaced it", async () => {
    const facts = await seedFacts();
    const source = "003_5bfd3fc0f52fd9c3";
    const text = seedText(source);
    const quotes = [...new Set(facts.data.facts.filter((f) => f.source === source && typeof f.properties.quote === "string").map((f) => String(f.properties.quote)))];
    expect(quotes.length).toBeGreaterThan(2);
    // Each quoted sentence gets a word changed: the quote no longer matches, and the new sentence is the one to cite.
    const changed = new Map<string, string>();
    let revised = text;
    for (const quote of quotes.slice(0, 3)) {
      const words = quote.split(" ");
      const at = Math.floor(words.length / 2);
      const edited = [...words.slice(0, at), "echt", ...words.slice(at)].join(" ");
      if (!revised.includes(quote)) continue;
      revised = revised.replace(quote, edited);
      changed.set(quote, edited);
    }
    expect(changed.size).toBeGreaterThan(1);
    const { errors } = await api.query("mutation ($id: ID!, $text: String!) { reviseSource(id: $id, text: $text) { stale } }", { id: source, text: revised }, editor);
    expect(errors).toBeUndefined();
    const { data } = await api.query<{ staleEvidence: { evidence: { quote: string; source: { id: string } }; nearestSentence: string | null }[] }>(
      "{ staleEvidence(limit: 1000) { evidence { quote source { id } } nearestSentence } }",
    );
    const stale = data?.staleEvidence.filter((s) => s.evidence.source.id === source) ?? [];
    expect(stale.length).toBeGreaterThan(0);
    const squeeze = (t: string) => t.replace(/\s+/g, " ");
    const wordsOf = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const item of stale) {
      // The sentence to cite instead: a sentence of the new text, holding the inserted word and the old quote's words.
      const nearest = item.nearestSentence ?? "";
      expect(squeeze(revised)).toContain(squeeze(nearest));
      expect(wordsOf(nearest)).toContain("echt");
      // It is the old quote's sentence: the quote is part of it, or (a quote over two sentences) it is part of the quote.
      const quoteWords = wordsOf(item.evidence.quote);
      const sentenceWords = wordsOf(nearest).filter((w) => w !== "echt");
      const quoteInSentence = quoteWords.filter((w) => sentenceWords.includes(w)).length / quoteWords.length;
      const sentenceInQuote = sentenceWords.filter((w) => quoteWords.includes(w)).length / sentenceWords.length;
      expect(Math.max(quoteInSentence, sentenceInQuote), `${item.evidence.quote} → ${nearest}`).toBeGreaterThan(0.9);
    }
  });
});

describe("an editor's request may carry a whole source text", () => {
  const ADD = "mutation ($text: String!) { addSource(input: { title: \"Lang rapport\", language: \"nl\", text: $text }) { entity { id } } }";
  // Larger than MAX_BODY_BYTES (100 kB), far smaller than EDITOR_MAX_BODY_BYTES.
  const longText = Array.from({ length: 3000 }, (_, i) => `Zin ${i} over normaliseren van opvoeden in Fryslân.`).join("\n");

  it("refuses the body for anonymous and reader requests with 413, and writes nothing", async () => {
    expect(new TextEncoder().encode(longText).length).toBeGreaterThan(testConfig().http.maxBodyBytes);
    const before = await graphFingerprint(driver);
    for (const headers of [anonymous, reader]) {
      const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: ADD, variables: { text: longText } }) });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({ extensions: { code: "PAYLOAD_TOO_LARGE" } });
      expect(body.errors[0]?.message).toContain("MAX_BODY_BYTES");
    }
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it("takes it from an editor", async () => {
    const { data, errors } = await api.query<{ addSource: { entity: { id: string } } }>(ADD, { text: longText }, editor);
    expect(errors).toBeUndefined();
    const document = await api.query<{ sourceDocument: { text: string } }>("query ($id: ID!) { sourceDocument(id: $id) { text } }", { id: data?.addSource.entity.id }, editor);
    expect(document.data?.sourceDocument.text).toBe(longText);
  });
});

describe("POST /documents/text", () => {
  const sentences = ["De werkplaats SAMEN werkt aan normaliseren.", "Coördinatie gebeurt in Fryslân."];

  it("gives an editor the text of a text file, a Word file and a PDF", async () => {
    const files: [string, Uint8Array][] = [
      ["txt", Buffer.from(sentences.join("\n"), "utf8")],
      ["docx", await docxOf(sentences)],
      ["pdf", textPdfOf(sentences)],
    ];
    for (const [format, bytes] of files) {
      const response = await postDocument(bytes, editor);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = (await response.json()) as { format: string; text: string; characters: number };
      expect(body.format).toBe(format);
      expect(body.text.split(/\n+/)).toEqual(sentences);
      expect(body.characters).toBe(body.text.length);
    }
  });

  it("refuses anonymous and reader requests before reading the document", async () => {
    const none = await postDocument(textPdfOf(sentences), anonymous);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    const notEditor = await postDocument(textPdfOf(sentences), reader);
    expect(notEditor.status).toBe(403);
    expect(await notEditor.json()).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
    const forged = await postDocument("text", { authorization: "Bearer not.a.jwt" });
    expect(forged.status).toBe(401);
  });

  it("says what is wrong with a scan, an unsupported file and a document over the size limit", async () => {
    const cases: [Uint8Array | string, number, string][] = [
      [scannedPdf(), 422, "NO_TEXT"],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 415, "UNSUPPORTED_DOCUMENT"],
      ["", 422, "NO_TEXT"],
      [Buffer.alloc(testConfig().http.documentMaxBytes + 1, 0x61), 413, "PAYLOAD_TOO_LARGE"],
    ];
    for (const [body, status, code] of cases) {
      const response = await postDocument(body, editor);
      expect(response.status).toBe(status);
      const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors[0]?.extensions.code).toBe(code);
      expect(answer.errors[0]?.message).not.toMatch(/\bat\s+\S+\.(ts|js):\d+/);
    }
  });
});

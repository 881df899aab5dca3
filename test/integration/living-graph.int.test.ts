/**
 * The living graph (issue 14): sources are content, evidence is verified on every write and kept
 * in place when a source is revised, and every change has a revision that history, revert and
 * concurrent editors rely on. Against the real Neo4j, through the API as editors use it.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GRAPH_MODEL } from "../../src/model/graph-model.js";
import { contentHashOf, locateQuote, normaliseSourceText } from "../../src/model/quotes.js";
import { bearer, graphFingerprint, resetToSeed, seedAndServe, startTestApi, stopServing, testConfig, type TestApi } from "./harness.js";
import { seedFacts } from "./seed-facts.js";

let driver: Driver;
let api: TestApi;
let editor: Record<string, string>;
let otherEditor: Record<string, string>;

const ARTICLE = [
  "Nieuwe aanpak in de regio",
  "",
  "De werkplaats SAMEN werkt sinds dit jaar aan normaliseren van opvoeden.",
  "Volgens Hugo is dat \u2018hard nodig\u2019. Mijn Pad helpt jongeren om zelf de regie te nemen.",
  "Het programma loopt tot 2027.",
].join("\r\n");

const run = async (cypher: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(cypher, params, { database: testConfig().neo4j.database })).records;

type Revision = { id: string; operation: string; comment: string | null; summary: string; author: { id: string; name: string }; reverts: string | null; changes: { kind: string; action: string; id: string | null; from: string | null; type: string | null; to: string | null; source: string | null; fields: { field: string; before: string | null; after: string | null }[] }[] };
const REVISION = "revision { id operation comment summary reverts author { id name } changes { kind action id from type to source fields { field before after } } }";

async function write<T = Record<string, unknown>>(mutation: string, variables: Record<string, unknown> = {}, headers = editor) {
  return api.query<T>(mutation, variables, headers);
}

async function addArticle(text = ARTICLE): Promise<string> {
  const { data, errors } = await write<{ addSource: { entity: { id: string } } }>(
    `mutation ($text: String!) { addSource(input: { title: "Nieuwe aanpak in de regio", publisher: "Jeugdnieuws", published: "2026-11", url: "https://example.org/nieuwe-aanpak", language: "nl", text: $text }, comment: "new article") { entity { id } } }`,
    { text },
  );
  expect(errors).toBeUndefined();
  return data?.addSource.entity.id as string;
}

const LINK = `mutation ($from: ID!, $type: RelationshipType!, $to: ID!, $source: ID!, $quote: String!, $expected: ID, $comment: String) {
  link(from: $from, type: $type, to: $to, evidence: { source: $source, quote: $quote }, expectedRevision: $expected, comment: $comment) { ${REVISION} }
}`;

async function history(id: string, first = 20, after?: string) {
  const { data, errors } = await api.query<{ history: { revisions: Revision[]; hasMore: boolean; endCursor: string | null } }>(
    `query ($id: ID!, $first: Int, $after: String) { history(id: $id, first: $first, after: $after) { revisions { id operation comment summary reverts author { id name } changes { kind action id from type to source fields { field before after } } } hasMore endCursor } }`,
    { id, first, after },
  );
  expect(errors).toBeUndefined();
  return data?.history as { revisions: Revision[]; hasMore: boolean; endCursor: string | null };
}

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  editor = { authorization: await bearer({ roles: ["editor"], sub: "editor-anna", name: "Anna de Vries" }, { expiresIn: "30m" }) };
  otherEditor = { authorization: await bearer({ roles: ["editor"], sub: "editor-bram", name: "Bram Jansen" }, { expiresIn: "30m" }) };
});
afterAll(async () => stopServing(api, driver));
beforeEach(async () => resetToSeed(driver));

describe("Living graph: sources are content", () => {
  it("keeps every seeded source's text, language and version, and the seed load is revision 1 by `seed`", async () => {
    const facts = await seedFacts();
    for (const [id, { text, contentHash }] of facts.data.sourceTexts) {
      const [row] = await run("MATCH (s:Source {id: $id}) MATCH (t:SourceText {hash: s.contentHash}) RETURN s.contentHash AS hash, s.language AS language, t.text AS text", { id });
      expect(row?.get("hash")).toBe(contentHash);
      expect(row?.get("text")).toBe(text);
      expect(row?.get("language")).toBe("nl");
    }
    const { revisions } = await history("mijn-pad");
    expect(revisions.map((r) => [r.id, r.operation, r.author.id])).toEqual([["1", "seed", "seed"]]);
  });

  it("adds a source with its text normalised once (NFC, line endings) and its hash as version", async () => {
    const id = await addArticle(ARTICLE.normalize("NFD"));
    const [row] = await run("MATCH (s:Source {id: $id}) MATCH (t:SourceText {hash: s.contentHash}) RETURN s {.*} AS source, t.text AS text", { id });
    const stored = normaliseSourceText(ARTICLE);
    expect(row?.get("text")).toBe(stored);
    expect(row?.get("source")).toMatchObject({ title: "Nieuwe aanpak in de regio", language: "nl", url: "https://example.org/nieuwe-aanpak", contentHash: contentHashOf(stored), type: "SOURCE" });
    expect(id).toMatch(/^nieuwe-aanpak-in-de-regio-[0-9a-f]{8}$/);
  });

  it("refuses a blank source text or one with control characters, naming the field, writing nothing", async () => {
    const before = await graphFingerprint(driver);
    for (const text of ["   \n ", "a\u0000b"]) {
      const { errors } = await write(`mutation ($text: String!) { addSource(input: { title: "T", language: "nl", text: $text }) { entity { id } } }`, { text });
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.text" });
    }
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it("refuses a source text over the documented limit (500 000 characters) where the body limit lets it through", async () => {
    const roomy = await startTestApi(driver, { http: { maxBodyBytes: 2_000_000 } });
    try {
      const before = await graphFingerprint(driver);
      const { errors } = await roomy.query(`mutation ($text: String!) { addSource(input: { title: "T", language: "nl", text: $text }) { entity { id } } }`, { text: "x".repeat(500_001) }, editor);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.text" });
      expect(errors?.[0]?.message).toContain("at most 500000");
      expect(await graphFingerprint(driver)).toBe(before);
    } finally {
      await roomy.close();
    }
  });
});

describe("Living graph: evidence verified on every write", () => {
  it("links with a verbatim quote (whitespace and quote marks may differ), storing where it stands and in which version", async () => {
    const source = await addArticle();
    const quote = "Volgens Hugo is dat 'hard nodig'. Mijn Pad helpt jongeren";
    // A sentence of the source that names neither end proves nothing about them: refused.
    const { errors } = await write(LINK, { from: "mijn-pad", type: "ADDRESSES", to: "regie-bij-ouders-en-jongeren", source, quote: "Het programma loopt tot 2027.", comment: "from the article" });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "evidence.quote" });
    expect(errors?.[0]?.message).toMatch(/does not name "Mijn Pad" \(from\).*; and the quote does not name "Regie bij ouders, kinderen en jongeren" \(to\)/);
    // This one names both (the theme by its alias "regie"); whitespace differs from the source.
    const link = await write<{ link: Revision }>(LINK, {
      from: "mijn-pad",
      type: "ADDRESSES",
      to: "regie-bij-ouders-en-jongeren",
      source,
      quote: "Mijn Pad helpt jongeren om zelf de  regie te nemen.",
    });
    expect(link.errors).toBeUndefined();
    const [row] = await run("MATCH (:Practice {id: 'mijn-pad'})-[r:ADDRESSES {source: $source}]->() RETURN r {.*} AS r", { source });
    const stored = normaliseSourceText(ARTICLE);
    const evidence = row?.get("r") as Record<string, unknown>;
    expect(stored.slice(evidence.quoteStart as number, evidence.quoteEnd as number)).toBe("Mijn Pad helpt jongeren om zelf de regie te nemen.");
    expect(evidence.sourceVersion).toBe(contentHashOf(stored));
    expect(locateQuote(stored, quote)).not.toBeNull();
  });

  it("takes reference knowledge (no quote, a note, a reference work) only on the links the model marks, and answers it as such", async () => {
    const REFERENCE_LINK = `mutation ($from: ID!, $type: RelationshipType!, $to: ID!, $evidence: EvidenceInput!) {
      link(from: $from, type: $type, to: $to, evidence: $evidence, comment: "reference geography") { revision { id } }
    }`;
    const reference = { source: "cbs-gebieden-in-nederland", basis: "REFERENCE", note: "CBS: gemeente Utrecht, provincie Utrecht." };
    const { data: seeds } = await seedFacts();
    const labelOf = new Map(seeds.nodes.map((n) => [n.properties.id, n.label]));
    // One seeded example of every pair of node types a relationship joins: those the model does not
    // mark @referenceKnowledge are refused with REFERENCE evidence, naming the field, writing nothing.
    const examples = new Map<string, { from: string; type: string; to: string }>();
    for (const fact of seeds.facts) examples.set(`${fact.type} ${labelOf.get(fact.from)} ${labelOf.get(fact.to)}`, fact);
    const marked = GRAPH_MODEL.relationshipTypes.flatMap((r) => r.endpoints.filter((e) => e.referenceKnowledge).map((e) => `${r.type} ${e.from} ${e.to}`));
    const refused = [...examples].filter(([pair]) => !marked.includes(pair));
    expect(refused.length).toBeGreaterThan(15);
    const before = await graphFingerprint(driver);
    for (const [pair, { from, type, to }] of refused) {
      const { errors } = await write(REFERENCE_LINK, { from, type, to, evidence: reference });
      expect(errors?.[0]?.extensions, pair).toMatchObject({ code: "BAD_USER_INPUT", argument: "evidence.basis" });
      expect(errors?.[0]?.message, pair).toMatch(/needs a quote from a source \(basis QUOTE\); reference knowledge is allowed only for .*Region → Region \(PART_OF\)/);
    }
    // A reference without its note, or with a quote, and a quote-based link without a quote, are refused too.
    const regions = { from: "utrecht", type: "PART_OF", to: "zuid-holland" };
    const { note: _note, ...withoutNote } = reference;
    for (const [evidence, argument] of [
      [withoutNote, "evidence.note"],
      [{ ...reference, quote: "Utrecht" }, "evidence.quote"],
      [{ source: "004_efa2b08d00db0bc5", basis: "QUOTE" }, "evidence.quote"],
      // A quote needs a text to be found in; the reference work has none.
      [{ source: "cbs-gebieden-in-nederland", basis: "QUOTE", quote: "Utrecht" }, "evidence.source"],
      [{ ...reference, source: "nowhere" }, "evidence.source"],
    ] as const) {
      const { errors } = await write(REFERENCE_LINK, { ...regions, evidence });
      expect(errors?.[0]?.extensions, JSON.stringify(evidence)).toMatchObject({ argument });
    }
    expect(await graphFingerprint(driver)).toBe(before);

    // On a marked link it is stored without a quote and answered as reference knowledge.
    const { errors } = await write(REFERENCE_LINK, { ...regions, evidence: reference });
    expect(errors).toBeUndefined();
    const [row] = await run("MATCH (:Region {id: 'utrecht'})-[r:PART_OF]->(:Region {id: 'zuid-holland'}) RETURN r {.*} AS r");
    expect(row?.get("r")).toEqual({ source: "cbs-gebieden-in-nederland", basis: "REFERENCE", note: reference.note });
    const answer = await api.query<{ neighbourhood: { edges: { from: string; to: string; evidence: { basis: string; quote: string | null; note: string; context: unknown; source: { id: string } }[] }[] } }>(
      `{ neighbourhood(id: "utrecht") { edges { from to evidence { basis quote note context { before } source { id } } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const edge = answer.data?.neighbourhood.edges.find((e) => e.from === "utrecht" && e.to === "zuid-holland");
    expect(edge?.evidence).toEqual([{ basis: "REFERENCE", quote: null, note: reference.note, context: null, source: { id: "cbs-gebieden-in-nederland" } }]);
  });

  it("refuses a quote the source does not contain, naming its closest sentence; nothing written", async () => {
    const source = await addArticle();
    const before = await graphFingerprint(driver);
    const { errors } = await write(LINK, { from: "samen", type: "FOCUSES_ON", to: "normaliseren", source, quote: "SAMEN werkt sinds vorig jaar aan normaliseren" });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "evidence.quote", closestSentence: "De werkplaats SAMEN werkt sinds dit jaar aan normaliseren van opvoeden." });
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it("answers evidence with its context in the source, its version, and an edge's support (distinct sources)", async () => {
    const source = await addArticle();
    expect((await write(LINK, { from: "samen", type: "FOCUSES_ON", to: "normaliseren", source, quote: "De werkplaats SAMEN werkt sinds dit jaar aan normaliseren van opvoeden." })).errors).toBeUndefined();
    const { data, errors } = await api.query<{ neighbourhood: { edges: { from: string; to: string; type: string; support: number; evidence: { quote: string; stale: boolean; sourceVersion: string; context: { before: string; after: string } | null; source: { id: string } }[] }[] } }>(
      `{ neighbourhood(id: "samen", limit: 200) { edges { from to type support evidence { quote stale sourceVersion context { before after } source { id } } } } }`,
    );
    expect(errors).toBeUndefined();
    const edge = data?.neighbourhood.edges.find((e) => e.from === "samen" && e.type === "FOCUSES_ON" && e.to === "normaliseren");
    const seeded = (await seedFacts()).data.facts.filter((f) => f.from === "samen" && f.type === "FOCUSES_ON" && f.to === "normaliseren");
    expect(edge?.support).toBe(new Set([...seeded.map((f) => f.source), source]).size);
    const fromArticle = edge?.evidence.find((e) => e.source.id === source);
    expect(fromArticle).toMatchObject({ stale: false, sourceVersion: contentHashOf(normaliseSourceText(ARTICLE)), context: { before: "Nieuwe aanpak in de regio ", after: " Volgens Hugo is dat ‘hard nodig’." } });
    // Every seeded piece of evidence has its context too.
    for (const e of data?.neighbourhood.edges.flatMap((x) => x.evidence) ?? []) expect(e.context, e.quote).not.toBeNull();
  });
});

describe("Living graph: revising a source", () => {
  it("re-checks every quote citing it in the same revision: found ones move, missing ones go stale and are listed", async () => {
    const source = await addArticle();
    for (const [from, type, to, quote] of [
      ["samen", "FOCUSES_ON", "normaliseren", "De werkplaats SAMEN werkt sinds dit jaar aan normaliseren van opvoeden."],
      ["mijn-pad", "ADDRESSES", "regie-bij-ouders-en-jongeren", "Mijn Pad helpt jongeren om zelf de regie te nemen."],
    ] as const) {
      const evidence = type === "ADDRESSES" ? `{ source: $source, quote: $quote, refers: { to: "zelf de regie" } }` : "{ source: $source, quote: $quote }";
      expect((await write(LINK.replace("{ source: $source, quote: $quote }", evidence), { from, type, to, source, quote })).errors).toBeUndefined();
    }
    const revised = `Inleiding.\n${ARTICLE.replace("Mijn Pad helpt jongeren om zelf de regie te nemen.", "Mijn Pad is gestopt.")}`;
    const { data, errors } = await write<{ reviseSource: { revision: Revision; stillFound: number; stale: number } }>(
      `mutation ($id: ID!, $text: String!) { reviseSource(id: $id, text: $text, comment: "corrected by the publisher") { stillFound stale ${REVISION} } }`,
      { id: source, text: revised },
    );
    expect(errors).toBeUndefined();
    expect(data?.reviseSource).toMatchObject({ stillFound: 1, stale: 1, revision: { operation: "reviseSource", comment: "corrected by the publisher" } });
    expect(data?.reviseSource.revision.changes.map((c) => [c.kind, c.id ?? `${c.from} ${c.type} ${c.to}`]).sort()).toEqual([
      ["ENTITY", source],
      ["RELATIONSHIP", "mijn-pad ADDRESSES regie-bij-ouders-en-jongeren"],
      ["RELATIONSHIP", "samen FOCUSES_ON normaliseren"],
    ]);
    const [moved] = await run("MATCH (:Network {id: 'samen'})-[r:FOCUSES_ON {source: $source}]->() RETURN r {.*} AS r", { source });
    const r = moved?.get("r") as Record<string, number | string>;
    const text = normaliseSourceText(revised);
    expect(text.slice(r.quoteStart as number, r.quoteEnd as number)).toBe("De werkplaats SAMEN werkt sinds dit jaar aan normaliseren van opvoeden.");
    expect(r.sourceVersion).toBe(contentHashOf(text));
    const stale = await api.query<{ staleEvidence: { from: { id: string }; type: string; to: { id: string }; evidence: { stale: boolean; quote: string; context: { before: string } | null } }[] }>(
      `{ staleEvidence { from { id } type to { id } evidence { stale quote context { before } } } }`,
    );
    expect(stale.data?.staleEvidence).toEqual([
      // Still shown in the version it was found in, marked stale; nothing deleted.
      { from: { id: "mijn-pad" }, type: "ADDRESSES", to: { id: "regie-bij-ouders-en-jongeren" }, evidence: { stale: true, quote: "Mijn Pad helpt jongeren om zelf de regie te nemen.", context: { before: "Volgens Hugo is dat ‘hard nodig’. " } } },
    ]);
  });
});

describe("Living graph: history", () => {
  it("records who changed what, when and why, newest first, paginated; an unlink keeps its history and comment", async () => {
    const source = await addArticle();
    await write(LINK, { from: "samen", type: "FOCUSES_ON", to: "normaliseren", source, quote: "De werkplaats SAMEN werkt sinds dit jaar aan normaliseren van opvoeden.", comment: "first" });
    await write(`mutation { updateEntity(id: "samen", fields: { aliases: ["SAMEN-werkplaats"] }, comment: "alias") { revision { id } } }`, {}, otherEditor);
    const unlink = await write<{ unlink: Revision }>(`mutation ($s: ID!) { unlink(from: "samen", type: FOCUSES_ON, to: "normaliseren", source: $s, comment: "wrong article") { ${REVISION} } }`, { s: source });
    expect(unlink.errors).toBeUndefined();

    const all = await history("samen");
    expect(all.revisions.map((r) => [r.operation, r.comment, r.author.name])).toEqual([
      ["unlink", "wrong article", "Anna de Vries"],
      ["updateEntity", "alias", "Bram Jansen"],
      ["link", "first", "Anna de Vries"],
      ["seed", expect.stringMatching(/^Reset and loaded the seed files/), "seed loader"],
    ]);
    const removed = all.revisions[0]?.changes[0];
    expect(removed).toMatchObject({ kind: "RELATIONSHIP", action: "DELETED", from: "samen", type: "FOCUSES_ON", to: "normaliseren", source });
    expect(removed?.fields.find((f) => f.field === "quote")).toEqual({ field: "quote", before: JSON.stringify("De werkplaats SAMEN werkt sinds dit jaar aan normaliseren van opvoeden."), after: null });
    // The other end and the source see the same revisions of the link.
    expect((await history("normaliseren")).revisions.map((r) => r.id)).toEqual(expect.arrayContaining([all.revisions[0]?.id, all.revisions[2]?.id]));
    expect((await history(source)).revisions.map((r) => r.operation)).toEqual(["unlink", "link", "addSource"]);

    const first = await history("samen", 2);
    expect(first.hasMore).toBe(true);
    const rest = await history("samen", 2, first.endCursor as string);
    expect([...first.revisions, ...rest.revisions].map((r) => r.id)).toEqual(all.revisions.map((r) => r.id));
    expect(rest.hasMore).toBe(false);

    const one = await api.query<{ revision: Revision }>(`query ($id: ID!) { ${REVISION.replace("revision {", "revision(id: $id) {")} }`, { id: all.revisions[1]?.id });
    expect(one.data?.revision.changes).toEqual([
      { kind: "ENTITY", action: "CHANGED", id: "samen", from: null, type: null, to: null, source: null, fields: [{ field: "aliases", before: JSON.stringify((await seedFacts()).node("samen").aliases), after: '["SAMEN-werkplaats"]' }] },
    ]);
  });

  it("writes no revision for a write that changes nothing", async () => {
    const { data } = await write<{ updateEntity: { revision: Revision | null } }>(`mutation { updateEntity(id: "samen", fields: { name: "SAMEN" }) { ${REVISION} } }`);
    expect(data?.updateEntity.revision).toBeNull();
    expect((await history("samen")).revisions).toHaveLength(1);
  });
});

describe("Living graph: revert", () => {
  it("undoes a revision as a new revision, and refuses with CONFLICT when a later one touched the same items", async () => {
    const before = await run("MATCH (n:Network {id: 'samen'}) RETURN n {.*} AS n");
    const first = await write<{ updateEntity: { revision: Revision } }>(`mutation { updateEntity(id: "samen", fields: { description: "Eerste versie." }) { ${REVISION} } }`);
    const second = await write<{ updateEntity: { revision: Revision } }>(`mutation { updateEntity(id: "samen", fields: { description: "Tweede versie." }) { ${REVISION} } }`, {}, otherEditor);
    const refused = await write(`mutation ($r: ID!) { revert(revision: $r, comment: "undo the first") { revision { id } } }`, { r: first.data?.updateEntity.revision.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", laterRevision: second.data?.updateEntity.revision.id });
    expect(refused.errors?.[0]?.message).toContain(`revision ${second.data?.updateEntity.revision.id as string}`);

    for (const revision of [second, first].map((r) => r.data?.updateEntity.revision.id)) {
      const reverted = await write<{ revert: { revision: Revision } }>(`mutation ($r: ID!) { revert(revision: $r, comment: "back") { ${REVISION} } }`, { r: revision });
      expect(reverted.errors).toBeUndefined();
      expect(reverted.data?.revert.revision).toMatchObject({ operation: "revert", reverts: revision, comment: "back" });
    }
    expect(await run("MATCH (n:Network {id: 'samen'}) RETURN n {.*} AS n").then((rows) => rows[0]?.get("n"))).toEqual(before[0]?.get("n"));
  });

  it("reverts a link and an added source back to the graph before them", async () => {
    const start = await graphFingerprint(driver);
    const source = await addArticle();
    const link = await write<{ link: Revision }>(LINK, { from: "samen", type: "FOCUSES_ON", to: "normaliseren", source, quote: "De werkplaats SAMEN werkt sinds dit jaar aan normaliseren van opvoeden." });
    const added = (await history(source)).revisions.find((r) => r.operation === "addSource");
    // The source cannot go back while the link cites it: the link is a later revision touching it.
    const early = await write(`mutation ($r: ID!) { revert(revision: $r) { revision { id } } }`, { r: added?.id });
    expect(early.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    for (const r of [(link.data as unknown as { link: { revision: Revision } }).link.revision.id, added?.id]) {
      expect((await write(`mutation ($r: ID!) { revert(revision: $r) { revision { id } } }`, { r })).errors).toBeUndefined();
    }
    const [counts] = await run("MATCH (e:Entity) WITH count(e) AS entities MATCH (:Entity)-[r]->(:Entity) RETURN entities, count(r) AS relationships");
    const [seeded] = await run("MATCH (r:Revision {id: '1'}) RETURN r.changes AS changes");
    const seedChanges = JSON.parse(seeded?.get("changes") as string) as { kind: string }[];
    expect([counts?.get("entities"), counts?.get("relationships")]).toEqual([seedChanges.filter((c) => c.kind === "entity").length, seedChanges.filter((c) => c.kind === "relationship").length]);
    expect(await graphFingerprint(driver)).not.toBe(start); // history grew: four revisions more
  });
});

describe("Living graph: concurrent editors", () => {
  it("lets one of two editors who based their update on the same revision win; the other gets CONFLICT, never a lost update", async () => {
    const base = (await history("samen")).revisions[0]?.id;
    const update = (description: string, headers: Record<string, string>) =>
      write<{ updateEntity: { revision: Revision | null } }>(`mutation ($d: String, $e: ID) { updateEntity(id: "samen", fields: { description: $d }, expectedRevision: $e) { revision { id } } }`, { d: description, e: base }, headers);
    for (let round = 0; round < 5; round++) {
      await resetToSeed(driver);
      const [a, b] = await Promise.all([update(`Anna ${round}`, editor), update(`Bram ${round}`, otherEditor)]);
      const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]?.extensions?.code : "ok"));
      expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
      const winner = a.errors ? `Bram ${round}` : `Anna ${round}`;
      const [row] = await run("MATCH (n:Entity {id: 'samen'}) RETURN n.description AS d");
      expect(row?.get("d")).toBe(winner);
      expect((await history("samen")).revisions).toHaveLength(2);
    }
  });

  it("numbers revisions in commit order with no gaps, whatever the number of concurrent writers", async () => {
    const writes = Array.from({ length: 12 }, (_, i) => write(`mutation ($d: String) { updateEntity(id: "samen", fields: { description: $d }) { revision { id } } }`, { d: `Versie ${i}` }, i % 2 ? editor : otherEditor));
    const results = await Promise.all(writes);
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = (await run("MATCH (r:Revision) RETURN r.seq AS seq ORDER BY seq")).map((r) => Number(r.get("seq")));
    expect(ids).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    const [version] = await run("MATCH (v:GraphVersion) RETURN v.revision AS v");
    expect(Number(version?.get("v"))).toBe(13);
  });
});

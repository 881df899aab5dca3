/**
 * Erasure under the AVG (issue 23), against the real Neo4j: after a seeded person is erased, no
 * copy of their name is left anywhere the graph keeps text (entities, quotes, source texts,
 * history), so no answer can show it; the redacted quotes still verify; only the privacy role may
 * erase; and a backup from before the erasure, restored, is erased again from the log.
 */
import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createClient } from "redis";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { exportGraph } from "../../src/db/backup/export-graph.js";
import { createDriver } from "../../src/db/neo4j.js";
import { restoreExport } from "../../src/db/backup/import-graph.js";
import { locateQuote } from "../../src/model/quotes.js";
import { seedGraph } from "../../src/seed/seed-graph.js";
import { REDACTION, namesOf } from "../../src/writes/erasure.js";
import { ErasureLog, replayErasureLog } from "../../src/writes/erasure-log.js";
import { TEST_ERASURE_LOG, TEST_JWT_SECRET, bearer, graphFingerprint, log, resetToSeed, seedAndServe, startTestApi, stopServing, testConfig, type TestApi } from "./harness.js";
import { seedFacts } from "./seed-facts.js";

let driver: Driver;
let api: TestApi;
const headers: Record<string, Record<string, string>> = {};

/** Quoted by other relationships by surname ("Steenmeijer werkte mee aan zo'n wegwijzer"). */
const PERSON = "jurja-steenmeijer";
const REASON = "Verzoek tot verwijdering van Jurja Steenmeijer, ontvangen per brief";

const ERASE = `mutation ($id: ID!, $reason: String!) { erasePerson(id: $id, reason: $reason) { relationships entities quotes texts revisions revision { id operation comment summary changes { kind } } } }`;

const run = async (cypher: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(cypher, params, { database: testConfig().neo4j.database })).records;

async function namesOfPerson(): Promise<string[]> {
  return namesOf((await seedFacts()).node(PERSON) as { name: string; aliases: string[] });
}

/** Every text the database keeps outside its bookkeeping: every property of every node and relationship, as JSON. */
async function everyText(): Promise<string> {
  const nodes = await run("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN properties(n) AS p");
  const relationships = await run("MATCH ()-[r]->() RETURN type(r) AS t, properties(r) AS p");
  return JSON.stringify([...nodes, ...relationships].map((r) => r.get("p")));
}

/** Whether `text` contains a name, as erasure matches it: whole words, case kept, across whitespace. */
function mentions(text: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`(?<![\\p{L}\\p{N}])${name.split(/\s+/).join("\\s+")}(?![\\p{L}\\p{N}])`, "u").test(text));
}

async function erase(as: string) {
  return api.query<{ erasePerson: { relationships: number; entities: number; quotes: number; texts: number; revisions: number; revision: { id: string; operation: string; comment: string; summary: string; changes: unknown[] } } }>(
    ERASE,
    { id: PERSON, reason: REASON },
    headers[as],
  );
}

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  headers.editor = { authorization: await bearer({ roles: ["editor"], sub: "editor-1", name: "A. Editor" }, { expiresIn: "30m" }) };
  headers.privacy = { authorization: await bearer({ roles: ["privacy"], sub: "privacy-officer", name: "Privacy Officer" }, { expiresIn: "30m" }) };
  headers.none = {};
});
afterAll(async () => {
  rmSync(TEST_ERASURE_LOG, { force: true });
  await stopServing(api, driver);
});
beforeEach(async () => {
  rmSync(TEST_ERASURE_LOG, { force: true });
  await resetToSeed(driver);
});

describe("Erasure: who may erase", () => {
  it("refuses without a token (UNAUTHENTICATED) and with an editor's token (FORBIDDEN); the graph and the log are unchanged", async () => {
    const before = await graphFingerprint(driver);
    expect((await erase("none")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const refused = await erase("editor");
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.message).toContain('needs the role "privacy"');
    expect(await graphFingerprint(driver)).toBe(before);
    expect(new ErasureLog(TEST_ERASURE_LOG, TEST_JWT_SECRET).entries()).toEqual([]);
  });

  it("refuses to erase what is not a person, and a privacy token cannot edit", async () => {
    const before = await graphFingerprint(driver);
    const notPerson = await api.query(ERASE, { id: "mijn-pad", reason: "test" }, headers.privacy);
    expect(notPerson.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    const edit = await api.query(`mutation { updateEntity(id: "mijn-pad", fields: { description: "x" }) { revision { id } } }`, {}, headers.privacy);
    expect(edit.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await graphFingerprint(driver)).toBe(before);
  });
});

describe("Erasure: no trace of the person", () => {
  it("leaves their name in no node, relationship, source text or revision, and says so in a tombstone", async () => {
    const names = await namesOfPerson();
    const seeded = await everyText();
    expect(mentions(seeded, names).length, "the seeds name the person, in quotes too").toBeGreaterThan(0);
    const people = (await seedFacts()).data.facts.filter((f) => f.from === PERSON || f.to === PERSON).length;

    const { data, errors } = await erase("privacy");
    expect(JSON.stringify(errors)).toBeUndefined();
    expect(data?.erasePerson).toMatchObject({ relationships: people, revision: { operation: "erasePerson", changes: [] } });
    expect(data?.erasePerson.quotes).toBeGreaterThan(0);
    expect(data?.erasePerson.texts).toBeGreaterThan(0);
    expect(data?.erasePerson.revision.summary).toBe(`erasePerson: a person erased on ${new Date().toISOString().slice(0, 10)}: Verzoek tot verwijdering van ${REDACTION}, ontvangen per brief`);
    expect(data?.erasePerson.revision.comment).toBe(`Verzoek tot verwijdering van ${REDACTION}, ontvangen per brief`);

    const after = await everyText();
    expect(mentions(after, names)).toEqual([]);
    expect(after).not.toContain(PERSON);
    expect(after).toContain(REDACTION);
    // The seed revision lost the person's record and their relationships, and says why.
    const [seedRevision] = await run("MATCH (r:Revision {id: '1'}) RETURN r.summary AS summary");
    expect(seedRevision?.get("summary")).toMatch(/changes to a person erased on \d{4}-\d{2}-\d{2}: Verzoek tot verwijdering van \[naam verwijderd\]/);
  });

  it("keeps every redacted quote verifiable, exactly, against the redacted text of its source", async () => {
    await erase("privacy");
    const rows = await run(
      "MATCH ()-[r]->() WHERE r.quote IS NOT NULL MATCH (t:SourceText {hash: r.sourceVersion}) RETURN r.quote AS quote, r.quoteStart AS start, r.quoteEnd AS end, r.stale AS stale, t.text AS text",
    );
    expect(rows.length).toBeGreaterThan(100);
    const redacted = rows.filter((r) => String(r.get("quote")).includes(REDACTION));
    expect(redacted.length).toBeGreaterThan(0);
    for (const row of rows) {
      const text = row.get("text") as string;
      const found = locateQuote(text, row.get("quote") as string);
      expect(found, row.get("quote") as string).not.toBeNull();
      expect([row.get("start"), row.get("end")]).toEqual([found?.start, found?.end]);
      expect(row.get("stale")).toBeNull();
    }
    // Every source's current version is a stored text (a reference work has neither).
    const orphans = await run("MATCH (s:Source) WHERE s.contentHash IS NOT NULL AND NOT EXISTS { MATCH (t:SourceText {hash: s.contentHash}) } RETURN s.id AS id");
    expect(orphans).toEqual([]);
  });

  it("answers no question with their name: search, entity, neighbourhood, connection, partnersOnTheme, history, changes", async () => {
    const names = await namesOfPerson();
    const facts = await seedFacts();
    const neighbours = facts.neighbours(PERSON);
    await erase("privacy");
    const answers: unknown[] = [];
    for (const name of names) answers.push((await api.query(`query ($t: String!) { search(text: $t, limit: 50) { entity { id name description } } }`, { t: name })).data);
    answers.push((await api.query(`query ($id: ID!) { entity(id: $id) { id name } }`, { id: PERSON })).data);
    for (const id of neighbours) {
      answers.push((await api.query(`query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 500) { nodes { id name description aliases } edges { from to evidence { quote note context { before after } } } } }`, { id })).data);
      answers.push((await api.query(`query ($id: ID!) { history(id: $id, first: 100) { revisions { summary comment changes { id from to fields { field before after } } } } }`, { id })).data);
      answers.push((await api.query(`query ($a: ID!, $b: ID!) { connection(from: $a, to: $b) { nodes { id name } edges { evidence { quote context { before after } } } } }`, { a: id, b: "samen" })).data);
    }
    for (const theme of ["normaliseren", "jeugdzorg-op-maat", "kennisdeling"]) {
      answers.push((await api.query(`query ($t: String!) { partnersOnTheme(theme: $t, limit: 1000, viaLimit: 1000) { organisation { id name description } evidence { quote } } }`, { t: theme })).data);
    }
    answers.push((await api.query(`{ changes(first: 100) { revisions { summary comment changes { id from to fields { field before after } } } } }`)).data);
    const text = JSON.stringify(answers);
    expect(text.length).toBeGreaterThan(10_000);
    expect(mentions(text, names)).toEqual([]);
    expect(text).not.toContain(PERSON);
    expect(text).toContain(REDACTION);
  });

  it("cannot be reverted, and a history of their former neighbours keeps the tombstone", async () => {
    const { data } = await erase("privacy");
    const refused = await api.query(`mutation ($r: ID!) { revert(revision: $r) { revision { id } } }`, { r: data?.erasePerson.revision.id }, headers.editor);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("cannot be reverted");
    const neighbour = (await seedFacts()).neighbours(PERSON)[0] as string;
    const history = await api.query<{ history: { revisions: { summary: string }[] } }>(`query ($id: ID!) { history(id: $id) { revisions { summary } } }`, { id: neighbour });
    expect(history.data?.history.revisions.map((r) => r.summary).join("\n")).toMatch(/person erased on/);
  });
});

describe.skipIf(inject("redisUrl") === null)("Erasure: caches and feeds", () => {
  it("purges cached answers naming the person from a shared Redis at once, and no feed shows the name", async () => {
    const names = await namesOfPerson();
    const redisUrl = inject("redisUrl") ?? undefined;
    const cached = await startTestApi(driver, { responseCache: { store: "redis", redisUrl } });
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    try {
      const cachedValues = async () => {
        const values: string[] = [];
        for await (const keys of redis.scanIterator({ MATCH: "kg-response:*" })) for (const key of keys) values.push((await redis.get(key)) ?? "");
        return values.join("\n");
      };
      const search = `query ($t: String!) { search(text: $t) { entity { id name } } }`;
      expect((await cached.query(search, { t: names[0] })).data).toBeDefined();
      expect(mentions(await cachedValues(), names).length, "the answer naming the person is cached").toBeGreaterThan(0);
      expect((await cached.query(ERASE, { id: PERSON, reason: REASON }, headers.privacy)).errors).toBeUndefined();
      await expect.poll(async () => mentions(await cachedValues(), names), { timeout: 2_000 }).toEqual([]);

      const origin = new URL(cached.url).origin;
      const feeds = await Promise.all(["/changes.atom?limit=100", "/changes?limit=100"].map(async (route) => (await fetch(`${origin}${route}`)).text()));
      expect(feeds.join("").length).toBeGreaterThan(1_000);
      expect(mentions(feeds.join("\n"), names)).toEqual([]);
      expect(feeds.join("\n")).toContain("person erased on");
    } finally {
      await redis.quit();
      await cached.close();
    }
  });
});

describe("Erasure: the log outlives the database", () => {
  it("logs the erasure without personal data: the id only as a keyed hash, the reason redacted", async () => {
    await erase("privacy");
    const entries = new ErasureLog(TEST_ERASURE_LOG, TEST_JWT_SECRET).entries();
    expect(entries).toHaveLength(1);
    const logged = JSON.stringify(entries);
    expect(mentions(logged, await namesOfPerson())).toEqual([]);
    expect(logged).not.toContain(PERSON);
    expect(entries[0]).toMatchObject({ idHash: new ErasureLog(TEST_ERASURE_LOG, TEST_JWT_SECRET).hash(PERSON), by: "privacy-officer", reason: `Verzoek tot verwijdering van ${REDACTION}, ontvangen per brief` });
  });

  it("erases the person again from a backup taken before the erasure, once restored and the log replayed", async () => {
    const names = await namesOfPerson();
    const dir = await mkdtemp(path.join(tmpdir(), "kg-erasure-backup-"));
    const file = path.join(dir, "before.jsonl.gz");
    const config = testConfig();
    // The export keeps integers apart from floats, which needs a driver that does.
    const exporting = createDriver(config.neo4j, { losslessIntegers: true });
    await exportGraph(exporting, config.neo4j, file, log).finally(() => exporting.close());
    await erase("privacy");
    const erased = await graphFingerprint(driver);

    await restoreExport(driver, config.neo4j, file, { replace: true }, log);
    expect(mentions(await everyText(), names).length, "the backup predates the erasure").toBeGreaterThan(0);
    const replayed = await replayErasureLog(driver, config.neo4j.database, new ErasureLog(TEST_ERASURE_LOG, TEST_JWT_SECRET), log, 60_000);
    expect(replayed).toBe(1);
    expect(mentions(await everyText(), names)).toEqual([]);
    // Replaying again finds no one left to erase.
    expect(await replayErasureLog(driver, config.neo4j.database, new ErasureLog(TEST_ERASURE_LOG, TEST_JWT_SECRET), log, 60_000)).toBe(0);
    expect(await graphFingerprint(driver)).not.toBe(erased); // one erasure revision more: by the log's replay
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps an erased person out of a fresh seed load, whose files still name them", async () => {
    await erase("privacy");
    const config = testConfig();
    await seedGraph(driver, config.neo4j.database, { reset: true, erasures: new ErasureLog(TEST_ERASURE_LOG, TEST_JWT_SECRET), timeoutMs: 60_000 }, log);
    expect(mentions(await everyText(), await namesOfPerson())).toEqual([]);
    expect(await run("MATCH (p:Person {id: $id}) RETURN p", { id: PERSON })).toEqual([]);
  });
});

/**
 * suggestFacts through the API on the real Neo4j: a seed source's facts removed (through unlink,
 * the one write path), its suggestions scored against the seed files' facts for it, by the same
 * scoring as `npm run suggest:eval`, which must give the same figures from the seeds alone. The
 * thresholds are floors under the measured figures (README, "Suggested facts"), not outputs
 * copied from the API. Accepting suggestions goes through `link`, whose quote check must pass.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { readSeedData, type SeedData } from "../../src/seed/seed-files.js";
import { DEFAULT_SEEDS_DIR } from "../../src/seed/seed-graph.js";
import { evaluateSuggestions, suggestForSeedSource } from "../../src/suggest/evaluate.js";
import type { Suggestions } from "../../src/suggest/suggest-facts.js";
import { bearer, seedAndServe, stopServing, type TestApi } from "./harness.js";

const SOURCE = "004_efa2b08d00db0bc5";

const SUGGEST = `query Suggest($source: ID!, $limit: Int) {
  suggestFacts(source: $source, limit: $limit) {
    source sourceVersion
    facts { quote quoteStart quoteEnd type confidence because statedBy
      from { id name type isNew kind mention } to { id name type isNew kind mention } refers { from to } }
    mentions { id name type isNew kind mention }
  }
}`;

interface End { id: string; name: string; type: string; isNew: boolean; kind: string | null; mention: string }
interface Fact { quote: string; quoteStart: number; quoteEnd: number; type: string; confidence: number; because: string[]; statedBy: string[]; from: End; to: End; refers: { from: string | null; to: string | null } | null }
interface Answer { suggestFacts: { source: string; sourceVersion: string; facts: Fact[]; mentions: End[] } }

const LINK = `mutation Link($from: ID!, $type: RelationshipType!, $to: ID!, $evidence: EvidenceInput!) {
  link(from: $from, type: $type, to: $to, evidence: $evidence) { revision { id } }
}`;
const UNLINK = `mutation Unlink($from: ID!, $type: RelationshipType!, $to: ID!, $source: ID!) {
  unlink(from: $from, type: $type, to: $to, source: $source) { revision { id } }
}`;

/** The API's answer in the suggester's own shape, for the evaluation's scoring. */
const asSuggestions = (answer: Answer["suggestFacts"]): Suggestions => ({
  facts: answer.facts.map((f) => ({
    quote: f.quote, start: f.quoteStart, end: f.quoteEnd, type: f.type, confidence: f.confidence, because: f.because, statedBy: f.statedBy, refers: null,
    from: { id: f.from.id, label: f.from.type, name: f.from.name, isNew: f.from.isNew, fields: {}, mention: f.from.mention },
    to: { id: f.to.id, label: f.to.type, name: f.to.name, isNew: f.to.isNew, fields: {}, mention: f.to.mention },
  })),
  mentions: answer.mentions.map((m) => ({ id: m.id, label: m.type, name: m.name, surface: m.mention, start: 0, end: 0, first: 0, last: 0, how: m.isNew ? "pattern" : "name" })),
});

describe("suggestFacts", () => {
  let driver: Driver | undefined;
  let api: TestApi | undefined;
  let seeds: SeedData;
  let editor: Record<string, string>;

  beforeAll(async () => {
    ({ driver, api } = await seedAndServe());
    seeds = await readSeedData(DEFAULT_SEEDS_DIR);
    editor = { authorization: await bearer({ roles: ["editor"], sub: "suggest-test" }) };
    // The source's facts out of the graph, through the write path (its entities stay).
    for (const fact of seeds.facts.filter((f) => f.source === SOURCE)) {
      const result = await api.query(UNLINK, { from: fact.from, type: fact.type, to: fact.to, source: SOURCE }, editor);
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(() => stopServing(api, driver));

  it("finds the source's seed facts as well as the evaluation says, and the same ones", async () => {
    const result = await api!.query<Answer>(SUGGEST, { source: SOURCE, limit: 500 }, editor);
    expect(result.errors).toBeUndefined();
    const answer = result.data!.suggestFacts;
    const measured = evaluateSuggestions(seeds, SOURCE, asSuggestions(answer));
    const offline = evaluateSuggestions(seeds, SOURCE, suggestForSeedSource(seeds, SOURCE));
    expect(measured).toEqual(offline);
    expect(measured.relationships.top.precision).toBeGreaterThanOrEqual(0.5);
    expect(measured.relationships.top.recall).toBeGreaterThanOrEqual(0.5);
    expect(measured.mentions.precision).toBeGreaterThanOrEqual(0.8);
    expect(measured.mentions.recall).toBeGreaterThanOrEqual(0.7);
  });

  it("gives quotes that are the source's text at their offsets, and that link accepts", async () => {
    const answer = (await api!.query<Answer>(SUGGEST, { source: SOURCE, limit: 500 }, editor)).data!.suggestFacts;
    const text = seeds.sourceTexts.get(SOURCE)!.text;
    expect(answer.sourceVersion).toBe(seeds.sourceTexts.get(SOURCE)!.contentHash);
    for (const fact of answer.facts) {
      expect(text.slice(fact.quoteStart, fact.quoteEnd)).toBe(fact.quote);
      expect(fact.confidence).toBeGreaterThan(0);
      expect(fact.confidence).toBeLessThanOrEqual(1);
    }
    const known = answer.facts.filter((f) => !f.from.isNew && !f.to.isNew);
    expect(known.length).toBeGreaterThan(0);
    for (const fact of known) {
      const refers = fact.refers ? { from: fact.refers.from, to: fact.refers.to } : null;
      const linked = await api!.query(LINK, { from: fact.from.id, type: fact.type, to: fact.to.id, evidence: { source: SOURCE, quote: fact.quote, refers } }, editor);
      expect(linked.errors, `${fact.from.id} ${fact.type} ${fact.to.id}: ${JSON.stringify(linked.errors)}`).toBeUndefined();
    }
    // What this source now states is not suggested again.
    const after = (await api!.query<Answer>(SUGGEST, { source: SOURCE, limit: 500 }, editor)).data!.suggestFacts;
    expect(after.facts.filter((f) => !f.from.isNew && !f.to.isNew)).toEqual([]);
  });

  it("refuses readers without an editor's token, and says which argument is wrong", async () => {
    const cases: [Record<string, unknown>, Record<string, string>, string, string | undefined][] = [
      [{ source: SOURCE }, {}, "UNAUTHENTICATED", undefined],
      [{ source: SOURCE }, { authorization: await bearer({ roles: ["viewer"] }) }, "FORBIDDEN", undefined],
      [{ source: "no-such-source" }, editor, "NOT_FOUND", "source"],
      [{ source: "mijn-pad" }, editor, "BAD_USER_INPUT", "source"],
      [{ source: SOURCE, limit: 0 }, editor, "BAD_USER_INPUT", "limit"],
      [{ source: SOURCE, limit: 501 }, editor, "BAD_USER_INPUT", "limit"],
    ];
    for (const [variables, headers, code, argument] of cases) {
      const result = await api!.query(SUGGEST, variables, headers);
      expect(result.data ?? null, JSON.stringify(variables)).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
      if (argument) expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
    }
  });
});

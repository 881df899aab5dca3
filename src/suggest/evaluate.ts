/**
 * How well suggestFacts finds what the seeds say: for each seed source, the graph without that
 * source's facts (its entities stay: another source, or an editor, made them), suggestFacts on its
 * text, and the suggestions compared with the facts the seed files record for it. Pure, from the
 * seed data: no database is touched (so a developer's own graph is never wiped); the integration
 * test (test/integration/suggest-facts.int.test.ts) runs the same through the API on Neo4j and
 * checks it gets the same figures.
 */
import { GRAPH_MODEL, SOURCE_LABEL, namesOf, type GraphModel } from "../model/graph-model.js";
import type { SeedData } from "../seed/seed-files.js";
import type { KnownEntity } from "./mentions.js";
import { suggestFacts, type SuggestedFact, type Suggestions } from "./suggest-facts.js";

export interface Score {
  /** How many suggested, how many of them right, how many the seeds hold. */
  suggested: number;
  correct: number;
  expected: number;
  precision: number;
  recall: number;
}

export interface SourceEvaluation {
  source: string;
  /** Relationships, pair and type (from, type, to as the model orients it), at each cut. */
  relationships: { top: Score; confident: Score; all: Score };
  /** The same with the type ignored: which two entities are linked. */
  pairs: { top: Score; all: Score };
  /** Relationships the seeds mark stated (not inferred), found among all suggestions. */
  statedRecall: Score;
  /** Entities the source's facts link, against the entities the suggester found named. */
  mentions: Score;
}

/** Suggestions of at least this confidence are the "confident" cut. */
export const CONFIDENT = 0.5;

export function score(suggested: Iterable<string>, expected: ReadonlySet<string>): Score {
  const unique = new Set(suggested);
  const correct = [...unique].filter((s) => expected.has(s)).length;
  return {
    suggested: unique.size,
    correct,
    expected: expected.size,
    precision: unique.size === 0 ? 0 : correct / unique.size,
    recall: expected.size === 0 ? 0 : correct / expected.size,
  };
}

export const factKey = (f: { from: string; type: string; to: string }): string => `${f.from}|${f.type}|${f.to}`;
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const suggestionKey = (f: SuggestedFact): string => factKey({ from: f.from.id, type: f.type, to: f.to.id });

/** The seeds' entities as the suggester knows them (source documents are not named in texts). */
export function knownEntities(seeds: SeedData): KnownEntity[] {
  return seeds.nodes.filter((n) => n.label !== SOURCE_LABEL).map((n) => ({ id: n.properties.id, label: n.label, name: n.properties.name, names: namesOf(n.properties), kind: typeof n.properties.kind === "string" ? n.properties.kind : null }));
}

/** The graph's facts but one source's: who states each relationship. */
export function statedByOthers(seeds: SeedData, source: string): (from: string, type: string, to: string) => string[] {
  const stated = new Map<string, string[]>();
  for (const fact of seeds.facts) {
    if (fact.source === source) continue;
    const key = factKey(fact);
    stated.set(key, [...(stated.get(key) ?? []), fact.source]);
  }
  return (from, type, to) => stated.get(factKey({ from, type, to })) ?? [];
}

/** How often other sources state each type between two labels (suggestFacts' `typeCounts`). */
export function typeCountsOfOthers(seeds: SeedData, source: string): (fromLabel: string, type: string, toLabel: string) => number {
  const labels = new Map(seeds.nodes.map((n) => [n.properties.id, n.label]));
  const counts = new Map<string, number>();
  for (const fact of seeds.facts) {
    if (fact.source === source) continue;
    const key = `${labels.get(fact.from) ?? ""}|${fact.type}|${labels.get(fact.to) ?? ""}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (fromLabel, type, toLabel) => counts.get(`${fromLabel}|${type}|${toLabel}`) ?? 0;
}

/** Compares one source's suggestions with its seed facts. */
export function evaluateSuggestions(seeds: SeedData, source: string, suggestions: Suggestions): SourceEvaluation {
  const facts = seeds.facts.filter((f) => f.source === source);
  const expected = new Set(facts.map(factKey));
  const stated = new Set(facts.filter((f) => f.properties.inferred !== true).map(factKey));
  const expectedPairs = new Set(facts.map((f) => pairKey(f.from, f.to)));
  const all = suggestions.facts;
  const top = all.slice(0, expected.size);
  return {
    source,
    relationships: {
      top: score(top.map(suggestionKey), expected),
      confident: score(all.filter((f) => f.confidence >= CONFIDENT).map(suggestionKey), expected),
      all: score(all.map(suggestionKey), expected),
    },
    pairs: { top: score(top.map((f) => pairKey(f.from.id, f.to.id)), expectedPairs), all: score(all.map((f) => pairKey(f.from.id, f.to.id)), expectedPairs) },
    statedRecall: score(all.map(suggestionKey).filter((k) => stated.has(k)), stated),
    mentions: score(suggestions.mentions.map((m) => m.id), new Set(facts.flatMap((f) => [f.from, f.to]))),
  };
}

/** The sources the evaluation runs on: those with a text (a reference work has none). */
export const evaluatedSources = (seeds: SeedData): string[] => [...seeds.sourceTexts.keys()].sort();

/** suggestFacts on one seed source with its own facts taken out of the graph. */
export function suggestForSeedSource(seeds: SeedData, source: string, model: GraphModel = GRAPH_MODEL, limit = 500): Suggestions {
  const text = seeds.sourceTexts.get(source)?.text;
  if (text === undefined) throw new Error(`No seed text for source ${source}`);
  return suggestFacts({ source, text, entities: knownEntities(seeds), statedBy: statedByOthers(seeds, source), typeCounts: typeCountsOfOthers(seeds, source), model, limit });
}

/** Sums of several sources' scores. */
export function total(scores: readonly Score[]): Score {
  const sum = (k: "suggested" | "correct" | "expected") => scores.reduce((n, s) => n + s[k], 0);
  const suggested = sum("suggested");
  const correct = sum("correct");
  const expected = sum("expected");
  return { suggested, correct, expected, precision: suggested === 0 ? 0 : correct / suggested, recall: expected === 0 ? 0 : correct / expected };
}

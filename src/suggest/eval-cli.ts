/**
 * `npm run suggest:eval`: suggestFacts measured on the seed sources (evaluate.ts), one row per
 * source and the total, as the table in the README's "Suggested facts". Reads only the seed
 * files; touches no database. `--misses` also lists, per source, the seed facts not found and the
 * wrong suggestions among the top ones.
 */
import { DEFAULT_SEEDS_DIR } from "../seed/seed-graph.js";
import { readSeedData } from "../seed/seed-files.js";
import { CONFIDENT, evaluateSuggestions, evaluatedSources, factKey, suggestForSeedSource, total, type Score, type SourceEvaluation } from "./evaluate.js";

const showMisses = process.argv.includes("--misses");
const seeds = await readSeedData(DEFAULT_SEEDS_DIR);
const rows: SourceEvaluation[] = [];
for (const source of evaluatedSources(seeds)) {
  const suggestions = suggestForSeedSource(seeds, source);
  const evaluation = evaluateSuggestions(seeds, source, suggestions);
  rows.push(evaluation);
  if (showMisses) {
    const expected = new Set(seeds.facts.filter((f) => f.source === source).map(factKey));
    const top = suggestions.facts.slice(0, expected.size);
    const found = new Set(suggestions.facts.map((f) => factKey({ from: f.from.id, type: f.type, to: f.to.id })));
    console.log(`\n${source}: seed facts not suggested`);
    for (const key of expected) if (!found.has(key)) console.log(`  - ${key}`);
    console.log(`${source}: top suggestions the seeds do not hold`);
    for (const f of top) {
      const key = factKey({ from: f.from.id, type: f.type, to: f.to.id });
      if (!expected.has(key)) console.log(`  + ${key} (${f.confidence}; ${f.because.join("; ")}) «${f.quote.slice(0, 90)}»`);
    }
  }
}

const pr = (s: Score) => `${s.precision.toFixed(2)} / ${s.recall.toFixed(2)}`;
const header = ["source", "seed facts", `top-k P / R`, `conf ≥ ${CONFIDENT} P / R (n)`, "all P / R (n)", "pairs top-k P / R", "stated R (all)", "mentions P / R"];
const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
const cells = (name: string, r: SourceEvaluation["relationships"], pairs: Score, stated: Score, mentions: Score) => [
  name,
  String(r.top.expected),
  pr(r.top),
  `${pr(r.confident)} (${r.confident.suggested})`,
  `${pr(r.all)} (${r.all.suggested})`,
  pr(pairs),
  stated.recall.toFixed(2),
  pr(mentions),
];
console.log(line(header));
console.log(line(header.map(() => "---")));
for (const r of rows) console.log(line(cells(r.source, r.relationships, r.pairs.top, r.statedRecall, r.mentions)));
const sum = (pick: (r: SourceEvaluation) => Score) => total(rows.map(pick));
console.log(
  line(
    cells(
      "**all five**",
      { top: sum((r) => r.relationships.top), confident: sum((r) => r.relationships.confident), all: sum((r) => r.relationships.all) },
      sum((r) => r.pairs.top),
      sum((r) => r.statedRecall),
      sum((r) => r.mentions),
    ),
  ),
);

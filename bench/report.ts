/**
 * The benchmark's figures, the goals of issue 7 judged from them, their comparison with an earlier
 * run (bench/baseline.json: before the performance work), and their Markdown for BENCHMARKS.md
 * (between its bench:start and bench:end markers; the text around them is kept).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { NameIndexSize } from "./name-index-size.js";
import type { DatabaseDescription } from "./bench-database.js";
import type { Throughput } from "./measure.js";
import type { WriterRun } from "./measure-writes.js";
import type { LatencySummary } from "./percentiles.js";

export type WayFigures = LatencySummary & { n: number; mean: number; failures: number; stoppedEarly: boolean };

export interface ProfileSummary {
  /** The argument set profiled: the one of raw's slowest sample. */
  variables: Record<string, unknown>;
  dbHits: number;
  rows: number;
  /** The operators with the most database hits. */
  top: Array<{ operator: string; details: string; dbHits: number; rows: number }>;
  /** The whole plan, indented, in bench/results/. */
  file: string;
}

export interface QuestionResult {
  name: string;
  custom: boolean;
  fixture: string;
  graphql: WayFigures;
  raw: WayFigures;
  peer: WayFigures | null;
  peerNote: string;
  checks: { sets: number; checked: number; peerChecked: number; mismatches: string[]; peerErrors: string[] };
  /** GraphQL at a fixed concurrency. */
  throughput: Throughput;
  /** Cypher statements the API sent per GraphQL request (its /metrics). */
  statementsPerRequest: number | null;
  profile?: ProfileSummary;
}

/** The write question (`link`) and the read of the same entities, measured in the same run. */
export interface WriteResult {
  fixture: string;
  readFixture: string;
  /** One writer, interleaved with the read. */
  write: WayFigures;
  read: WayFigures;
  /** write ÷ read, at p50 and at p99. */
  ratio: { p50: number; p99: number };
  runs: WriterRun[];
  /** Characters of the source texts the sampled writes verified their quotes against. */
  sourceCharacters: { p50: number; max: number };
  checks: { written: number; verified: number; touched: number; mismatches: string[] };
}

export interface ScaleResult {
  practices: number;
  scale: string;
  nodes: number;
  relationships: number;
  generateSeconds: number;
  loadSeconds: number;
  questions: QuestionResult[];
  /** Resident memory of the API process after its samples and throughput runs. */
  apiMemoryMb: number;
  /** The heap search's name index takes (bench/name-index-size.ts); absent in runs before it existed. */
  nameIndex?: NameIndexSize;
  cache: { uncached: Throughput; cached: Throughput; ratio: number; hitsSeen: boolean };
  /** The uncached mix sent as persisted operations (by hash): throughput, its ratio to the same mix in full, and the average request body. */
  persisted?: { throughput: Throughput; ratio: number; bodyBytes: { inFull: number; byHash: number } };
  /** src/ changed after the run started: this scale's API ran other code than the raw floor. */
  srcChanged: boolean;
  /** Absent when the run left the write question out (--questions). */
  writes?: WriteResult;
}

export interface Machine {
  cpu: string;
  cpus: number;
  memoryGb: number;
  node: string;
  platform: string;
}

export interface GoalResult {
  goal: string;
  scale: string;
  /** null: the figures needed were not measured (or do not apply). */
  ok: boolean | null;
  detail: string;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  command: string;
  options: Record<string, unknown>;
  machine: Machine;
  database: DatabaseDescription;
  /** The commit measured. */
  revision: string;
  scales: ScaleResult[];
  goals: GoalResult[];
}

/**
 * What a comparison reads from an earlier run: any bench/results JSON will do. bench/baseline.json
 * is one kept in git, trimmed of its PROFILE summaries; runs before revisions were recorded lack one.
 */
export interface BaselineResults {
  finishedAt: string;
  revision?: string;
  machine: Machine;
  scales: Array<{
    scale: string;
    srcChanged?: boolean;
    questions: Array<Pick<QuestionResult, "name" | "graphql" | "raw" | "checks">>;
  }>;
}

/** A baseline and the file it came from, as the reader should see it named. */
export interface Baseline {
  file: string;
  results: BaselineResults;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export const GOALS = {
  within15: "GraphQL p50 ≤ 1.5 × raw p50, every question",
  within12: "GraphQL p50 ≤ 1.2 × raw p50 for partnersOnTheme, search, neighbourhood",
  overhead: "API overhead (GraphQL p50 − raw p50) < 1 ms on cheap questions (raw p50 ≤ 3 ms)",
  peer: "every custom question ≥ 2 × faster than the peer (peer p50 ÷ GraphQL p50 ≥ 2)",
  p99: "at 100k every GraphQL p99 < 50 ms, without response cache",
  sublinear: "10k → 100k: GraphQL p50 grows ≤ √10 ≈ 3.2 × for 10 × the data (clearly sub-linear)",
  cache: "cached throughput ≥ 10 × uncached (repeated anonymous reads)",
  write: "a write (link, one writer) p50 ≤ 3 × a read of the same entities p50 (issue 14: \"a few times\")",
  typeahead: "search req/s @16 ≥ entity(id)'s, and search p50 ≤ entity(id)'s (issue 26: type-ahead no slower than a lookup by id)",
} as const;

/** Each goal at each scale it applies to, ✓ or ✗ with the figures that decide it. */
export function judgeGoals(scales: ScaleResult[]): GoalResult[] {
  const goals: GoalResult[] = [];
  const judge = (goal: string, scale: string, failures: string[], passes: number) =>
    goals.push({ goal, scale, ok: failures.length === 0 && passes > 0 ? true : failures.length > 0 ? false : null, detail: failures.join("; ") });

  for (const s of scales) {
    const failures = (test: (q: QuestionResult) => string | null | undefined) => {
      const found: string[] = [];
      let passes = 0;
      for (const q of s.questions) {
        const outcome = test(q);
        if (outcome === undefined) continue;
        if (outcome === null) passes++;
        else found.push(outcome);
      }
      return { found, passes };
    };
    const within = (limit: number, only?: string[]) =>
      failures((q) => {
        if (only && !only.includes(q.name)) return undefined;
        const r = ratio(q.graphql.p50, q.raw.p50);
        return r <= limit ? null : `${q.name} ${fmt(r, 2)}×`;
      });
    let r = within(1.5);
    judge(GOALS.within15, s.scale, r.found, r.passes);
    r = within(1.2, ["partnersOnTheme", "search", "neighbourhood"]);
    judge(GOALS.within12, s.scale, r.found, r.passes);
    r = failures((q) => {
      if (q.raw.p50 > 3) return undefined;
      const overhead = q.graphql.p50 - q.raw.p50;
      return overhead < 1 ? null : `${q.name} +${fmt(overhead, 2)} ms`;
    });
    judge(GOALS.overhead, s.scale, r.found, r.passes);
    r = failures((q) => {
      if (!q.custom || !q.peer) return undefined;
      const speedup = ratio(q.peer.p50, q.graphql.p50);
      return speedup >= 2 ? null : `${q.name} ${fmt(speedup, 2)}×`;
    });
    judge(GOALS.peer, s.scale, r.found, r.passes);
    if (s.practices === 100_000) {
      r = failures((q) => (q.graphql.p99 < 50 ? null : `${q.name} ${ms(q.graphql.p99)} ms`));
      judge(GOALS.p99, s.scale, r.found, r.passes);
    }
    judge(GOALS.cache, s.scale, s.cache.ratio >= 10 ? [] : [`${fmt(s.cache.ratio)}×`], 1);
    const typeahead = s.questions.find((q) => q.name === "search");
    const lookup = s.questions.find((q) => q.name === "entity");
    if (typeahead && lookup) {
      const behind = [
        ...(typeahead.throughput.requestsPerSecond >= lookup.throughput.requestsPerSecond ? [] : [`${typeahead.throughput.requestsPerSecond} against ${lookup.throughput.requestsPerSecond} req/s`]),
        ...(typeahead.graphql.p50 <= lookup.graphql.p50 ? [] : [`p50 ${ms(typeahead.graphql.p50)} against ${ms(lookup.graphql.p50)} ms`]),
      ];
      judge(GOALS.typeahead, s.scale, behind, 1);
    }
    if (s.writes) judge(GOALS.write, s.scale, s.writes.ratio.p50 <= 3 ? [] : [`${fmt(s.writes.ratio.p50, 2)}×`], 1);
  }
  if (!scales.some((s) => s.practices === 100_000)) goals.push({ goal: GOALS.p99, scale: "100k", ok: null, detail: "100k not measured" });

  const small = scales.find((s) => s.practices === 10_000);
  const large = scales.find((s) => s.practices === 100_000);
  if (small && large) {
    const found: string[] = [];
    let passes = 0;
    for (const q of large.questions) {
      const before = small.questions.find((x) => x.name === q.name);
      if (!before) continue;
      const growth = ratio(q.graphql.p50, before.graphql.p50);
      if (growth <= Math.sqrt(10)) passes++;
      else found.push(`${q.name} ${fmt(growth)}×`);
    }
    judge(GOALS.sublinear, "10k → 100k", found, passes);
  } else {
    goals.push({ goal: GOALS.sublinear, scale: "10k → 100k", ok: null, detail: "needs both 10k and 100k" });
  }
  return goals;
}

/** Reads a baseline now, so a wrong file fails before a 20-minute run rather than after it. */
export function readBaseline(file: string, shownAs: string): Baseline {
  let results: BaselineResults;
  try {
    results = JSON.parse(readFileSync(file, "utf8")) as BaselineResults;
  } catch (error) {
    throw new Error(`--baseline ${shownAs}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const isRun =
    typeof results?.finishedAt === "string" &&
    typeof results.machine === "object" &&
    Array.isArray(results.scales) &&
    results.scales.every(
      (s) =>
        typeof s?.scale === "string" &&
        Array.isArray(s.questions) &&
        s.questions.every((q) => typeof q?.name === "string" && typeof q.graphql?.p50 === "number" && typeof q.raw?.p50 === "number" && Array.isArray(q.checks?.mismatches)),
    );
  if (!isRun) throw new Error(`--baseline ${shownAs}: not a benchmark run's figures; give bench/baseline.json or a bench/results/bench-<date>.json`);
  return { file: shownAs, results };
}

export interface BeforeAndAfterRow {
  scale: string;
  question: string;
  graphqlP50: string;
  graphqlP99: string;
  rawP50: string;
}

export interface BeforeAndAfter {
  /** Each scale and question measured in both runs, in this run's order. */
  rows: BeforeAndAfterRow[];
  /** Questions of this run the baseline did not ask. */
  newQuestions: string[];
  /** Scales of this run the baseline did not measure. */
  newScales: string[];
  /** Compared scales, on either side, whose GraphQL figures may not measure the code their raw floor ran. */
  caveats: string[];
}

/** "25.3 → 18.6 (1.4× faster)": before and after in ms and how many times faster or slower. */
function change(before: number, after: number): string {
  const speedup = ratio(before, after);
  if (!(speedup > 0 && Number.isFinite(speedup))) return `${ms(before)} → ${ms(after)}`;
  const factor = fmt(speedup >= 1 ? speedup : 1 / speedup);
  return `${ms(before)} → ${ms(after)} (${factor}×${factor === "1.0" ? "" : speedup > 1 ? " faster" : " slower"})`;
}

/** Why a scale's GraphQL figures may not measure the code its raw floor ran; null when nothing says so. */
function caveat(scale: BaselineResults["scales"][number]): string | null {
  if (scale.srcChanged) return "src/ changed during the run, so the API ran other code than the raw floor";
  const mismatched = scale.questions.filter((q) => q.checks.mismatches.length > 0).map((q) => `${q.name}: ${q.checks.mismatches.length} mismatches`);
  return mismatched.length
    ? `GraphQL and raw answered differently (${mismatched.join(", ")}): the API ran other code than the raw floor, or answered wrongly`
    : null;
}

/** This run against the baseline: GraphQL p50 and p99 and raw p50, for what both measured. */
export function beforeAndAfter(baseline: BaselineResults, results: BenchResults): BeforeAndAfter {
  const comparison: BeforeAndAfter = { rows: [], newQuestions: [], newScales: [], caveats: [] };
  for (const after of results.scales) {
    const before = baseline.scales.find((s) => s.scale === after.scale);
    if (!before) {
      comparison.newScales.push(after.scale);
      continue;
    }
    for (const q of after.questions) {
      const was = before.questions.find((b) => b.name === q.name);
      if (!was) {
        if (!comparison.newQuestions.includes(q.name)) comparison.newQuestions.push(q.name);
        continue;
      }
      comparison.rows.push({
        scale: after.scale,
        question: q.name,
        graphqlP50: change(was.graphql.p50, q.graphql.p50),
        graphqlP99: change(was.graphql.p99, q.graphql.p99),
        rawP50: change(was.raw.p50, q.raw.p50),
      });
    }
    const [beforeCaveat, afterCaveat] = [caveat(before), caveat(after)];
    if (beforeCaveat) comparison.caveats.push(`${after.scale}, before: ${beforeCaveat}`);
    if (afterCaveat) comparison.caveats.push(`${after.scale}, after: ${afterCaveat}`);
  }
  return comparison;
}

const utcMinute = (iso: string) => iso.slice(0, 16).replace("T", " ");

function beforeAndAfterMarkdown(baseline: Baseline, results: BenchResults): string[] {
  const was = baseline.results;
  const { rows, newQuestions, newScales, caveats } = beforeAndAfter(was, results);
  const otherMachine = was.machine.cpu !== results.machine.cpu || was.machine.cpus !== results.machine.cpus;
  const lines = [
    "### Before and after",
    "",
    `Before: \`${baseline.file}\`, the run of ${utcMinute(was.finishedAt)} UTC at ${was.revision ?? "an unrecorded revision"}; after: this run at ${results.revision}. ` +
      "Latencies in ms, before → after, and how many times faster or slower; each side is one run on a shared machine, so small factors may be noise." +
      (otherMachine ? ` **The baseline ran on another machine (${was.machine.cpus} × ${was.machine.cpu}): compare with care.**` : ""),
    "",
  ];
  if (rows.length === 0) {
    lines.push("The two runs have no scale and question in common.", "");
  } else {
    lines.push("| scale | question | GraphQL p50 | GraphQL p99 | raw p50 |", "|---|---|---|---|---|");
    for (const r of rows) lines.push(`| ${r.scale} | ${r.question} | ${r.graphqlP50} | ${r.graphqlP99} | ${r.rawP50} |`);
    lines.push("");
  }
  const notes = [
    ...(newQuestions.length ? [`Not asked in the baseline: ${newQuestions.join(", ")}.`] : []),
    ...(newScales.length ? [`Not measured in the baseline: ${newScales.join(", ")}.`] : []),
    ...caveats.map((c) => `**⚠ ${c}.**`),
  ];
  if (notes.length) lines.push(...notes.flatMap((n) => [n, ""]));
  return lines;
}

const mark = (ok: boolean | null) => (ok === null ? "–" : ok ? "✓" : "✗");
const way = (w: WayFigures | null) =>
  w ? `${ms(w.p50)} / ${ms(w.p99)}${w.stoppedEarly ? ` (n=${w.n})` : ""}${w.failures ? ` ⚠${w.failures} failed` : ""}` : "n/a";

/** A scale's write question: one writer against the read of the same entities, then writers at once. */
function writesMarkdown(w: WriteResult): string[] {
  const { checks } = w;
  const checked = checks.mismatches.length
    ? `✗ ${checks.mismatches.join("; ")}`
    : `✓ ${checks.verified}/${checks.written} links in the graph as written, ${checks.touched} revision subjects`;
  const lines = [
    `**Writes** (\`${w.fixture}\`: \`link\` as an editor, each on a link the graph does not have yet; quotes verified against source texts of ${w.sourceCharacters.p50.toLocaleString("en")} characters at the median, ${w.sourceCharacters.max.toLocaleString("en")} at most). ` +
      `One writer, interleaved with the read of both ends (\`${w.readFixture}\`):`,
    "",
    "| way | p50 / p99 | ÷ read p50 / p99 | checks |",
    "|---|---|---|---|",
    `| link (write) | ${way(w.write)} | **${fmt(w.ratio.p50, 2)}** / ${fmt(w.ratio.p99, 2)} | ${checked} |`,
    `| both ends (read) | ${way(w.read)} | 1 | |`,
    "",
    "Writers at once (they queue on the graph version's lock); latency from sending to the answer:",
    "",
    "| writers | writes | writes/s | p50 / p99 |",
    "|---|---|---|---|",
    ...w.runs.map((r) => `| ${r.writers} | ${r.writes}${r.failures ? ` ⚠${r.failures} failed` : ""} | ${r.writesPerSecond} | ${ms(r.latency.p50)} / ${ms(r.latency.p99)} |`),
    "",
  ];
  const failed = w.runs.filter((r) => r.firstError).map((r) => `- ${r.writers} writers: ${r.firstError}`);
  if (failed.length) lines.push("**Failed writes** (the first of each run):", "", ...failed, "");
  return lines;
}

/** The generated part of BENCHMARKS.md; with a baseline, a "Before and after" section after the goals. */
export function toMarkdown(results: BenchResults, baseline?: Baseline): string {
  const { machine, database } = results;
  const lines: string[] = [];
  lines.push(
    `Run of ${utcMinute(results.finishedAt)} UTC at ${results.revision} (\`${results.command}\`, ${Math.round(results.durationSeconds / 60)} min): ` +
      `${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB RAM, Node ${machine.node}, ` +
      `Neo4j ${database.neo4jVersion} ${database.edition} (heap ${database.heap}, page cache ${database.pageCache}), ${machine.platform}.`,
    "",
    "Latencies in ms, sequential requests over loopback (p50 / p99; n = samples when a slow way ran out of its time budget). " +
      "GraphQL ÷ raw and the overhead compare p50s; req/s is GraphQL at 16 connections. Figures from one run on a shared machine: compare the ratios within a run.",
    "",
  );
  lines.push("### Goals", "", `| goal | ${results.scales.map((s) => s.scale).join(" | ")} | 10k → 100k |`, `|---|${results.scales.map(() => "---|").join("")}---|`);
  for (const goal of Object.values(GOALS)) {
    const cells = [...results.scales.map((s) => s.scale), "10k → 100k"].map((scale) => {
      const found = results.goals.find((g) => g.goal === goal && g.scale === scale);
      return found ? `${mark(found.ok)}${found.detail ? ` ${found.detail}` : ""}` : "";
    });
    lines.push(`| ${goal} | ${cells.join(" | ")} |`);
  }
  lines.push("");
  if (baseline) lines.push(...beforeAndAfterMarkdown(baseline, results));

  for (const s of results.scales) {
    lines.push(
      `### ${s.scale} practices`,
      "",
      `${s.nodes.toLocaleString("en")} nodes, ${s.relationships.toLocaleString("en")} relationships (generated in ${fmt(s.generateSeconds)} s, loaded in ${fmt(s.loadSeconds)} s). ` +
        `API process: ${s.apiMemoryMb} MB resident after its runs` +
        (s.nameIndex ? `, of which search's name index ${fmt(s.nameIndex.megabytes)} MB of heap (${s.nameIndex.entities.toLocaleString("en")} entities). ` : ". ") +
        `Response cache: ${s.cache.uncached.requestsPerSecond} req/s uncached, ${s.cache.cached.requestsPerSecond} req/s cached, **${fmt(s.cache.ratio)}×**` +
        `${s.cache.hitsSeen ? "" : " (no cache hit seen: the response cache did not answer)"}.` +
        (s.persisted
          ? ` Persisted operations (the same uncached mix sent by hash): ${s.persisted.throughput.requestsPerSecond} req/s, **${fmt(s.persisted.ratio, 2)}×** the mix in full; ` +
            `request bodies of ${s.persisted.bodyBytes.byHash} instead of ${s.persisted.bodyBytes.inFull} bytes on average.`
          : ""),
      ...(s.srcChanged ? ["", "**⚠ src/ changed during the run before this scale: its API ran other code than the raw floor; GraphQL ÷ raw is not comparable.**"] : []),
      "",
      "| question | GraphQL p50 / p99 | raw p50 / p99 | peer p50 / p99 | GraphQL ÷ raw | overhead ms | peer ÷ GraphQL | req/s @16 | statements / request | checks |",
      "|---|---|---|---|---|---|---|---|---|---|",
    );
    for (const q of s.questions) {
      const checks = q.checks.mismatches.length
        ? `✗ ${q.checks.mismatches.length} mismatches`
        : `✓ ${q.checks.checked}/${q.checks.sets}${q.peer ? `, peer ${q.checks.peerChecked}` : ""}${q.checks.peerErrors.length ? ` (peer ⚠${q.checks.peerErrors.length} failed)` : ""}`;
      lines.push(
        `| ${q.name}${q.custom ? "" : " (generated)"} | ${way(q.graphql)} | ${way(q.raw)} | ${way(q.peer)} | ` +
          `${fmt(ratio(q.graphql.p50, q.raw.p50), 2)} | ${fmt(q.graphql.p50 - q.raw.p50, 2)} | ${q.peer ? fmt(ratio(q.peer.p50, q.graphql.p50), 2) : "n/a"} | ` +
          `${q.throughput.requestsPerSecond}${q.throughput.errors ? ` ⚠${q.throughput.errors} errors` : ""} | ${q.statementsPerRequest ?? "–"} | ${checks} |`,
      );
    }
    lines.push("");
    const mismatches = s.questions.flatMap((q) => q.checks.mismatches.slice(0, 3).map((m) => `- ${q.name}: ${m}`));
    if (mismatches.length) lines.push("**Mismatches:**", "", ...mismatches, "");
    const failures = s.questions.filter((q) => q.throughput.firstError).map((q) => `- ${q.name} at 16 connections: ${q.throughput.firstError}`);
    if (failures.length) lines.push("**Failed requests under load** (the first of each):", "", ...failures, "");
    if (s.writes) lines.push(...writesMarkdown(s.writes));
  }
  lines.push("Peers: " + [...new Map(results.scales.flatMap((s) => s.questions.map((q) => [q.name, q.peerNote]))).entries()].map(([name, note]) => `${name}: ${note}`).join("; ") + ".");
  return lines.join("\n");
}

const START = "<!-- bench:start (generated by npm run bench) -->";
const END = "<!-- bench:end -->";

/** Replaces the generated part of BENCHMARKS.md, keeping the hand-written text around it. */
export function writeBenchmarksFile(file: string, markdown: string): void {
  const current = existsSync(file) ? readFileSync(file, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} lacks the markers ${START} and ${END}: add them where the figures go`);
  writeFileSync(file, `${current.slice(0, start + START.length)}\n${markdown}\n${current.slice(end)}`);
}

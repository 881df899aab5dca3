/**
 * The benchmark's figures, the goals of issue 7 judged from them, and their Markdown for
 * BENCHMARKS.md (between its bench:start and bench:end markers; the text around them is kept).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { DatabaseDescription } from "./bench-database.js";
import type { Throughput } from "./measure.js";
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
  cache: { uncached: Throughput; cached: Throughput; ratio: number; hitsSeen: boolean };
  /** src/ changed after the run started: this scale's API ran other code than the raw floor. */
  srcChanged: boolean;
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

const mark = (ok: boolean | null) => (ok === null ? "–" : ok ? "✓" : "✗");
const way = (w: WayFigures | null) =>
  w ? `${ms(w.p50)} / ${ms(w.p99)}${w.stoppedEarly ? ` (n=${w.n})` : ""}${w.failures ? ` ⚠${w.failures} failed` : ""}` : "n/a";

export function toMarkdown(results: BenchResults): string {
  const { machine, database } = results;
  const lines: string[] = [];
  lines.push(
    `Run of ${results.finishedAt.slice(0, 16).replace("T", " ")} UTC at ${results.revision} (\`${results.command}\`, ${Math.round(results.durationSeconds / 60)} min): ` +
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

  for (const s of results.scales) {
    lines.push(
      `### ${s.scale} practices`,
      "",
      `${s.nodes.toLocaleString("en")} nodes, ${s.relationships.toLocaleString("en")} relationships (generated in ${fmt(s.generateSeconds)} s, loaded in ${fmt(s.loadSeconds)} s). ` +
        `API process: ${s.apiMemoryMb} MB resident after its runs. ` +
        `Response cache: ${s.cache.uncached.requestsPerSecond} req/s uncached, ${s.cache.cached.requestsPerSecond} req/s cached, **${fmt(s.cache.ratio)}×**` +
        `${s.cache.hitsSeen ? "" : " (no cache hit seen: the response cache did not answer)"}.`,
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

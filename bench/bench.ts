/**
 * `npm run bench`: the network's main questions on synthetic graphs of 1k, 10k and 100k practices,
 * each answered three ways side by side (the API's GraphQL, the raw Cypher floor, the generated-API
 * peer), with the answers checked against each other, then GraphQL throughput at 16 connections,
 * the API's memory, and the response cache's effect; then the write question (`link` through the
 * API as an editor) against a read of the same entities, and with writers at once. Runs on its own Neo4j (.neo4j-bench/, Bolt
 * 7688), started and stopped here. Figures go to bench/results/bench-<date>.json and, unless
 * --quick or --questions, to BENCHMARKS.md, with the goals of issue 7 judged from them and compared
 * with a baseline run (bench/baseline.json: before the performance work).
 *
 *   npm run bench                       1k, 10k and 100k
 *   npm run bench -- --quick            1k only, few samples: a smoke test in under two minutes
 *   npm run bench -- --scales 10k --samples 50 --no-profile
 *   npm run bench -- --scales 100k --questions partnersOnTheme,search
 * Flags: --scales, --quick, --questions a,b (only those of QUESTIONS in questions/index.ts, and link),
 * --samples N (per way and question), --variants N (argument sets), --seconds N (each throughput
 * run), --budget N (seconds one way may spend sampling a question), --heap / --pagecache (the
 * benchmark Neo4j's memory, 1g each), --no-profile, --baseline FILE (the run to compare with).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/config.js";
import { readQuery } from "../src/db/neo4j.js";
import { createLogger } from "../src/logger.js";
import { startApiProcess, type ApiProcess } from "./api-process.js";
import { measureNameIndex } from "./name-index-size.js";
import { describeDatabase, emptyDatabase, loadSyntheticGraph, openBenchDatabase, type BenchDatabase } from "./bench-database.js";
import { graphqlClient, type GraphqlClient } from "./graphql-client.js";
import { sampleInterleaved, throughput, type Throughput, type WayRunner, type WaySamples } from "./measure.js";
import { measureWrites } from "./measure-writes.js";
import { summarise } from "./percentiles.js";
import { profileRaw } from "./profile.js";
import { QUESTIONS, WRITE_QUESTION, compare, type BenchQuestion, type Variables } from "./questions/index.js";
import { LINK_ENDS_FIXTURE, LINK_FIXTURE } from "./questions/link.js";
import {
  beforeAndAfter,
  judgeGoals,
  readBaseline,
  toMarkdown,
  writeBenchmarksFile,
  type BenchResults,
  type QuestionResult,
  type ScaleResult,
  type WayFigures,
  type WriteResult,
} from "./report.js";
import { SeededRandom } from "./seeded-random.js";
import { countFacts, countNodes, formatScale, generateSyntheticGraph, parseScale, type GraphLookup } from "./synthetic-graph.js";

// The raw floor runs its queries through neo4j-driver here, as the API does in production: without
// mapping the stack trace the driver records for every query through tsx's source maps.
process.setSourceMapsEnabled(false);
const log = createLogger(process.env.LOG_LEVEL ?? "info").child({ component: "bench" });
const RESULTS_DIR = path.join(projectRoot, "bench", "results");
const CONCURRENCY = 16;

const { values: flags } = parseArgs({
  options: {
    scales: { type: "string" },
    quick: { type: "boolean", default: false },
    questions: { type: "string" },
    samples: { type: "string" },
    variants: { type: "string" },
    seconds: { type: "string" },
    budget: { type: "string" },
    heap: { type: "string", default: "1g" },
    pagecache: { type: "string", default: "1g" },
    "no-profile": { type: "boolean", default: false },
    baseline: { type: "string" },
  },
});

const whole = (name: string, text: string | undefined, fallback: number) => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1, not "${text}"`);
  return n;
};
/** The questions named by --questions, in QUESTIONS' order, and whether the write question is one; all of them without the flag. */
function chooseQuestions(names: string | undefined): { reads: BenchQuestion[]; writes: boolean } {
  if (names === undefined) return { reads: QUESTIONS, writes: true };
  const allowed = [...QUESTIONS.map((q) => q.name), WRITE_QUESTION];
  const wanted = names.split(",").map((name) => name.trim()).filter((name) => name !== "");
  const unknown = wanted.filter((name) => !allowed.includes(name));
  if (wanted.length === 0 || unknown.length > 0) {
    throw new Error(`--questions ${unknown.length ? `names no question "${unknown.join('", "')}"` : "is empty"}; allowed: ${allowed.join(", ")}`);
  }
  return { reads: QUESTIONS.filter((q) => wanted.includes(q.name)), writes: wanted.includes(WRITE_QUESTION) };
}

const quick = flags.quick;
const chosen = chooseQuestions(flags.questions);
const questions = chosen.reads;
const subset = questions.length < QUESTIONS.length || !chosen.writes;
const baselineFile = flags.baseline === undefined ? path.join(projectRoot, "bench", "baseline.json") : path.resolve(flags.baseline);
const baselineInProject = path.relative(projectRoot, baselineFile);
const baseline = readBaseline(baselineFile, baselineInProject.startsWith("..") ? baselineFile : baselineInProject);
const options = {
  scales: (flags.scales ?? (quick ? "1k" : "1k,10k,100k")).split(",").map(parseScale),
  questions: [...questions.map((q) => q.name), ...(chosen.writes ? [WRITE_QUESTION] : [])],
  /** Per way and question; fewer at 100k, where the peers take seconds. */
  samples: (practices: number) => whole("samples", flags.samples, quick ? 20 : practices >= 100_000 ? 100 : 200),
  warmup: quick ? 5 : 20,
  variants: whole("variants", flags.variants, quick ? 6 : 40),
  throughputSeconds: whole("seconds", flags.seconds, quick ? 2 : 10),
  /** Writes per run of writers at once (1, 4, 16). */
  writesPerRun: quick ? 20 : 200,
  budgetMs: whole("budget", flags.budget, quick ? 5 : 60) * 1000,
  profile: !quick && !flags["no-profile"],
  heap: flags.heap,
  pageCache: flags.pagecache,
};

/** The API as `npm start` runs it; limits that would refuse the load or the peers' big queries lifted. */
const apiEnv = (db: BenchDatabase, cache: boolean) => ({
  ...db.env,
  RATE_LIMIT_PER_MINUTE: "1000000",
  // The neighbourhood peer selects every relationship field two levels deep: over the default cost.
  MAX_COST: "1000000",
  // The partnersOnTheme peer's filters nest 22 deep and hold about 250 conditions: what the question
  // spares its users, and what a public deployment's defaults (20, 100) refuse.
  MAX_INPUT_DEPTH: "40",
  MAX_FILTER_CLAUSES: "1000",
  RESPONSE_CACHE: cache ? "memory" : "off",
  CACHE_MAX_AGE_S: cache ? "60" : "0",
});

/**
 * A fingerprint of the API's code (src/ without the web pages). The raw floor imports the
 * resolvers' Cypher once, when the run starts; each API process loads src/ when it starts. If
 * src/ changes in between (people work on it in parallel), they run different Cypher: say so.
 */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const dir = path.join(projectRoot, "src");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.startsWith("web") && !f.endsWith(".test.ts"))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest("hex").slice(0, 12);
}

function gitRevision(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: projectRoot, encoding: "utf8" }).trim();
    return dirty ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return "unknown";
  }
}

const figures = (s: WaySamples): WayFigures => ({ ...s.latency, failures: s.failures.length, stoppedEarly: s.stoppedEarly });

async function statementCount(api: ApiProcess): Promise<number> {
  const metrics = await (await fetch(`${api.url}/metrics`)).text();
  return [...metrics.matchAll(/^neo4j_statement_duration_seconds_count\{[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}

interface Clients {
  api: ApiProcess;
  graphql: GraphqlClient;
  peer: GraphqlClient;
  read: ReturnType<typeof readQuery>;
}

/**
 * Every argument set answered all three ways and compared, as far as the time budget allows (at
 * least 3 sets, 1 with --quick). A peer that fails or times out is reported, not counted as a
 * mismatch: the generated API may simply be too slow for a question at 100k.
 */
async function checkAnswers(question: BenchQuestion, sets: Variables[], clients: Clients) {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const minimum = quick ? 1 : 3;
  const mismatches: string[] = [];
  const peerErrors: string[] = [];
  let checked = 0;
  let peerChecked = 0;
  for (const [index, v] of sets.entries()) {
    if (checked >= minimum && elapsed() > options.budgetMs) break;
    let graphql: unknown;
    try {
      graphql = question.fromGraphql(await clients.graphql.post(question.fixture.text, v), v);
      mismatches.push(...compare(`set ${index} raw vs graphql`, await question.raw(clients.read, v), graphql));
      checked++;
    } catch (error) {
      mismatches.push(`set ${index}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (!("check" in question.peer) || (peerChecked > 0 && elapsed() > options.budgetMs / 2)) continue;
    try {
      const data = await clients.peer.post(question.peer.fixture.text, question.peer.variables(v));
      mismatches.push(...(await question.peer.check(data, v, { graphql, read: clients.read })).map((m) => `set ${index} ${m}`));
      peerChecked++;
    } catch (error) {
      peerErrors.push(`set ${index}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const mismatch of mismatches) log.error({ question: question.name, mismatch }, "MISMATCH: the ways answer differently");
  for (const failure of peerErrors) log.warn({ question: question.name, failure }, "the peer failed");
  return { sets: sets.length, checked, peerChecked, mismatches, peerErrors };
}

async function measureQuestion(question: BenchQuestion, lookup: GraphLookup, practices: number, clients: Clients): Promise<QuestionResult> {
  const scale = formatScale(practices);
  const sets = question.variableSets(lookup, new SeededRandom(`${question.name}:${practices}`), options.variants);
  log.info({ scale, question: question.name, step: "check", sets: sets.length }, "checking answers");
  const checks = await checkAnswers(question, sets, clients);

  const peer = "check" in question.peer ? question.peer : null;
  const peerVariables = peer ? sets.map((v) => peer.variables(v)) : [];
  const runners: WayRunner[] = [
    { way: "graphql", run: (i) => clients.graphql.post(question.fixture.text, sets[i] as Variables) },
    { way: "raw", run: (i) => question.raw(clients.read, sets[i] as Variables) },
    ...(peer ? [{ way: "peer" as const, run: (i: number) => clients.peer.post(peer.fixture.text, peerVariables[i] as Variables) }] : []),
  ];
  const samples = options.samples(practices);
  log.info({ scale, question: question.name, step: "sample", warmup: options.warmup, samples, ways: runners.length }, "sampling");
  const sampled = await sampleInterleaved(runners, { warmup: options.warmup, samples, budgetMs: options.budgetMs, sets: sets.length });
  const byWay = (way: string) => sampled.find((s) => s.way === way);
  for (const s of sampled) {
    if (s.failures.length) log.error({ scale, question: question.name, way: s.way, failures: s.failures.slice(0, 3), count: s.failures.length }, "requests failed");
  }

  // How many Cypher statements one GraphQL request costs, from the API's own metrics.
  const before = await statementCount(clients.api);
  const probes = Math.min(10, sets.length);
  for (let i = 0; i < probes; i++) await clients.graphql.post(question.fixture.text, sets[i] as Variables);
  const statementsPerRequest = Math.round(((await statementCount(clients.api)) - before) / probes * 10) / 10;

  log.info({ scale, question: question.name, step: "throughput", connections: CONCURRENCY, seconds: options.throughputSeconds }, "throughput");
  const load = await throughput(
    clients.api.url,
    sets.map((v) => JSON.stringify({ query: question.fixture.text, variables: v })),
    CONCURRENCY,
    options.throughputSeconds,
  );

  const graphql = byWay("graphql") as WaySamples;
  const raw = byWay("raw") as WaySamples;
  const peerSamples = byWay("peer");
  const result: QuestionResult = {
    name: question.name,
    custom: question.custom,
    fixture: question.fixture.file,
    graphql: figures(graphql),
    raw: figures(raw),
    peer: peerSamples ? figures(peerSamples) : null,
    peerNote: peer ? peer.note : "unavailable" in question.peer ? question.peer.unavailable : "",
    checks,
    throughput: load,
    statementsPerRequest,
  };
  if (options.profile) {
    const file = path.join(RESULTS_DIR, `profile-${scale}-${question.name}.txt`);
    try {
      result.profile = await profileRaw(clients.read, question, sets[raw.slowestSet] as Variables, file);
    } catch (error) {
      log.warn({ question: question.name, err: error }, "PROFILE failed");
    }
  }
  log.info(
    {
      scale,
      question: question.name,
      graphqlP50: result.graphql.p50,
      rawP50: result.raw.p50,
      peerP50: result.peer?.p50 ?? null,
      graphqlP99: result.graphql.p99,
      requestsPerSecond: load.requestsPerSecond,
      mismatches: checks.mismatches.length,
    },
    "measured",
  );
  return result;
}

/** Repeated anonymous reads: a few argument sets of every question asked, round-robin. */
function mixedBodies(lookup: GraphLookup, practices: number): string[] {
  return questions.flatMap((q) =>
    q.variableSets(lookup, new SeededRandom(`${q.name}:${practices}`), Math.min(5, options.variants)).map((v) => JSON.stringify({ query: q.fixture.text, variables: v })),
  );
}

/** The same requests as persisted operations: the query's hash instead of its text (automatic persisted queries). */
function byHash(bodies: string[]): { registering: string[]; hashed: string[] } {
  const withHash = bodies.map((body) => {
    const { query, variables } = JSON.parse(body) as { query: string; variables: unknown };
    return { query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") } } };
  });
  return {
    registering: withHash.map((body) => JSON.stringify(body)),
    hashed: withHash.map(({ variables, extensions }) => JSON.stringify({ variables, extensions })),
  };
}

/**
 * Sends every body once, one after another, so the runs measure repeated reads in a steady state
 * rather than 16 connections missing the cache at once; true when the last one came from the cache.
 */
async function warmUp(api: ApiProcess, bodies: string[]): Promise<boolean> {
  const post = (body: string) => fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
  for (const body of bodies) await (await post(body)).text();
  const again = await post(bodies[0] as string);
  await again.text();
  // Apollo's response cache answers hits with an Age header.
  return again.headers.has("age");
}

async function measureScale(db: BenchDatabase, practices: number, fingerprintAtStart: string): Promise<ScaleResult> {
  const scale = formatScale(practices);
  await emptyDatabase(db, log);
  let started = Date.now();
  const graph = generateSyntheticGraph(practices);
  const generateSeconds = (Date.now() - started) / 1000;
  const nodes = countNodes(graph);
  const relationships = countFacts(graph);
  log.info({ scale, step: "generate", nodes, relationships, seconds: generateSeconds }, "graph generated");
  started = Date.now();
  await loadSyntheticGraph(db, graph, log);
  const loadSeconds = (Date.now() - started) / 1000;
  // Keep only what the questions draw their arguments from: the rows would weigh on this process's GC.
  const { lookup } = graph;
  const textCharacters = new Map(graph.sourceTexts.map((t) => [t.source, t.text.length]));
  graph.facts = [];
  graph.sourceTexts = [];
  const nameIndex = measureNameIndex(graph);
  log.info({ scale, step: "name index", ...nameIndex }, "search's name index measured");

  const srcChanged = sourceFingerprint() !== fingerprintAtStart;
  if (srcChanged) {
    log.warn(
      { scale },
      "src/ CHANGED since the benchmark started: the API now runs other code than the raw floor imported; GraphQL ÷ raw at this scale compares different Cypher. Run again when src/ is still.",
    );
  }
  const api = await startApiProcess(apiEnv(db, false));
  const clients: Clients = { api, graphql: graphqlClient(api.url), peer: graphqlClient(api.url), read: readQuery(db.driver, db.config.neo4j.database) };
  const measured: QuestionResult[] = [];
  let uncached: Throughput;
  let persisted: ScaleResult["persisted"];
  let apiMemoryMb: number;
  try {
    for (const question of questions) measured.push(await measureQuestion(question, lookup, practices, clients));
    apiMemoryMb = await api.memoryMb();
    log.info({ scale, step: "cache", cache: "off" }, "throughput of repeated reads, uncached");
    const bodies = mixedBodies(lookup, practices);
    await warmUp(api, bodies);
    uncached = await throughput(api.url, bodies, CONCURRENCY, options.throughputSeconds);
    // The same mix by hash: what a persisted operation saves per request (the first send of each registers it).
    const { registering, hashed } = byHash(bodies);
    await warmUp(api, registering);
    log.info({ scale, step: "persisted" }, "throughput of the same reads sent by hash");
    const byHashThroughput = await throughput(api.url, hashed, CONCURRENCY, options.throughputSeconds);
    const averageBytes = (list: string[]) => Math.round(list.reduce((sum, body) => sum + Buffer.byteLength(body), 0) / list.length);
    persisted = {
      throughput: byHashThroughput,
      ratio: Math.round((byHashThroughput.requestsPerSecond / Math.max(uncached.requestsPerSecond, 0.1)) * 100) / 100,
      bodyBytes: { inFull: averageBytes(bodies), byHash: averageBytes(hashed) },
    };
  } finally {
    clients.graphql.close();
    clients.peer.close();
    await api.stop();
  }

  const cachedApi = await startApiProcess(apiEnv(db, true));
  let cached: Throughput;
  let hitsSeen: boolean;
  try {
    const bodies = mixedBodies(lookup, practices);
    hitsSeen = await warmUp(cachedApi, bodies);
    log.info({ scale, step: "cache", cache: "memory", hitsSeen }, "throughput of repeated reads, cached");
    cached = await throughput(cachedApi.url, bodies, CONCURRENCY, options.throughputSeconds);
  } finally {
    await cachedApi.stop();
  }
  const ratio = Math.round((cached.requestsPerSecond / Math.max(uncached.requestsPerSecond, 0.1)) * 10) / 10;
  log.info({ scale, uncached: uncached.requestsPerSecond, cached: cached.requestsPerSecond, ratio, hitsSeen }, "response cache");
  // Last: the writes change the graph the read questions were asked of.
  const writes = chosen.writes ? await measureWriteQuestion(db, lookup, practices, textCharacters) : undefined;
  return {
    practices,
    scale,
    nodes,
    relationships,
    generateSeconds,
    nameIndex,
    loadSeconds,
    questions: measured,
    apiMemoryMb,
    cache: { uncached, cached, ratio, hitsSeen },
    persisted,
    srcChanged,
    ...(writes ? { writes } : {}),
  };
}

async function measureWriteQuestion(db: BenchDatabase, lookup: GraphLookup, practices: number, textCharacters: Map<string, number>): Promise<WriteResult> {
  const scale = formatScale(practices);
  const samples = options.samples(practices);
  log.info({ scale, question: WRITE_QUESTION, warmup: options.warmup, samples, writesPerRun: options.writesPerRun }, "sampling writes against reads of the same entities");
  const measured = await measureWrites(
    { driver: db.driver, database: db.config.neo4j.database, apiEnv: apiEnv(db, false) },
    lookup.writes,
    { warmup: options.warmup, samples, budgetMs: options.budgetMs, writesPerRun: options.writesPerRun },
  );
  for (const s of [measured.write, measured.read]) {
    if (s.failures.length) log.error({ scale, question: WRITE_QUESTION, way: s.way, failures: s.failures.slice(0, 3), count: s.failures.length }, "requests failed");
  }
  for (const mismatch of measured.checks.mismatches) log.error({ question: WRITE_QUESTION, mismatch }, "MISMATCH: the writes are not in the graph as written");
  const characters = lookup.writes.slice(0, options.warmup + samples).map((w) => textCharacters.get(w.source) ?? 0);
  const round = (n: number) => Math.round(n * 100) / 100;
  const result: WriteResult = {
    fixture: LINK_FIXTURE.file,
    readFixture: LINK_ENDS_FIXTURE.file,
    write: figures(measured.write),
    read: figures(measured.read),
    ratio: { p50: round(measured.write.latency.p50 / measured.read.latency.p50), p99: round(measured.write.latency.p99 / measured.read.latency.p99) },
    runs: measured.runs,
    sourceCharacters: { p50: summarise(characters).p50, max: Math.max(...characters) },
    checks: measured.checks,
  };
  log.info({ scale, question: WRITE_QUESTION, writeP50: result.write.p50, readP50: result.read.p50, ratio: result.ratio, runs: result.runs }, "measured");
  return result;
}

function printSummary(results: BenchResults): void {
  for (const s of results.scales) {
    console.log(`\n${s.scale} practices: ${s.nodes} nodes, ${s.relationships} relationships; API ${s.apiMemoryMb} MB; cache ${s.cache.ratio}×; by hash ${s.persisted?.ratio ?? "n/a"}×`);
    console.table(
      Object.fromEntries(
        s.questions.map((q) => [
          q.name,
          {
            "graphql p50": q.graphql.p50,
            "graphql p99": q.graphql.p99,
            "raw p50": q.raw.p50,
            "raw p99": q.raw.p99,
            "peer p50": q.peer?.p50 ?? "n/a",
            "peer p99": q.peer?.p99 ?? "n/a",
            "gql÷raw": Math.round((q.graphql.p50 / q.raw.p50) * 100) / 100,
            "overhead ms": Math.round((q.graphql.p50 - q.raw.p50) * 100) / 100,
            "peer÷gql": q.peer ? Math.round((q.peer.p50 / q.graphql.p50) * 100) / 100 : "n/a",
            "req/s@16": q.throughput.requestsPerSecond,
            mismatches: q.checks.mismatches.length,
          },
        ]),
      ),
    );
  }
  for (const s of results.scales) {
    if (!s.writes) continue;
    const w = s.writes;
    console.log(`\n${s.scale} writes: link p50 ${w.write.p50} / p99 ${w.write.p99}, read of both ends p50 ${w.read.p50} / p99 ${w.read.p99}, ratio ${w.ratio.p50} / ${w.ratio.p99}`);
    console.table(Object.fromEntries(w.runs.map((r) => [`${r.writers} writers`, { writes: r.writes, "writes/s": r.writesPerSecond, p50: r.latency.p50, p99: r.latency.p99, failures: r.failures }])));
  }
  console.log("\nGoals:");
  for (const g of results.goals) console.log(`  ${g.ok === null ? "–" : g.ok ? "✓" : "✗"} [${g.scale}] ${g.goal}${g.detail ? `: ${g.detail}` : ""}`);

  const { rows, caveats } = beforeAndAfter(baseline.results, results);
  console.log(`\nBefore (${baseline.file}, ${baseline.results.revision ?? "unrecorded revision"}) → after, ms:`);
  console.table(Object.fromEntries(rows.map((r) => [`${r.scale} ${r.question}`, { "graphql p50": r.graphqlP50, "graphql p99": r.graphqlP99, "raw p50": r.rawP50 }])));
  for (const c of caveats) console.log(`  ⚠ ${c}`);
}

const startedAt = new Date();
mkdirSync(RESULTS_DIR, { recursive: true });
const stamp = startedAt.toISOString().slice(0, 16).replace(":", "-");
const jsonFile = path.join(RESULTS_DIR, `bench-${stamp}${quick ? "-quick" : ""}${subset ? "-subset" : ""}.json`);
log.info({ scales: options.scales.map(formatScale), quick, questions: options.questions, baseline: baseline.file, jsonFile }, "benchmark starting");

const db = await openBenchDatabase({ heap: options.heap, pageCache: options.pageCache }, log);
let stopping = false;
const stopOnSignal = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  log.warn({ signal }, "interrupted: stopping the benchmark's Neo4j");
  void db.close().finally(() => process.exit(130));
};
process.once("SIGINT", stopOnSignal);
process.once("SIGTERM", stopOnSignal);

try {
  const cpus = os.cpus();
  const base = {
    startedAt: startedAt.toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    options: { ...options, scales: options.scales.map(formatScale), samples: options.scales.map((p) => options.samples(p)), concurrency: CONCURRENCY },
    machine: {
      cpu: cpus[0]?.model.trim() ?? "unknown",
      cpus: cpus.length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.versions.node,
      platform: `${os.type()} ${os.release()}`,
    },
    database: await describeDatabase(db),
    revision: gitRevision(),
  };
  const fingerprint = sourceFingerprint();
  const scales: ScaleResult[] = [];
  const snapshot = (): BenchResults => {
    const finishedAt = new Date();
    return { ...base, finishedAt: finishedAt.toISOString(), durationSeconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000), scales, goals: judgeGoals(scales) };
  };
  for (const practices of options.scales) {
    scales.push(await measureScale(db, practices, fingerprint));
    // After every scale, so a long run interrupted later keeps what it measured.
    writeFileSync(jsonFile, `${JSON.stringify(snapshot(), null, 2)}\n`);
  }
  const results = snapshot();
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  printSummary(results);
  const markdown = toMarkdown(results, baseline);
  // A smoke test or a run of some questions only prints its Markdown: BENCHMARKS.md keeps a whole run's figures.
  if (quick || subset) {
    console.log(`\n${markdown}\n\n(${quick ? "--quick" : "--questions"}: BENCHMARKS.md left as it is; figures in ${path.relative(projectRoot, jsonFile)})`);
  } else {
    writeBenchmarksFile(path.join(projectRoot, "BENCHMARKS.md"), markdown);
    console.log(`\nFigures in ${path.relative(projectRoot, jsonFile)} and BENCHMARKS.md`);
  }
  const mismatches =
    scales.flatMap((s) => s.questions).reduce((sum, q) => sum + q.checks.mismatches.length, 0) + scales.reduce((sum, s) => sum + (s.writes?.checks.mismatches.length ?? 0), 0);
  if (mismatches > 0) {
    log.error({ mismatches }, "MISMATCHES: some answers differ between the ways (see above); the figures compare different work");
    process.exitCode = 1;
  }
} finally {
  if (!stopping) await db.close();
}

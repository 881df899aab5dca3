/**
 * `npm run loadtest`: the API under load, on loopback, bounded in time.
 *   1. Its resident memory idle: `npm start` as a user runs it (npm, the compiled API), after it has
 *      settled; every process it started, Neo4j aside (process-memory.ts).
 *   2. After 5 s of warm-up, a ramp: the example operations of `operations/` (the questions dashboards and partner sites
 *      ask) in a round-robin mix, at increasing concurrency; throughput, p50/p95/p99 latency and
 *      error rate per step; then the resident memory again.
 *   3. A fault run (local Neo4j only): the same load while Neo4j is stopped for 10 s and started
 *      again; how many requests failed during the outage, how many after recovery (should be none),
 *      and whether the graph's counts are unchanged.
 * Without the response cache, so every request reaches Neo4j. Figures go to stdout and to bench/results/loadtest.json.
 *
 * `npm run loadtest -- --soak <seconds>`: instead of the fault run, a soak: the API as `npm start`
 * runs it (response cache on, its defaults), the same mix at 16 connections and an editor's write
 * every half second, for that long, with the resident size every 30 s and its slope after the
 * first minute (a steady growth is a leak). The writes stay in the graph they run against as
 * revisions by the editor "Benchmark" (`npm run seed -- --reset` removes them).
 *
 * `--api-url <url> --api-pid <pid>`: load an API already running (say, another build), whose
 * memory is that process's and its children's.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { loadConfig, projectRoot } from "../src/config.js";
import { connectDatabase } from "../src/db/connect.js";
import { countGraph } from "../src/db/graph-counts.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../src/db/local-neo4j.js";
import { readExamples } from "../src/docs/readme.js";
import { createLogger } from "../src/logger.js";
import { memorySplitOf, startApiProcess, type MemorySplit } from "./api-process.js";
import { benchEditor } from "./editor-token.js";
import { summarise, type LatencySummary } from "./percentiles.js";
import { processTreeMemory, slopeMbPerMinute, totalMb, type ProcessMemory } from "./process-memory.js";

const CONCURRENCY_STEPS = [1, 4, 16, 64];
const STEP_SECONDS = Number(process.env.LOADTEST_STEP_SECONDS ?? 10);
const WARM_UP_SECONDS = 5;
const FAULT_CONCURRENCY = 16;
const OUTAGE_SECONDS = 10;
/** How long the load goes on after Neo4j answers again. */
const RECOVERY_SECONDS = 15;

/** How long a freshly started API is left alone before its idle memory is read. */
const SETTLE_SECONDS = 10;
const SOAK_CONNECTIONS = 16;
const SOAK_SAMPLE_SECONDS = 30;
/** One editor's write this often during a soak (about 1 % of the requests at 16 connections). */
const SOAK_WRITE_INTERVAL_MS = 500;
/** The first minute of a soak fills caches and pools: the slope is taken after it. */
const SOAK_WARM_SECONDS = 60;

const log = createLogger(process.env.LOG_LEVEL ?? "info").child({ component: "loadtest" });

const { values: flags } = parseArgs({
  options: {
    soak: { type: "string" },
    "api-url": { type: "string" },
    "api-pid": { type: "string" },
  },
});
const soakSeconds = flags.soak === undefined ? undefined : Number(flags.soak);
if (soakSeconds !== undefined && !(Number.isInteger(soakSeconds) && soakSeconds >= 60)) {
  throw new Error(`--soak ${flags.soak}: give the soak's length in whole seconds, at least 60`);
}
if ((flags["api-url"] === undefined) !== (flags["api-pid"] === undefined)) throw new Error("--api-url and --api-pid go together: the API's address and its process id");

interface Outcome {
  at: number;
  ok: boolean;
}

interface StepResult {
  connections: number;
  requests: number;
  throughput: number;
  latencyMs: LatencySummary;
  errorRate: number;
}

const bodies = readExamples().map((e) => JSON.stringify({ query: e.query, variables: e.variables }));

/** Runs the mix at `connections` for `seconds`, or, given `during`, until `during` is done and `seconds` more have passed. */
async function load(url: string, connections: number, seconds: number, during?: () => Promise<void>) {
  const latencies: number[] = [];
  const outcomes: Outcome[] = [];
  let finished: (error: Error | null) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    finished = (error) => (error ? reject(error) : resolve());
  });
  const instance = autocannon({
    url: `${url}/graphql`,
    connections,
    duration: during ? 3600 : seconds,
    requests: bodies.map((body) => ({
      method: "POST" as const,
      headers: { "content-type": "application/json" },
      body,
      onResponse: (status: number, responseBody: string) => {
        outcomes.push({ at: Date.now(), ok: status === 200 && !responseBody.includes('"errors"') });
      },
    })),
  }, (error) => finished(error));
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  if (during) {
    await during();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    instance.stop();
  }
  await done;
  return { latencies, outcomes };
}

async function ramp(url: string): Promise<StepResult[]> {
  // A freshly started Neo4j plans each query on first use, which would land in the first step.
  log.info({ step: "warm-up", seconds: WARM_UP_SECONDS }, "loading, not measured");
  await load(url, 1, WARM_UP_SECONDS);
  const steps: StepResult[] = [];
  for (const connections of CONCURRENCY_STEPS) {
    log.info({ step: "ramp", connections, seconds: STEP_SECONDS }, "loading");
    const { latencies, outcomes } = await load(url, connections, STEP_SECONDS);
    const failed = outcomes.filter((o) => !o.ok).length;
    const step = {
      connections,
      requests: outcomes.length,
      throughput: Math.round(outcomes.length / STEP_SECONDS),
      latencyMs: summarise(latencies),
      errorRate: outcomes.length ? failed / outcomes.length : 0,
    };
    log.info({ step: "ramp", ...step }, "step done");
    steps.push(step);
  }
  return steps;
}

async function faultRun(url: string) {
  const config = loadConfig();
  if (config.neo4j.external) {
    log.warn("NEO4J_URI is set: the fault run stops and starts only the project's local Neo4j, so it is skipped");
    return undefined;
  }
  const driver = await connectDatabase(config, log);
  const before = await countGraph(driver, config.neo4j.database);
  await driver.close();

  const marks = { stoppedAt: 0, restartedAt: 0 };
  const { outcomes, latencies } = await load(url, FAULT_CONCURRENCY, RECOVERY_SECONDS, async () => {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    log.info({ step: "fault" }, "stopping Neo4j");
    marks.stoppedAt = Date.now();
    await stopLocalNeo4j(config.localNeo4j, log);
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_SECONDS * 1000));
    log.info({ step: "fault" }, "starting Neo4j again");
    await startLocalNeo4j(config.localNeo4j, config.neo4j, log);
    marks.restartedAt = Date.now();
    log.info({ step: "fault", outageSeconds: Math.round((marks.restartedAt - marks.stoppedAt) / 1000) }, "Neo4j answers again");
  });

  const afterDriver = await connectDatabase(config, log);
  const after = await countGraph(afterDriver, config.neo4j.database);
  await afterDriver.close();
  const inWindow = (from: number, to: number) => outcomes.filter((o) => o.at >= from && o.at < to);
  const beforeOutage = inWindow(0, marks.stoppedAt);
  const during = inWindow(marks.stoppedAt, marks.restartedAt);
  const afterRecovery = inWindow(marks.restartedAt, Number.POSITIVE_INFINITY);
  const failed = (list: Outcome[]) => list.filter((o) => !o.ok).length;
  return {
    connections: FAULT_CONCURRENCY,
    outageSeconds: Math.round((marks.restartedAt - marks.stoppedAt) / 100) / 10,
    beforeOutage: { requests: beforeOutage.length, failed: failed(beforeOutage) },
    duringOutage: { requests: during.length, failed: failed(during) },
    afterRecovery: { requests: afterRecovery.length, failed: failed(afterRecovery) },
    latencyMs: summarise(latencies),
    countsUnchanged: JSON.stringify(before) === JSON.stringify(after),
  };
}

interface MemoryReading {
  /** Every process of the API's tree, Neo4j aside, and their sum. */
  processes: ProcessMemory[];
  totalMb: number;
  split: MemorySplit;
}

async function readMemory(pid: number, url: string): Promise<MemoryReading> {
  const processes = processTreeMemory(pid);
  return { processes, totalMb: totalMb(processes), split: await memorySplitOf(url) };
}

const EDIT = `mutation LoadtestEdit($id: ID!, $description: String!) {
  updateEntity(id: $id, fields: { description: $description }, comment: "loadtest soak") { revision { id } }
}`;
/** The entity the soak's editor edits, back and forth between two descriptions. */
const EDITED = "mijn-pad";

/** The mix at 16 connections for `seconds`, an editor's write every SOAK_WRITE_INTERVAL_MS, resident size every 30 s. */
async function soak(url: string, pid: number, seconds: number, authorization: string) {
  const samples: { seconds: number; rssMb: number; heapUsedMb: number }[] = [];
  const started = Date.now();
  const sample = async () => {
    const reading = await readMemory(pid, url);
    const at = Math.round((Date.now() - started) / 1000);
    samples.push({ seconds: at, rssMb: reading.totalMb, heapUsedMb: reading.split.heapUsedMb });
    log.info({ step: "soak", seconds: at, rssMb: reading.totalMb, heapUsedMb: reading.split.heapUsedMb }, "resident size");
  };
  const original = ((await (await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `query { entity(id: "${EDITED}") { description } }` }),
  })).json()) as { data: { entity: { description: string } } }).data.entity.description;
  const writes = { sent: 0, failed: 0 };
  let stopped = false;
  const editing = (async () => {
    while (!stopped) {
      const description = writes.sent % 2 === 0 ? `${original} (loadtest soak)` : original;
      const answer = (await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ query: EDIT, variables: { id: EDITED, description } }),
      }).then((r) => r.json(), () => ({ errors: ["unreachable"] }))) as { errors?: unknown };
      writes.sent += 1;
      if (answer.errors) writes.failed += 1;
      await new Promise((resolve) => setTimeout(resolve, SOAK_WRITE_INTERVAL_MS));
    }
  })();
  await sample();
  const sampling = setInterval(() => void sample(), SOAK_SAMPLE_SECONDS * 1000);
  const { latencies, outcomes } = await load(url, SOAK_CONNECTIONS, seconds);
  clearInterval(sampling);
  stopped = true;
  await editing;
  await sample();
  const afterWarmUp = samples.filter((s) => s.seconds >= SOAK_WARM_SECONDS);
  return {
    seconds,
    connections: SOAK_CONNECTIONS,
    requests: outcomes.length,
    failed: outcomes.filter((o) => !o.ok).length,
    writes,
    latencyMs: summarise(latencies),
    samples,
    slopeMbPerMinute: Math.round(slopeMbPerMinute(afterWarmUp) * 100) / 100,
    heapSlopeMbPerMinute: Math.round(slopeMbPerMinute(afterWarmUp.map((s) => ({ seconds: s.seconds, rssMb: s.heapUsedMb }))) * 100) / 100,
  };
}

function printMemory(label: string, reading: MemoryReading): void {
  const processes = reading.processes.map((p) => `${p.command.split(" ").slice(0, 3).join(" ")} ${p.rssMb} MB`).join(", ");
  const { heapUsedMb, heapTotalMb, externalMb, arrayBuffersMb } = reading.split;
  console.log(`${label}: ${reading.totalMb} MB resident (${processes}); API heap ${heapUsedMb} MB used of ${heapTotalMb}, external ${externalMb} MB, array buffers ${arrayBuffersMb} MB`);
}

const editor = soakSeconds === undefined ? undefined : await benchEditor();
const env = {
  RATE_LIMIT_PER_MINUTE: "1000000",
  // The ramp measures Neo4j through the API, so every request reaches it; a soak runs the API as npm start does.
  ...(soakSeconds === undefined ? { CACHE_MAX_AGE_S: "0", RESPONSE_CACHE: "off" } : { JWT_SECRET: editor?.secret ?? "" }),
};
const external = flags["api-url"] === undefined ? undefined : { url: flags["api-url"], pid: Number(flags["api-pid"]) };
const api = external ?? (await startApiProcess(env, "npm start"));
try {
  log.info({ url: api.url, pid: api.pid, operations: bodies.length }, "API started");
  await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
  const idle = await readMemory(api.pid, api.url);
  const steps = await ramp(api.url);
  const afterRamp = await readMemory(api.pid, api.url);
  const soaked = soakSeconds === undefined || editor === undefined ? undefined : await soak(api.url, api.pid, soakSeconds, editor.authorization);
  const fault = soakSeconds === undefined && external === undefined ? await faultRun(api.url) : undefined;

  console.log("\nRamp: the example operations in a round-robin mix, POST over loopback");
  console.table(
    steps.map((s) => ({
      connections: s.connections,
      "req/s": s.throughput,
      "p50 ms": s.latencyMs.p50,
      "p95 ms": s.latencyMs.p95,
      "p99 ms": s.latencyMs.p99,
      "error rate": `${(s.errorRate * 100).toFixed(2)} %`,
    })),
  );
  printMemory("Memory idle", idle);
  printMemory("Memory after the ramp", afterRamp);
  if (soaked) {
    console.log(
      `\nSoak: ${soaked.seconds} s at ${soaked.connections} connections, ${soaked.requests} requests (${soaked.failed} failed), ${soaked.writes.sent} editor's writes (${soaked.writes.failed} failed), p50 ${soaked.latencyMs.p50} ms, p99 ${soaked.latencyMs.p99} ms`,
    );
    console.table(soaked.samples.map((s) => ({ "s": s.seconds, "resident MB": s.rssMb, "heap used MB": s.heapUsedMb })));
    console.log(`slope after the first minute: ${soaked.slopeMbPerMinute} MB/min resident, ${soaked.heapSlopeMbPerMinute} MB/min heap used`);
  }
  if (fault) {
    console.log(
      `\nFault run at ${fault.connections} connections: Neo4j away for ${fault.outageSeconds} s (its shutdown, ${OUTAGE_SECONDS} s down, its restart), then ${RECOVERY_SECONDS} s more load`,
    );
    console.table({
      "before the outage": fault.beforeOutage,
      "during the outage": fault.duringOutage,
      "after recovery": fault.afterRecovery,
    });
    console.log(`graph counts unchanged: ${fault.countsUnchanged ? "yes" : "NO"}`);
  }
  const outDir = path.join(projectRoot, "bench", "results");
  mkdirSync(outDir, { recursive: true });
  const file = soaked ? "loadtest-soak.json" : "loadtest.json";
  writeFileSync(path.join(outDir, file), `${JSON.stringify({ at: new Date().toISOString(), steps, memory: { idle, afterRamp }, soak: soaked, fault }, null, 2)}\n`);
  if (fault && (fault.afterRecovery.failed > 0 || !fault.countsUnchanged)) process.exitCode = 1;
  if (soaked && (soaked.failed > 0 || soaked.writes.failed > 0)) process.exitCode = 1;
} finally {
  if (!external) await (api as Awaited<ReturnType<typeof startApiProcess>>).stop();
}

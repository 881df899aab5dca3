/**
 * `npm run loadtest`: the API under load, on loopback, bounded in time.
 *   1. After 5 s of warm-up, a ramp: the example operations of `operations/` (the questions dashboards and partner sites
 *      ask) in a round-robin mix, at increasing concurrency; throughput, p50/p95/p99 latency and
 *      error rate per step.
 *   2. A fault run (local Neo4j only): the same load while Neo4j is stopped for 10 s and started
 *      again; how many requests failed during the outage, how many after recovery (should be none),
 *      and whether the graph's counts are unchanged.
 * The API runs in its own process, as `npm start` runs it, without response cache, so every
 * request reaches Neo4j. Figures go to stdout and to bench/results/loadtest.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { loadConfig, projectRoot } from "../src/config.js";
import { connectDatabase } from "../src/db/connect.js";
import { countGraph } from "../src/db/graph-counts.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../src/db/local-neo4j.js";
import { readExamples } from "../src/docs/readme.js";
import { createLogger } from "../src/logger.js";
import { startApiProcess } from "./api-process.js";
import { summarise, type LatencySummary } from "./percentiles.js";

const CONCURRENCY_STEPS = [1, 4, 16, 64];
const STEP_SECONDS = Number(process.env.LOADTEST_STEP_SECONDS ?? 10);
const WARM_UP_SECONDS = 5;
const FAULT_CONCURRENCY = 16;
const OUTAGE_SECONDS = 10;
/** How long the load goes on after Neo4j answers again. */
const RECOVERY_SECONDS = 15;

const log = createLogger(process.env.LOG_LEVEL ?? "info").child({ component: "loadtest" });

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

const api = await startApiProcess({ RATE_LIMIT_PER_MINUTE: "1000000", CACHE_MAX_AGE_S: "0", RESPONSE_CACHE: "off" });
try {
  log.info({ url: api.url, pid: api.pid, operations: bodies.length }, "API started");
  const steps = await ramp(api.url);
  const memoryMb = await api.memoryMb();
  const fault = await faultRun(api.url);

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
  console.log(`API process memory after the ramp: ${memoryMb} MB resident`);
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
  writeFileSync(path.join(outDir, "loadtest.json"), `${JSON.stringify({ at: new Date().toISOString(), steps, memoryMb, fault }, null, 2)}\n`);
  if (fault && (fault.afterRecovery.failed > 0 || !fault.countsUnchanged)) process.exitCode = 1;
} finally {
  await api.stop();
}

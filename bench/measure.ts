/**
 * How the benchmark times: sequential samples with the ways of answering interleaved (graphql,
 * raw, peer, then raw, peer, graphql, ...), so a burst of noise on a shared machine hits all of
 * them alike and their ratios stay fair; and throughput at a fixed concurrency with autocannon.
 */
import autocannon from "autocannon";
import { summarise, type LatencySummary } from "./percentiles.js";

/** The ways of answering a question; the write question's are its write and a read of the same entities. */
export type Way = "graphql" | "raw" | "peer" | "write" | "read";

export interface WayRunner {
  way: Way;
  /** Answers argument set number `index`; rejects on any error. */
  run(index: number): Promise<unknown>;
}

export interface SamplingOptions {
  warmup: number;
  samples: number;
  /** Time one way may spend on its samples (slow peers at 100k); it stops early, with fewer samples, past it. */
  budgetMs: number;
  /** Argument sets to cycle through. */
  sets: number;
}

export interface WaySamples {
  way: Way;
  latency: LatencySummary & { n: number; mean: number };
  /** The argument set of the slowest sample: the one to PROFILE. */
  slowestSet: number;
  failures: string[];
  stoppedEarly: boolean;
}

const MIN_SAMPLES = 5;

export async function sampleInterleaved(runners: WayRunner[], options: SamplingOptions): Promise<WaySamples[]> {
  const state = runners.map((runner) => ({ runner, latencies: [] as number[], spentMs: 0, slowest: { ms: -1, set: 0 }, failures: [] as string[], stopped: false }));
  const total = options.warmup + options.samples;
  for (let i = 0; i < total; i++) {
    const set = i % options.sets;
    // Rotate who goes first, so no way always follows another's (possibly cache-warming) request.
    const order = state.map((_, k) => state[(i + k) % state.length] as (typeof state)[number]);
    for (const s of order) {
      if (s.stopped) continue;
      const started = performance.now();
      try {
        await s.runner.run(set);
      } catch (error) {
        s.failures.push(`set ${set}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const ms = performance.now() - started;
      s.spentMs += ms;
      if (i < options.warmup) {
        // A slow way warms up with fewer requests: a quarter of its budget.
        if (s.spentMs > options.budgetMs / 4) s.stopped = true;
        continue;
      }
      s.latencies.push(ms);
      if (ms > s.slowest.ms) s.slowest = { ms, set };
      // At least MIN_SAMPLES, unless even those would take far longer than the budget.
      if (s.spentMs > options.budgetMs && (s.latencies.length >= MIN_SAMPLES || s.spentMs > 3 * options.budgetMs)) s.stopped = true;
    }
    if (i === options.warmup - 1) {
      for (const s of state) {
        s.stopped = false;
        s.spentMs = 0;
      }
    }
  }
  return state.map((s) => ({
    way: s.runner.way,
    latency: {
      ...summarise(s.latencies),
      n: s.latencies.length,
      mean: Math.round((s.latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, s.latencies.length)) * 100) / 100,
    },
    slowestSet: s.slowest.set,
    failures: s.failures,
    stoppedEarly: s.latencies.length < options.samples,
  }));
}

export interface Throughput {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  /** Non-2xx answers, answers carrying `errors`, timeouts. */
  errors: number;
  /** The first failed answer, shortened, to tell what failed. */
  firstError?: string;
  /** autocannon's, whole milliseconds. */
  latencyMs: { p50: number; p99: number };
}

/** POSTs `bodies` round-robin to /graphql at `connections` for `seconds`. */
export async function throughput(baseUrl: string, bodies: string[], connections: number, seconds: number): Promise<Throughput> {
  let ok = 0;
  let failed = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: new URL("/graphql", baseUrl).toString(),
    connections,
    duration: seconds,
    timeout: 120,
    requests: bodies.map((body) => ({
      method: "POST" as const,
      headers: { "content-type": "application/json" },
      body,
      onResponse: (status: number, responseBody: string) => {
        if (status === 200 && !responseBody.includes('"errors"')) {
          ok++;
        } else {
          failed++;
          firstError ??= `HTTP ${status}: ${responseBody.slice(0, 200)}`;
        }
      },
    })),
  });
  return {
    connections,
    seconds,
    requests: ok,
    requestsPerSecond: Math.round((ok / seconds) * 10) / 10,
    // autocannon's `errors` are connection errors, timeouts included.
    errors: failed + result.errors,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    ...(firstError ? { firstError } : {}),
  };
}

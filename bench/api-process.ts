/**
 * The API as `npm start` runs it (the compiled build, plain node), in its own process on a free
 * loopback port, for load tests and benchmarks: the load generator must not share the API's event
 * loop, and the API's memory is then its own.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { projectRoot } from "../src/config.js";
import { freePort } from "../test/free-port.js";

export interface ApiProcess {
  url: string;
  pid: number;
  /** Resident memory of the API process, in MB, from its own /metrics. */
  memoryMb(): Promise<number>;
  /** The API's heap and buffers (process.memoryUsage() as its /metrics report it), in MB. */
  memorySplit(): Promise<MemorySplit>;
  stop(): Promise<void>;
}

export interface MemorySplit {
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
}

/** A metric's value from a Prometheus text page. */
const metricOf = (page: string, name: string): number => Number(new RegExp(`^${name} ([\\d.e+]+)`, "m").exec(page)?.[1] ?? Number.NaN);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The split of an API's memory, read from its /metrics. */
export async function memorySplitOf(url: string): Promise<MemorySplit> {
  const page = await (await fetch(`${url}/metrics`)).text();
  return {
    heapUsedMb: mb(metricOf(page, "nodejs_heap_size_used_bytes")),
    heapTotalMb: mb(metricOf(page, "nodejs_heap_size_total_bytes")),
    externalMb: mb(metricOf(page, "nodejs_external_memory_bytes")),
    arrayBuffersMb: mb(metricOf(page, "nodejs_array_buffers_bytes")),
  };
}

/** How the API is started: `node build/main.js`, or `npm start` itself (npm's own process then counts in its memory). */
export type StartCommand = "node" | "npm start";


/** The flags package.json's start script and the Dockerfile give node (BENCHMARKS.md, Memory). */
const NODE_FLAGS = ["--max-semi-space-size=2", `--max-old-space-size=${process.env.API_HEAP_MB ?? 160}`];

let built = false;

/** `npm run build` once per run (incremental: a few seconds when nothing changed), so the API runs the code of this tree. */
function buildApi(): void {
  if (built) return;
  execFileSync("npm", ["run", "-s", "build"], { cwd: projectRoot, stdio: "inherit" });
  built = true;
}

export async function startApiProcess(env: Record<string, string> = {}, command: StartCommand = "node"): Promise<ApiProcess> {
  if (command === "node") buildApi();
  const port = await freePort();
  const [file, args] = command === "node" ? [process.execPath, [...NODE_FLAGS, path.join(projectRoot, "build", "main.js")]] : ["npm", ["start", "--silent"]];
  const child: ChildProcess = spawn(file, args, {
    cwd: projectRoot,
    // The benchmark's editor signs its own token with a secret made for the run (editor-token.ts), which production refuses unless allowed.
    env: { ...process.env, NODE_ENV: "production", ...(env.JWT_SECRET ? { ALLOW_SHARED_SECRET_TOKENS: "true" } : {}), LOG_LEVEL: "warn", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} while starting`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      // Not left behind holding its port (and, midway through migrating, their lock).
      child.kill("SIGTERM");
      throw new Error("The API did not become ready within 180 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    pid: child.pid ?? -1,
    async memoryMb() {
      return mb(metricOf(await (await fetch(`${url}/metrics`)).text(), "process_resident_memory_bytes"));
    },
    memorySplit: () => memorySplitOf(url),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

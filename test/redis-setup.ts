/**
 * The integration tests' Redis: a real redis-server (Debian's package; .ci/run installs it when it
 * may), started for this run on a free loopback port, in a temporary directory, with nothing
 * written to disk, and stopped afterwards. Tests read its URL with inject("redisUrl"). Without a
 * redis-server the Redis tests are skipped, saying why (like the browser tests without Chromium).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "redis";
import type { TestProject } from "vitest/node";
import { freePort } from "./free-port.js";

const REDIS_CANDIDATES = [process.env.REDIS_SERVER_PATH, "/usr/bin/redis-server", "/usr/local/bin/redis-server"];
const START_TIMEOUT_MS = 10_000;

function isExecutable(file: string | undefined): file is string {
  if (file === undefined || file === "") return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}


/** Resolves once the server answers PING; rejects with its own output when it exits or stays silent. */
async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode} while starting:\n${output()}`);
    const client = createClient({ url, socket: { reconnectStrategy: false } });
    client.on("error", () => undefined);
    const answered = await client.connect().then(
      async () => (await client.ping()) === "PONG",
      () => false,
    );
    if (client.isOpen) await client.close();
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const binary = REDIS_CANDIDATES.find(isExecutable);
  if (binary === undefined) {
    console.warn(
      "integration: no redis-server found (REDIS_SERVER_PATH, /usr/bin/redis-server, /usr/local/bin/redis-server): the Redis tests are skipped. " +
        "Install it with `apt-get install -y redis-server` (.ci/run does) or point REDIS_SERVER_PATH at one.",
    );
    project.provide("redisUrl", null);
    return async () => undefined;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "kg-test-redis-"));
  const port = await freePort();
  // No snapshots, no append-only file: the tests' entries live and die with this process.
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `redis://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide("redisUrl", url);
  return stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The test run's redis-server, or null when none is installed (the Redis tests are skipped). */
    redisUrl: string | null;
  }
}

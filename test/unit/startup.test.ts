import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("Start-up: npm start without a reachable database", () => {
  it("exits non-zero within 30 s with one line naming the URI", async () => {
    const started = Date.now();
    const result = await run("npx", ["tsx", "src/main.ts"], {
      env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "unused-password", LOG_LEVEL: "silent" },
      timeout: 30_000,
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.code).not.toBe(0);
    const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.startsWith("npm warn"));
    expect(lines).toEqual([expect.stringMatching(/^api: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 /)]);
  }, 35_000);

  it("rejects a bad setting with one line naming it", async () => {
    const result = await run("npx", ["tsx", "src/main.ts"], { env: { ...process.env, PORT: "99999" }, timeout: 30_000 }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT="99999": must be a whole number between 1 and 65535');
  }, 35_000);
});

describe("Start-up: the compiled build (npm run build; npm start and the Docker image run it with plain node)", () => {
  it("compiles, and its entry point runs without tsx: a bad setting is one line naming it", async () => {
    await run("npm", ["run", "-s", "build"], { timeout: 120_000 });
    const result = await run(process.execPath, ["build/main.js"], { env: { ...process.env, PORT: "99999", NODE_OPTIONS: "" }, timeout: 30_000 }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual(["api: Invalid configuration:", '  PORT="99999": must be a whole number between 1 and 65535']);
  }, 150_000);
});

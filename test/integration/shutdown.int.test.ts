/**
 * Graceful shutdown of `npm start`'s process: on SIGTERM it stops accepting connections, finishes
 * the request in flight, closes the driver and exits 0.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { request } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { resetToSeed, testConfig, testDriver } from "./harness.js";

beforeAll(async () => {
  const driver = testDriver();
  await resetToSeed(driver);
  await driver.close();
});

describe("Shutdown: SIGTERM", () => {
  it("finishes the request in flight, refuses new connections, and exits 0", async () => {
    const { neo4j } = testConfig();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, PORT: String(port), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      for (let i = 0; i < 120 && !output.includes("API ready"); i++) await new Promise((r) => setTimeout(r, 250));
      expect(output).toContain("API ready");

      // A request whose body is still arriving when SIGTERM comes: it is in flight for certain.
      const body = JSON.stringify({ query: `{ search(text: "mijn pad", limit: 1) { entity { id } } }` });
      const inFlight = request({ host: "127.0.0.1", port, path: "/graphql", method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } });
      const answered = once(inFlight, "response");
      inFlight.write(body.slice(0, 10));
      await new Promise((r) => setTimeout(r, 200));
      child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));

      const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(() => "answered", () => "refused");
      expect(refused).toBe("refused");

      inFlight.end(body.slice(10));
      const [response] = (await answered) as [import("node:http").IncomingMessage];
      let text = "";
      for await (const chunk of response) text += String(chunk);
      expect(response.statusCode).toBe(200);
      expect(JSON.parse(text)).toEqual({ data: { search: [{ entity: { id: "mijn-pad" } }] } });

      const [code] = (await once(child, "exit")) as [number | null];
      expect(code).toBe(0);
      expect(output).toContain('"msg":"stopped"');
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 60_000);
});

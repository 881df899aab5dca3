/**
 * Several API processes over one graph (issue 17), as a deployment runs them: two processes of the
 * compiled build (`node build/main.js`, what `npm start` and the Docker image run), each with its
 * own routing driver (`neo4j://`, as for a cluster or Aura) to the tests' Neo4j, sharing the tests'
 * real redis-server as their response cache (each its own in-memory one where none is installed:
 * the graph version in every key makes both correct). What one process writes, the other serves
 * on the next read; an editor carries a bookmark from one to the other.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config.js";
import { BOOKMARK_HEADER } from "../../src/server/bookmarks.js";
import { bearer, resetToSeed, TEST_JWT_SECRET, testConfig, testDriver } from "./harness.js";
import { freePort } from "../free-port.js";

const ENTITY = `query Entity($id: ID!) { entity(id: $id) { id name } }`;
/** The same read through @neo4j/graphql's generated API, which opens sessions of its own. */
const GENERATED = `query Practice($id: ID!) { practices(where: { id: { eq: $id } }) { id name } }`;
/** Both kinds of read in one request: a hand-written question's executeQuery and @neo4j/graphql's session. */
const BOTH = `query Both($id: ID!) { entity(id: $id) { id name } practices(where: { id: { eq: $id } }) { id name } }`;
const RENAME = `mutation Rename($id: ID!, $name: String!) { updateEntity(id: $id, fields: { name: $name }, comment: "api-processes test") { revision { id } } }`;

const redisUrl = inject("redisUrl");

interface ApiProcess {
  url: string;
  post(query: string, variables: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }>;
  stop(): Promise<void>;
}


/** The tests' server through the routing scheme: neo4j:// where the tests use bolt://. */
function routingUri(uri: string): string {
  return uri.replace(/^bolt(\+s|\+ssc)?:\/\//, (_, tls: string | undefined) => `neo4j${tls ?? ""}://`);
}

async function startApiProcess(): Promise<ApiProcess> {
  const { neo4j } = testConfig();
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--max-semi-space-size=2", path.join(projectRoot, "build", "main.js")], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEO4J_URI: routingUri(neo4j.uri),
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      HOST: "127.0.0.1",
      PORT: String(port),
      JWT_SECRET: TEST_JWT_SECRET,
      // Production refuses shared-secret tokens unless told otherwise; these tests sign their own.
      ALLOW_SHARED_SECRET_TOKENS: "true",
      RATE_LIMIT_PER_MINUTE: "1000000",
      RESPONSE_CACHE: redisUrl === null ? "memory" : "redis",
      ...(redisUrl === null ? {} : { REDIS_URL: redisUrl }),
      ERASURE_LOG_FILE: path.join(tmpdir(), `kg-test-processes-erasure-log-${process.pid}.jsonl`),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (!(await fetch(`${url}/readyz`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`The API process exited with code ${child.exitCode} while starting`);
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error("The API process did not become ready within 120 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    async post(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, headers: response.headers, body: (await response.json()) as never };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}

describe(`Several API processes: two compiled processes, neo4j:// routing drivers, ${redisUrl === null ? "in-memory caches (no redis-server installed)" : "one real redis-server as their shared response cache"}`, () => {
  let a: ApiProcess;
  let b: ApiProcess;
  let editor: string;

  beforeAll(async () => {
    const driver = testDriver();
    await resetToSeed(driver);
    await driver.close();
    // What npm start runs: this tree, compiled (incremental, seconds when unchanged).
    await promisify(execFile)("npm", ["run", "-s", "build"], { cwd: projectRoot, timeout: 240_000 });
    [a, b] = await Promise.all([startApiProcess(), startApiProcess()]);
    editor = await bearer({ roles: ["editor"], sub: "processes-tester", name: "Processes Tester" });
  }, 300_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("serves a write through A to an anonymous reader of B on B's next read, though B had the old answer cached", async () => {
    const before = await b.post(ENTITY, { id: "mijn-pad" });
    expect(before.body).toEqual({ data: { entity: { id: "mijn-pad", name: "Mijn Pad" } } });
    // Asked again: from the cache now (Redis: A reads what B stored).
    expect((await a.post(ENTITY, { id: "mijn-pad" })).body).toEqual(before.body);
    expect((await b.post(ENTITY, { id: "mijn-pad" })).body).toEqual(before.body);

    const write = await a.post(RENAME, { id: "mijn-pad", name: "Mijn Pad (written through A)" }, { authorization: editor });
    expect(write.body.errors).toBeUndefined();

    expect((await b.post(ENTITY, { id: "mijn-pad" })).body).toEqual({ data: { entity: { id: "mijn-pad", name: "Mijn Pad (written through A)" } } });
    expect((await b.post(GENERATED, { id: "mijn-pad" })).body).toEqual({ data: { practices: [{ id: "mijn-pad", name: "Mijn Pad (written through A)" }] } });
  });

  it("answers an editor's write with its bookmark; sent with the next request to B, B's reads wait for it and see the write", async () => {
    const write = await a.post(RENAME, { id: "mijn-pad", name: "Mijn Pad (bookmarked)" }, { authorization: editor });
    expect(write.body.errors).toBeUndefined();
    const bookmark = write.headers.get(BOOKMARK_HEADER);
    expect(bookmark).toMatch(/^[\w:+/=.-]+(,[\w:+/=.-]+)*$/);

    const read = await b.post(BOTH, { id: "mijn-pad" }, { authorization: editor, [BOOKMARK_HEADER]: String(bookmark) });
    expect(read.body).toEqual({ data: { entity: { id: "mijn-pad", name: "Mijn Pad (bookmarked)" }, practices: [{ id: "mijn-pad", name: "Mijn Pad (bookmarked)" }] } });
    // B's answer carries a bookmark too, so a client can chain them.
    expect(read.headers.get(BOOKMARK_HEADER)).toMatch(/^[\w:+/=.-]+/);
  });

  it("passes an editor's bookmark to Neo4j on every kind of read and on writes: one the graph does not know is refused, naming the header, and writes nothing", async () => {
    const unknown = { authorization: editor, [BOOKMARK_HEADER]: "FB:kcwQAAAAAAAAAAAAAAAAAAAAAAAA" };
    for (const [query, field] of [
      [ENTITY, "entity"],
      [GENERATED, "practices"],
    ] as const) {
      const answer = await b.post(query, { id: "mijn-pad" }, unknown);
      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.body.errors?.[0]?.message).toContain(BOOKMARK_HEADER);
      expect(answer.body.data === null || (answer.body.data as Record<string, unknown>)[field] === null).toBe(true);
    }
    const write = await b.post(RENAME, { id: "mijn-pad", name: "Mijn Pad (never written)" }, unknown);
    expect(write.body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect((await a.post(ENTITY, { id: "mijn-pad" })).body).toEqual({ data: { entity: { id: "mijn-pad", name: "Mijn Pad (bookmarked)" } } });
  });

  it("refuses a malformed bookmark header with 400 and says what to send; anonymous requests ignore the header", async () => {
    const malformed = await b.post(ENTITY, { id: "mijn-pad" }, { authorization: editor, [BOOKMARK_HEADER]: "<script>" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_REQUEST"]);
    expect(malformed.body.errors?.[0]?.message).toBe(`The ${BOOKMARK_HEADER} header was refused: "<script>" is not a bookmark. Send back the value of the ${BOOKMARK_HEADER} header of an earlier answer, unchanged.`);

    const anonymous = await b.post(ENTITY, { id: "mijn-pad" }, { [BOOKMARK_HEADER]: "<script>" });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ data: { entity: { id: "mijn-pad", name: "Mijn Pad (bookmarked)" } } });
    expect(anonymous.headers.get(BOOKMARK_HEADER)).toBeNull();
  });
});

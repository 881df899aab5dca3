/**
 * Thousands of random and invalid requests, built from the schema: every one is answered with a
 * well-formed GraphQL result or error with a known code, never a 500 or a crash, and the graph is
 * unchanged afterwards (to the last character: an editor's malformed writes are among them).
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../src/graphql/schema.js";
import { EXPECTED_CODES } from "../../src/server/format-error.js";
import { bearer, graphFingerprint, seedAndServe, stopServing, type TestApi } from "./harness.js";
import { randomRequests } from "./random-requests.js";

const REQUESTS = 3000;
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const CODES_BEFORE_GRAPHQL = ["BAD_REQUEST", "PAYLOAD_TOO_LARGE", "RATE_LIMITED"];

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
});
afterAll(() => stopServing(api, driver));

describe("Fuzz: random and invalid requests", () => {
  it(`answers ${REQUESTS} of them well-formed, never with a 500 (seed ${SEED})`, async () => {
    const before = await graphFingerprint(driver);
    const editor = await bearer({ roles: ["editor"] }, { expiresIn: "1h" });
    const requests = randomRequests(await buildSchema(), SEED, REQUESTS);
    const problems: string[] = [];
    const outcomes = new Map<string, number>();

    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const index = next++;
        const request = requests[index];
        if (!request) break;
        const headers: Record<string, string> = { "content-type": "application/json", ...(request.asEditor ? { authorization: editor } : {}) };
        const response = await fetch(api.url, { method: "POST", headers, body: request.body });
        const text = await response.text();
        let body: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
        try {
          body = JSON.parse(text) as typeof body;
        } catch {
          problems.push(`#${index} ${request.description}: status ${response.status}, body is not JSON: ${text.slice(0, 100)}`);
          continue;
        }
        const codes = (body.errors ?? []).map((e) => String(e.extensions?.code));
        const wellFormed =
          response.status < 500 &&
          ("data" in body || codes.length > 0) &&
          (body.errors ?? []).every((e) => typeof e.message === "string" && e.message.length > 0) &&
          codes.every((code) => EXPECTED_CODES.has(code) || CODES_BEFORE_GRAPHQL.includes(code));
        if (request.asEditor && codes.length === 0) problems.push(`#${index} ${request.description}: an editor's malformed write was accepted: ${text.slice(0, 300)} for ${request.body.slice(0, 300)}`);
        if (!wellFormed) problems.push(`#${index} ${request.description}: status ${response.status} ${text.slice(0, 300)} for ${request.body.slice(0, 300)}`);
        const outcome = `${response.status} ${codes[0] ?? "ok"}`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(problems.slice(0, 10)).toEqual([]);
    // Every write mutation was among the editor's malformed writes.
    const schema = await buildSchema();
    expect(new Set(requests.filter((r) => r.asEditor).map((r) => r.description.replace("editor's malformed ", "")))).toEqual(new Set(Object.keys(schema.getMutationType()?.getFields() ?? {})));
    // The run exercised both sides: real answers and refusals.
    expect(outcomes.get("200 ok") ?? 0).toBeGreaterThan(REQUESTS / 10);
    expect([...outcomes.keys()].some((o) => o.startsWith("400"))).toBe(true);
    expect(await graphFingerprint(driver)).toBe(before);
    const alive = await api.query(`{ search(text: "mijn pad", limit: 1) { entity { id } } }`);
    expect(alive.data).toEqual({ search: [{ entity: { id: "mijn-pad" } }] });
  }, 180_000);
});

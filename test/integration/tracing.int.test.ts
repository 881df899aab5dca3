/**
 * OpenTelemetry traces (issue 17): a request to /graphql is one trace of three levels, the HTTP
 * request, the GraphQL operation, and each Cypher statement it sent, whichever way it was sent (a
 * hand-written question's executeQuery, @neo4j/graphql's session, a write's transaction). Spans go
 * to an in-memory exporter instead of OTLP; without an endpoint tracing is off.
 */
import type { Driver } from "neo4j-driver";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTracing, type Tracing } from "../../src/tracing/tracing.js";
import { bearer, resetToSeed, startTestApi, testDriver, type TestApi } from "./harness.js";

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN_ID = "00f067aa0ba902b7";

describe("Tracing: off without OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it("starts nothing", async () => {
    expect(await startTracing({ endpoint: undefined, serviceName: "youth-care-kg" })).toBeUndefined();
  });
});

describe("Tracing: HTTP request → GraphQL operation → Cypher statements", () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let driver: Driver;
  let api: TestApi;

  beforeAll(async () => {
    driver = testDriver();
    await resetToSeed(driver);
    const started = await startTracing({ endpoint: undefined, serviceName: "kg-test" }, { exporter });
    if (started === undefined) throw new Error("tracing with an exporter did not start");
    tracing = started;
    api = await startTestApi(driver, { tracing });
  });
  afterAll(async () => {
    await api?.close();
    await tracing?.shutdown();
    await driver?.close();
  });

  /** The spans of the one trace a request made, once its HTTP span has ended. */
  async function traceOf(send: () => Promise<unknown>): Promise<{ http: ReadableSpan; operation: ReadableSpan; statements: ReadableSpan[] }> {
    exporter.reset();
    await send();
    for (let i = 0; i < 100 && !exporter.getFinishedSpans().some((s) => s.kind === SpanKind.SERVER); i++) await new Promise((r) => setTimeout(r, 20));
    const spans = exporter.getFinishedSpans();
    const http = spans.filter((s) => s.kind === SpanKind.SERVER);
    expect(http).toHaveLength(1);
    const operations = spans.filter((s) => s.parentSpanContext?.spanId === http[0]?.spanContext().spanId);
    expect(operations).toHaveLength(1);
    const statements = spans.filter((s) => s.kind === SpanKind.CLIENT);
    // Nothing else, and all of it in one trace.
    expect(spans).toHaveLength(2 + statements.length);
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(1);
    for (const statement of statements) expect(statement.parentSpanContext?.spanId).toBe(operations[0]?.spanContext().spanId);
    return { http: http[0] as ReadableSpan, operation: operations[0] as ReadableSpan, statements };
  }

  it("traces a hand-written question: the request, its operation by name, its statement with the Cypher text and never the parameters", async () => {
    const { http, operation, statements } = await traceOf(() => api.query(`query OneEntity($id: ID!) { entity(id: $id) { id name } }`, { id: "mijn-pad" }));
    expect(http.name).toBe("POST /graphql");
    expect(http.attributes).toMatchObject({ "http.request.method": "POST", "url.path": "/graphql", "http.response.status_code": 200 });
    expect(operation.name).toBe("query OneEntity");
    expect(operation.attributes).toEqual({ "graphql.operation.type": "query", "graphql.operation.name": "OneEntity" });
    expect(statements.length).toBeGreaterThanOrEqual(1);
    for (const statement of statements) {
      expect(statement.name).toBe("cypher");
      expect(statement.attributes["db.system.name"]).toBe("neo4j");
      expect(statement.attributes["db.namespace"]).toBe("neo4j");
      expect(String(statement.attributes["db.query.text"])).toMatch(/MATCH|CALL|RETURN/);
      expect(JSON.stringify(statement.attributes)).not.toContain("mijn-pad");
      // A statement lies within its request.
      expect(statement.startTime[0] * 1e9 + statement.startTime[1]).toBeGreaterThanOrEqual(http.startTime[0] * 1e9 + http.startTime[1] - 1e6);
    }
  });

  it("traces @neo4j/graphql's statements and a write's under their operations, and continues the caller's trace (W3C traceparent)", async () => {
    const generated = await traceOf(() => api.query(`query Practices { practices(where: { id: { eq: "mijn-pad" } }) { id } }`, {}, { traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01` }));
    expect(generated.operation.name).toBe("query Practices");
    expect(generated.statements.length).toBeGreaterThanOrEqual(1);
    expect(generated.http.spanContext().traceId).toBe(TRACE_ID);
    expect(generated.http.parentSpanContext?.spanId).toBe(CALLER_SPAN_ID);

    const editor = await bearer({ roles: ["editor"], sub: "tracing-tester" });
    const write = await traceOf(() =>
      api.query(`mutation Describe { updateEntity(id: "mijn-pad", fields: { description: "Traced description." }, comment: "tracing test") { revision { id } } }`, {}, { authorization: editor }),
    );
    expect(write.operation.name).toBe("mutation Describe");
    // The write path's statements: the lock, the reads it checks, the change and its revision.
    expect(write.statements.length).toBeGreaterThanOrEqual(3);
  });

  it("marks an operation that answered with errors", async () => {
    const failed = await traceOf(() => api.query(`query Unknown { partnersOnTheme(theme: "no such theme") { organisation { id } } }`));
    expect(failed.operation.status).toEqual({ code: SpanStatusCode.ERROR, message: "BAD_USER_INPUT" });
  });
});

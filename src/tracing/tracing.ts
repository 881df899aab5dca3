/**
 * OpenTelemetry traces: one span per HTTP request, named by the GraphQL operation it ran, with a
 * child span per Cypher statement, exported over OTLP (HTTP) to OTEL_EXPORTER_OTLP_ENDPOINT. Off
 * when that is unset: the SDK is then never loaded and the API installs none of the hooks below,
 * so tracing costs nothing.
 *
 * The hooks are ours rather than the auto-instrumentations': those patch `http` and `express` at
 * load time (an ESM loader hook for this project), while the API already has one place for each
 * layer: the HTTP stack (app.ts), Apollo's plugins, and the driver every statement passes through
 * (observed-driver.ts). Statement spans carry the Cypher text only, never its parameters (names
 * of people, search text).
 */
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from "@opentelemetry/api";
import type { ApolloServerPlugin } from "@apollo/server";
import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import {
  ATTR_DB_NAMESPACE,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVICE_NAME,
  ATTR_URL_PATH,
} from "@opentelemetry/semantic-conventions";
import type { RequestHandler } from "express";
import type { Config } from "../config.js";
import type { StatementEvent } from "../db/observed-driver.js";

const TRACER_NAME = "youth-care-kg";
// From the incubating GraphQL conventions (not yet exported as stable constants).
const ATTR_GRAPHQL_OPERATION_NAME = "graphql.operation.name";
const ATTR_GRAPHQL_OPERATION_TYPE = "graphql.operation.type";

export interface Tracing {
  /** First in the HTTP stack: a server span per request, continuing the caller's trace (W3C traceparent). */
  requestSpans: RequestHandler;
  /** Runs /graphql's handler in a span of its own, the operation's (a child of the request's). */
  operationSpan(handler: RequestHandler): RequestHandler;
  /** Names the operation's span by the GraphQL operation and marks GraphQL errors. */
  operationNaming: ApolloServerPlugin;
  /** A span per Cypher statement, a child of the request's. */
  statementSpan(event: StatementEvent, database: string): void;
  /** Sends what is still buffered and unregisters. */
  shutdown(): Promise<void>;
}

/**
 * Tracing as configured: off (undefined) without an endpoint. `exporter`: where spans go instead
 * of OTLP (the tests' in-memory exporter), sent one by one rather than batched.
 */
export async function startTracing(config: Config["tracing"], options: { exporter?: SpanExporter } = {}): Promise<Tracing | undefined> {
  if (config.endpoint === undefined && options.exporter === undefined) return undefined;
  const [{ NodeTracerProvider }, { BatchSpanProcessor, SimpleSpanProcessor }, { resourceFromAttributes }] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/resources"),
  ]);
  let processor;
  if (options.exporter) {
    processor = new SimpleSpanProcessor(options.exporter);
  } else {
    // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and OTEL_EXPORTER_OTLP_HEADERS) itself, and adds /v1/traces.
    const { OTLPTraceExporter } = await import("@opentelemetry/exporter-trace-otlp-http");
    processor = new BatchSpanProcessor(new OTLPTraceExporter());
  }
  const provider = new NodeTracerProvider({ resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }), spanProcessors: [processor] });
  // Registers the AsyncLocalStorage context manager (a request's span is the parent of what it awaits) and W3C propagation.
  provider.register();
  return tracingWith(trace.getTracer(TRACER_NAME), async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });
}

function tracingWith(tracer: Tracer, shutdown: () => Promise<void>): Tracing {
  return {
    requestSpans: (req, res, next) => {
      const parent = propagation.extract(context.active(), req.headers);
      const path = req.path;
      const span = tracer.startSpan(`${req.method} ${path}`, { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: req.method, [ATTR_URL_PATH]: path } }, parent);
      res.once("close", () => {
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      context.with(trace.setSpan(parent, span), next);
    },
    operationSpan: (handler) => (req, res, next) => {
      const span = tracer.startSpan("graphql", { kind: SpanKind.INTERNAL });
      res.once("close", () => span.end());
      context.with(trace.setSpan(context.active(), span), () => handler(req, res, next));
    },
    operationNaming: {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, operationName }) {
            const span: Span | undefined = trace.getActiveSpan();
            const type = operation?.operation ?? "query";
            span?.updateName(`${type} ${operationName ?? "(anonymous)"}`);
            span?.setAttributes({ [ATTR_GRAPHQL_OPERATION_TYPE]: type, [ATTR_GRAPHQL_OPERATION_NAME]: operationName ?? "" });
          },
          async didEncounterErrors({ errors }) {
            trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: errors.map((e) => String(e.extensions?.code ?? e.message)).join(", ") });
          },
        };
      },
    },
    statementSpan(event, database) {
      // Reported once the statement is answered, within the request's context: started then, back-dated.
      const end = Date.now();
      const span = tracer.startSpan("cypher", {
        kind: SpanKind.CLIENT,
        startTime: end - event.seconds * 1000,
        attributes: { [ATTR_DB_SYSTEM_NAME]: "neo4j", [ATTR_DB_NAMESPACE]: database, [ATTR_DB_QUERY_TEXT]: event.cypher },
      });
      if (event.failed) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end(end);
    },
    shutdown,
  };
}

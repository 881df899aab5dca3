/**
 * Prometheus metrics (`GET /metrics`): GraphQL requests and their latency per operation and client,
 * errors by code, Neo4j statement time, rate-limit refusals, and the process's own figures.
 * One registry per API instance, so tests can run several side by side.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { StatementEvent } from "../db/observed-driver.js";

/** Operation names come from clients: only this many distinct ones get their own label, the rest count as "other". */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_]\w{0,63}$/;

export interface Metrics {
  registry: Registry;
  apolloPlugin: ApolloServerPlugin<{ client: string }>;
  /** An error answered before GraphQL ran (rate limit, body too large, malformed JSON, refused token). */
  countError(code: string): void;
  countRateLimited(client: string): void;
  observeStatement(event: StatementEvent): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // The one part of process.memoryUsage() the default metrics leave out (heap and external are there).
  new Gauge({
    name: "nodejs_array_buffers_bytes",
    help: "Memory held by ArrayBuffers and SharedArrayBuffers (Buffers included), part of external memory",
    registers: [registry],
    collect() {
      this.set(process.memoryUsage().arrayBuffers);
    },
  });
  const requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL requests answered, by operation name and client (API key name or anonymous)",
    labelNames: ["operation", "client"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its response, by operation name",
    labelNames: ["operation"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: "graphql_errors_total",
    help: "Errors in responses, by extensions.code",
    labelNames: ["code"],
    registers: [registry],
  });
  const neo4jTime = new Histogram({
    name: "neo4j_statement_duration_seconds",
    help: "Time Neo4j took to answer a Cypher statement, by outcome",
    labelNames: ["outcome"],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: "http_rate_limited_total",
    help: "Requests refused with 429, by client",
    labelNames: ["client"],
    registers: [registry],
  });

  const seenOperations = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (!seenOperations.has(name)) {
      if (seenOperations.size >= MAX_OPERATION_LABELS) return "other";
      seenOperations.add(name);
    }
    return name;
  };

  const apolloPlugin: ApolloServerPlugin<{ client: string }> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, operationName, response, contextValue }) {
          const operation = operationLabel(operationName ?? request.operationName);
          requests.inc({ operation, client: contextValue.client });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          if (response.body.kind === "single") {
            for (const error of response.body.singleResult.errors ?? []) {
              errors.inc({ code: String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
            }
          }
        },
      };
    },
  };

  return {
    registry,
    apolloPlugin,
    countError: (code) => errors.inc({ code }),
    countRateLimited: (client) => rateLimited.inc({ client }),
    observeStatement: ({ seconds, failed }) => neo4jTime.observe({ outcome: failed ? "failed" : "ok" }, seconds),
  };
}

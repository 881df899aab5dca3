/**
 * A minimal GraphQL-over-HTTP client for timing: node:http with a keep-alive agent, one socket
 * reused across sequential requests, so a sample measures the API rather than connection set-up
 * (fetch adds a few hundred microseconds of its own per request).
 */
import { Agent, request } from "node:http";

export class GraphqlError extends Error {
  override name = "GraphqlError";
}

export interface GraphqlClient {
  /** POSTs one operation; resolves with `data`, rejects on HTTP errors and on any `errors` entry. */
  post(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): void;
}

/** `headers` go with every request (an editor's Authorization). */
export function graphqlClient(baseUrl: string, timeoutMs = 120_000, headers: Record<string, string> = {}): GraphqlClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL("/graphql", baseUrl);
  return {
    post(query, variables) {
      const body = JSON.stringify({ query, variables });
      return new Promise((resolve, reject) => {
        const req = request(
          url,
          {
            method: "POST",
            agent,
            headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
            timeout: timeoutMs,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => {
              const text = Buffer.concat(chunks).toString("utf8");
              let parsed: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
              try {
                parsed = JSON.parse(text) as typeof parsed;
              } catch {
                reject(new GraphqlError(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
                return;
              }
              const first = parsed.errors?.[0];
              if (first) reject(new GraphqlError(`HTTP ${res.statusCode}, ${first.extensions?.code ?? "error"}: ${first.message}`));
              else if (!parsed.data) reject(new GraphqlError(`HTTP ${res.statusCode} without data`));
              else resolve(parsed.data);
            });
            res.on("error", reject);
          },
        );
        req.on("timeout", () => req.destroy(new GraphqlError(`no answer within ${timeoutMs / 1000} s`)));
        req.on("error", reject);
        req.end(body);
      });
    },
    close() {
      agent.destroy();
    },
  };
}

/**
 * What integration tests share: a driver to the test database, the seeded graph, and the API
 * served over HTTP on a free port, exactly as `npm start` serves it.
 */
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { loadConfig, type Config } from "../../src/config.js";
import { BOOKKEEPING_LABEL_PREFIX } from "../../src/db/migrations/migrate.js";
import { createDriver } from "../../src/db/neo4j.js";
import { assertTestDatabase } from "../../src/db/test-database.js";
import { createLogger } from "../../src/logger.js";
import { seedGraph } from "../../src/seed/seed-graph.js";
import type { Tracing } from "../../src/tracing/tracing.js";
import { createApi } from "../../src/server/app.js";

export const TEST_JWT_SECRET = "integration-tests-secret-integration-tests-secret";
export const TEST_ERASURE_LOG = path.join(tmpdir(), `kg-test-erasure-log-${process.pid}.jsonl`);

export const log = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");

export function testConfig(): Config {
  const oidc = inject("oidc");
  // Tests send many requests from one address: only the rate-limit tests set a limit they can reach.
  // Every request should reach Neo4j: only the response-cache test turns the cache on.
  // Tokens of the test provider (test/oidc-setup.ts) are trusted, and HS256 ones signed with TEST_JWT_SECRET.
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: "silent",
    JWT_SECRET: TEST_JWT_SECRET,
    OIDC_ISSUER: oidc.issuer,
    OIDC_AUDIENCE: oidc.audience,
    OIDC_ROLES_CLAIM: oidc.rolesClaim,
    OIDC_ROLE_MAP: oidc.roleMap,
    OIDC_CLIENT_ID: oidc.clientId,
    OIDC_SCOPES: oidc.scopes,
    RATE_LIMIT_PER_MINUTE: "1000000",
    RESPONSE_CACHE: "off",
    // Erasures in tests are logged apart from a developer's own log, one file per test process.
    ERASURE_LOG_FILE: TEST_ERASURE_LOG,
  });
  return { ...config, neo4j: inject("neo4j") };
}

export function testDriver(): Driver {
  return createDriver(testConfig().neo4j);
}

/**
 * Empties the test database and loads the seeds (from `seedsDir`, by default `seeds/`). Refuses,
 * deleting nothing, a database that test/global-setup.ts did not mark as a test database.
 */
export async function resetToSeed(driver: Driver, seedsDir?: string): Promise<void> {
  const { neo4j } = testConfig();
  await assertTestDatabase(driver, neo4j);
  await seedGraph(driver, neo4j.database, { reset: true, seedsDir }, log);
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: unknown[] }[];
  headers: Headers;
}

export interface TestApi {
  url: string;
  /** A document typed by GraphQL Code Generator (the pages' documents): its variables and answer are typed by it. */
  query<TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
    variables: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TResult>>;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Settings a test may change from the defaults, e.g. a small rate limit to reach it quickly. */
export interface TestApiOverrides {
  auth?: Partial<Config["auth"]>;
  /** Where the API logs (silent by default). */
  log?: typeof log;
  http?: Partial<Config["http"]>;
  queryLimits?: Partial<Config["queryLimits"]>;
  responseCache?: Config["responseCache"];
  queryTimeoutMs?: number;
  trustedDocuments?: Config["trustedDocuments"];
  changeFeed?: Partial<Config["changeFeed"]>;
  exports?: Partial<Config["exports"]>;
  tracing?: Tracing;
}

export async function startTestApi(driver: Driver, overrides: TestApiOverrides = {}): Promise<TestApi> {
  const config = testConfig();
  const api = await createApi({
    config: {
      ...config,
      auth: { ...config.auth, ...overrides.auth },
      http: { ...config.http, ...overrides.http },
      queryLimits: { ...config.queryLimits, ...overrides.queryLimits },
      responseCache: overrides.responseCache ?? config.responseCache,
      queryTimeoutMs: overrides.queryTimeoutMs ?? config.queryTimeoutMs,
      trustedDocuments: overrides.trustedDocuments ?? config.trustedDocuments,
      changeFeed: { ...config.changeFeed, ...overrides.changeFeed },
      exports: { ...config.exports, ...overrides.exports },
    },
    driver,
    log: overrides.log ?? log,
    tracing: overrides.tracing,
  });
  const url = `${await api.listen(0, "127.0.0.1")}/graphql`;
  return {
    url,
    async query(query: string | { toString(): string }, variables: unknown = {}, headers: Record<string, string> = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: query.toString(), variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: never };
      return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
    },
    close: () => api.close(),
  };
}

/** The start most integration test files share: the test database reset to the seeds, and the API served on it. */
export async function seedAndServe(options: { wrapDriver?: (driver: Driver) => Driver; overrides?: TestApiOverrides } = {}): Promise<{ driver: Driver; api: TestApi }> {
  const driver = testDriver();
  await resetToSeed(driver);
  const api = await startTestApi(options.wrapDriver?.(driver) ?? driver, options.overrides);
  return { driver, api };
}

/** The end that goes with seedAndServe. */
export async function stopServing(api: TestApi | undefined, driver: Driver | undefined): Promise<void> {
  await api?.close();
  await driver?.close();
}

/**
 * An `Authorization` header with a token signed for the test API: issued now, expiring in
 * `expiresIn` (jose's notation, e.g. "5m", "-1m"); `claims` may override `iat` and `exp`.
 */
export async function bearer(claims: Record<string, unknown>, options: { secret?: string; expiresIn?: string } = {}): Promise<string> {
  const jwt = await new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m")
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
  return `Bearer ${jwt}`;
}

/** A Cypher condition: `node` is part of the graph, not the database's bookkeeping (migration history, the test database's mark). */
const GRAPH_ONLY = (node: string) => `none(label IN labels(${node}) WHERE label STARTS WITH $prefix)`;

/**
 * A fingerprint of everything in the graph: every node's labels and properties, every
 * relationship's type, ends and properties. Equal fingerprints mean an unchanged graph, down to
 * a single character of a quote, and its history (a refused write leaves no revision). Bookkeeping
 * nodes are not part of the graph; the clock times of history (when a revision was committed, when
 * a text was stored) are left out, so two loads of the same seeds have the same fingerprint.
 */
export async function graphFingerprint(driver: Driver): Promise<string> {
  const { database } = testConfig().neo4j;
  const [nodes, relationships] = await Promise.all([
    driver.executeQuery(`MATCH (n) WHERE ${GRAPH_ONLY("n")} RETURN labels(n) AS labels, properties(n) AS properties`, { prefix: BOOKKEEPING_LABEL_PREFIX }, { database }),
    driver.executeQuery(`MATCH (a)-[r]->(b) WHERE ${GRAPH_ONLY("a")} RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties`, { prefix: BOOKKEEPING_LABEL_PREFIX }, { database }),
  ]);
  const canonical = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
    );
  const lines = [
    ...nodes.records.map((r) => {
      const labels = [...(r.get("labels") as string[])].sort();
      const { at: _at, storedAt: _storedAt, ...timeless } = r.get("properties") as Record<string, unknown>;
      const properties = labels.includes("Revision") || labels.includes("SourceText") ? timeless : r.get("properties");
      return canonical({ labels, properties });
    }),
    ...relationships.records.map((r) => canonical({ type: r.get("type"), from: r.get("from"), to: r.get("to"), properties: r.get("properties") })),
  ].sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

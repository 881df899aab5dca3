/**
 * What a benchmark question is (`BenchQuestion`: its fixture, argument sets, the three ways and
 * their checks), and what several questions share: fixtures from bench/queries/, reading the
 * resolvers' Cypher columns, normalising answers for comparison, and the generated API's filters.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Record as Neo4jRecord } from "neo4j-driver";
import { projectRoot } from "../../src/config.js";
import type { ReadQuery } from "../../src/db/neo4j.js";
import type { SeededRandom } from "../seeded-random.js";
import type { GraphLookup } from "../synthetic-graph.js";

const QUERIES_DIR = path.join(projectRoot, "bench", "queries");
/** A fixture in bench/queries/, with the path the reports name it by. */
export const fixture = (file: string) => ({ file: `bench/queries/${file}`, text: readFileSync(path.join(QUERIES_DIR, file), "utf8") });

export type Variables = Record<string, unknown>;
export type Data = Record<string, unknown>;

export interface PeerWay<V> {
  fixture: { file: string; text: string };
  /** What the peer answers, compared with the custom question. */
  note: string;
  variables(v: V): Variables;
  /** Problems found comparing the peer's answer with graphql's (already checked equal to raw); empty when it agrees. */
  check(data: Data, v: V, context: { graphql: unknown; read: ReadQuery }): Promise<string[]>;
}

export interface BenchQuestion<V = Variables> {
  name: string;
  /** Answered by a hand-written resolver (the goals compare those with the peer). */
  custom: boolean;
  fixture: { file: string; text: string };
  /** `count` argument sets drawn from the graph; the same random source gives the same sets. */
  variableSets(lookup: GraphLookup, random: SeededRandom, count: number): V[];
  /** The GraphQL response's data, normalised for comparison with raw. */
  fromGraphql(data: Data, v: V): unknown;
  /** The floor: the same answer through neo4j-driver, normalised like fromGraphql. */
  raw(read: ReadQuery, v: V): Promise<unknown>;
  peer: PeerWay<V> | { unavailable: string };
}

export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const sorted = (items: Iterable<string>) => [...new Set(items)].sort(byString);
export const evidenceKey = (sourceId: unknown, quote: unknown) => `${String(sourceId)}\u0000${String(quote)}`;
export const list = <T = Data>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
export const regionsOf = (lookup: GraphLookup) => [...lookup.provinceIds, ...lookup.youthCareRegionIds];
export const entityKey = (e: Data, ...fields: string[]) => fields.map((f) => String(e[f])).join("|");

/**
 * The column `name` of a row of a resolver's Cypher. The floor reads each column under the one
 * name that Cypher returns: a renamed column fails here, naming the columns there are.
 */
export function column(record: Neo4jRecord, name: string): unknown {
  if (!record.has(name)) {
    throw new Error(`The resolver's Cypher returned no column "${name}" (it returned ${record.keys.join(", ")}): update its question in bench/questions/`);
  }
  return record.get(name);
}

/** An entity as the resolvers' Cypher returns it, its stored properties (`n {.*}`); anything else is refused. */
export function asEntity(value: unknown, what: string): Data {
  if (typeof value !== "object" || value === null || Array.isArray(value) || typeof (value as Data).id !== "string") {
    throw new Error(`${what}: expected an entity's stored properties (a map with an id), got ${JSON.stringify(value)}: update its question in bench/questions/`);
  }
  return value as Data;
}

/** A list of entities as the resolvers' Cypher returns them (`[n IN ... | n {.*}]`, `collect(n {.*})`). */
export function asEntities(value: unknown, what: string): Data[] {
  if (!Array.isArray(value)) throw new Error(`${what}: expected a list of entities, got ${JSON.stringify(value)}: update its question in bench/questions/`);
  return value.map((item) => asEntity(item, what));
}

/** A GraphEdge as the resolvers' Cypher builds it (src/graphql/questions/graph-edges.ts). */
export interface EdgeRow {
  from: string;
  to: string;
  type: string;
  role: string | null;
  evidence: Array<{ sourceId: string; quote: string }>;
}

export const edgeKey = (e: Partial<Record<"from" | "to" | "type" | "role", unknown>>) =>
  `${String(e.from)}>${String(e.to)}:${String(e.type)}:${String(e.role ?? "")}`;

/** A filter matching a node whose `field` chain, 0 to `depth` hops long, reaches one matching `leaf`. */
export function withinHops(field: string, depth: number, leaf: Data): Data {
  const alternatives: Data[] = [leaf];
  for (let i = 0; i < depth; i++) alternatives.push({ [field]: { some: alternatives[i] } });
  return { OR: alternatives };
}
/** The generator's region tree is 5 levels deep (4 PART_OF hops). */
export const regionWithin = (regionId: string) => withinHops("partOf", 4, { id: { eq: regionId } });

/** The first difference between two normalised answers, or none. */
export function compare(label: string, actual: unknown, expected: unknown): string[] {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) return [];
  let at = 0;
  while (at < a.length && a[at] === e[at]) at++;
  const from = Math.max(0, at - 60);
  return [`${label} differs at character ${at}: …${a.slice(from, at + 100)}… expected …${e.slice(from, at + 100)}…`];
}

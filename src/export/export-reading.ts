/**
 * Reads what an export holds from Neo4j, in ONE read transaction, as streams: the driver pulls
 * records in batches as the writer asks for them, so neither the graph nor the answer is ever
 * held whole in memory (only, for a neighbourhood or a path, the ids of the chosen nodes).
 *
 * Only the model is exported: its node types and its stated and reference relationships
 * (RELATIONSHIP_TYPES), never history, source texts or derived relationships stored beside them.
 * An export of part of the graph also holds the Source nodes its evidence cites, so every quote
 * keeps the document it comes from. Neo4j isolates a transaction only as read-committed: the
 * counts are taken first, and the caller checks at the end that it wrote exactly those
 * (`ExportChangedError` otherwise), as the backup does (src/db/backup/export-graph.ts).
 */
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from "neo4j-driver";
import { GraphQLError } from "graphql";
import { LABELS, RELATIONSHIP_TYPES } from "../model/graph-model.js";
import { withCypherIntegers, type ReadQuery } from "../db/neo4j.js";
import { findPaths } from "../graphql/questions/path-search.js";
import { readGraphVersion } from "../writes/revisions.js";
import type { GraphVersion } from "../graphql/graph-version.js";
import { evidenceOf, nodeOf, type ExportEvidence, type ExportNode } from "./export-rows.js";
import { ExportParameterError, type ExportScope } from "./export-scope.js";

type Link = [from: string, type: string, to: string];

/** The nodes and relationships an export holds: null ids for the whole graph; links for a path's edges only. */
export interface Selection {
  nodeIds: string[] | null;
  links: Link[] | null;
}

/** A node the parameters name does not exist, or no path joins `from` and `to` (404). */
export class ExportNotFoundError extends Error {
  override name = "ExportNotFoundError";
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

export class ExportChangedError extends Error {
  override name = "ExportChangedError";
  constructor() {
    super("The graph changed while it was being exported (a write committed meanwhile); the export was cut off. Ask again.");
  }
}

const NEIGHBOURHOOD_IDS = `
MATCH (start:Entity {id: $root})
CALL apoc.path.expandConfig(start, {maxLevel: $depth, relationshipFilter: $relationshipFilter, uniqueness: 'NODE_GLOBAL', bfs: true}) YIELD path
RETURN collect(last(nodes(path)).id) AS ids`;

// The sources an export of part of the graph cites: their nodes go with it.
const SOURCES_CITED_AMONG = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity) WHERE type(r) IN $types AND b.id IN $ids
RETURN collect(DISTINCT r.source) AS sources`;

const SOURCES_CITED_BY_LINKS = `
UNWIND $links AS link
MATCH (a:Entity {id: link[0]})-[r]->(b:Entity {id: link[2]}) WHERE type(r) = link[1]
RETURN collect(DISTINCT r.source) AS sources`;

// Nodes by id; the unique constraint's index gives that order without a sort.
const ALL_NODES = `
MATCH (n:Entity) WHERE n.id IS NOT NULL
WITH n, [label IN labels(n) WHERE label IN $labels] AS own WHERE size(own) > 0
RETURN own[0] AS label, properties(n) AS properties ORDER BY n.id`;

const SELECTED_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, [label IN labels(n) WHERE label IN $labels] AS own WHERE size(own) > 0
RETURN own[0] AS label, properties(n) AS properties ORDER BY n.id`;

// Evidence in one order (link, then source), so the same graph always gives the same export.
const EVIDENCE_ORDER = "ORDER BY a.id, type(r), b.id, r.source";
const EVIDENCE_FIELDS = "a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties";

const ALL_EVIDENCE = `
MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types
RETURN ${EVIDENCE_FIELDS} ${EVIDENCE_ORDER}`;

const EVIDENCE_AMONG = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity) WHERE type(r) IN $types AND b.id IN $ids
RETURN ${EVIDENCE_FIELDS} ${EVIDENCE_ORDER}`;

const EVIDENCE_OF_LINKS = `
UNWIND $links AS link
MATCH (a:Entity {id: link[0]})-[r]->(b:Entity {id: link[2]}) WHERE type(r) = link[1]
RETURN ${EVIDENCE_FIELDS} ${EVIDENCE_ORDER}`;

const countsOf = (nodes: string, evidence: string) => `
CALL () { ${nodes} }
CALL () { ${evidence} }
RETURN nodes, links, evidence`;
const COUNT_EVIDENCE = "RETURN count(r) AS evidence, count(DISTINCT [a.id, type(r), b.id]) AS links";

const COUNT_ALL = countsOf(
  "MATCH (n:Entity) WHERE any(label IN labels(n) WHERE label IN $labels) RETURN count(n) AS nodes",
  `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types ${COUNT_EVIDENCE}`,
);
const COUNT_AMONG = countsOf(
  "UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE any(label IN labels(n) WHERE label IN $labels) RETURN count(n) AS nodes",
  `UNWIND $ids AS id MATCH (a:Entity {id: id})-[r]->(b:Entity) WHERE type(r) IN $types AND b.id IN $ids ${COUNT_EVIDENCE}`,
);
const COUNT_OF_LINKS = countsOf(
  "UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE any(label IN labels(n) WHERE label IN $labels) RETURN count(n) AS nodes",
  `UNWIND $links AS link MATCH (a:Entity {id: link[0]})-[r]->(b:Entity {id: link[2]}) WHERE type(r) = link[1] ${COUNT_EVIDENCE}`,
);

export interface ExportCounts {
  nodes: number;
  links: number;
  evidence: number;
}

/** One export's reads, all in the transaction it was opened with. */
export class ExportTransaction {
  private readonly read: ReadQuery;

  constructor(private readonly tx: Transaction | ManagedTransaction) {
    this.read = async (cypher, params = {}) => await tx.run(cypher, withCypherIntegers(params));
  }

  version(): Promise<GraphVersion> {
    return readGraphVersion(this.read);
  }

  /** The nodes (and, for a path, the links) the scope names; ExportNotFoundError when it names no node. */
  async select(scope: ExportScope): Promise<Selection> {
    switch (scope.kind) {
      case "graph":
        return { nodeIds: null, links: null };
      case "neighbourhood": {
        const result = await this.read<{ ids: string[] }>(NEIGHBOURHOOD_IDS, { root: scope.root, depth: scope.depth, relationshipFilter: RELATIONSHIP_TYPES.join("|") });
        const ids = result.records[0]?.get("ids") ?? [];
        if (ids.length === 0) throw new ExportNotFoundError("root", `No entity has id "${scope.root}" (parameter "root").`);
        const cited = await this.read<{ sources: string[] }>(SOURCES_CITED_AMONG, { ids, types: RELATIONSHIP_TYPES });
        return { nodeIds: sortedUnion(ids, cited.records[0]?.get("sources") ?? []), links: null };
      }
      case "path": {
        const paths = await findPaths(this.read, { from: scope.from, to: scope.to, k: scope.k, maxHops: scope.maxHops }).catch(asParameterError);
        if (paths.length === 0) throw new ExportNotFoundError("to", `No path joins "${scope.from}" and "${scope.to}" within ${scope.maxHops} hops (parameter "maxHops").`);
        const links = new Map<string, Link>();
        for (const edge of paths.flatMap((p) => p.edges)) links.set(`${edge.from} ${edge.type} ${edge.to}`, [edge.from, edge.type, edge.to]);
        const cited = await this.read<{ sources: string[] }>(SOURCES_CITED_BY_LINKS, { links: [...links.values()] });
        const ids = paths.flatMap((p) => p.nodes.map((n) => n.id));
        return { nodeIds: sortedUnion(ids, cited.records[0]?.get("sources") ?? []), links: [...links.values()] };
      }
    }
  }

  async counts(selection: Selection): Promise<ExportCounts> {
    const cypher = selection.nodeIds === null ? COUNT_ALL : selection.links === null ? COUNT_AMONG : COUNT_OF_LINKS;
    const result = await this.read(cypher, this.parameters(selection));
    const row = result.records[0];
    return { nodes: Number(row?.get("nodes")), links: Number(row?.get("links")), evidence: Number(row?.get("evidence")) };
  }

  async *nodes(selection: Selection): AsyncGenerator<ExportNode> {
    const cypher = selection.nodeIds === null ? ALL_NODES : SELECTED_NODES;
    for await (const record of this.tx.run(cypher, this.parameters(selection))) {
      yield nodeOf(record.get("label") as string, record.get("properties") as Record<string, unknown>);
    }
  }

  async *evidence(selection: Selection): AsyncGenerator<ExportEvidence> {
    const cypher = selection.nodeIds === null ? ALL_EVIDENCE : selection.links === null ? EVIDENCE_AMONG : EVIDENCE_OF_LINKS;
    for await (const record of this.tx.run(cypher, this.parameters(selection))) {
      yield evidenceOf(record.get("from") as string, record.get("type") as string, record.get("to") as string, record.get("properties") as Record<string, unknown>);
    }
  }

  private parameters(selection: Selection): Record<string, unknown> {
    return { labels: LABELS, types: RELATIONSHIP_TYPES, ids: selection.nodeIds, links: selection.links };
  }
}

/**
 * Runs `work` in one read transaction that may last `timeoutMs` (an export of a large graph to a
 * slow reader takes longer than a query): not executeRead, whose retry would write the answer twice.
 */
export async function inExportTransaction<T>(driver: Driver, database: string, timeoutMs: number, work: (reading: ExportTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const tx = await session.beginTransaction({ timeout: timeoutMs });
  try {
    const result = await work(new ExportTransaction(tx));
    await tx.commit();
    return result;
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

function sortedUnion(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** The path search's argument errors, named by this address's parameters. */
function asParameterError(error: unknown): never {
  if (error instanceof GraphQLError) {
    const parameter = String(error.extensions.argument ?? "from");
    const message = error.message.replaceAll("argument", "parameter").replaceAll("Argument", "Parameter");
    if (error.extensions.code === "NOT_FOUND") throw new ExportNotFoundError(parameter, message);
    if (error.extensions.code === "BAD_USER_INPUT") throw new ExportParameterError(parameter, message);
  }
  throw error;
}

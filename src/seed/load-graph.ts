/**
 * Writes validated seed data into Neo4j in ONE transaction: MERGE on `id` for nodes and on
 * (from, type, to, source, quote) for relationships, so loading twice changes nothing and a
 * failure part-way leaves the graph as it was.
 */
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, LABELS, RELATIONSHIP_TYPES, entityTypeOf } from "../model/graph-model.js";
import { BOOKKEEPING_LABEL_PREFIX } from "../db/migrations/migrate.js";
import { LONG_JOB_TIMEOUT_MS } from "../db/neo4j.js";
import type { Logger } from "../logger.js";
import type { SeedData } from "./seed-files.js";

// Labels and relationship types come from graph-model's fixed lists (Cypher cannot take them as
// parameters); every value from the seed files travels as a parameter.
const mergeNodes = (label: string) => `
  UNWIND $rows AS row
  MERGE (n:${ENTITY_LABEL} {id: row.id})
  SET n = row, n:${label}`;

const mergeRelationships = (type: string) => `
  UNWIND $rows AS row
  MATCH (a:${ENTITY_LABEL} {id: row.from})
  MATCH (b:${ENTITY_LABEL} {id: row.to})
  MERGE (a)-[r:${type} {source: row.source, quote: row.quote}]->(b)
  SET r.role = row.role, r.inferred = row.inferred, r.note = row.note`;

export async function loadSeedData(
  driver: Driver,
  database: string,
  data: SeedData,
  options: { reset: boolean },
  log: Logger,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      if (options.reset) {
        // The graph goes; the database's bookkeeping (migration history) stays with the schema it describes.
        await tx.run("MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH $prefix) DETACH DELETE n", { prefix: BOOKKEEPING_LABEL_PREFIX });
        log.info({ step: "reset" }, "emptied the graph");
      }
      for (const label of LABELS) {
        const rows = data.nodes
          .filter((n) => n.label === label)
          .map((n) => ({ ...n.properties, type: entityTypeOf(label) }));
        if (rows.length === 0) continue;
        await tx.run(mergeNodes(label), { rows });
        log.info({ step: "nodes", label, count: rows.length }, `merged ${rows.length} ${label} nodes`);
      }
      for (const type of RELATIONSHIP_TYPES) {
        const rows = data.facts
          .filter((f) => f.type === type)
          .map((f) => ({ from: f.from, to: f.to, source: f.source, quote: f.quote, role: f.role ?? null, inferred: f.inferred ? true : null, note: f.note ?? null }));
        if (rows.length === 0) continue;
        await tx.run(mergeRelationships(type), { rows });
        log.info({ step: "relationships", type, count: rows.length }, `merged ${rows.length} ${type} relationships`);
      }
    }, { timeout: LONG_JOB_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

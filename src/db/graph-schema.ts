/**
 * Constraints and indexes every query relies on. Idempotent (IF NOT EXISTS), so the seeder and
 * the API's start-up both call it. Schema changes cannot share a transaction with data writes in
 * Neo4j, so this runs before, and apart from, a seed's data transaction.
 */
import type { Driver } from "neo4j-driver";
import { LONG_JOB_TIMEOUT_MS } from "./neo4j.js";
import { ENTITY_LABEL, LABELS, RELATIONSHIP_TYPES } from "../model/graph-model.js";

/** Name of the full-text index over names, aliases and descriptions of every label. */
export const SEARCH_INDEX = "entity_search";

// Labels and types come from the graph model, never from input: Cypher cannot take labels as parameters.
const statements = [
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  ...LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  // Evidence names its source by id: finding what cites a source (before deleting or revising it) is an index seek.
  ...RELATIONSHIP_TYPES.map((type) => `CREATE INDEX ${type.toLowerCase()}_source IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.source)`),
  // 'standard-folding' lower-cases and strips accents, so "Zuid-Holland" and "zuid holland" meet.
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${LABELS.join("|")}) ON EACH [n.name, n.aliases, n.description, n.nameEn]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
];

export async function ensureGraphSchema(driver: Driver, database: string): Promise<void> {
  const transactionConfig = { timeout: LONG_JOB_TIMEOUT_MS };
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database, transactionConfig });
  }
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database, transactionConfig });
}

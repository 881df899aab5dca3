/**
 * Node counts per label and relationship counts per type: what a seed reports and what tests compare.
 * Only the knowledge graph counts: entities and the relationships between them, not its history
 * (revisions, source texts) nor the database's bookkeeping (migration history, the test mark).
 */
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL } from "../model/graph-model.js";

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const [nodes, relationships] = await Promise.all([
    driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL})
       UNWIND labels(n) AS label WITH label WHERE label <> $entityLabel
       RETURN label, count(*) AS count ORDER BY label`,
      { entityLabel: ENTITY_LABEL },
      { database },
    ),
    driver.executeQuery(
      `MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL}) RETURN type(r) AS type, count(*) AS count ORDER BY type`,
      {},
      { database },
    ),
  ]);
  return {
    nodes: Object.fromEntries(nodes.records.map((r) => [r.get("label") as string, Number(r.get("count"))])),
    relationships: Object.fromEntries(relationships.records.map((r) => [r.get("type") as string, Number(r.get("count"))])),
  };
}

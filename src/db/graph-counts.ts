/**
 * Node counts per label and relationship counts per type: what a seed reports and what tests compare.
 * Bookkeeping nodes (labels starting with `__`: migration history, the test database's mark) are not part of the graph and are not counted.
 */
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL } from "../model/graph-model.js";
import { BOOKKEEPING_LABEL_PREFIX } from "./migrations/migrate.js";

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const [nodes, relationships] = await Promise.all([
    driver.executeQuery(
      `MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH $prefix)
       UNWIND labels(n) AS label WITH label WHERE label <> $entityLabel
       RETURN label, count(*) AS count ORDER BY label`,
      { entityLabel: ENTITY_LABEL, prefix: BOOKKEEPING_LABEL_PREFIX },
      { database },
    ),
    driver.executeQuery(
      "MATCH (a)-[r]->() WHERE none(label IN labels(a) WHERE label STARTS WITH $prefix) RETURN type(r) AS type, count(*) AS count ORDER BY type",
      { prefix: BOOKKEEPING_LABEL_PREFIX },
      { database },
    ),
  ]);
  return {
    nodes: Object.fromEntries(nodes.records.map((r) => [r.get("label") as string, Number(r.get("count"))])),
    relationships: Object.fromEntries(relationships.records.map((r) => [r.get("type") as string, Number(r.get("count"))])),
  };
}

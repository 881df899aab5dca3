/**
 * Writes validated seed data into Neo4j in ONE transaction, through the write pipeline's change set
 * (src/writes/change-set.ts) like every other change: nodes and relationships are merged on their
 * keys (a node's `id`; a relationship's ends, type and source), so loading twice changes nothing;
 * what did change is one revision by the actor `seed`; a failure part-way leaves the graph as it was.
 */
import type { Driver } from "neo4j-driver";
import { LABELS, RELATIONSHIP_TYPES, SOURCE_LABEL, entityTypeOf } from "../model/graph-model.js";
import { BOOKKEEPING_LABEL_PREFIX } from "../db/migrations/migrate.js";
import { LONG_JOB_TIMEOUT_MS } from "../db/neo4j.js";
import type { Logger } from "../logger.js";
import { ChangeSet } from "../writes/change-set.js";
import { SEED_ACTOR, type RevisionRecord } from "../writes/revisions.js";
import type { SeedData } from "./seed-files.js";

export async function loadSeedData(
  driver: Driver,
  database: string,
  data: SeedData,
  options: { reset: boolean },
  log: Logger,
): Promise<RevisionRecord | null> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      if (options.reset) {
        // The graph and its history go; the database's bookkeeping (migration history) stays with the schema it describes.
        await tx.run("MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH $prefix) DETACH DELETE n", { prefix: BOOKKEEPING_LABEL_PREFIX });
        log.info({ step: "reset" }, "emptied the graph and its history");
      }
      const changes = await ChangeSet.open(tx);
      for (const [source, { text, contentHash }] of data.sourceTexts) await changes.storeSourceText(source, contentHash, text);
      for (const label of LABELS) {
        const rows = data.nodes.filter((n) => n.label === label).map((n) => ({ ...n.properties, type: entityTypeOf(label) }));
        if (rows.length === 0) continue;
        await changes.putNodes(label, rows);
        log.info({ step: "nodes", label, count: rows.length }, `merged ${rows.length} ${label} nodes`);
      }
      for (const type of RELATIONSHIP_TYPES) {
        const rows = data.facts.filter((f) => f.type === type).map((f) => ({ from: f.from, type, to: f.to, source: f.source, properties: f.properties }));
        if (rows.length === 0) continue;
        await changes.putRelationships(type, rows);
        log.info({ step: "relationships", type, count: rows.length }, `merged ${rows.length} ${type} relationships`);
      }
      const sources = data.nodes.filter((n) => n.label === SOURCE_LABEL).length;
      const revision = await changes.commit({
        actor: SEED_ACTOR,
        operation: "seed",
        comment: `${options.reset ? "Reset and loaded" : "Loaded"} the seed files: ${data.nodes.length} entities (${sources} sources), ${data.facts.length} relationships.`,
      });
      log.info({ step: "revision", revision: revision?.id ?? null, changes: revision?.changes.length ?? 0 }, revision ? `recorded revision ${revision.id}` : "nothing changed; no revision");
      return revision;
    }, { timeout: LONG_JOB_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

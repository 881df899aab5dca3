/**
 * Migrations change the graph outside the mutations (schema steps, then data steps: Neo4j cannot
 * mix them in one transaction), so they are recorded afterwards: one summary revision per run that
 * applied any, by the actor `migration`. It advances the graph version like any write, so cached
 * answers and the change feed see what the migration changed.
 */
import type { Driver } from "neo4j-driver";
import { LONG_JOB_TIMEOUT_MS } from "../db/neo4j.js";
import { ChangeSet } from "./change-set.js";
import type { RevisionRecord } from "./revisions.js";

export async function recordMigrations(driver: Driver, database: string, applied: readonly string[]): Promise<RevisionRecord | null> {
  if (applied.length === 0) return null;
  const session = driver.session({ database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const changes = await ChangeSet.open(tx);
        const list = applied.map((version) => `V${version}`).join(", ");
        changes.recordWithoutChanges(`migrate: applied ${list}`, `Migrations applied: ${list} (migrations/).`);
        return changes.commit({ actor: { id: "migration", name: "migrations" }, operation: "migrate", comment: null });
      },
      { timeout: LONG_JOB_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
}

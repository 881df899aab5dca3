/**
 * Reverting a revision puts every item it touched back as it was before, as a new revision (the
 * history only grows). It is refused with CONFLICT when an item is no longer as the revision left
 * it (a later revision changed it, and undoing would silently lose that change), when an entity it
 * would delete has been linked (or, for a source, cited) since, or when a link it would restore has lost an end. Reverting
 * revisions newest first therefore always works: each revert leaves its items as the revision
 * before it had left them.
 */
import { isDeepStrictEqual } from "node:util";
import { ENTITY_LABEL, SOURCE_LABEL } from "../model/graph-model.js";
import type { ChangeSet } from "./change-set.js";
import { citationsOf, findEntities } from "./entity-writes.js";
import { ERASE_PERSON } from "./erasure.js";
import { itemKey, readRevision, REVISION_OF, type Change, type Properties, type RevisionRecord } from "./revisions.js";
import { badInput, conflict, notFoundError } from "./write-error.js";

/** The latest revision that touched any of these item keys (see itemKeysOf), for saying what is in the way. */
async function latestTouching(changes: ChangeSet, after: number, keys: string[]): Promise<{ id: string; summary: string } | null> {
  const result = await changes.tx.run(
    `MATCH (r:Revision) WHERE r.seq > $after AND any(item IN r.items WHERE item IN $keys)
     RETURN ${REVISION_OF("r")} AS revision ORDER BY r.seq DESC LIMIT 1`,
    { after, keys },
  );
  const row = result.records[0]?.get("revision") as { id: string; summary: string } | undefined;
  return row ? { id: row.id, summary: row.summary } : null;
}

async function currentState(changes: ChangeSet, change: Change): Promise<Properties | null> {
  if (change.kind === "entity") {
    const result = await changes.tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN n {.*} AS n`, { id: change.id });
    return (result.records[0]?.get("n") as Properties | undefined) ?? null;
  }
  const result = await changes.tx.run(
    `MATCH (:${ENTITY_LABEL} {id: $from})-[r {source: $source}]->(:${ENTITY_LABEL} {id: $to}) WHERE type(r) = $type RETURN r {.*} AS r`,
    { from: change.from, to: change.to, type: change.type, source: change.source },
  );
  return (result.records[0]?.get("r") as Properties | undefined) ?? null;
}

async function refuse(changes: ChangeSet, revision: RevisionRecord, keys: string[], what: string): Promise<never> {
  const later = await latestTouching(changes, revision.seq, keys);
  const by = later ? `revision ${later.id} (${later.summary}) ${what}` : `${what} outside the history`;
  throw conflict("revision", `Revision ${revision.id} cannot be reverted: ${by}. Revert the later revision first, or change the items by hand.`, { laterRevision: later?.id ?? null });
}

export async function revert(changes: ChangeSet, revisionId: string): Promise<RevisionRecord> {
  const revision = await readRevision((cypher, params) => changes.tx.run(cypher, params), revisionId);
  if (!revision) throw notFoundError("revision", `revision: no revision has id "${revisionId}".`);
  // An erasure keeps nothing to put back, by design.
  if (revision.operation === ERASE_PERSON) throw badInput("revision", `Revision ${revision.id} is an erasure of personal data, which cannot be reverted.`);
  for (const change of revision.changes) {
    if (!isDeepStrictEqual(await currentState(changes, change), change.after)) await refuse(changes, revision, [itemKey(change)], "changed the same items since");
  }
  changes.reverts(revision.id);
  // Undo newest change first: a revision's links go before the entities it created for them.
  for (const change of [...revision.changes].reverse()) await undo(changes, revision, change);
  return revision;
}

async function undo(changes: ChangeSet, revision: RevisionRecord, change: Change): Promise<void> {
  if (change.kind === "entity") {
    if (change.before !== null) return changes.putNodes(change.label, [change.before]);
    const linked = await changes.tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id})-[r]-() RETURN count(r) AS links`, { id: change.id });
    if (Number(linked.records[0]?.get("links")) > 0) await refuse(changes, revision, [`end:${change.id}`], `linked "${change.id}" since`);
    if (change.label === SOURCE_LABEL && (await citationsOf(changes, change.id)) > 0) await refuse(changes, revision, [`cites:${change.id}`], `cited source "${change.id}" since`);
    return changes.deleteNode(change.id);
  }
  const key = { from: change.from, type: change.type, to: change.to, source: change.source };
  if (change.before === null) {
    await changes.deleteRelationship(key);
    return;
  }
  const ends = await findEntities(changes, [change.from, change.to]);
  if (!ends.has(change.from) || !ends.has(change.to)) await refuse(changes, revision, [`deleted:${change.from}`, `deleted:${change.to}`], `deleted an end of ${change.from} ${change.type} ${change.to}`);
  await changes.putRelationships(change.type, [{ ...key, properties: change.before }]);
}

/**
 * Entities: create, update, delete, each checked against the graph model. Sources are entities
 * too, but with a text: they are added and revised by source-writes.ts.
 */
import { ENTITY_LABEL, GRAPH_MODEL, SOURCE_LABEL, entityTypeOf, labelOf, nodeType, type Label } from "../model/graph-model.js";
import { idProblem } from "../model/ids.js";
import type { ChangeSet } from "./change-set.js";
import { checkFields } from "./field-checks.js";
import { latestRevisionOf, type Properties } from "./revisions.js";
import { badInput, conflict, notFoundError } from "./write-error.js";

export interface StoredEntity {
  id: string;
  label: Label;
  properties: Properties;
}

/** The entities with these ids that exist, by id. */
export async function findEntities(changes: ChangeSet, ids: readonly string[]): Promise<Map<string, StoredEntity>> {
  const result = await changes.tx.run(
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id})
     RETURN n.id AS id, [l IN labels(n) WHERE l <> $entity][0] AS label, n {.*} AS properties`,
    { ids: [...new Set(ids)], entity: ENTITY_LABEL },
  );
  return new Map(result.records.map((r) => [r.get("id") as string, { id: r.get("id") as string, label: r.get("label") as Label, properties: r.get("properties") as Properties }]));
}

export async function findEntity(changes: ChangeSet, id: string, field: string): Promise<StoredEntity> {
  const entity = (await findEntities(changes, [id])).get(id);
  if (!entity) throw notFoundError(field, `${field}: no entity has id "${id}".`);
  return entity;
}

/**
 * Optimistic concurrency: a writer who read an entity at revision R sends R; when a later revision
 * touched the entity (or its relationships), the write is refused with that revision's id, never
 * applied over a change the writer has not seen. Writers hold the graph version's lock, so no
 * revision can slip in between this check and the commit.
 */
export async function checkExpectedRevision(changes: ChangeSet, id: string, expected: string | null | undefined): Promise<void> {
  if (expected === undefined || expected === null) return;
  const latest = await latestRevisionOf(changes.tx, id);
  if (latest !== expected) {
    throw conflict(
      "expectedRevision",
      `"${id}" has changed since revision ${expected}: its latest revision is ${latest ?? "none"}. Read it again, then apply your change to what is there now.`,
      { latestRevision: latest },
    );
  }
}

export async function createEntity(changes: ChangeSet, input: { type: string; id: string; fields: Record<string, unknown> }): Promise<StoredEntity> {
  const label = labelOf(input.type);
  if (label === SOURCE_LABEL) throw badInput("type", "A Source is added with addSource, which takes its text (quotes are verified against it).");
  const problem = idProblem(input.id);
  if (problem) throw badInput("id", `id ${problem}.`);
  const existing = (await findEntities(changes, [input.id])).get(input.id);
  if (existing) throw badInput("id", `id "${input.id}" is already used by a ${existing.label}; ids are unique across all types.`);
  const properties = { ...checkFields(nodeType(GRAPH_MODEL, label), input.fields, "create"), id: input.id, type: entityTypeOf(label) };
  await changes.putNodes(label, [properties]);
  return { id: input.id, label, properties };
}

export async function updateEntity(changes: ChangeSet, input: { id: string; fields: Record<string, unknown>; expectedRevision?: string | null }): Promise<StoredEntity> {
  const entity = await findEntity(changes, input.id, "id");
  await checkExpectedRevision(changes, input.id, input.expectedRevision);
  const set = checkFields(nodeType(GRAPH_MODEL, entity.label), input.fields, "update");
  if (Object.keys(set).length === 0) throw badInput("fields", "fields is empty: give at least one field to change.");
  const after = await changes.updateNode(input.id, set);
  return { ...entity, properties: after ?? entity.properties };
}

/**
 * Deletes an entity with nothing attached: one that is still linked, or a source still cited, is
 * refused with the counts, so a deletion never takes knowledge with it unnoticed.
 */
export async function deleteEntity(changes: ChangeSet, input: { id: string; expectedRevision?: string | null }): Promise<StoredEntity> {
  const entity = await findEntity(changes, input.id, "id");
  await checkExpectedRevision(changes, input.id, input.expectedRevision);
  const result = await changes.tx.run(
    `MATCH (n:${ENTITY_LABEL} {id: $id})
     CALL (n) { MATCH (n)-[r]-() RETURN type(r) AS type, count(r) AS links }
     RETURN type, links ORDER BY type`,
    { id: input.id },
  );
  const links = result.records.map((r) => `${Number(r.get("links"))} ${r.get("type") as string}`);
  if (links.length > 0) {
    throw badInput("id", `"${input.id}" still has relationships (${links.join(", ")}); unlink them first, so no knowledge goes unnoticed.`, { relationships: links });
  }
  if (entity.label === SOURCE_LABEL) {
    const cited = await citationsOf(changes, input.id);
    if (cited > 0) throw badInput("id", `Source "${input.id}" is cited as the evidence of ${cited} relationship${cited === 1 ? "" : "s"}; unlink or re-cite them first.`, { citedBy: cited });
  }
  await changes.deleteNode(input.id);
  return entity;
}

/** How many relationships cite a source (each type's index on `source`). */
export async function citationsOf(changes: ChangeSet, source: string): Promise<number> {
  const rows = await citingRelationships(changes, source);
  return rows.length;
}

export interface Citation {
  type: string;
  from: string;
  to: string;
  properties: Properties;
}

/** Every relationship whose evidence is this source, through each type's index on `source`. */
export async function citingRelationships(changes: ChangeSet, source: string): Promise<Citation[]> {
  const branches = GRAPH_MODEL.relationshipTypes.map(
    ({ type }) => `MATCH (a)-[r:${type}]->(b) WHERE r.source = $source RETURN '${type}' AS type, a.id AS from, b.id AS to, r {.*} AS properties`,
  );
  const result = await changes.tx.run(branches.join("\nUNION ALL\n"), { source });
  return result.records.map((r) => ({ type: r.get("type") as string, from: r.get("from") as string, to: r.get("to") as string, properties: r.get("properties") as Properties }));
}

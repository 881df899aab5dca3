/**
 * A revision as the feeds show it: the fields of the GraphQL `Revision` type, with its changes as
 * GraphQL's `ItemChange` (the same function makes both), so a client reads one shape from either door.
 */
import { itemChange } from "../graphql/writes/history.js";
import { subjectsOf, type Change, type RevisionRecord } from "../writes/revisions.js";
import { EMPTY_STATE, writeState } from "../web/client/explore/url-state.js";

/** GraphQL answers null for the fields of the other kind of item; so does the feed. */
function itemView(change: Change) {
  const { kind, action, fields, ...item } = itemChange(change);
  return { kind, action, id: null, label: null, from: null, type: null, to: null, source: null, ...item, fields };
}

export function revisionView(revision: RevisionRecord) {
  return {
    id: revision.id,
    at: revision.at,
    author: { id: revision.actor.id, name: revision.actor.name },
    operation: revision.operation,
    comment: revision.comment,
    summary: revision.summary,
    reverts: revision.reverts,
    changes: revision.changes.map(itemView),
  };
}

export type RevisionView = ReturnType<typeof revisionView>;

/** The explorer page (src/web/server.ts serves it) focused on these entities. */
export const explorerPath = (focus: string[]): string => `/explore${writeState({ ...EMPTY_STATE, focus })}`;

/**
 * The entities a revision touched that still exist after it, in the order its changes name them:
 * an entity, or a relationship's ends and source. What it deleted has nothing to show.
 */
export function entitiesShown(revision: RevisionRecord): string[] {
  const deleted = new Set(revision.changes.flatMap((c) => (c.kind === "entity" && c.after === null ? [c.id] : [])));
  return [...new Set(revision.changes.flatMap(subjectsOf))].filter((id) => !deleted.has(id));
}

/** The entities a revision is about at first sight: the first change's entity, or its relationship's two ends. */
export function mainEntities(revision: RevisionRecord): string[] {
  const first = revision.changes[0];
  if (!first) return [];
  const ids = first.kind === "entity" ? [first.id] : [first.from, first.to];
  const shown = new Set(entitiesShown(revision));
  return ids.filter((id) => shown.has(id));
}

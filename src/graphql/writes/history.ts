/** History's questions: an entity's revisions, one revision, the change feed, and evidence gone stale. */
import { GRAPH_MODEL } from "../../model/graph-model.js";
import { MAX_REVISIONS_PAGE, readChanges, readHistory, readRevision, type Change, type RevisionPage, type RevisionRecord } from "../../writes/revisions.js";
import { revisionCursor, sinceTime } from "../../writes/revision-arguments.js";
import { WriteError } from "../../writes/write-error.js";
import type { RequestContext } from "../context.js";
import { assertInRange, badUserInput } from "../errors.js";
import type { EntityRow, EvidenceRow } from "../models.js";
import { nearestSentence } from "./desk.js";
import { EVIDENCE_OF, entityField } from "../questions/entity-fields.js";

/** A cursor is a revision's id (its number); the rule is the write layer's (revision-arguments.ts), refusals become GraphQL's. */
function asArgument<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof WriteError ? badUserInput(error.message, error.field) : error;
  }
}
const cursor = (argument: string, value: string | null | undefined) => asArgument(() => revisionCursor({ field: argument, label: `Argument "${argument}"` }, value));
const since = (value: string | null | undefined) => asArgument(() => sinceTime({ field: "since", label: 'Argument "since"' }, value));

const page = (result: RevisionPage) => ({ ...result, endCursor: result.revisions.at(-1)?.id ?? null });

interface StaleRow {
  from: EntityRow;
  type: string;
  to: EntityRow;
  evidence: EvidenceRow;
}

// One branch per relationship type, each reading that type's `stale` index; types come from the model.
const STALE_EVIDENCE = GRAPH_MODEL.relationshipTypes
  .map(({ type }) => `MATCH (a)-[r:${type}]->(b) WHERE r.stale = true RETURN a {.*} AS from, '${type}' AS type, b {.*} AS to, ${EVIDENCE_OF("r")} AS evidence`)
  .join("\nUNION ALL\n");

export const historyQueries = {
  history: async (_: unknown, args: { id: string; first: number; after?: string | null }, context: RequestContext) =>
    page(await readHistory(context.read, args.id, assertInRange("first", args.first, 1, MAX_REVISIONS_PAGE), cursor("after", args.after))),
  revision: async (_: unknown, args: { id: string }, context: RequestContext) => (cursor("id", args.id) === null ? null : readRevision(context.read, args.id)),
  changes: async (_: unknown, args: { since?: string | null; first: number; after?: string | null }, context: RequestContext) =>
    page(await readChanges(context.read, { since: since(args.since), after: cursor("after", args.after), first: assertInRange("first", args.first, 1, MAX_REVISIONS_PAGE) })),
  staleEvidence: async (_: unknown, args: { limit: number }, context: RequestContext): Promise<StaleRow[]> => {
    const limit = assertInRange("limit", args.limit, 1, 1000);
    const result = await context.read<StaleRow>(`CALL () { ${STALE_EVIDENCE} } RETURN from, type, to, evidence ORDER BY from.id, type, to.id, evidence.sourceId LIMIT $limit`, { limit });
    return result.records.map((r) => ({ from: r.get("from"), type: r.get("type"), to: r.get("to"), evidence: r.get("evidence") }));
  },
};

const ACTIONS = { created: "CREATED", changed: "CHANGED", deleted: "DELETED" } as const;

/** A change as the API shows it: what happened to which item, and the properties that differ. */
export function itemChange(change: Change) {
  const before = change.before ?? {};
  const after = change.after ?? {};
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  const fields = names
    .map((field) => ({ field, before: json(before[field]), after: json(after[field]) }))
    .filter((f) => f.before !== f.after);
  const action = change.before === null ? ACTIONS.created : change.after === null ? ACTIONS.deleted : ACTIONS.changed;
  return change.kind === "entity"
    ? { kind: "ENTITY", action, id: change.id, label: change.label, fields }
    : { kind: "RELATIONSHIP", action, from: change.from, type: change.type, to: change.to, source: change.source, fields };
}

export const historyTypeResolvers = {
  Revision: {
    author: (revision: RevisionRecord) => revision.actor,
    changes: (revision: RevisionRecord) => revision.changes.map(itemChange),
  },
  StaleEvidence: {
    from: entityField<StaleRow>((row) => row.from),
    to: entityField<StaleRow>((row) => row.to),
    nearestSentence: (row: StaleRow, _args: unknown, context: RequestContext) => nearestSentence(row.evidence, context),
  },
};

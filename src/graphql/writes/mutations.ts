/**
 * The write mutations: each turns its arguments into one write through the pipeline
 * (src/writes/), as the request's author, and answers with the revision it made. The write layer's
 * refusals (WriteError) become GraphQL errors with the same code, field and details.
 */
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../context.js";
import type { EntityObject } from "../models.js";
import { createEntity, deleteEntity, updateEntity } from "../../writes/entity-writes.js";
import { link, unlink } from "../../writes/link-writes.js";
import { ERASE_PERSON, erasePerson } from "../../writes/erasure.js";
import { revert } from "../../writes/revert.js";
import type { RevisionRecord } from "../../writes/revisions.js";
import { addSource, reviseSource } from "../../writes/source-writes.js";
import { WriteError } from "../../writes/write-error.js";
import { WriteOutcomeUnknown } from "../../writes/write-transaction.js";
import type { ChangeSet } from "../../writes/change-set.js";
import type { EvidenceInput } from "../../writes/evidence-checks.js";

export const WRITE_OUTCOME_UNKNOWN = "WRITE_OUTCOME_UNKNOWN";

/** An erasure reads and rewrites every text that names the person, history included: longer than a request's QUERY_TIMEOUT_MS. */
const ERASURE_TIMEOUT_MS = 5 * 60_000;

/** The write layer's refusal as the API's error; anything else passes on (formatError masks the unexpected). */
function asGraphQLError(error: unknown): unknown {
  if (error instanceof WriteError) {
    return new GraphQLError(`${error.message} Nothing was written.`, { extensions: { code: error.code, argument: error.field, ...error.details } });
  }
  if (error instanceof WriteOutcomeUnknown) {
    return new GraphQLError(`${error.message} Read the affected entities before sending it again.`, { extensions: { code: WRITE_OUTCOME_UNKNOWN } });
  }
  return error;
}

type WriteResultObject = { revision: RevisionRecord | null; entity: EntityObject | null };

/**
 * The entity as the committed write left it, with the client's selection of `entity`. Read after
 * the commit: when that read fails (the database went away just then), the answer still carries
 * the revision, the proof that the write happened, with `entity: null`, never an error that
 * would say nothing was written.
 */
async function entityAfter(context: RequestContext, id: string | null, info: GraphQLResolveInfo): Promise<EntityObject | null> {
  if (id === null) return null;
  const field = info.fieldNodes[0]?.selectionSet?.selections.find((s) => s.kind === "Field" && s.name.value === "entity");
  if (!field) return null;
  const entityInfo = { ...info, fieldNodes: [field as never] } as GraphQLResolveInfo;
  try {
    return await context.entities.byId(id, entityInfo);
  } catch (error) {
    context.log.warn({ err: error, id }, "the write is committed; reading the entity after it failed");
    return null;
  }
}

async function write<T>(
  context: RequestContext,
  operation: string,
  comment: string | null | undefined,
  apply: (changes: ChangeSet) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<{ value: T; revision: RevisionRecord | null }> {
  try {
    return await context.write(operation, comment, apply, options);
  } catch (error) {
    throw asGraphQLError(error);
  }
}

interface Comment {
  comment?: string | null;
}
interface Expected {
  expectedRevision?: string | null;
}

export const mutationResolvers = {
  createEntity: async (_: unknown, args: { type: string; id: string; fields: Record<string, unknown> } & Comment, context: RequestContext, info: GraphQLResolveInfo): Promise<WriteResultObject> => {
    const { revision } = await write(context, "createEntity", args.comment, (changes) => createEntity(changes, args));
    return { revision, entity: await entityAfter(context, args.id, info) };
  },
  updateEntity: async (_: unknown, args: { id: string; fields: Record<string, unknown> } & Comment & Expected, context: RequestContext, info: GraphQLResolveInfo): Promise<WriteResultObject> => {
    const { revision } = await write(context, "updateEntity", args.comment, (changes) => updateEntity(changes, args));
    return { revision, entity: await entityAfter(context, args.id, info) };
  },
  deleteEntity: async (_: unknown, args: { id: string } & Comment & Expected, context: RequestContext): Promise<WriteResultObject> => {
    const { revision } = await write(context, "deleteEntity", args.comment, (changes) => deleteEntity(changes, args));
    return { revision, entity: null };
  },
  link: async (_: unknown, args: { from: string; type: string; to: string; evidence: EvidenceInput } & Comment & Expected, context: RequestContext, info: GraphQLResolveInfo): Promise<WriteResultObject> => {
    const { revision } = await write(context, "link", args.comment, (changes) => link(changes, args));
    return { revision, entity: await entityAfter(context, args.from, info) };
  },
  unlink: async (_: unknown, args: { from: string; type: string; to: string; source: string } & Comment & Expected, context: RequestContext, info: GraphQLResolveInfo): Promise<WriteResultObject> => {
    const { revision } = await write(context, "unlink", args.comment, (changes) => unlink(changes, args));
    return { revision, entity: await entityAfter(context, args.from, info) };
  },
  addSource: async (_: unknown, args: { input: { id?: string | null; text: string } & Record<string, unknown> } & Comment, context: RequestContext, info: GraphQLResolveInfo): Promise<WriteResultObject> => {
    const { id, text, ...fields } = args.input;
    const { value, revision } = await write(context, "addSource", args.comment, (changes) => addSource(changes, { id: id ?? null, text, fields }));
    return { revision, entity: await entityAfter(context, String(value.id), info) };
  },
  reviseSource: async (_: unknown, args: { id: string; text: string } & Comment & Expected, context: RequestContext) => {
    const { value, revision } = await write(context, "reviseSource", args.comment, (changes) => reviseSource(changes, args));
    return { revision, source: value.source, stillFound: value.stillFound, stale: value.stale };
  },
  revert: async (_: unknown, args: { revision: string } & Comment, context: RequestContext): Promise<WriteResultObject> => {
    const { revision } = await write(context, "revert", args.comment, (changes) => revert(changes, args.revision));
    return { revision, entity: null };
  },
  erasePerson: async (_: unknown, args: { id: string; reason: string }, context: RequestContext) => {
    const { erasureLog, actor } = context;
    if (!erasureLog || !actor) {
      throw new GraphQLError("Erasure needs its log's key: set ERASURE_LOG_KEY (or JWT_SECRET). Nothing was written.", { extensions: { code: "SERVICE_UNAVAILABLE" } });
    }
    const erasedAt = new Date();
    // The reason goes into the revision and the log only as erasure.ts redacts it.
    const { value, revision } = await write(context, ERASE_PERSON, null, async (changes) => {
      const outcome = await erasePerson(changes, { id: args.id, reason: args.reason, erasedAt });
      // Logged before the commit: a restore or seed load must erase the person again (erasure-log.ts).
      erasureLog.append({ idHash: erasureLog.hash(args.id), at: erasedAt.toISOString(), reason: outcome.reason, by: actor.id });
      return outcome;
    }, { timeoutMs: ERASURE_TIMEOUT_MS });
    return { ...value, revision };
  },
};

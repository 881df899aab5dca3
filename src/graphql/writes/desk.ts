/**
 * What the editor's desk (/edit) reads besides the public questions: who is signed in, a source's
 * whole text to cite from (editors only: the sources' licences cover quotes, not whole articles,
 * for the public), and for stale evidence the sentence of the new text to cite instead.
 */
import type { GraphQLResolveInfo } from "graphql";
import { closestSentence } from "../../model/quotes.js";
import type { RequestContext } from "../context.js";
import type { EvidenceRow } from "../models.js";
import { notFound } from "../errors.js";
import { EDITOR_ROLE, actorOf, assertRole } from "./write-access.js";

interface SourceRow {
  id: string;
  contentHash: string | null;
}

export const deskQueries = {
  viewer: (_: unknown, _args: unknown, context: RequestContext) => {
    if (!context.jwt) return null;
    const { id, name } = actorOf(context.jwt);
    return { id, name, roles: context.jwt.roles, canEdit: context.jwt.roles.includes(EDITOR_ROLE) };
  },
  sourceDocument: async (_: unknown, args: { id: string }, context: RequestContext): Promise<SourceDocument> => {
    assertRole(context.jwt, EDITOR_ROLE, "Reading a source's whole text");
    const result = await context.read<{ source: SourceRow }>("MATCH (s:Source {id: $id}) RETURN s {.id, .contentHash} AS source", { id: args.id });
    const row = result.records[0]?.get("source");
    if (row === undefined) throw notFound(`No source has id "${args.id}" (argument "id").`, "id");
    const text = row.contentHash === null ? null : await context.sourceTexts.load(row.contentHash);
    // The reference work (cbs-gebieden-in-nederland) has no text: reference evidence cites it without a quote.
    if (text === null) throw notFound(`The source "${args.id}" has no text in the graph: it is a reference work, cited without quotes.`, "id");
    return { sourceId: row.id, text };
  },
};

interface SourceDocument {
  sourceId: string;
  text: string;
}

export const deskTypeResolvers = {
  SourceDocument: {
    source: (document: SourceDocument, _args: unknown, context: RequestContext, info: GraphQLResolveInfo) => context.entities.byId(document.sourceId, info),
  },
};

/** The sentence of a stale quote's source's current text most like the old quote. */
export async function nearestSentence(evidence: EvidenceRow, context: RequestContext): Promise<string | null> {
  if (evidence.quote == null) return null;
  const result = await context.read<{ hash: string | null }>("MATCH (s:Source {id: $id}) RETURN s.contentHash AS hash", { id: evidence.sourceId });
  const hash = result.records[0]?.get("hash") ?? null;
  const text = hash === null ? null : await context.sourceTexts.load(hash);
  return text === null ? null : closestSentence(text, evidence.quote);
}

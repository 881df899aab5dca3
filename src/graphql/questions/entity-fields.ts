/** Resolvers for fields that hold entities: the entity loader serves them with the client's selection. */
import { Kind, type GraphQLResolveInfo } from "graphql";
import { contextOf } from "../../model/quotes.js";
import type { RequestContext } from "../context.js";
import type { EntityObject, EntityRow, EvidenceRow } from "../models.js";

/** A field holding one entity that the question's Cypher returned. */
export const entityField =
  <P>(rowOf: (parent: P) => EntityRow) =>
  async (parent: P, _args: unknown, context: RequestContext, info: GraphQLResolveInfo): Promise<EntityObject> => {
    const entity = await context.entities.fromRow(rowOf(parent), info);
    if (!entity) throw new Error(`Entity "${rowOf(parent).id}" vanished while the request ran`);
    return entity;
  };

/** A field holding a list of entities that the question's Cypher returned. */
export const entitiesField =
  <P>(rowsOf: (parent: P) => readonly EntityRow[]) =>
  (parent: P, _args: unknown, context: RequestContext, info: GraphQLResolveInfo): Promise<EntityObject[]> =>
    context.entities.fromRows(rowsOf(parent), info);

/** Cypher map projection of a relationship's evidence, as EvidenceRow. */
export const EVIDENCE_OF = (rel: string) =>
  `{sourceId: ${rel}.source, basis: coalesce(${rel}.basis, "QUOTE"), quote: ${rel}.quote, inferred: coalesce(${rel}.inferred, false), note: ${rel}.note, stale: coalesce(${rel}.stale, false), sourceVersion: ${rel}.sourceVersion, quoteStart: ${rel}.quoteStart, quoteEnd: ${rel}.quoteEnd}`;

/** Whether the client selected nothing of this field but its id (and type name). */
const selectsIdOnly = (info: GraphQLResolveInfo): boolean =>
  info.fieldNodes.every((field) =>
    field.selectionSet?.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === "id" || s.name.value === "__typename")),
  );

export const evidenceResolvers = {
  source: async (evidence: EvidenceRow, _args: unknown, context: RequestContext, info: GraphQLResolveInfo): Promise<EntityObject> => {
    // A quote's source id is all a graph view usually asks for, and the evidence row holds it already.
    if (selectsIdOnly(info)) return { id: evidence.sourceId };
    const source = await context.entities.byId(evidence.sourceId, info);
    if (!source) throw new Error(`Source "${evidence.sourceId}" of a quote is missing`);
    return source;
  },
  context: async (evidence: EvidenceRow, _args: unknown, context: RequestContext): Promise<{ before: string; after: string } | null> => {
    if (evidence.sourceVersion == null || evidence.quoteStart == null || evidence.quoteEnd == null) return null;
    const text = await context.sourceTexts.load(evidence.sourceVersion);
    return text === null ? null : contextOf(text, { start: evidence.quoteStart, end: evidence.quoteEnd });
  },
};

/** Resolvers for fields that hold entities: the entity loader serves them with the client's selection. */
import type { GraphQLResolveInfo } from "graphql";
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
export const EVIDENCE_OF = (rel: string) => `{sourceId: ${rel}.source, quote: ${rel}.quote}`;

export const evidenceResolvers = {
  source: async (evidence: EvidenceRow, _args: unknown, context: RequestContext, info: GraphQLResolveInfo): Promise<EntityObject> => {
    const source = await context.entities.byId(evidence.sourceId, info);
    if (!source) throw new Error(`Source "${evidence.sourceId}" of a quote is missing`);
    return source;
  },
};

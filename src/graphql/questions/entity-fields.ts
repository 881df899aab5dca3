/** Resolvers for fields that hold entities by id: the entity loader fetches them with the client's selection. */
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../context.js";
import type { EntityObject, EvidenceRow } from "../models.js";

export const entityById =
  <P>(idOf: (parent: P) => string) =>
  async (parent: P, _args: unknown, context: RequestContext, info: GraphQLResolveInfo): Promise<EntityObject> => {
    const entity = await context.entities.load(idOf(parent), info);
    if (!entity) throw new Error(`Entity "${idOf(parent)}" vanished while the request ran`);
    return entity;
  };

export const entitiesByIds =
  <P>(idsOf: (parent: P) => readonly string[]) =>
  (parent: P, _args: unknown, context: RequestContext, info: GraphQLResolveInfo): Promise<EntityObject[]> =>
    context.entities.loadMany(idsOf(parent), info);

/** Cypher map projection of a relationship's evidence, as EvidenceRow. */
export const EVIDENCE_OF = (rel: string) => `{sourceId: ${rel}.source, quote: ${rel}.quote}`;

export const evidenceResolvers = {
  source: entityById((e: EvidenceRow) => e.sourceId),
};

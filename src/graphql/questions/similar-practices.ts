/**
 * similarPractices: other practices that share themes, networks or organisations (developers and
 * appliers) with one. A shared theme weighs 2, a shared network 1.5, a shared organisation 1;
 * `shared` lists what explains the score.
 */
import type { QueryResolvers, SimilarPracticeResolvers } from "../__generated__/types.js";
import { assertInRange, notFound } from "../errors.js";
import type { SimilarPracticeRow } from "../models.js";
import { entitiesField, entityField } from "./entity-fields.js";

export const SIMILAR_PRACTICES = `
MATCH (practice:Practice {id: $id})
CALL (practice) {
  MATCH (practice)-[:ADDRESSES]->(shared:Theme)<-[:ADDRESSES]-(other:Practice)
  RETURN other, shared, 2.0 AS weight
  UNION
  MATCH (practice)-[:PART_OF]->(shared:Network)<-[:PART_OF]-(other:Practice)
  RETURN other, shared, 1.5 AS weight
  UNION
  MATCH (practice)<-[:DEVELOPED|APPLIES]-(shared:Organisation)-[:DEVELOPED|APPLIES]->(other:Practice)
  RETURN other, shared, 1.0 AS weight
}
WITH practice, other, shared, weight WHERE other <> practice
ORDER BY weight DESC, shared.id
WITH practice, other, sum(weight) AS score, collect(shared {.*}) AS shared
RETURN other {.*} AS practice, score, shared
ORDER BY score DESC, other.name
LIMIT $limit`;

export const similarPractices: QueryResolvers["similarPractices"] = async (_parent, args, context) => {
  const limit = assertInRange("limit", args.limit, 1, 100);
  const [result, exists] = await Promise.all([
    context.read<SimilarPracticeRow>(SIMILAR_PRACTICES, { id: args.id, limit }),
    context.read("MATCH (p:Practice {id: $id}) RETURN p.id AS id", { id: args.id }),
  ]);
  if (exists.records.length === 0) throw notFound(`No practice has id "${args.id}" (argument "id").`, "id");
  return result.records.map((r) => r.toObject());
};

export const similarPracticeResolvers: SimilarPracticeResolvers = {
  practice: entityField((s: SimilarPracticeRow) => s.practice),
  shared: entitiesField((s: SimilarPracticeRow) => s.shared),
};

/**
 * Builds the executable schema once at start-up: the SDL in `schema/` through @neo4j/graphql
 * (generated queries and filters; its generated mutations are off) plus the hand-written
 * resolvers: the network's questions, history, and the write mutations, whose model-shaped inputs
 * are written from the graph model (writes/model-inputs.ts).
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { deriveGraphModel } from "../model/derive-model.js";
import { GRAPH_MODEL, type GraphModel } from "../model/graph-model.js";
import { readTypeDefs } from "../model/schema-files.js";
import { questionResolvers } from "./questions/index.js";
import { deskQueries, deskTypeResolvers } from "./writes/desk.js";
import { historyQueries, historyTypeResolvers } from "./writes/history.js";
import { modelInputsSdl } from "./writes/model-inputs.js";
import { mutationResolvers } from "./writes/mutations.js";

/** `entityTypePractice` → "PRACTICE", ...: the callbacks that `@populatedBy` on each type's `type` field names. */
const entityTypeCallbacks = (model: GraphModel) =>
  Object.fromEntries(model.nodeTypes.map((node) => [`entityType${node.label}`, () => node.entityType]));

/** `typeDefs`: another SDL than `schema/` (a test's scratch model); the write inputs then follow its model. */
export async function buildSchema(options: { driver?: Driver; typeDefs?: string } = {}): Promise<GraphQLSchema> {
  const model = options.typeDefs === undefined ? GRAPH_MODEL : deriveGraphModel(options.typeDefs);
  const neoSchema = new Neo4jGraphQL({
    typeDefs: `${options.typeDefs ?? readTypeDefs()}\n${modelInputsSdl(model)}`,
    resolvers: {
      ...questionResolvers,
      ...historyTypeResolvers,
      ...deskTypeResolvers,
      Query: { ...questionResolvers.Query, ...historyQueries, ...deskQueries },
      Mutation: mutationResolvers,
    },
    ...(options.driver ? { driver: options.driver } : {}),
    features: {
      // Every node stores its EntityType (set by the writers too), so `type` costs no Cypher subquery.
      populatedBy: { callbacks: entityTypeCallbacks(model) },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return neoSchema.getSchema();
}

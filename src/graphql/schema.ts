/**
 * Builds the executable schema once at start-up: the SDL in `schema/` through @neo4j/graphql
 * (generated queries, mutations, authorization) plus the hand-written resolvers of the network's questions.
 */
import { randomBytes } from "node:crypto";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { deriveGraphModel } from "../model/derive-model.js";
import { GRAPH_MODEL, type GraphModel } from "../model/graph-model.js";
import { readTypeDefs } from "../model/schema-files.js";
import { checkWritesBeforeTheyRun } from "./writes/input-checks.js";
import { questionResolvers } from "./questions/index.js";

/** `entityTypePractice` → "PRACTICE", ...: the callbacks that `@populatedBy` on each type's `type` field names. */
const entityTypeCallbacks = (model: GraphModel) =>
  Object.fromEntries(model.nodeTypes.map((node) => [`entityType${node.label}`, () => node.entityType]));

/** `typeDefs`: another SDL than `schema/` (a test's scratch model); the write checks then follow its model. */
export async function buildSchema(options: { driver?: Driver; typeDefs?: string } = {}): Promise<GraphQLSchema> {
  const model = options.typeDefs === undefined ? GRAPH_MODEL : deriveGraphModel(options.typeDefs);
  const neoSchema = new Neo4jGraphQL({
    typeDefs: options.typeDefs ?? readTypeDefs(),
    resolvers: questionResolvers,
    ...(options.driver ? { driver: options.driver } : {}),
    features: {
      // Every node stores its EntityType (set by the seeder too), so `type` costs no Cypher subquery.
      populatedBy: { callbacks: entityTypeCallbacks(model) },
      // Tokens are verified before a request reaches the schema (src/server/editor-token.ts) and
      // arrive as the context's `jwt`; @neo4j/graphql then only applies the rules. It still wants a
      // key, which never verifies anything: a random one.
      authorization: { key: randomBytes(32).toString("hex") },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const schema = await neoSchema.getSchema();
  checkWritesBeforeTheyRun(schema, model);
  return schema;
}

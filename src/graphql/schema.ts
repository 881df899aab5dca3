/**
 * Builds the executable schema once at start-up: the SDL in `schema/` through @neo4j/graphql
 * (generated queries, mutations, authorization) plus the hand-written resolvers of the network's questions.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../config.js";
import { LABELS, entityTypeOf } from "../db/graph-model.js";
import { checkWritesBeforeTheyRun } from "./writes/input-checks.js";
import { questionResolvers } from "./questions/index.js";

export const SCHEMA_DIR = path.join(projectRoot, "schema");

export function readTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), "utf8"))
    .join("\n");
}

/** `entityTypePractice` → "PRACTICE", ...: the callbacks that `@populatedBy` on each type's `type` field names. */
const entityTypeCallbacks = Object.fromEntries(
  LABELS.map((label) => {
    const type = entityTypeOf(label);
    return [`entityType${label}`, () => type];
  }),
);

export async function buildSchema(options: { driver?: Driver } = {}): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    resolvers: questionResolvers,
    ...(options.driver ? { driver: options.driver } : {}),
    features: {
      // Every node stores its EntityType (set by the seeder too), so `type` costs no Cypher subquery.
      populatedBy: { callbacks: entityTypeCallbacks },
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
  checkWritesBeforeTheyRun(schema);
  return schema;
}

import type { CodegenConfig } from "@graphql-codegen/cli";

const SCALARS = {
  BigInt: "number",
  DateTime: "string",
  Date: "string",
  Time: "string",
  LocalTime: "string",
  LocalDateTime: "string",
  Duration: "string",
};

// Typed resolvers for the hand-written questions, and typed documents for the example operations.
// `npm run codegen` first prints the full schema (src/graphql/print-schema.ts), then runs this.
const config: CodegenConfig = {
  schema: "src/graphql/__generated__/schema.graphql",
  documents: ["operations/**/*.graphql"],
  emitLegacyCommonJSImports: false,
  generates: {
    "src/graphql/__generated__/types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: "../context.js#RequestContext",
        mapperTypeSuffix: "Model",
        mappers: {
          Entity: "../models.js#EntityObject",
          Practice: "../models.js#EntityObject",
          Organisation: "../models.js#EntityObject",
          Network: "../models.js#EntityObject",
          Region: "../models.js#EntityObject",
          Theme: "../models.js#EntityObject",
          Person: "../models.js#EntityObject",
          Source: "../models.js#EntityObject",
          Evidence: "../models.js#EvidenceRow",
          PartnerOnTheme: "../models.js#PartnerOnThemeRow",
          SearchHit: "../models.js#SearchHitRow",
          GraphEdge: "../models.js#GraphEdgeRow",
          GraphPath: "../models.js#GraphPathRow",
          Subgraph: "../models.js#SubgraphRow",
          SimilarPractice: "../models.js#SimilarPracticeRow",
          ThemeCoverage: "../models.js#ThemeCoverageRow",
        },
        scalars: SCALARS,
      },
    },
    "src/graphql/__generated__/operations.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: { useTypeImports: true, scalars: SCALARS },
    },
  },
};

export default config;

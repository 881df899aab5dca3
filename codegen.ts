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

// Typed resolvers for the hand-written questions, and typed documents for the queries the pages send.
// `npm run codegen` first prints the full schema (src/graphql/print-schema.ts), then runs this.
//
// The examples in operations/ get no typed documents: no TypeScript sends them (the README, the
// playground and the load test read them as text), so the types would be dead code. Their check
// against the schema is the browser documents' test (src/web/client/shared/queries.test.ts).
const config: CodegenConfig = {
  schema: "src/graphql/__generated__/schema.graphql",
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
          FacetKey: "../models.js#FacetKeyRow",
          FacetBucket: "../models.js#FacetBucketRow",
          Gap: "../models.js#GapRow",
          GapRegion: "../models.js#GapRegionRow",
        },
        scalars: SCALARS,
      },
    },
    "src/web/client/shared/__generated__/queries.ts": {
      documents: ["src/web/client/shared/queries.graphql"],
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        useTypeImports: true,
        scalars: SCALARS,
        // Each document a string (TypedDocumentString) that carries its answer's and variables' types,
        // not a parsed DocumentNode: the pages send text, and need no `graphql` package to do it.
        documentMode: "string",
        // So a bundle keeps only the documents its page sends (embed.js none of the explorer's).
        pureMagicComment: true,
        // One object type for an interface's fields (Entity's), not one identical member per implementation.
        mergeFragmentTypes: true,
      },
    },
  },
};

export default config;

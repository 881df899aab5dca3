/** The hand-written resolvers: the network's questions and the types they return. */
import type { Resolvers } from "../__generated__/types.js";
import { connection, graphPathResolvers } from "./connection.js";
import { entity } from "./entity.js";
import { graphEdgeResolvers } from "./graph-edges.js";
import { evidenceResolvers } from "./entity-fields.js";
import { facetKeyResolvers, facets } from "./facets.js";
import { gapRegionResolvers, gapResolvers, gaps } from "./gaps.js";
import { neighbourhood, subgraphResolvers } from "./neighbourhood.js";
import { partnerOnThemeResolvers, partnersOnTheme } from "./partners-on-theme.js";
import { paths } from "./paths.js";
import { search, searchHitResolvers } from "./search.js";
import { similarPracticeResolvers, similarPractices } from "./similar-practices.js";
import { suggestFacts } from "./suggest-facts.js";
import { themeCoverage, themeCoverageResolvers } from "./theme-coverage.js";

export const questionResolvers = {
  Query: { partnersOnTheme, search, entity, connection, paths, neighbourhood, similarPractices, themeCoverage, facets, gaps, suggestFacts },
  PartnerOnTheme: partnerOnThemeResolvers,
  Evidence: evidenceResolvers,
  GraphEdge: graphEdgeResolvers,
  SearchHit: searchHitResolvers,
  GraphPath: graphPathResolvers,
  Subgraph: subgraphResolvers,
  SimilarPractice: similarPracticeResolvers,
  ThemeCoverage: themeCoverageResolvers,
  FacetKey: facetKeyResolvers,
  Gap: gapResolvers,
  GapRegion: gapRegionResolvers,
} satisfies Resolvers;

/**
 * themeCoverage: per region (sub-regions rolled up) and theme, how many practices, organisations
 * and networks there work on it. How each is placed in a region and works on a theme is reach.ts's
 * (one statement of it, shared with facets and gaps); this question rolls sub-regions up.
 * The schema's description says the same to callers (schema/questions.graphql).
 */
import type { QueryResolvers, ThemeCoverageResolvers } from "../__generated__/types.js";
import type { ThemeCoverageRow } from "../models.js";
import { entityField } from "./entity-fields.js";
import { WORKS_ON, networkCovers, organisationIn, practiceOfNetwork, unionOf } from "./reach.js";

/**
 * Each count is aggregated in its own subquery that imports only the list it needs: a DISTINCT or
 * UNION in a scope holding the region's big lists is charged their size per row, and ran a
 * province at 100k practices out of transaction memory.
 */
const coverageOf = (regions: string) => `
${regions}
CALL (region) {
  MATCH (sub:Region)-[:PART_OF*0..]->(region)
  OPTIONAL MATCH ${networkCovers("n", "sub")}
  RETURN collect(DISTINCT n) AS networks
}
CALL (region) {
  MATCH (sub:Region)-[:PART_OF*0..]->(region)
  CALL (sub) {
    ${unionOf(organisationIn("o", "sub"), "o")}
  }
  RETURN collect(DISTINCT o) AS organisations
}
CALL (networks) {
  UNWIND networks AS n
  CALL (n) {
    ${unionOf(WORKS_ON.NETWORK("n", "theme"), "theme")}
  }
  WITH theme, count(DISTINCT n) AS count
  RETURN collect({theme: theme, kind: 'network', count: count}) AS networkCounts
}
CALL (networks) {
  UNWIND networks AS n
  CALL (n) {
    ${unionOf(practiceOfNetwork("p", "n"), "p")}
  }
  WITH DISTINCT p
  CALL (p) {
    ${unionOf(WORKS_ON.PRACTICE("p", "theme"), "theme")}
  }
  WITH theme, count(DISTINCT p) AS count
  RETURN collect({theme: theme, kind: 'practice', count: count}) AS practiceCounts
}
CALL (organisations) {
  UNWIND organisations AS o
  CALL (o) {
    ${unionOf(WORKS_ON.ORGANISATION("o", "theme"), "theme")}
  }
  WITH theme, count(*) AS count
  RETURN collect({theme: theme, kind: 'organisation', count: count}) AS organisationCounts
}
UNWIND networkCounts + practiceCounts + organisationCounts AS row
WITH region, row.theme AS theme, apoc.map.fromPairs(collect([row.kind, row.count])) AS counts
RETURN theme {.*} AS theme, region {.*} AS region,
       coalesce(counts.practice, 0) AS practices,
       coalesce(counts.organisation, 0) AS organisations,
       coalesce(counts.network, 0) AS networks
ORDER BY region.name, theme.name`;

export const THEME_COVERAGE_IN_REGION = coverageOf("MATCH (region:Region {id: $regionId})");
export const THEME_COVERAGE_EVERY_REGION = coverageOf("MATCH (region:Region)");

export const themeCoverage: QueryResolvers["themeCoverage"] = async (_parent, args, context) => {
  const regionId = args.region ? await context.vocabulary.resolve("Region", args.region, "region") : null;
  // Two statements rather than `$regionId IS NULL OR ...`, so a region is found by index seek.
  const result = await context.read<ThemeCoverageRow>(regionId ? THEME_COVERAGE_IN_REGION : THEME_COVERAGE_EVERY_REGION, { regionId });
  return result.records.map((r) => r.toObject());
};

export const themeCoverageResolvers: ThemeCoverageResolvers = {
  theme: entityField((c: ThemeCoverageRow) => c.theme),
  region: entityField((c: ThemeCoverageRow) => c.region),
};

/**
 * themeCoverage: per region (sub-regions rolled up) and theme, how many practices, organisations
 * and networks there work on it. A network is in a region when it covers it; a practice through
 * its networks; an organisation when it is located there or belongs to a network that covers it.
 * An organisation works on a theme as in partnersOnTheme.
 */
import type { QueryResolvers, ThemeCoverageResolvers } from "../__generated__/types.js";
import type { ThemeCoverageRow } from "../models.js";
import { entityField } from "./entity-fields.js";

export const THEME_COVERAGE = `
MATCH (region:Region) WHERE $regionId IS NULL OR region.id = $regionId
CALL (region) {
  MATCH (sub:Region)-[:PART_OF*0..]->(region)
  WITH DISTINCT sub
  OPTIONAL MATCH (sub)<-[:COVERS]-(n:Network)
  RETURN collect(DISTINCT sub) AS subs, collect(DISTINCT n) AS networks
}
CALL (subs, networks) {
  UNWIND networks AS n
  MATCH (n)-[:FOCUSES_ON]->(theme:Theme)
  RETURN theme, 'network' AS kind, n AS item
  UNION ALL
  UNWIND networks AS n
  MATCH (n)<-[:PART_OF]-(p:Practice)-[:ADDRESSES]->(theme:Theme)
  RETURN theme, 'practice' AS kind, p AS item
  UNION ALL
  CALL (subs, networks) {
    UNWIND subs AS sub
    MATCH (sub)<-[:LOCATED_IN]-(o:Organisation)
    RETURN o
    UNION
    UNWIND networks AS n
    MATCH (n)<-[:MEMBER_OF]-(o:Organisation)
    RETURN o
  }
  CALL (o) {
    MATCH (o)-[:FOCUSES_ON]->(theme:Theme) RETURN theme
    UNION
    MATCH (o)-[:MEMBER_OF]->(:Network)-[:FOCUSES_ON]->(theme:Theme) RETURN theme
    UNION
    MATCH (o)-[:DEVELOPED|APPLIES]->(:Practice)-[:ADDRESSES]->(theme:Theme) RETURN theme
  }
  RETURN theme, 'organisation' AS kind, o AS item
}
WITH region, theme, kind, count(DISTINCT item) AS count
WITH region, theme, apoc.map.fromPairs(collect([kind, count])) AS counts
RETURN theme {.*} AS theme, region {.*} AS region,
       coalesce(counts.practice, 0) AS practices,
       coalesce(counts.organisation, 0) AS organisations,
       coalesce(counts.network, 0) AS networks
ORDER BY region.name, theme.name`;

export const themeCoverage: QueryResolvers["themeCoverage"] = async (_parent, args, context) => {
  const regionId = args.region ? await context.vocabulary.resolve("Region", args.region, "region") : null;
  const result = await context.read<ThemeCoverageRow>(THEME_COVERAGE, { regionId });
  return result.records.map((r) => r.toObject());
};

export const themeCoverageResolvers: ThemeCoverageResolvers = {
  theme: entityField((c: ThemeCoverageRow) => c.theme),
  region: entityField((c: ThemeCoverageRow) => c.region),
};

/**
 * partnersOnTheme: organisations that work on a theme (or a narrower one) directly, through a
 * network they belong to, or through a practice they developed or apply; optionally only inside,
 * or only outside, a region (sub-regions included). An organisation's regions are where it is
 * located and what its networks cover.
 */
import type { PartnerOnThemeResolvers, QueryResolvers } from "../__generated__/types.js";
import { assertInRange } from "../errors.js";
import type { PartnerOnThemeRow } from "../models.js";
import { EVIDENCE_OF, entitiesField, entityField } from "./entity-fields.js";

export const PARTNERS_ON_THEME = `
MATCH (theme:Theme {id: $themeId})
CALL () {
  OPTIONAL MATCH (inside:Region)-[:PART_OF*0..]->(:Region {id: $regionId})
  RETURN collect(DISTINCT inside) AS insideRegion
}
CALL () {
  OPTIONAL MATCH (excluded:Region)-[:PART_OF*0..]->(:Region {id: $excludeRegionId})
  RETURN collect(DISTINCT excluded) AS excludedRegion
}
MATCH (topic:Theme)-[:BROADER*0..]->(theme)
CALL (topic) {
  MATCH (o:Organisation)-[f:FOCUSES_ON]->(topic)
  RETURN o, null AS via, [${EVIDENCE_OF("f")}] AS evidence
  UNION
  MATCH (o:Organisation)-[m:MEMBER_OF]->(n:Network)-[f:FOCUSES_ON]->(topic)
  RETURN o, n AS via, [${EVIDENCE_OF("m")}, ${EVIDENCE_OF("f")}] AS evidence
  UNION
  MATCH (o:Organisation)-[d:DEVELOPED|APPLIES]->(p:Practice)-[a:ADDRESSES]->(topic)
  RETURN o, p AS via, [${EVIDENCE_OF("d")}, ${EVIDENCE_OF("a")}] AS evidence
}
WITH insideRegion, excludedRegion, o, via, evidence ORDER BY via.id
WITH insideRegion, excludedRegion, o, collect(DISTINCT via) AS via, collect(evidence) AS evidenceLists
WITH insideRegion, excludedRegion, o, via, evidenceLists,
     apoc.coll.toSet([(o)-[:LOCATED_IN]->(r:Region) | r] + [(o)-[:MEMBER_OF]->(:Network)-[:COVERS]->(r:Region) | r]) AS regions
WHERE ($regionId IS NULL OR any(r IN regions WHERE r IN insideRegion))
  AND ($excludeRegionId IS NULL OR (size(regions) > 0 AND none(r IN regions WHERE r IN excludedRegion)))
WITH o, via, regions, evidenceLists
ORDER BY size(via) DESC, o.name
LIMIT $limit
// Properties are read for the partners shown only, not for every candidate.
CALL (regions) {
  UNWIND regions AS region
  WITH region ORDER BY region.id
  RETURN collect(region {.*}) AS regionRows
}
RETURN o {.*} AS organisation, regionRows AS regions, [v IN via | v {.*}] AS via,
       reduce(acc = [], list IN evidenceLists | acc + list) AS evidence
ORDER BY size(via) DESC, o.name`;

export const partnersOnTheme: QueryResolvers["partnersOnTheme"] = async (_parent, args, context) => {
  const limit = assertInRange("limit", args.limit, 1, 1000);
  const [themeId, regionId, excludeRegionId] = await Promise.all([
    context.vocabulary.resolve("Theme", args.theme, "theme"),
    args.region ? context.vocabulary.resolve("Region", args.region, "region") : null,
    args.excludeRegion ? context.vocabulary.resolve("Region", args.excludeRegion, "excludeRegion") : null,
  ]);
  const result = await context.read<PartnerOnThemeRow>(PARTNERS_ON_THEME, { themeId, regionId, excludeRegionId, limit });
  return result.records.map((r) => {
    const unique = new Map(r.get("evidence").map((e) => [`${e.sourceId}\u0000${e.quote}`, e]));
    return {
      organisation: r.get("organisation"),
      regions: r.get("regions"),
      via: r.get("via"),
      evidence: [...unique.values()].sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.quote.localeCompare(b.quote)),
    };
  });
};

export const partnerOnThemeResolvers: PartnerOnThemeResolvers = {
  organisation: entityField((p: PartnerOnThemeRow) => p.organisation),
  regions: entitiesField((p: PartnerOnThemeRow) => p.regions),
  via: entitiesField((p: PartnerOnThemeRow) => p.via),
};

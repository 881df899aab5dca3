/**
 * partnersOnTheme: organisations that work on a theme (or a narrower one) directly, through a
 * network they belong to, or through a practice they developed or apply; optionally only inside,
 * or only outside, a region (sub-regions included). An organisation's regions are where it is
 * located and what its networks cover. Partners rank by how many networks and practices connect
 * them to the theme; each shows the first `viaLimit` of those (by id) with their evidence, because
 * a large provider can apply thousands of practices on a broad theme.
 */
import type { PartnerOnThemeResolvers, QueryResolvers } from "../__generated__/types.js";
import { assertInRange } from "../errors.js";
import type { PartnerOnThemeRow } from "../models.js";
import { EVIDENCE_OF, entitiesField, entityField } from "./entity-fields.js";

export const PARTNERS_ON_THEME = `
MATCH (theme:Theme {id: $themeId})
MATCH (topic:Theme)-[:BROADER*0..]->(theme)
WITH collect(topic) AS topics
// Rank every candidate on node references only: collecting evidence or regions for all of them
// (tens of thousands on a broad theme) would run out of transaction memory.
CALL (topics) {
  UNWIND topics AS topic
  CALL (topic) {
    MATCH (o:Organisation)-[:FOCUSES_ON]->(topic)
    RETURN o, null AS via
    UNION
    MATCH (o:Organisation)-[:MEMBER_OF]->(n:Network)-[:FOCUSES_ON]->(topic)
    RETURN o, n AS via
    UNION
    MATCH (o:Organisation)-[:DEVELOPED|APPLIES]->(p:Practice)-[:ADDRESSES]->(topic)
    RETURN o, p AS via
  }
  WITH o, collect(DISTINCT via) AS vias
  WITH o, vias, size(vias) AS viaCount
  ORDER BY viaCount DESC, o.name
  // In rank order, so the region conditions are checked only until enough partners pass.
  CALL (o) {
    WITH o
    WHERE ($regionId IS NULL
           OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) }
           OR EXISTS { (o)-[:MEMBER_OF]->(:Network)-[:COVERS]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
      AND ($excludeRegionId IS NULL
           OR ((EXISTS { (o)-[:LOCATED_IN]->() } OR EXISTS { (o)-[:MEMBER_OF]->()-[:COVERS]->() })
               AND NOT EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $excludeRegionId}) }
               AND NOT EXISTS { (o)-[:MEMBER_OF]->(:Network)-[:COVERS]->(:Region)-[:PART_OF*0..]->(:Region {id: $excludeRegionId}) }))
    RETURN true AS inRegion
  }
  RETURN o, vias, viaCount
  LIMIT $limit
}
CALL (vias) {
  UNWIND vias AS v
  WITH v ORDER BY v.id LIMIT $viaLimit
  RETURN collect(v) AS via
}
// Evidence of the links shown: a direct focus, and each shown network's or practice's two links.
CALL (o, topics, via) {
  CALL (o, topics, via) {
    MATCH (o)-[f:FOCUSES_ON]->(topic) WHERE topic IN topics
    RETURN ${EVIDENCE_OF("f")} AS item
    UNION
    UNWIND via AS v
    MATCH (o)-[link:MEMBER_OF|DEVELOPED|APPLIES]->(v)-[f:FOCUSES_ON|ADDRESSES]->(topic) WHERE topic IN topics
    UNWIND [link, f] AS r
    RETURN ${EVIDENCE_OF("r")} AS item
  }
  RETURN collect(item) AS evidence
}
CALL (o) {
  MATCH (o)-[:LOCATED_IN|MEMBER_OF]->()-[:COVERS*0..1]->(region:Region)
  WITH DISTINCT region ORDER BY region.id
  RETURN collect(region {.*}) AS regions
}
RETURN o {.*} AS organisation, viaCount, regions, [v IN via | v {.*}] AS via, evidence
ORDER BY viaCount DESC, o.name`;

export const partnersOnTheme: QueryResolvers["partnersOnTheme"] = async (_parent, args, context) => {
  const limit = assertInRange("limit", args.limit, 1, 1000);
  const viaLimit = assertInRange("viaLimit", args.viaLimit, 0, 1000);
  const [themeId, regionId, excludeRegionId] = await Promise.all([
    context.vocabulary.resolve("Theme", args.theme, "theme"),
    args.region ? context.vocabulary.resolve("Region", args.region, "region") : null,
    args.excludeRegion ? context.vocabulary.resolve("Region", args.excludeRegion, "excludeRegion") : null,
  ]);
  const result = await context.read<PartnerOnThemeRow>(PARTNERS_ON_THEME, { themeId, regionId, excludeRegionId, limit, viaLimit });
  return result.records.map((r) => {
    const unique = new Map(r.get("evidence").map((e) => [`${e.sourceId}\u0000${e.quote}`, e]));
    return {
      organisation: r.get("organisation"),
      viaCount: r.get("viaCount"),
      regions: r.get("regions"),
      via: r.get("via"),
      evidence: [...unique.values()].sort((a, b) => a.sourceId.localeCompare(b.sourceId) || (a.quote ?? "").localeCompare(b.quote ?? "")),
    };
  });
};

export const partnerOnThemeResolvers: PartnerOnThemeResolvers = {
  organisation: entityField((p: PartnerOnThemeRow) => p.organisation),
  regions: entitiesField((p: PartnerOnThemeRow) => p.regions),
  via: entitiesField((p: PartnerOnThemeRow) => p.via),
};

/**
 * gaps: the themes worked on elsewhere but not in a region, each with the nearest regions that
 * work on it and what they have there: who the region could learn from. "Worked on in a region"
 * is themeCoverage's (reach.ts, sub-regions rolled up); "has it" of another region means something
 * placed in that region itself, as rolling up would make every larger region the nearest one.
 * Nearness is PART_OF hops through the nearest region both lie in; the region tree is a tree (or
 * nearly), so that is its undirected distance.
 */
import type { GapRegionResolvers, GapResolvers, QueryResolvers } from "../__generated__/types.js";
import { assertInRange } from "../errors.js";
import type { EntityRow, GapRegionRow, GapRow } from "../models.js";
import { entitiesField, entityField } from "./entity-fields.js";
import { placedInAnyType, unionOf, worksOnAnyType, type CountedType } from "./reach.js";

export const GAPS_LIMITS = { nearest: 10, perRegion: 50 } as const;

export const GAPS = `
MATCH (region:Region {id: $regionId})
// What the region and its sub-regions work on (the themes of its themeCoverage rows).
CALL (region) {
  MATCH (sub:Region)-[:PART_OF*0..]->(region)
  CALL (sub) {
    ${unionOf(placedInAnyType("e", "sub"), "e")}
  }
  WITH DISTINCT e
  CALL (e) {
    ${unionOf(worksOnAnyType("e", "t"), "t")}
  }
  RETURN collect(DISTINCT t) AS covered
}
// The regions it lies in, itself included, with their hops up from it.
CALL (region) {
  MATCH path = (region)-[:PART_OF*0..]->(above:Region)
  WITH above, min(length(path)) AS up
  RETURN collect({region: above, up: up}) AS ancestry
}
MATCH (theme:Theme) WHERE NOT theme IN covered
// The nearest regions where something placed there itself works on the theme, with what does.
CALL (theme, ancestry) {
  CALL (theme) {
    ${unionOf(worksOnAnyType("e", "theme"), "e")}
  }
  CALL (e) {
    ${unionOf(placedInAnyType("e", "s"), "s")}
  }
  WITH s, collect(e) AS entities
  CALL (s, ancestry) {
    MATCH path = (s)-[:PART_OF*0..]->(common:Region)
    RETURN min(length(path) + [a IN ancestry WHERE a.region = common][0].up) AS hops
  }
  WITH s, hops, entities WHERE hops IS NOT NULL
  ORDER BY hops, s.name, s.id
  LIMIT $nearest
  // What each has: its practices, organisations and networks on the theme, by name.
  CALL (entities) {
    UNWIND entities AS e
    WITH e ORDER BY e.name, e.id
    WITH e.type AS type, collect(e) AS ofType
    RETURN collect({type: type, count: size(ofType), first: [x IN ofType[0..$perRegion] | x {.*}]}) AS byType
  }
  RETURN s, hops, byType
}
WITH theme, s, hops, byType ORDER BY hops, s.name, s.id
WITH theme, collect({region: s {.*}, hops: hops, byType: byType}) AS nearest
RETURN theme {.*} AS theme, nearest
ORDER BY theme.name, theme.id`;

interface GapsRecord {
  theme: EntityRow;
  nearest: { region: EntityRow; hops: number; byType: { type: CountedType; count: number; first: EntityRow[] }[] }[];
}

/** A row of the statement as the GraphQL types take it. */
export function gapOf(record: GapsRecord): GapRow {
  return {
    theme: record.theme,
    nearest: record.nearest.map(({ region, hops, byType }): GapRegionRow => {
      const of = (type: CountedType) => byType.find((t) => t.type === type);
      return {
        region,
        hops,
        practices: of("PRACTICE")?.first ?? [],
        practiceCount: of("PRACTICE")?.count ?? 0,
        organisations: of("ORGANISATION")?.first ?? [],
        organisationCount: of("ORGANISATION")?.count ?? 0,
        networks: of("NETWORK")?.first ?? [],
        networkCount: of("NETWORK")?.count ?? 0,
      };
    }),
  };
}

export const gaps: QueryResolvers["gaps"] = async (_parent, args, context) => {
  const nearest = assertInRange("nearest", args.nearest ?? 3, 1, GAPS_LIMITS.nearest);
  const perRegion = assertInRange("perRegion", args.perRegion ?? 5, 0, GAPS_LIMITS.perRegion);
  const regionId = await context.vocabulary.resolve("Region", args.region, "region");
  const result = await context.read<GapsRecord>(GAPS, { regionId, nearest, perRegion });
  return result.records.map((r) => gapOf(r.toObject()));
};

export const gapResolvers: GapResolvers = {
  theme: entityField((g: GapRow) => g.theme),
};

export const gapRegionResolvers: GapRegionResolvers = {
  region: entityField((g: GapRegionRow) => g.region),
  practices: entitiesField((g: GapRegionRow) => g.practices),
  organisations: entitiesField((g: GapRegionRow) => g.organisations),
  networks: entitiesField((g: GapRegionRow) => g.networks),
};

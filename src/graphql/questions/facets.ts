/**
 * facets: counts of practices, organisations and networks grouped by any of theme, region (rolled
 * up to a level of the region tree), type and kind, in one call, like OpenAlex's `group_by`. An
 * entity works on themes and is placed in regions as reach.ts says (themeCoverage's definitions);
 * each entity counts once in every bucket whose keys it has. The schema's descriptions say the same
 * to callers (schema/questions.graphql).
 *
 * With a filter, a placement outside the filter's regions and a theme outside its themes are not
 * counted at all, so a filtered dimension's buckets stay within the filter, and
 * `facets(groupBy: [THEME, TYPE], filter: { regions: [R] })` answers what themeCoverage(R) does.
 */
import type { FacetKeyResolvers, QueryResolvers } from "../__generated__/types.js";
import { assertInRange, badUserInput } from "../errors.js";
import type { EntityRow, FacetBucketRow, FacetKeyRow } from "../models.js";
import { entityField } from "./entity-fields.js";
import { COUNTED_TYPES, isCountedType, placedInAnyType, unionOf, worksOnAnyType, type CountedType } from "./reach.js";

export const FACETS_LIMITS = { limit: 1000, filterValues: 100 } as const;

/**
 * The entities to count: those of the filter's themes when it names themes, else those placed in
 * its regions, else every entity of the counted types. Starting from the narrowest set keeps a
 * filtered question to the part of the graph it is about; the rest of the statement is the same.
 */
const facetsFrom = (candidates: string) => `
${candidates}
WITH DISTINCT e WHERE e.type IN $types
// Its themes, when grouped or filtered by theme: the filter's only.
CALL (e) {
  WITH e WHERE $themesNeeded
  CALL (e) {
    ${unionOf(worksOnAnyType("e", "t"), "t")}
  }
  WITH t WHERE $themeIds IS NULL OR t.id IN $themeIds
  RETURN collect(t) AS themes
}
WITH e, themes WHERE $themeIds IS NULL OR size(themes) > 0
// Where it is placed, when grouped or filtered by region: placements within the filter's regions,
// each rolled up to its regions of the level (itself, when of that kind).
CALL (e) {
  WITH e WHERE $regionsNeeded
  CALL (e) {
    ${unionOf(placedInAnyType("e", "r"), "r")}
  }
  WITH r WHERE $regionIds IS NULL OR EXISTS { MATCH (r)-[:PART_OF*0..]->(within:Region) WHERE within.id IN $regionIds }
  OPTIONAL MATCH (r)-[:PART_OF*0..]->(up:Region {kind: $regionLevel})
  RETURN count(r) > 0 AS placed, collect(DISTINCT up) AS regions
}
WITH e, themes, regions WHERE $regionIds IS NULL OR placed
// One key list per dimension, [null] for a dimension not grouped by; an entity then counts once
// per combination, so count(*) counts distinct entities per bucket.
WITH CASE WHEN $byTheme THEN themes ELSE [null] END AS themeKeys,
     CASE WHEN $byRegion THEN regions ELSE [null] END AS regionKeys,
     CASE WHEN $byType THEN [e.type] ELSE [null] END AS typeKeys,
     CASE WHEN NOT $byKind THEN [null] WHEN e.kind IS NULL THEN [] ELSE [e.type + ':' + e.kind] END AS kindKeys
UNWIND themeKeys AS theme
UNWIND regionKeys AS region
UNWIND typeKeys AS type
UNWIND kindKeys AS kind
WITH theme, region, type, kind, count(*) AS count
WITH theme, region, type, kind, count,
     [dimension IN $groupBy | CASE dimension WHEN 'THEME' THEN theme.name WHEN 'REGION' THEN region.name WHEN 'TYPE' THEN type ELSE kind END] AS names,
     [dimension IN $groupBy | CASE dimension WHEN 'THEME' THEN theme.id WHEN 'REGION' THEN region.id WHEN 'TYPE' THEN type ELSE kind END] AS ids
ORDER BY count DESC, names, ids
LIMIT $limit + 1
RETURN theme {.*} AS theme, region {.*} AS region, type, kind, count`;

export const FACETS_OF_THEMES = facetsFrom(`
MATCH (t:Theme) WHERE t.id IN $themeIds
CALL (t) {
  ${unionOf(worksOnAnyType("e", "t"), "e")}
}`);

export const FACETS_IN_REGIONS = facetsFrom(`
MATCH (within:Region) WHERE within.id IN $regionIds
MATCH (r:Region)-[:PART_OF*0..]->(within)
WITH DISTINCT r
CALL (r) {
  ${unionOf(placedInAnyType("e", "r"), "e")}
}`);

export const FACETS_EVERYWHERE = facetsFrom(`
CALL () {
  ${Object.entries(COUNTED_TYPES)
    .map(([type, label]) => `MATCH (e:${label}) WHERE '${type}' IN $types RETURN e`)
    .join("\n  UNION ALL\n  ")}
}`);

type Dimension = "THEME" | "REGION" | "TYPE" | "KIND";

interface FacetsRecord {
  theme: EntityRow | null;
  region: EntityRow | null;
  type: string | null;
  kind: string | null;
  count: number;
}

/** The parameters of the statement for checked arguments (exported for the benchmark's floor). */
export interface FacetsParameters {
  groupBy: Dimension[];
  types: CountedType[];
  themeIds: string[] | null;
  regionIds: string[] | null;
  regionLevel: string;
  limit: number;
}

/** The statement for a question, and all its parameters. */
export function facetsStatement(p: FacetsParameters): { cypher: string; params: Record<string, unknown> } {
  const by = (d: Dimension) => p.groupBy.includes(d);
  const cypher = p.themeIds ? FACETS_OF_THEMES : p.regionIds ? FACETS_IN_REGIONS : FACETS_EVERYWHERE;
  return {
    cypher,
    params: {
      ...p,
      byTheme: by("THEME"),
      byRegion: by("REGION"),
      byType: by("TYPE"),
      byKind: by("KIND"),
      themesNeeded: by("THEME") || p.themeIds !== null,
      regionsNeeded: by("REGION") || p.regionIds !== null,
    },
  };
}

/** A bucket of the statement's record: one key per dimension, in `groupBy`'s order. */
export function bucketOf(record: FacetsRecord, groupBy: readonly Dimension[]): FacetBucketRow {
  const keyOf = (dimension: Dimension): FacetKeyRow => {
    switch (dimension) {
      case "THEME":
      case "REGION": {
        const entity = dimension === "THEME" ? record.theme : record.region;
        if (!entity) throw new Error(`facets: a bucket without its ${dimension} key`);
        return { dimension, id: entity.id, name: entity.name, entity };
      }
      case "TYPE":
        return { dimension, id: String(record.type), name: String(record.type), entity: null };
      case "KIND":
        return { dimension, id: String(record.kind), name: String(record.kind).split(":")[1] ?? String(record.kind), entity: null };
    }
  };
  return { keys: groupBy.map(keyOf), count: record.count };
}

export const facets: QueryResolvers["facets"] = async (_parent, args, context) => {
  const limit = assertInRange("limit", args.limit ?? 100, 1, FACETS_LIMITS.limit);
  const groupBy = args.groupBy;
  if (groupBy.length === 0) throw badUserInput(`Argument "groupBy" must name 1 to 4 dimensions (THEME, REGION, TYPE, KIND); got none.`, "groupBy");
  const repeated = groupBy.find((d, i) => groupBy.indexOf(d) !== i);
  if (repeated) throw badUserInput(`Argument "groupBy" names ${repeated} twice; name each dimension at most once.`, "groupBy");
  const filter = args.filter ?? {};
  const types = filter.types ?? (Object.keys(COUNTED_TYPES) as CountedType[]);
  const other = types.find((t) => !isCountedType(t));
  if (other) {
    throw badUserInput(`Argument "filter.types" may hold ${Object.keys(COUNTED_TYPES).join(", ")}; ${other} neither works on themes nor is placed in regions.`, "filter.types");
  }
  const resolveAll = async (label: "Theme" | "Region", names: readonly string[] | null | undefined, argument: string) => {
    if (names == null) return null;
    if (names.length > FACETS_LIMITS.filterValues) {
      throw badUserInput(`Argument "${argument}" holds ${names.length} values; at most ${FACETS_LIMITS.filterValues} are allowed.`, argument);
    }
    return [...new Set(await Promise.all(names.map((name) => context.vocabulary.resolve(label, name, argument))))];
  };
  const [themeIds, regionIds] = await Promise.all([resolveAll("Theme", filter.themes, "filter.themes"), resolveAll("Region", filter.regions, "filter.regions")]);
  const { cypher, params } = facetsStatement({
    groupBy,
    types: types as CountedType[],
    themeIds,
    regionIds,
    regionLevel: args.regionLevel ?? "PROVINCE",
    limit,
  });
  const result = await context.read<FacetsRecord>(cypher, params);
  const buckets = result.records.map((r) => bucketOf(r.toObject(), groupBy));
  return { buckets: buckets.slice(0, limit), truncated: buckets.length > limit };
};

export const facetKeyResolvers: FacetKeyResolvers = {
  entity: async (key: FacetKeyRow, args, context, info) => (key.entity ? entityField((k: FacetKeyRow) => k.entity as EntityRow)(key, args, context, info) : null),
};

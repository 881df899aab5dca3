/**
 * The dashboard questions `facets` and `gaps`, over HTTP against the seeded real Neo4j. Expected
 * answers are recomputed from the seed files (seed-reach.ts), for every theme and region of the seeds.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAndServe, stopServing, type TestApi } from "./harness.js";
import { byCodePoint, seedReach, type CountedType, type SeedReach } from "./seed-reach.js";

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
});
afterAll(() => stopServing(api, driver));

type Dimension = "THEME" | "REGION" | "TYPE" | "KIND";
const DIMENSIONS: Dimension[] = ["THEME", "REGION", "TYPE", "KIND"];
const REGION_LEVELS = ["COUNTRY", "PROVINCE", "YOUTH_CARE_REGION", "MUNICIPALITY", "NEIGHBOURHOOD"];

interface Filter {
  types?: CountedType[];
  themes?: string[];
  regions?: string[];
}

interface Bucket {
  keys: { dimension: Dimension; id: string; name: string; entity: { id: string } | null }[];
  count: number;
}

const FACETS = `query ($groupBy: [FacetDimension!]!, $regionLevel: RegionKind, $filter: FacetFilter, $limit: Int) {
  facets(groupBy: $groupBy, regionLevel: $regionLevel, filter: $filter, limit: $limit) {
    truncated
    buckets { count keys { dimension id name entity { id } } }
  }
}`;

/** Every bucket, as "id|id|...": count, from the seed files alone. */
function facetsFromSeeds(reach: SeedReach, groupBy: Dimension[], regionLevel: string, filter: Filter = {}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of reach.entities) {
    if (filter.types && !filter.types.includes(e.type)) continue;
    const themes = [...e.themes].filter((t) => !filter.themes || filter.themes.includes(t));
    if (filter.themes && themes.length === 0) continue;
    const placements = [...e.placements].filter((r) => !filter.regions || filter.regions.some((within) => reach.isWithin(r, within)));
    if (filter.regions && placements.length === 0) continue;
    const regionKeys = new Set(placements.flatMap((r) => [...(reach.regions.get(r)?.up.keys() ?? [])].filter((up) => reach.regions.get(up)?.kind === regionLevel)));
    const keysOf: Record<Dimension, string[]> = {
      THEME: themes,
      REGION: [...regionKeys],
      TYPE: [e.type],
      KIND: e.kind ? [`${e.type}:${e.kind}`] : [],
    };
    let combinations: string[][] = [[]];
    for (const dimension of groupBy) combinations = combinations.flatMap((c) => keysOf[dimension].map((k) => [...c, k]));
    for (const c of combinations) counts.set(c.join("|"), (counts.get(c.join("|")) ?? 0) + 1);
  }
  return counts;
}

async function askFacets(variables: { groupBy: Dimension[]; regionLevel?: string; filter?: Filter; limit?: number }) {
  const { data, errors } = await api.query<{ facets: { truncated: boolean; buckets: Bucket[] } }>(FACETS, { limit: 1000, ...variables });
  expect(errors, JSON.stringify(variables)).toBeUndefined();
  return data?.facets ?? { truncated: false, buckets: [] };
}

function expectBuckets(reach: SeedReach, answer: { truncated: boolean; buckets: Bucket[] }, groupBy: Dimension[], regionLevel: string, filter?: Filter) {
  const label = JSON.stringify({ groupBy, regionLevel, filter });
  const expected = facetsFromSeeds(reach, groupBy, regionLevel, filter);
  const got = new Map(answer.buckets.map((b) => [b.keys.map((k) => k.id).join("|"), b.count]));
  expect(got.size, `${label}: no bucket twice`).toBe(answer.buckets.length);
  expect([...got].sort(), label).toEqual([...expected].sort());
  expect(answer.truncated, label).toBe(false);
  // By count, highest first; keys in groupBy's order, names and entities those of the seeds.
  const counts = answer.buckets.map((b) => b.count);
  expect(counts, label).toEqual([...counts].sort((a, b) => b - a));
  for (const b of answer.buckets) {
    expect(b.keys.map((k) => k.dimension)).toEqual(groupBy);
    for (const k of b.keys) {
      if (k.dimension === "THEME") expect([k.name, k.entity?.id]).toEqual([reach.themes.get(k.id)?.name, k.id]);
      else if (k.dimension === "REGION") expect([k.name, k.entity?.id]).toEqual([reach.regions.get(k.id)?.name, k.id]);
      else expect(k.entity).toBeNull();
    }
  }
}

describe("Query.facets", () => {
  it("counts the seeds' entities by each dimension alone, REGION at every level", async () => {
    const reach = await seedReach();
    for (const dimension of DIMENSIONS) {
      for (const regionLevel of dimension === "REGION" ? REGION_LEVELS : ["PROVINCE"]) {
        const answer = await askFacets({ groupBy: [dimension], regionLevel });
        if (regionLevel !== "NEIGHBOURHOOD") expect(answer.buckets.length, `${dimension} ${regionLevel}`).toBeGreaterThan(0);
        expectBuckets(reach, answer, [dimension], regionLevel);
      }
    }
  });

  it("counts by every ordered pair of dimensions, and by all four", async () => {
    const reach = await seedReach();
    const groupings: Dimension[][] = [...DIMENSIONS.flatMap((a) => DIMENSIONS.filter((b) => b !== a).map((b) => [a, b])), ["REGION", "THEME", "KIND", "TYPE"]];
    for (const groupBy of groupings) {
      const regionLevel = groupBy.length === 4 ? "MUNICIPALITY" : "YOUTH_CARE_REGION";
      expectBuckets(reach, await askFacets({ groupBy, regionLevel }), groupBy, regionLevel);
    }
  });

  it("filters by each theme of the seeds: only entities on it, and THEME buckets of it only", async () => {
    const reach = await seedReach();
    for (const theme of reach.themes.keys()) {
      const groupBy: Dimension[] = ["THEME", "REGION", "TYPE"];
      expectBuckets(reach, await askFacets({ groupBy, filter: { themes: [theme] } }), groupBy, "PROVINCE", { themes: [theme] });
    }
  });

  it("filters by each region of the seeds, and then answers what themeCoverage answers", async () => {
    const reach = await seedReach();
    type Coverage = { themeCoverage: { theme: { id: string }; networks: number; practices: number; organisations: number }[] };
    for (const region of reach.regions.keys()) {
      const groupBy: Dimension[] = ["THEME", "TYPE"];
      const answer = await askFacets({ groupBy, filter: { regions: [region] } });
      expectBuckets(reach, answer, groupBy, "PROVINCE", { regions: [region] });
      const coverage = await api.query<Coverage>(`query ($region: String) { themeCoverage(region: $region) { theme { id } networks practices organisations } }`, { region });
      const fromCoverage = (coverage.data?.themeCoverage ?? []).flatMap((row) =>
        (["PRACTICE", "ORGANISATION", "NETWORK"] as const)
          .map((type) => [`${row.theme.id}|${type}`, row[({ PRACTICE: "practices", ORGANISATION: "organisations", NETWORK: "networks" } as const)[type]]] as const)
          .filter(([, count]) => count > 0),
      );
      expect(answer.buckets.map((b) => [b.keys.map((k) => k.id).join("|"), b.count]).sort(), region).toEqual(fromCoverage.map(([k, c]) => [k, c]).sort());
    }
  });

  it("combines filters: types, several themes by name, a region by alias; rolls a region's placements up past it", async () => {
    const reach = await seedReach();
    const themes = [...reach.themes.keys()].slice(0, 3);
    const filter: Filter = { types: ["ORGANISATION", "PRACTICE"], themes, regions: ["zuid-holland"] };
    const answer = await askFacets({ groupBy: ["REGION", "TYPE", "THEME"], regionLevel: "COUNTRY", filter: { ...filter, regions: ["Zuid-Holland"] } });
    expectBuckets(reach, answer, ["REGION", "TYPE", "THEME"], "COUNTRY", filter);
    const friesland = await askFacets({ groupBy: ["REGION"], regionLevel: "PROVINCE", filter: { regions: ["Fryslân"] } });
    expect(friesland.buckets.map((b) => b.keys[0]?.id)).toEqual(["friesland"]);
  });

  it("keeps the first `limit` buckets and says it cut some off", async () => {
    const all = await askFacets({ groupBy: ["THEME", "TYPE"] });
    expect(all.buckets.length).toBeGreaterThan(3);
    const first = await askFacets({ groupBy: ["THEME", "TYPE"], limit: 3 });
    expect(first).toEqual({ truncated: true, buckets: all.buckets.slice(0, 3) });
  });

  it.each([
    ["no dimension", { groupBy: [] }, "groupBy"],
    ["a dimension twice", { groupBy: ["THEME", "THEME"] }, "groupBy"],
    ["a type that is not counted", { groupBy: ["TYPE"], filter: { types: ["PERSON"] } }, "filter.types"],
    ["an unknown theme", { groupBy: ["TYPE"], filter: { themes: ["normalisng"] } }, "filter.themes"],
    ["an unknown region", { groupBy: ["TYPE"], filter: { regions: ["Atlantis"] } }, "filter.regions"],
    ["101 themes", { groupBy: ["TYPE"], filter: { themes: Array.from({ length: 101 }, () => "normaliseren") } }, "filter.themes"],
    ["limit 0", { groupBy: ["TYPE"], limit: 0 }, "limit"],
    ["limit 1001", { groupBy: ["TYPE"], limit: 1001 }, "limit"],
  ])("refuses %s with BAD_USER_INPUT naming the argument", async (_case, variables, argument) => {
    const { data, errors } = await api.query(FACETS, variables);
    // A limit past MAX_PAGE_SIZE is refused before the resolver runs (400, no data at all).
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
  });
});

const GAPS = `query ($region: String!, $nearest: Int, $perRegion: Int) {
  gaps(region: $region, nearest: $nearest, perRegion: $perRegion) {
    theme { id }
    nearest {
      region { id }
      hops
      practices { id } practiceCount
      organisations { id } organisationCount
      networks { id } networkCount
    }
  }
}`;

interface GapOut {
  theme: { id: string };
  nearest: {
    region: { id: string };
    hops: number;
    practices: { id: string }[];
    practiceCount: number;
    organisations: { id: string }[];
    organisationCount: number;
    networks: { id: string }[];
    networkCount: number;
  }[];
}

/** gaps(region) from the seed files alone. */
function gapsFromSeeds(reach: SeedReach, regionId: string, nearest: number, perRegion: number) {
  const covered = new Set(reach.entities.filter((e) => [...e.placements].some((r) => reach.isWithin(r, regionId))).flatMap((e) => [...e.themes]));
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id);
  const gaps = [...reach.themes.values()]
    .filter((theme) => !covered.has(theme.id))
    .sort(byName)
    .map((theme) => {
      const here = (region: string) => reach.entities.filter((e) => e.placements.has(region) && e.themes.has(theme.id)).sort(byName);
      const candidates = [...reach.regions.values()]
        .map((region) => ({ region, hops: reach.hops(regionId, region.id), entities: here(region.id) }))
        .filter((c): c is typeof c & { hops: number } => c.hops !== undefined && c.entities.length > 0)
        .sort((a, b) => a.hops - b.hops || byName(a.region, b.region))
        .slice(0, nearest);
      const ofType = (entities: typeof reach.entities, type: CountedType) => entities.filter((e) => e.type === type);
      return {
        theme: { id: theme.id },
        nearest: candidates.map(({ region, hops, entities }) => ({
          region: { id: region.id },
          hops,
          practices: ofType(entities, "PRACTICE").slice(0, perRegion).map((e) => ({ id: e.id })),
          practiceCount: ofType(entities, "PRACTICE").length,
          organisations: ofType(entities, "ORGANISATION").slice(0, perRegion).map((e) => ({ id: e.id })),
          organisationCount: ofType(entities, "ORGANISATION").length,
          networks: ofType(entities, "NETWORK").slice(0, perRegion).map((e) => ({ id: e.id })),
          networkCount: ofType(entities, "NETWORK").length,
        })),
      };
    })
    .filter((gap) => gap.nearest.length > 0);
  return gaps;
}

describe("Query.gaps", () => {
  it("answers, for every region of the seeds, the themes it lacks and the nearest regions that have them", async () => {
    const reach = await seedReach();
    let withGaps = 0;
    for (const region of reach.regions.keys()) {
      for (const [nearest, perRegion] of [
        [10, 50],
        [1, 1],
      ] as const) {
        const { data, errors } = await api.query<{ gaps: GapOut[] }>(GAPS, { region, nearest, perRegion });
        expect(errors, region).toBeUndefined();
        expect(data?.gaps, `${region} ${nearest} ${perRegion}`).toEqual(gapsFromSeeds(reach, region, nearest, perRegion));
        if ((data?.gaps.length ?? 0) > 0) withGaps++;
      }
    }
    expect(withGaps, "some region of the seeds lacks some theme").toBeGreaterThan(0);
  });

  it("lists no theme the region works on, as themeCoverage counts them", async () => {
    const [gaps, coverage] = await Promise.all([
      api.query<{ gaps: GapOut[] }>(GAPS, { region: "Haaglanden" }),
      api.query<{ themeCoverage: { theme: { id: string } }[] }>(`{ themeCoverage(region: "haaglanden") { theme { id } } }`),
    ]);
    const covered = new Set(coverage.data?.themeCoverage.map((row) => row.theme.id));
    expect(covered.size).toBeGreaterThan(0);
    expect(gaps.data?.gaps.length).toBeGreaterThan(0);
    for (const gap of gaps.data?.gaps ?? []) {
      expect(covered.has(gap.theme.id)).toBe(false);
      expect(gap.nearest.length).toBeLessThanOrEqual(3);
    }
  });

  it.each([
    ["an unknown region", { region: "Atlantis" }, "region"],
    ["nearest 0", { region: "haaglanden", nearest: 0 }, "nearest"],
    ["nearest 11", { region: "haaglanden", nearest: 11 }, "nearest"],
    ["perRegion 51", { region: "haaglanden", perRegion: 51 }, "perRegion"],
  ])("refuses %s with BAD_USER_INPUT naming the argument", async (_case, variables, argument) => {
    const { data, errors } = await api.query(GAPS, variables);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
  });
});

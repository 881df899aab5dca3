/** facets: counts by theme and province over the whole graph, and by theme and type within a region or on a theme. */
import { bucketOf, facetsStatement, type FacetsParameters } from "../../src/graphql/questions/facets.js";
import { column, fixture, list, regionsOf, type BenchQuestion, type Data, type Variables } from "./bench-question.js";

interface FacetsVariables extends Variables {
  groupBy: FacetsParameters["groupBy"];
  regionLevel: string;
  filter: { themes?: string[]; regions?: string[] } | null;
  limit: number;
}

const bucketRow = (keys: Data[], count: unknown) => `${keys.map((k) => `${String(k.dimension)}:${String(k.id)}:${String(k.name)}`).join("|")}=${String(count)}`;

export const facets: BenchQuestion<FacetsVariables> = {
  name: "facets",
  custom: true,
  fixture: fixture("facets.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, (_, i): FacetsVariables => {
      switch (i % 3) {
        case 0:
          return { groupBy: ["THEME", "REGION"], regionLevel: "PROVINCE", filter: null, limit: 1000 };
        case 1:
          return { groupBy: ["THEME", "TYPE"], regionLevel: "PROVINCE", filter: { regions: [random.pick(regionsOf(lookup))] }, limit: 1000 };
        default:
          return { groupBy: ["REGION", "KIND"], regionLevel: "YOUTH_CARE_REGION", filter: { themes: [random.pick(lookup.themeIds)] }, limit: 100 };
      }
    }),
  fromGraphql: (data) => {
    const answer = data.facets as Data;
    return { truncated: answer.truncated, buckets: list(answer.buckets).map((b) => bucketRow(list(b.keys), b.count)) };
  },
  async raw(read, v) {
    const { cypher, params } = facetsStatement({
      groupBy: v.groupBy,
      types: ["PRACTICE", "ORGANISATION", "NETWORK"],
      themeIds: v.filter?.themes ?? null,
      regionIds: v.filter?.regions ?? null,
      regionLevel: v.regionLevel,
      limit: v.limit,
    });
    const result = await read(cypher, params);
    const buckets = result.records.map((r) =>
      bucketOf(
        {
          theme: column(r, "theme") as never,
          region: column(r, "region") as never,
          type: column(r, "type") as string | null,
          kind: column(r, "kind") as string | null,
          count: column(r, "count") as number,
        },
        v.groupBy,
      ),
    );
    return {
      truncated: buckets.length > v.limit,
      buckets: buckets.slice(0, v.limit).map((b) => bucketRow(b.keys as unknown as Data[], b.count)),
    };
  },
  peer: { unavailable: "n/a: the generated API counts one connection at a time, not grouped by theme and region at once" },
};

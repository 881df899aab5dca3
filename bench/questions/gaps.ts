/** gaps: the themes a province or youth-care region lacks, with the nearest regions that have them. */
import { GAPS, gapOf } from "../../src/graphql/questions/gaps.js";
import { column, fixture, list, regionsOf, type BenchQuestion, type Data, type Variables } from "./bench-question.js";

interface GapsVariables extends Variables {
  region: string;
}

const named = (items: unknown) => list(items).map((e) => `${String(e.id)}:${String(e.name)}`);
const gapRow = (theme: Data, nearest: Data[]) =>
  `${String(theme.id)}:${String(theme.name)}>${nearest
    .map((n) =>
      [
        `${String((n.region as Data).id)}:${String((n.region as Data).name)}`,
        n.hops,
        n.practiceCount,
        n.organisationCount,
        n.networkCount,
        ...named(n.practices),
        ...named(n.organisations),
        ...named(n.networks),
      ].join(","),
    )
    .join(";")}`;

export const gaps: BenchQuestion<GapsVariables> = {
  name: "gaps",
  custom: true,
  fixture: fixture("gaps.graphql"),
  variableSets: (lookup, random, count) => Array.from({ length: count }, () => ({ region: random.pick(regionsOf(lookup)) })),
  fromGraphql: (data) => list(data.gaps).map((g) => gapRow(g.theme as Data, list(g.nearest))),
  async raw(read, v) {
    const result = await read(GAPS, { regionId: v.region, nearest: 3, perRegion: 5 });
    return result.records.map((r) => {
      const gap = gapOf({ theme: column(r, "theme"), nearest: column(r, "nearest") } as Parameters<typeof gapOf>[0]);
      return gapRow(gap.theme as unknown as Data, gap.nearest as unknown as Data[]);
    });
  },
  peer: { unavailable: "n/a: the generated API cannot compare a region's themes with the region tree's distances" },
};

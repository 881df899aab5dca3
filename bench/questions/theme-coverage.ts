/** themeCoverage: practices, organisations and networks per theme in a province or youth-care region. */
import { THEME_COVERAGE_IN_REGION } from "../../src/graphql/questions/theme-coverage.js";
import { asEntity, column, fixture, list, regionWithin, regionsOf, type BenchQuestion, type Data, type Variables } from "./bench-question.js";

interface ThemeCoverageVariables extends Variables {
  region: string;
}

const coverageRow = (theme: Data, region: Data, counts: Data) =>
  `${String(theme.id)}|${String(theme.name)}|${String(region.id)}|${String(region.name)}|${String(counts.practices)}|${String(counts.organisations)}|${String(counts.networks)}`;

export const themeCoverage: BenchQuestion<ThemeCoverageVariables> = {
  name: "themeCoverage",
  custom: true,
  fixture: fixture("theme-coverage.graphql"),
  variableSets: (lookup, random, count) => Array.from({ length: count }, () => ({ region: random.pick(regionsOf(lookup)) })),
  fromGraphql: (data) => list(data.themeCoverage).map((row) => coverageRow(row.theme as Data, row.region as Data, row)),
  async raw(read, v) {
    const result = await read(THEME_COVERAGE_IN_REGION, { regionId: v.region });
    return result.records.map((r) =>
      coverageRow(asEntity(column(r, "theme"), "themeCoverage: theme"), asEntity(column(r, "region"), "themeCoverage: region"), {
        practices: column(r, "practices"),
        organisations: column(r, "organisations"),
        networks: column(r, "networks"),
      }),
    );
  },
  peer: {
    fixture: fixture("theme-coverage.peer.graphql"),
    note: "part of the question: practice and network counts per theme, not organisations",
    variables: (v) => ({ within: regionWithin(v.region) }),
    async check(data, _v, { graphql }) {
      const expected = new Map(
        (graphql as string[]).map((row) => {
          const [themeId, , , , practices, , networks] = row.split("|");
          return [String(themeId), `${practices}/${networks}`];
        }),
      );
      const problems: string[] = [];
      for (const theme of list(data.themes)) {
        const practices = Number((theme.practicesConnection as Data).totalCount);
        const networks = Number((theme.networksConnection as Data).totalCount);
        const want = expected.get(String(theme.id)) ?? "0/0";
        if (`${practices}/${networks}` !== want) problems.push(`peer: theme ${String(theme.id)} has ${practices}/${networks} practices/networks, graphql ${want}`);
      }
      return problems.length > 3 ? [...problems.slice(0, 3), `peer: ... ${problems.length - 3} more`] : problems;
    },
  },
};

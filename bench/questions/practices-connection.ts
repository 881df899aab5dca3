/** practicesConnection (generated): practices on a theme in networks covering a region, a page at a time. */
import { compare, fixture, list, type BenchQuestion, type Data, type Variables } from "./bench-question.js";

interface PracticesVariables extends Variables {
  theme: string;
  region: string;
  first: number;
  after: string | null;
}

/** The generated API's cursors are offsets: base64 of "arrayconnection:<index of the last item seen>". */
const cursorAfter = (offset: number) => (offset === 0 ? null : Buffer.from(`arrayconnection:${offset - 1}`).toString("base64"));
const offsetOf = (after: string | null) =>
  after === null ? 0 : Number(Buffer.from(after, "base64").toString("utf8").replace("arrayconnection:", "")) + 1;

const PRACTICES_ON_THEME_IN_REGION = `
MATCH (:Theme {id: $theme})<-[:ADDRESSES]-(p:Practice)
WHERE EXISTS { (p)-[:PART_OF]->(:Network)-[:COVERS]->(:Region {id: $region}) }
WITH DISTINCT p ORDER BY p.name
WITH collect(p) AS practices
RETURN size(practices) AS totalCount, [p IN practices[$offset..($offset + $first)] | p {.id, .name, .kind}] AS page`;

/**
 * A page of the connection, normalised for comparison. The fixture asks from the theme
 * (`themes[0].practicesConnection`), the peer's from the root (`practicesConnection`): each reads
 * its own path, and a response without it fails here.
 */
function fromConnection(connection: unknown, path: string) {
  if (typeof connection !== "object" || connection === null) throw new Error(`practicesConnection: the response has no ${path}`);
  const { totalCount, pageInfo, edges } = connection as Data;
  return {
    totalCount,
    hasNextPage: (pageInfo as Data).hasNextPage,
    page: list(edges).map((e) => {
      const node = e.node as Data;
      return `${String(node.id)}|${String(node.name)}|${String(node.kind)}`;
    }),
  };
}

export const practicesConnection: BenchQuestion<PracticesVariables> = {
  name: "practicesConnection",
  custom: false,
  fixture: fixture("practices-connection.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, () => {
      let practice = random.pick(lookup.practices);
      while (!practice.networks.some((n) => (lookup.networkRegions.get(n) ?? []).length > 0)) practice = random.pick(lookup.practices);
      const theme = random.pick(practice.themes);
      const region = random.pick(practice.networks.flatMap((n) => lookup.networkRegions.get(n) ?? []));
      // The first page mostly; the second or third, through the cursor, where there are that many.
      const total = lookup.practices.filter(
        (p) => p.themes.includes(theme) && p.networks.some((n) => lookup.networkRegions.get(n)?.includes(region)),
      ).length;
      const page = Math.min(random.weighted([60, 25, 15]), Math.ceil(total / 20) - 1);
      return { theme, region, first: 20, after: cursorAfter(page * 20) };
    }),
  fromGraphql: (data) => fromConnection(list(data.themes)[0]?.practicesConnection, "themes[0].practicesConnection"),
  async raw(read, v) {
    const offset = offsetOf(v.after);
    const result = await read(PRACTICES_ON_THEME_IN_REGION, { theme: v.theme, region: v.region, offset, first: v.first });
    const row = result.records[0];
    const totalCount = Number(row?.get("totalCount") ?? 0);
    return {
      totalCount,
      hasNextPage: offset + v.first < totalCount,
      page: list(row?.get("page")).map((p) => `${String(p.id)}|${String(p.name)}|${String(p.kind)}`),
    };
  },
  peer: {
    fixture: fixture("practices-connection.peer.graphql"),
    note: "the same page asked from the root (`practicesConnection` with both conditions as nested filters), which scans every practice",
    variables: (v) => v,
    check: async (data, _v, { graphql }) => compare("peer", fromConnection(data.practicesConnection, "practicesConnection"), graphql),
  },
};

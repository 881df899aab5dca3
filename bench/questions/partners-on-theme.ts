/** partnersOnTheme: the organisations working on a theme, outside a province or youth-care region. */
import type { ReadQuery } from "../../src/db/neo4j.js";
import { PARTNERS_ON_THEME } from "../../src/graphql/questions/partners-on-theme.js";
import {
  asEntities,
  asEntity,
  byString,
  column,
  compare,
  entityKey,
  evidenceKey,
  fixture,
  list,
  regionWithin,
  regionsOf,
  sorted,
  withinHops,
  type BenchQuestion,
  type Data,
  type Variables,
} from "./bench-question.js";

interface PartnersVariables extends Variables {
  theme: string;
  excludeRegion: string;
  limit: number;
  viaLimit: number;
}

interface Partner {
  id: string;
  name: string;
  kind: string;
  viaCount: number;
  regions: string[];
  via: string[];
  evidence: string[];
  sourceTitles?: string[];
}

/** The generator's theme tree is 3 levels deep (2 BROADER hops). */
const themeOrNarrower = (themeId: string) => withinHops("broader", 2, { id: { eq: themeId } });

/**
 * The title of each source, by id: the fixture selects each quote's source title, which the
 * resolver's Cypher does not return, so this is a second statement, the projection the API's
 * entity loader makes too.
 */
async function sourceTitles(read: ReadQuery, sourceIds: unknown[]): Promise<Map<string, unknown>> {
  const ids = [...new Set(sourceIds.filter((id): id is string => typeof id === "string"))];
  const titles = new Map<string, unknown>();
  if (ids.length > 0) {
    const result = await read("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS entity", { ids });
    for (const record of result.records) {
      const entity = record.get("entity") as Data;
      titles.set(String(entity.id), entity.title);
    }
  }
  return titles;
}

async function partnersRaw(read: ReadQuery, v: PartnersVariables, limit = v.limit, viaLimit = v.viaLimit): Promise<Partner[]> {
  const result = await read(PARTNERS_ON_THEME, { themeId: v.theme, regionId: null, excludeRegionId: v.excludeRegion, limit, viaLimit });
  const rows = result.records.map((r) => ({
    organisation: asEntity(column(r, "organisation"), "partnersOnTheme: organisation"),
    viaCount: Number(column(r, "viaCount")),
    regions: asEntities(column(r, "regions"), "partnersOnTheme: regions"),
    via: asEntities(column(r, "via"), "partnersOnTheme: via"),
    evidence: list<{ sourceId: string; quote: string }>(column(r, "evidence")),
  }));
  const titles = await sourceTitles(read, rows.flatMap((row) => row.evidence.map((e) => e.sourceId)));
  return rows.map((row) => ({
    id: String(row.organisation.id),
    name: String(row.organisation.name),
    kind: String(row.organisation.kind),
    viaCount: row.viaCount,
    regions: sorted(row.regions.map((x) => entityKey(x, "id", "name"))),
    via: sorted(row.via.map((x) => entityKey(x, "id", "name", "type"))),
    evidence: sorted(row.evidence.map((e) => evidenceKey(e.sourceId, e.quote))),
    sourceTitles: sorted(row.evidence.map((e) => `${e.sourceId}|${String(titles.get(e.sourceId) ?? "(no source)")}`)),
  }));
}

export const partnersOnTheme: BenchQuestion<PartnersVariables> = {
  name: "partnersOnTheme",
  custom: true,
  fixture: fixture("partners-on-theme.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, () => ({ theme: random.pick(lookup.themeIds), excludeRegion: random.pick(regionsOf(lookup)), limit: 50, viaLimit: 10 })),
  fromGraphql: (data) =>
    list(data.partnersOnTheme).map((p) => {
      const organisation = p.organisation as Data;
      const evidence = list<{ quote: string; source: { id: string; title: string | null } }>(p.evidence);
      return {
        id: String(organisation.id),
        name: String(organisation.name),
        kind: String(organisation.kind),
        viaCount: Number(p.viaCount),
        regions: sorted(list(p.regions).map((x) => `${String(x.id)}|${String(x.name)}`)),
        via: sorted(list(p.via).map((x) => `${String(x.id)}|${String(x.name)}|${String(x.type)}`)),
        evidence: sorted(evidence.map((e) => evidenceKey(e.source.id, e.quote))),
        sourceTitles: sorted(evidence.map((e) => `${e.source.id}|${e.source.title ?? "(no source)"}`)),
      };
    }),
  raw: (read, v) => partnersRaw(read, v),
  peer: {
    fixture: fixture("partners-on-theme.peer.graphql"),
    note: "the same partners, with regions, via and evidence; first by name (cannot rank by links), no source titles",
    variables: (v) => {
      const topic = themeOrNarrower(v.theme);
      const excluded = regionWithin(v.excludeRegion);
      return {
        topic,
        limit: v.limit,
        where: {
          OR: [
            { themes: { some: topic } },
            { memberOf: { some: { themes: { some: topic } } } },
            { developed: { some: { themes: { some: topic } } } },
            { applies: { some: { themes: { some: topic } } } },
          ],
          AND: [
            { OR: [{ locatedIn: { some: {} } }, { memberOf: { some: { regions: { some: {} } } } }] },
            { NOT: { OR: [{ locatedIn: { some: excluded } }, { memberOf: { some: { regions: { some: excluded } } } }] } },
          ],
        },
      };
    },
    async check(data, v, { read }) {
      // Every partner with every link, not only the first `limit` by links: the peer's are the first by name.
      const all = await partnersRaw(read, v, 1_000_000, 1_000_000);
      const expected = all.sort((a, b) => byString(a.name, b.name)).slice(0, v.limit);
      const peer = list(data.organisations).map((o) => {
        const edges = (field: string) => list((o[field] as Data | undefined)?.edges);
        const evidence: string[] = [];
        const via: string[] = [];
        const evidenceOf = (edge: Data) => {
          const properties = edge.properties as { source: string; quote: string };
          return evidenceKey(properties.source, properties.quote);
        };
        for (const edge of edges("themesConnection")) evidence.push(evidenceOf(edge));
        for (const field of ["memberOfConnection", "developedConnection", "appliesConnection"]) {
          for (const edge of edges(field)) {
            const node = edge.node as Data;
            via.push(`${String(node.id)}|${String(node.name)}|${String(node.type)}`);
            evidence.push(evidenceOf(edge));
            for (const inner of list((node.themesConnection as Data | undefined)?.edges)) evidence.push(evidenceOf(inner));
          }
        }
        const regions = [...list(o.locatedIn), ...list(o.memberOf).flatMap((n) => list(n.regions))];
        return {
          id: String(o.id),
          name: String(o.name),
          kind: String(o.kind),
          viaCount: new Set(via).size,
          regions: sorted(regions.map((x) => `${String(x.id)}|${String(x.name)}`)),
          via: sorted(via),
          evidence: sorted(evidence),
        };
      });
      const withoutTitles = expected.map(({ sourceTitles: _titles, ...rest }) => rest);
      return compare("peer", peer, withoutTitles);
    },
  },
};

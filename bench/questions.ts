/**
 * The questions the benchmark asks, each three ways:
 *   graphql  its fixture in bench/queries/, POSTed to the API;
 *   raw      the floor: the resolver's own Cypher (imported from src/graphql/questions/, never
 *            copied) through neo4j-driver, plus a second statement projecting the entity fields
 *            the fixture selects where that Cypher does not return them, so it returns the same
 *            data as the GraphQL response;
 *   peer     the same question with only what @neo4j/graphql generates, where it can be asked.
 * Each question also draws its argument sets from the synthetic graph, and checks the answers:
 * graphql and raw must be equal; the peer must give the same set where it asks the same question.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/config.js";
import { SEARCH_INDEX } from "../src/db/graph-schema.js";
import type { ReadQuery } from "../src/db/neo4j.js";
import { connectionQuery } from "../src/graphql/questions/connection.js";
import { NEIGHBOURHOOD, neighbourhoodScanLimit } from "../src/graphql/questions/neighbourhood.js";
import { PARTNERS_ON_THEME } from "../src/graphql/questions/partners-on-theme.js";
import { SEARCH, nameBoost, searchCandidates, toLuceneQuery } from "../src/graphql/questions/search.js";
import { THEME_COVERAGE_IN_REGION } from "../src/graphql/questions/theme-coverage.js";
import { normaliseName } from "../src/graphql/vocabulary.js";
import type { SeededRandom } from "./seeded-random.js";
import type { GraphLookup } from "./synthetic-graph.js";

const QUERIES_DIR = path.join(projectRoot, "bench", "queries");
const fixture = (file: string) => ({ file: `bench/queries/${file}`, text: readFileSync(path.join(QUERIES_DIR, file), "utf8") });

export type Variables = Record<string, unknown>;
type Data = Record<string, unknown>;

export interface PeerWay<V> {
  fixture: { file: string; text: string };
  /** What the peer answers, compared with the custom question. */
  note: string;
  variables(v: V): Variables;
  /** Problems found comparing the peer's answer with graphql's (already checked equal to raw); empty when it agrees. */
  check(data: Data, v: V, context: { graphql: unknown; read: ReadQuery }): Promise<string[]>;
}

export interface BenchQuestion<V = Variables> {
  name: string;
  /** Answered by a hand-written resolver (the goals compare those with the peer). */
  custom: boolean;
  fixture: { file: string; text: string };
  /** `count` argument sets drawn from the graph; the same random source gives the same sets. */
  variableSets(lookup: GraphLookup, random: SeededRandom, count: number): V[];
  /** The GraphQL response's data, normalised for comparison with raw. */
  fromGraphql(data: Data, v: V): unknown;
  /** The floor: the same answer through neo4j-driver, normalised like fromGraphql. */
  raw(read: ReadQuery, v: V): Promise<unknown>;
  peer: PeerWay<V> | { unavailable: string };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (items: Iterable<string>) => [...new Set(items)].sort(byString);
const evidenceKey = (sourceId: unknown, quote: unknown) => `${String(sourceId)}\u0000${String(quote)}`;
const list = <T = Data>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const regionsOf = (lookup: GraphLookup) => [...lookup.provinceIds, ...lookup.youthCareRegionIds];

/** A filter matching a node whose `field` chain, 0 to `depth` hops long, reaches one matching `leaf`. */
function withinHops(field: string, depth: number, leaf: Data): Data {
  const alternatives: Data[] = [leaf];
  for (let i = 0; i < depth; i++) alternatives.push({ [field]: { some: alternatives[i] } });
  return { OR: alternatives };
}
/** The generator's theme tree is 3 levels deep (2 BROADER hops); its region tree 5 (4 PART_OF hops). */
const themeOrNarrower = (themeId: string) => withinHops("broader", 2, { id: { eq: themeId } });
const regionWithin = (regionId: string) => withinHops("partOf", 4, { id: { eq: regionId } });

/**
 * The resolvers' Cypher returns an entity either as its stored properties (`n {.*}`) or as its id
 * (older shapes: `organisationId`, `nodeIds`); both are read, so the floor keeps up with src/
 * changing. What came only as ids is fetched in one second statement, the projection of the
 * fields the fixture selects (as the API's entity loader does).
 */
async function entitiesFor(read: ReadQuery, refs: unknown[]): Promise<(ref: unknown) => Data> {
  const ids = [...new Set(refs.filter((ref): ref is string => typeof ref === "string"))];
  const byId = new Map<string, Data>();
  if (ids.length > 0) {
    const result = await read("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS entity", { ids });
    for (const record of result.records) {
      const entity = record.get("entity") as Data;
      byId.set(String(entity.id), entity);
    }
  }
  return (ref) => (typeof ref === "string" ? (byId.get(ref) ?? { id: ref }) : ((ref ?? {}) as Data));
}

/** The first of `names` that the record has: the current column name, then older ones. */
function column(record: { has(key: string): boolean; get(key: string): unknown }, ...names: string[]): unknown {
  const name = names.find((n) => record.has(n));
  if (name === undefined) throw new Error(`The resolver's Cypher returned none of the columns ${names.join(", ")}: update bench/questions.ts`);
  return record.get(name);
}

const entityKey = (e: Data, ...fields: string[]) => fields.map((f) => String(e[f])).join("|");

// ---------------------------------------------------------------------------------------------
// partnersOnTheme

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

async function partnersRaw(read: ReadQuery, v: PartnersVariables, limit = v.limit, viaLimit = v.viaLimit): Promise<Partner[]> {
  const result = await read(PARTNERS_ON_THEME, { themeId: v.theme, regionId: null, excludeRegionId: v.excludeRegion, limit, viaLimit });
  const rows = result.records.map((r) => ({
    organisation: column(r, "organisation", "organisationId"),
    viaCount: Number(r.get("viaCount")),
    regions: list<unknown>(column(r, "regions", "regionIds")),
    via: list<unknown>(column(r, "via", "viaIds")),
    evidence: list<{ sourceId: string; quote: string }>(r.get("evidence")),
  }));
  // The fixture selects each quote's source title: a second statement, as the API needs one too.
  const entity = await entitiesFor(read, rows.flatMap((row) => [row.organisation, ...row.regions, ...row.via, ...row.evidence.map((e) => e.sourceId)]));
  return rows.map((row) => {
    const organisation = entity(row.organisation);
    return {
      id: String(organisation.id),
      name: String(organisation.name),
      kind: String(organisation.kind),
      viaCount: row.viaCount,
      regions: sorted(row.regions.map((x) => entityKey(entity(x), "id", "name"))),
      via: sorted(row.via.map((x) => entityKey(entity(x), "id", "name", "type"))),
      evidence: sorted(row.evidence.map((e) => evidenceKey(e.sourceId, e.quote))),
      sourceTitles: sorted(row.evidence.map((e) => `${e.sourceId}|${String(entity(e.sourceId).title ?? "(no source)")}`)),
    };
  });
}

const partnersOnTheme: BenchQuestion<PartnersVariables> = {
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

// ---------------------------------------------------------------------------------------------
// search

interface SearchVariables extends Variables {
  text: string;
  limit: number;
}

const search: BenchQuestion<SearchVariables> = {
  name: "search",
  custom: true,
  fixture: fixture("search.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, () => {
      const name = random.pick(lookup.searchableNames);
      const words = name.split(" ");
      const form = random.weighted([40, 30, 30]);
      // A whole name, a half-typed last word ("Groeikompas Th") or one word, as people type them.
      const text =
        form === 0 || words.length < 2
          ? name
          : form === 1
            ? `${words.slice(0, -1).join(" ")} ${String(words.at(-1)).slice(0, 2)}`
            : String(words[random.int(words.length)]);
      return { text, limit: 10 };
    }),
  fromGraphql: (data) =>
    list(data.search).map((hit) => {
      const entity = hit.entity as Data;
      return { id: String(entity.id), name: String(entity.name), type: String(entity.type), score: Number(hit.score).toFixed(6) };
    }),
  async raw(read, v) {
    const lucene = toLuceneQuery(v.text);
    if (lucene === null) return [];
    // The parameters as the resolver computes them (src/graphql/questions/search.ts, no type filter).
    const candidates = searchCandidates(v.limit);
    const result = await read(SEARCH, { index: SEARCH_INDEX, lucene, labels: null, candidates, indexCandidates: candidates });
    const hits = result.records.map((r) => ({ ref: column(r, "entity", "entityId"), score: r.get("score") as number }));
    const entity = await entitiesFor(read, hits.map((hit) => hit.ref));
    const typed = normaliseName(v.text);
    return hits
      .map((hit) => {
        const e = entity(hit.ref);
        const names = [e.name, e.nameEn, ...list<string>(e.aliases)] as (string | null)[];
        return { id: String(e.id), name: String(e.name), type: String(e.type), score: hit.score * nameBoost(typed, names) };
      })
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, v.limit)
      .map((hit) => ({ ...hit, score: hit.score.toFixed(6) }));
  },
  peer: {
    fixture: fixture("search.peer.graphql"),
    note: "≈ names containing the text (case-sensitive, no ranking, typos or descriptions): checked only for containing it",
    variables: (v) => ({ text: v.text, limit: v.limit }),
    async check(data, v) {
      const wrong = list(data.entities).filter(
        (e) => !String(e.name).includes(v.text) && !list<string>(e.aliases).includes(v.text),
      );
      return wrong.length ? [`peer: ${wrong.length} hits neither contain "${v.text}" nor have it as an alias`] : [];
    },
  },
};

// ---------------------------------------------------------------------------------------------
// connection

interface ConnectionVariables extends Variables {
  from: string;
  to: string;
  maxHops: number;
}

interface EdgeRow {
  from: string;
  to: string;
  type: string;
  role: string | null;
  evidence: Array<{ sourceId: string; quote: string }>;
}

const edgeKey = (e: Partial<Record<"from" | "to" | "type" | "role", unknown>>) =>
  `${String(e.from)}>${String(e.to)}:${String(e.type)}:${String(e.role ?? "")}`;

const connection: BenchQuestion<ConnectionVariables> = {
  name: "connection",
  custom: true,
  fixture: fixture("connection.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, () => {
      const from = random.pick(lookup.peopleInNetworks);
      let to = random.pick(lookup.peopleInNetworks);
      for (let attempt = 0; attempt < 100 && (to.id === from.id || to.networks.some((n) => from.networks.includes(n))); attempt++) {
        to = random.pick(lookup.peopleInNetworks);
      }
      return { from: from.id, to: to.id, maxHops: 6 };
    }),
  fromGraphql: (data) => {
    const path = data.connection as Data | null;
    if (!path) return null;
    return {
      nodes: list(path.nodes).map((n) => `${String(n.id)}|${String(n.name)}|${String(n.type)}`),
      edges: list(path.edges).map((e) => ({
        edge: edgeKey(e),
        evidence: sorted(list<{ quote: string; source: { id: string } }>(e.evidence).map((x) => evidenceKey(x.source.id, x.quote))),
      })),
    };
  },
  async raw(read, v) {
    const result = await read(connectionQuery(v.maxHops), { from: v.from, to: v.to });
    const row = result.records[0];
    const nodes = row ? (column(row, "nodes", "nodeIds") as unknown[] | null) : null;
    if (!row || !nodes) return null;
    const entity = await entitiesFor(read, nodes);
    return {
      nodes: nodes.map((n) => entityKey(entity(n), "id", "name", "type")),
      edges: (row.get("edges") as EdgeRow[]).map((e) => ({ edge: edgeKey(e), evidence: sorted(e.evidence.map((x) => evidenceKey(x.sourceId, x.quote))) })),
    };
  },
  peer: { unavailable: "n/a: the generated API has no path query" },
};

// ---------------------------------------------------------------------------------------------
// neighbourhood

interface NeighbourhoodVariables extends Variables {
  id: string;
  depth: number;
  limit: number;
}

const neighbourhood: BenchQuestion<NeighbourhoodVariables> = {
  name: "neighbourhood",
  custom: true,
  fixture: fixture("neighbourhood.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, () => ({ id: random.pick(lookup.practices).id, depth: 2, limit: 200 })),
  fromGraphql: (data) => {
    const subgraph = data.neighbourhood as Data;
    return {
      truncated: subgraph.truncated,
      nodes: list(subgraph.nodes).map((n) => `${String(n.id)}|${String(n.name)}|${String(n.type)}`),
      edges: list(subgraph.edges).map(edgeKey),
    };
  },
  async raw(read, v) {
    const result = await read(NEIGHBOURHOOD, { id: v.id, depth: v.depth, limit: v.limit, scanLimit: neighbourhoodScanLimit(v.limit) });
    const row = result.records[0];
    if (!row) return null;
    const nodes = list<unknown>(column(row, "nodes", "nodeIds"));
    const entity = await entitiesFor(read, nodes);
    return {
      truncated: row.get("truncated"),
      nodes: nodes.map((n) => entityKey(entity(n), "id", "name", "type")),
      edges: (row.get("edges") as EdgeRow[]).map(edgeKey),
    };
  },
  peer: {
    fixture: fixture("neighbourhood.peer.graphql"),
    note: "the same nodes, unlimited and unordered (compared when not truncated), not the edges among second-hop nodes",
    variables: (v) => ({ id: v.id }),
    async check(data, _v, { graphql }) {
      const found = new Set<string>();
      const visit = (node: Data, level: number) => {
        found.add(String(node.id));
        if (level === 2) return;
        for (const value of Object.values(node)) for (const next of list(value)) visit(next, level + 1);
      };
      for (const start of list(data.practices)) visit(start, 0);
      const answer = graphql as { truncated: boolean; nodes: string[] };
      const ids = answer.nodes.map((n) => n.split("|")[0] as string);
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) return [`peer: misses ${missing.length} of graphql's nodes, e.g. ${missing.slice(0, 3).join(", ")}`];
      if (!answer.truncated && found.size !== ids.length) return [`peer: ${found.size} nodes, graphql ${ids.length} (not truncated)`];
      return [];
    },
  },
};

// ---------------------------------------------------------------------------------------------
// themeCoverage

interface ThemeCoverageVariables extends Variables {
  region: string;
}

const coverageRow = (theme: Data, region: Data, counts: Data) =>
  `${String(theme.id)}|${String(theme.name)}|${String(region.id)}|${String(region.name)}|${String(counts.practices)}|${String(counts.organisations)}|${String(counts.networks)}`;

const themeCoverage: BenchQuestion<ThemeCoverageVariables> = {
  name: "themeCoverage",
  custom: true,
  fixture: fixture("theme-coverage.graphql"),
  variableSets: (lookup, random, count) => Array.from({ length: count }, () => ({ region: random.pick(regionsOf(lookup)) })),
  fromGraphql: (data) => list(data.themeCoverage).map((row) => coverageRow(row.theme as Data, row.region as Data, row)),
  async raw(read, v) {
    const result = await read(THEME_COVERAGE_IN_REGION, { regionId: v.region });
    const rows = result.records.map((r) => ({ theme: column(r, "theme", "themeId"), region: column(r, "region", "regionId"), counts: r.toObject() }));
    const entity = await entitiesFor(read, rows.flatMap((row) => [row.theme, row.region]));
    return rows.map((row) => coverageRow(entity(row.theme), entity(row.region), row.counts));
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

// ---------------------------------------------------------------------------------------------
// practicesConnection (generated)

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

const practicesConnection: BenchQuestion<PracticesVariables> = {
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
  fromGraphql: (data) => {
    const connection = (list(data.themes)[0]?.practicesConnection ?? data.practicesConnection) as Data;
    return {
      totalCount: connection.totalCount,
      hasNextPage: (connection.pageInfo as Data).hasNextPage,
      page: list(connection.edges).map((e) => {
        const node = e.node as Data;
        return `${String(node.id)}|${String(node.name)}|${String(node.kind)}`;
      }),
    };
  },
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
    check: async (data, v, { graphql }) => compare("peer", practicesConnection.fromGraphql(data, v), graphql),
  },
};

// ---------------------------------------------------------------------------------------------
// entity (the API's fixed cost)

interface EntityVariables extends Variables {
  id: string;
}

const ENTITY_BY_ID = "MATCH (n:Entity {id: $id}) RETURN n {.id, .name, .type, .description, .aliases} AS entity";

const entityFields = (e: Data | null | undefined) =>
  e ? `${entityKey(e, "id", "name", "type", "description")}|${list<string>(e.aliases).join(",")}` : null;

const entity: BenchQuestion<EntityVariables> = {
  name: "entity",
  custom: false,
  fixture: fixture("entity.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, () => {
      const kind = random.weighted([50, 20, 15, 15]);
      const id =
        kind === 0
          ? random.pick(lookup.practices).id
          : kind === 1
            ? random.pick(lookup.peopleInNetworks).id
            : kind === 2
              ? random.pick(lookup.themeIds)
              : random.pick(regionsOf(lookup));
      return { id };
    }),
  fromGraphql: (data) => entityFields(data.entity as Data | null),
  async raw(read, v) {
    const result = await read(ENTITY_BY_ID, { id: v.id });
    return entityFields(result.records[0]?.get("entity") as Data | undefined);
  },
  peer: { unavailable: "n/a: entity(id) is answered by the generated entities query" },
};

/** The first difference between two normalised answers, or none. */
export function compare(label: string, actual: unknown, expected: unknown): string[] {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) return [];
  let at = 0;
  while (at < a.length && a[at] === e[at]) at++;
  const from = Math.max(0, at - 60);
  return [`${label} differs at character ${at}: …${a.slice(from, at + 100)}… expected …${e.slice(from, at + 100)}…`];
}

export const QUESTIONS = [partnersOnTheme, search, connection, neighbourhood, themeCoverage, practicesConnection, entity] as BenchQuestion[];

/**
 * The network's questions, over HTTP against the seeded real Neo4j. Expected values come from the
 * seed files themselves (read independently of the API), so a wrong answer cannot slip through.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingDriver, type CountingDriver } from "./counting-driver.js";
import { seedAndServe, stopServing, type TestApi } from "./harness.js";
import { normaliseName } from "../../src/model/text.js";
import { seedFacts } from "./seed-facts.js";

let driver: Driver;
let counting: CountingDriver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe({ wrapDriver: (plain) => (counting = countingDriver(plain)).driver }));
});
afterAll(() => stopServing(api, driver));

interface EvidenceOut {
  quote: string;
  source: { id: string };
}

describe("Query.partnersOnTheme", () => {
  const query = `query ($theme: String!, $region: String, $excludeRegion: String) {
    partnersOnTheme(theme: $theme, region: $region, excludeRegion: $excludeRegion) {
      organisation { id name }
      regions { id }
      via { id type }
      evidence { quote source { id } }
    }
  }`;
  type Partner = { organisation: { id: string }; regions: { id: string }[]; via: { id: string; type: string }[]; evidence: EvidenceOut[] };

  it("finds SAMEN's partners outside Friesland working on normalising, through SAMEN, with quotes", async () => {
    const facts = await seedFacts();
    const samenMembers = facts.all("MEMBER_OF").filter((f) => f.to === "samen").map((f) => f.from);
    expect(samenMembers.length).toBeGreaterThan(0);

    const { data, errors } = await api.query<{ partnersOnTheme: Partner[] }>(query, {
      theme: "normalising",
      excludeRegion: "Friesland",
    });
    expect(errors).toBeUndefined();
    const partners = data?.partnersOnTheme ?? [];
    const viaSamen = partners.filter((p) => p.via.some((v) => v.id === "samen"));
    expect(viaSamen.map((p) => p.organisation.id).sort()).toEqual([...new Set(samenMembers)].sort());
    for (const partner of viaSamen) {
      expect(partner.regions.map((r) => r.id)).not.toContain("friesland");
      expect(partner.evidence.some((e) => /normalis/i.test(e.quote))).toBe(true);
      for (const e of partner.evidence) expect(facts.quoteIsInSource(e.source.id, e.quote)).toBe(true);
    }
    // Nothing comes back from inside Friesland.
    const friesland = await facts.regionAndSubRegions("friesland");
    for (const p of partners) expect(p.regions.some((r) => friesland.has(r.id))).toBe(false);
  });

  it("ranks partners by how many networks and practices connect them, and shows the first viaLimit of those", async () => {
    const facts = await seedFacts();
    const isOrganisation = (id: string) => facts.data.nodes.some((n) => n.label === "Organisation" && n.properties.id === id);
    /** Per organisation working on the theme (or a narrower one): the networks and practices connecting it. */
    const partnersOf = (theme: string) => {
      const topics = new Set([theme]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const f of facts.all("BROADER")) if (topics.has(f.to) && !topics.has(f.from)) grew = Boolean(topics.add(f.from));
      }
      const onTopic = (id: string, type: "FOCUSES_ON" | "ADDRESSES") => facts.from(type, id).some((t) => topics.has(t));
      const partners = new Map<string, Set<string>>();
      const add = (organisation: string, via?: string) => {
        const vias = partners.get(organisation) ?? new Set<string>();
        if (via) vias.add(via);
        partners.set(organisation, vias);
      };
      for (const f of facts.all("FOCUSES_ON")) if (isOrganisation(f.from) && topics.has(f.to)) add(f.from);
      for (const f of facts.all("MEMBER_OF")) if (onTopic(f.to, "FOCUSES_ON")) add(f.from, f.to);
      for (const f of [...facts.all("DEVELOPED"), ...facts.all("APPLIES")]) if (isOrganisation(f.from) && onTopic(f.to, "ADDRESSES")) add(f.from, f.to);
      return partners;
    };
    const mostLinks = (partners: Map<string, Set<string>>) => Math.max(0, ...[...partners.values()].map((v) => v.size));
    // The theme on which some organisation has the most links (the seeds have no organisation with
    // two on one theme, so the cap is shown with viaLimit 0).
    const [theme, expected] = facts.data.nodes
      .filter((n) => n.label === "Theme")
      .map((n) => [n.properties.id, partnersOf(n.properties.id)] as const)
      .reduce((best, next) => (mostLinks(next[1]) > mostLinks(best[1]) ? next : best));
    expect(mostLinks(expected)).toBeGreaterThan(0);

    type Partners = { partnersOnTheme: { organisation: { id: string; name: string }; viaCount: number; via: { id: string }[] }[] };
    for (const viaLimit of [0, 10]) {
      const { data, errors } = await api.query<Partners>(
        `query ($theme: String!, $viaLimit: Int) { partnersOnTheme(theme: $theme, limit: 1000, viaLimit: $viaLimit) { organisation { id name } viaCount via { id } } }`,
        { theme, viaLimit },
      );
      expect(errors).toBeUndefined();
      const partners = data?.partnersOnTheme ?? [];
      expect(partners.map((p) => p.organisation.id).sort()).toEqual([...expected.keys()].sort());
      for (const p of partners) {
        const vias = [...(expected.get(p.organisation.id) ?? [])].sort();
        expect(p.viaCount, p.organisation.id).toBe(vias.length);
        expect(p.via.map((v) => v.id)).toEqual(vias.slice(0, viaLimit));
      }
      partners.slice(1).forEach((p, i) => {
        const before = partners[i] as (typeof partners)[number];
        expect(before.viaCount > p.viaCount || (before.viaCount === p.viaCount && before.organisation.name <= p.organisation.name)).toBe(true);
      });
    }
  });

  it("accepts a theme's id, Dutch name and English name alike", async () => {
    const answers = await Promise.all(
      ["normaliseren", "Normaliseren", "NORMALISING", "normalising"].map((theme) => api.query<{ partnersOnTheme: Partner[] }>(query, { theme })),
    );
    const ids = answers.map((a) => a.data?.partnersOnTheme.map((p) => p.organisation.id));
    expect(ids[0]?.length).toBeGreaterThan(0);
    for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
  });

  it("rejects an unknown theme with BAD_USER_INPUT and the closest names", async () => {
    const { data, errors } = await api.query(query, { theme: "normalisng" });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.extensions?.argument).toBe("theme");
    expect(errors?.[0]?.message).toMatch(/Unknown theme "normalisng".*Closest known: Normaliseren/);
  });
});

describe("Query.search", () => {
  const query = `query ($text: String!, $types: [EntityType!]) { search(text: $text, types: $types) { score entity { id type name } } }`;
  type Hits = { search: { score: number; entity: { id: string; type: string } }[] };

  it("finds a practice first by one of its aliases", async () => {
    const facts = await seedFacts();
    const practice = facts.node("mijn-pad");
    const alias = (practice.aliases as string[])[0];
    expect(alias).toBeDefined();
    const { data, errors } = await api.query<Hits>(query, { text: alias });
    expect(errors).toBeUndefined();
    expect(data?.search[0]?.entity).toMatchObject({ id: "mijn-pad", type: "PRACTICE" });
  });

  it("tolerates case, accents, a partial last word and typos", async () => {
    for (const text of ["mijn p", "MIJN PAD", "mijn paad", "mïjn pad"]) {
      const { data } = await api.query<Hits>(query, { text });
      expect(data?.search[0]?.entity.id, text).toBe("mijn-pad");
    }
  });

  it("puts a thing above a source document of the same name, for every name a source shares with a thing", async () => {
    const facts = await seedFacts();
    const things = facts.data.nodes.filter((n) => n.label !== "Source");
    const sources = facts.data.nodes.filter((n) => n.label === "Source");
    const shared = things.filter((t) => sources.some((s) => normaliseName(s.properties.name) === normaliseName(t.properties.name)));
    expect(shared.map((t) => t.properties.id), "the seeds have such a name (SAMEN)").toContain("samen");
    for (const thing of shared) {
      const { data } = await api.query<Hits>(query, { text: thing.properties.name });
      expect(data?.search[0]?.entity.id, thing.properties.name).toBe(thing.properties.id);
    }
  });

  it("filters by type and never fails on Lucene syntax", async () => {
    const { data } = await api.query<Hits>(query, { text: "SAMEN", types: ["NETWORK"] });
    expect(data?.search.length).toBeGreaterThan(0);
    expect(data?.search.every((h) => h.entity.type === "NETWORK")).toBe(true);
    // Lucene syntax is reduced to the plain words in it (search.ts): never an error, and the same hits as those words.
    const withWords: [text: string, words: string][] = [
      ['"unclosed', "unclosed"],
      ['"mijn pad', "mijn pad"],
      ["a AND OR", "a and or"],
      ["name:~^/[]{}\\", "name"],
    ];
    for (const [text, words] of withWords) {
      const [asTyped, plain] = await Promise.all([api.query<Hits>(query, { text }), api.query<Hits>(query, { text: words })]);
      expect(asTyped.errors, text).toBeUndefined();
      expect(plain.errors, words).toBeUndefined();
      expect(asTyped.data, text).toEqual(plain.data);
    }
    const { data: quoted } = await api.query<Hits>(query, { text: '"mijn pad' });
    expect(quoted?.search[0]?.entity).toMatchObject({ id: "mijn-pad", type: "PRACTICE" });
    // Text of only punctuation and operators names nothing: no hits, and no error.
    for (const text of ["(*)", "!!"]) {
      const { data, errors } = await api.query<Hits>(query, { text });
      expect(errors, text).toBeUndefined();
      expect(data, text).toEqual({ search: [] });
    }
  });
});

describe("Query.search: names first, descriptions when asked or when no name matches", () => {
  const query = `query ($text: String!, $descriptions: Boolean) { search(text: $text, limit: 50, descriptions: $descriptions) { score entity { id } } }`;
  type Hits = { search: { score: number; entity: { id: string } }[] };
  // Name hits score above 1, description hits at most 1 (search.ts).
  const byName = (hits: Hits["search"]) => hits.filter((h) => h.score > 1);

  it.each(["mijn pad", "samen"])("answers %s by names only, unless descriptions are asked for, which then follow the same name hits", async (text) => {
    const plain = (await api.query<Hits>(query, { text })).data?.search ?? [];
    const described = (await api.query<Hits>(query, { text, descriptions: true })).data?.search ?? [];
    expect(plain.length).toBeGreaterThan(0);
    expect(byName(plain)).toEqual(plain);
    expect(described.slice(0, plain.length)).toEqual(plain);
    expect(described.length, "descriptions add hits").toBeGreaterThan(plain.length);
    expect(described.map((h) => h.score)).toEqual([...described.map((h) => h.score)].sort((a, b) => b - a));
  });

  it("answers from descriptions when no name matches", async () => {
    const hits = (await api.query<Hits>(query, { text: "huis vd wijk" })).data?.search ?? [];
    expect(hits.length).toBeGreaterThan(0);
    expect(byName(hits)).toEqual([]);
  });
});

describe("Query.entity", () => {
  it("returns any node through the Entity interface, with generated relationship fields beneath", async () => {
    const { data, errors } = await api.query<{ entity: { id: string; type: string; __typename: string; regions: { id: string }[] } }>(
      `{ entity(id: "samen") { __typename id type ... on Network { regions { id } } } }`,
    );
    expect(errors).toBeUndefined();
    const facts = await seedFacts();
    expect(data?.entity).toMatchObject({ __typename: "Network", id: "samen", type: "NETWORK" });
    expect(data?.entity.regions.map((r) => r.id).sort()).toEqual([...new Set(facts.from("COVERS", "samen"))].sort());
  });

  it("returns null for an unknown id", async () => {
    const { data, errors } = await api.query(`{ entity(id: "no-such-thing") { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ entity: null });
  });
});

describe("Query.connection", () => {
  const query = `query ($from: ID!, $to: ID!) {
    connection(from: $from, to: $to) {
      nodes { id type }
      edges { from to type role evidence { quote source { id } } }
    }
  }`;
  type Path = { connection: { nodes: { id: string }[]; edges: { from: string; to: string; type: string; evidence: EvidenceOut[] }[] } | null };

  it("joins two people of different workplaces by a path whose every edge has evidence", async () => {
    const facts = await seedFacts();
    const [a, b] = facts.peopleInDifferentNetworks();
    const { data, errors } = await api.query<Path>(query, { from: a, to: b });
    expect(errors).toBeUndefined();
    const path = data?.connection;
    expect(path?.nodes[0]?.id).toBe(a);
    expect(path?.nodes.at(-1)?.id).toBe(b);
    expect(path?.edges.length).toBe((path?.nodes.length ?? 0) - 1);
    path?.edges.forEach((edge, i) => {
      expect([edge.from, edge.to].sort()).toEqual([path.nodes[i]?.id, path.nodes[i + 1]?.id].sort());
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const e of edge.evidence) expect(facts.quoteIsInSource(e.source.id, e.quote)).toBe(true);
    });
  });

  it("answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a bad maxHops", async () => {
    const unknown = await api.query(query, { from: "samen", to: "nobody" });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "to" });
    const hops = await api.query(`{ connection(from: "samen", to: "mijn-pad", maxHops: 50) { nodes { id } } }`);
    expect(hops.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "maxHops" });
  });
});

describe("Query.neighbourhood", () => {
  const query = `query ($id: ID!, $depth: Int, $limit: Int) {
    neighbourhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { id } edges { from to type evidence { quote } } }
  }`;
  type Sub = { neighbourhood: { truncated: boolean; nodes: { id: string }[]; edges: { from: string; to: string; type: string; evidence: unknown[] }[] } };

  it("returns a node's direct neighbours and the edges among them", async () => {
    const facts = await seedFacts();
    const { data, errors } = await api.query<Sub>(query, { id: "samen" });
    expect(errors).toBeUndefined();
    const ids = new Set(data?.neighbourhood.nodes.map((n) => n.id));
    expect([...ids].sort()).toEqual([...new Set(["samen", ...facts.neighbours("samen")])].sort());
    expect(data?.neighbourhood.truncated).toBe(false);
    // Every edge among those nodes, one per (from, type, to), with the evidence of each seeded relationship it stands for.
    const evidenceOf = new Map<string, Set<string>>();
    for (const f of facts.data.facts.filter((f) => ids.has(f.from) && ids.has(f.to))) {
      const key = `${f.from} ${f.type} ${f.to}`;
      evidenceOf.set(key, (evidenceOf.get(key) ?? new Set()).add(`${f.source} ${String(f.properties.quote)}`));
    }
    expect(evidenceOf.size).toBeGreaterThan(0);
    const edges = data?.neighbourhood.edges.map((e) => [`${e.from} ${e.type} ${e.to}`, e.evidence.length]);
    expect(edges?.sort()).toEqual([...evidenceOf].map(([key, evidence]) => [key, evidence.size]).sort());
  });

  it("says of every piece of evidence whether the source states the link or implies it, with the seeds' note", async () => {
    const facts = await seedFacts();
    const inferred = facts.data.facts.filter((f) => f.properties.inferred === true);
    expect(inferred.length, "the seeds mark some links as inferred").toBeGreaterThan(0);
    const evidenceQuery = `query ($id: ID!) { neighbourhood(id: $id, limit: 200) { edges { from to type evidence { quote inferred note source { id } } } } }`;
    type Edges = { neighbourhood: { edges: { from: string; to: string; type: string; evidence: { quote: string; inferred: boolean; note: string | null; source: { id: string } }[] }[] } };
    // Every seed fact of the nodes at either end of an inferred one: inferred and stated evidence side by side.
    for (const id of new Set(inferred.map((f) => f.from))) {
      const { data, errors } = await api.query<Edges>(evidenceQuery, { id });
      expect(errors).toBeUndefined();
      const answered = data?.neighbourhood.edges.flatMap((e) => e.evidence.map((x) => [`${e.from} ${e.type} ${e.to} ${x.source.id} ${x.quote}`, x.inferred, x.note]));
      const expected = facts.data.facts
        .filter((f) => f.from === id || f.to === id)
        .map((f) => [`${f.from} ${f.type} ${f.to} ${f.source} ${String(f.properties.quote)}`, f.properties.inferred === true, f.properties.note ?? null]);
      expect(answered).toEqual(expect.arrayContaining(expected));
    }
  });

  it("sets truncated when the limit cuts nodes off", async () => {
    const { data } = await api.query<Sub>(query, { id: "samen", depth: 2, limit: 3 });
    expect(data?.neighbourhood.nodes).toHaveLength(3);
    expect(data?.neighbourhood.truncated).toBe(true);
  });

  it("rejects a depth over 3", async () => {
    const { errors } = await api.query<Sub>(query, { id: "samen", depth: 4 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "depth" });
  });
});

describe("Query.similarPractices", () => {
  it("ranks practices by what they share, and names what they share", async () => {
    const facts = await seedFacts();
    const { data, errors } = await api.query<{
      similarPractices: { score: number; practice: { id: string }; shared: { id: string; type: string }[] }[];
    }>(`{ similarPractices(id: "mijn-pad", limit: 5) { score practice { id } shared { id type } } }`);
    expect(errors).toBeUndefined();
    const results = data?.similarPractices ?? [];
    expect(results.length).toBeGreaterThan(0);
    const myThemes = new Set(facts.from("ADDRESSES", "mijn-pad"));
    for (const r of results) {
      expect(r.practice.id).not.toBe("mijn-pad");
      expect(r.shared.length).toBeGreaterThan(0);
      for (const s of r.shared.filter((x) => x.type === "THEME")) {
        expect(myThemes.has(s.id)).toBe(true);
        expect(facts.from("ADDRESSES", r.practice.id)).toContain(s.id);
      }
    }
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});

describe("Query.themeCoverage", () => {
  /** Per theme, the networks, practices and organisations of a region (sub-regions included) that work on it, from the seed files alone. */
  async function coverageFromSeeds(regionId: string): Promise<Map<string, { networks: number; practices: number; organisations: number }>> {
    const facts = await seedFacts();
    const region = await facts.regionAndSubRegions(regionId);
    const labelOf = (id: string) => facts.data.nodes.find((n) => n.properties.id === id)?.label;
    const networksHere = new Set(facts.all("COVERS").filter((f) => region.has(f.to)).map((f) => f.from));
    const practicesHere = new Set([
      ...facts.all("PART_OF").filter((f) => labelOf(f.from) === "Practice" && networksHere.has(f.to)).map((f) => f.from),
      ...facts.all("DEVELOPED").filter((f) => networksHere.has(f.from)).map((f) => f.to),
    ]);
    const organisationsHere = new Set([
      ...facts.all("LOCATED_IN").filter((f) => region.has(f.to)).map((f) => f.from),
      ...facts.all("MEMBER_OF").filter((f) => networksHere.has(f.to)).map((f) => f.from),
    ]);
    const themesOfOrganisation = (o: string) =>
      new Set([
        ...facts.from("FOCUSES_ON", o),
        ...facts.from("MEMBER_OF", o).flatMap((n) => facts.from("FOCUSES_ON", n)),
        ...[...facts.from("DEVELOPED", o), ...facts.from("APPLIES", o)].flatMap((p) => facts.from("ADDRESSES", p)),
      ]);
    const themes = facts.data.nodes.filter((n) => n.label === "Theme").map((n) => n.properties.id);
    return new Map(
      themes.map((themeId) => [
        themeId,
        {
          networks: [...networksHere].filter((n) => facts.from("FOCUSES_ON", n).includes(themeId)).length,
          practices: [...practicesHere].filter((p) => facts.from("ADDRESSES", p).includes(themeId)).length,
          organisations: [...organisationsHere].filter((o) => themesOfOrganisation(o).has(themeId)).length,
        },
      ]),
    );
  }

  it("is asked below of a region whose seeds give it no practices (Haaglanden) and of one whose seeds do (Nederland)", async () => {
    const practicesIn = async (regionId: string) => [...(await coverageFromSeeds(regionId)).values()].reduce((sum, c) => sum + c.practices, 0);
    expect(await practicesIn("haaglanden")).toBe(0);
    expect(await practicesIn("nederland")).toBeGreaterThan(0);
  });

  it.each(["haaglanden", "nederland"])("counts, per theme, the networks, practices and organisations of %s that work on it", async (regionId) => {
    const { data, errors } = await api.query<{
      themeCoverage: { theme: { id: string }; region: { id: string }; networks: number; practices: number; organisations: number }[];
    }>(`query ($region: String) { themeCoverage(region: $region) { theme { id } region { id } networks practices organisations } }`, {
      region: regionId,
    });
    expect(errors).toBeUndefined();
    const rows = data?.themeCoverage ?? [];
    expect(rows.length).toBeGreaterThan(0);

    const expected = await coverageFromSeeds(regionId);
    for (const row of rows) {
      expect(row.region.id).toBe(regionId);
      expect({ networks: row.networks, practices: row.practices, organisations: row.organisations }, row.theme.id).toEqual(expected.get(row.theme.id));
    }
    // Every theme with something in the region has a row, and no other.
    const covered = [...expected].filter(([, counts]) => Object.values(counts).some((count) => count > 0)).map(([themeId]) => themeId);
    expect(rows.map((r) => r.theme.id).sort()).toEqual(covered.sort());
    // The themes with practices in the region, as the seeds give them.
    const withPractices = [...expected].filter(([, counts]) => counts.practices > 0).map(([themeId]) => themeId);
    expect(rows.filter((r) => r.practices > 0).map((r) => r.theme.id).sort()).toEqual(withPractices.sort());
  });

  it("without a region, answers for every region what each region's own question answers", async () => {
    type Coverage = { themeCoverage: { theme: { id: string }; region: { id: string }; networks: number; practices: number; organisations: number }[] };
    const query = `query ($region: String) { themeCoverage(region: $region) { theme { id } region { id } networks practices organisations } }`;
    const all = await api.query<Coverage>(query, {});
    expect(all.errors).toBeUndefined();
    const rows = all.data?.themeCoverage ?? [];
    const regions = [...new Set(rows.map((r) => r.region.id))];
    expect(regions).toEqual(expect.arrayContaining(["haaglanden", "nederland"]));
    for (const region of regions) {
      const one = await api.query<Coverage>(query, { region });
      expect(rows.filter((r) => r.region.id === region), region).toEqual(one.data?.themeCoverage);
    }
  });
});

describe("Entity loading: stored fields from the question's own query", () => {
  it("answers a selection of stored fields with one Cypher statement, and relationship fields with one more", async () => {
    const stored = `{ search(text: "mijn pad", limit: 3) { entity { id name type aliases ... on Practice { kind } } } }`;
    const related = `{ search(text: "mijn pad", limit: 3) { entity { id name type aliases ... on Practice { kind themes { id } } } } }`;
    counting.reset();
    const a = await api.query<{ search: { entity: Record<string, unknown> }[] }>(stored);
    expect(counting.statements).toHaveLength(1);
    counting.reset();
    const b = await api.query<{ search: { entity: Record<string, unknown> }[] }>(related);
    expect(counting.statements).toHaveLength(2);
    // Both ways give the same stored fields.
    expect(b.data?.search.map(({ entity: { themes: _themes, ...rest } }) => rest)).toEqual(a.data?.search.map((h) => h.entity));
    expect(a.data?.search[0]?.entity).toMatchObject({ id: "mijn-pad", type: "PRACTICE", kind: "METHOD" });
  });
});

describe("DataLoader: queries per request", () => {
  it("sends the same number of Cypher statements however many parents a request has", async () => {
    const query = `query ($limit: Int) {
      search(text: "jeugd", limit: $limit) { entity { id name } }
      partnersOnTheme(theme: "normaliseren", limit: $limit) { organisation { id } regions { id } via { id } evidence { source { id } } }
    }`;
    const counts: number[] = [];
    for (const limit of [3, 20]) {
      counting.reset();
      const { errors } = await api.query(query, { limit });
      expect(errors).toBeUndefined();
      counts.push(counting.statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

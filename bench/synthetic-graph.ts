/**
 * A synthetic knowledge graph with the seeds' model (src/model/graph-model.ts), at any number of
 * practices, for benchmarks: every node has the `Entity` label, its EntityType as `type`, a name,
 * a description and aliases (themes a `nameEn`, practices, organisations, networks and regions a
 * `kind`); every relationship follows the graph model's endpoints and carries its evidence (`source`: the id
 * of a synthetic Source node, `quote`: a sentence naming both ends, `role` where the seeds give one).
 * Every source has a text holding the quotes that cite it (synthetic-texts.ts), stored as the API
 * stores texts, and the `contentHash` of that text, so writes through the API verify quotes for real.
 * For the write benchmark the graph also holds `writes`: links it does not have yet, each between
 * two existing entities, with a source whose text already contains a sentence naming both ends.
 *
 * Proportions, per 1,000 practices (see BENCHMARKS.md):
 *   200 organisations, 50 networks, 300 people, 50 sources (at least 20);
 *   themes grow with the square root (40 at 1k, 126 at 10k, 400 at 100k) in a 3-level hierarchy
 *   (6 domains → 29 topics → topic + qualifier, linked by BROADER);
 *   regions: Nederland → 12 provinces → 42 youth-care regions → municipalities (1 per 20 practices,
 *   at most the real 342) → neighbourhoods (1 per 10 practices), linked by PART_OF.
 * Degrees are skewed: themes, networks, organisations, sources and big cities are drawn Zipf-like,
 * so a few hub themes and big networks hold much of the graph and most nodes are small.
 * The same `seed` and scale always give the same graph.
 */
import type { NetworkKind, OrganisationKind, PracticeKind } from "../src/model/__generated__/graph-model.js";
import {
  LABELS,
  GRAPH_MODEL,
  endpointsOf,
  entityTypeOf,
  labelOf,
  nodeType,
  type EntityType,
  type FieldModel,
  type Label,
  type RelationshipType,
} from "../src/model/graph-model.js";
import { SeededRandom } from "./seeded-random.js";
import { NameMaker, PROVINCES, initials, themeNames } from "./synthetic-names.js";
import { SourceTexts, type SourceTextRow } from "./synthetic-texts.js";

export const PER_1000_PRACTICES = { organisations: 200, networks: 50, people: 300, sources: 50 } as const;
/** Links made for the write benchmark: enough for its warm-up, samples and runs with concurrent writers. */
export const WRITE_LINKS = 2000;
const YOUTH_CARE_REGIONS = 42;
const MAX_MUNICIPALITIES = 342;

export interface NodeRow {
  id: string;
  name: string;
  description: string;
  aliases: string[];
  type: EntityType;
  [property: string]: unknown;
}

export interface FactRow {
  from: string;
  to: string;
  source: string;
  quote: string;
  role: string | null;
}

/** The relationships of one type between two labels (one endpoint pair of the graph model). */
export interface FactGroup {
  type: RelationshipType;
  from: Label;
  to: Label;
  rows: FactRow[];
}

/** A link the graph does not have yet, for the write benchmark: `link(from, type, to, evidence: {source, quote})`. */
export interface WriteLink {
  from: string;
  type: RelationshipType;
  to: string;
  source: string;
  /** A sentence of the source's text that names both ends. */
  quote: string;
}

/** What benchmark questions draw their arguments from. */
export interface GraphLookup {
  themeIds: string[];
  provinceIds: string[];
  youthCareRegionIds: string[];
  /** Practices with the ids of their themes and networks. */
  practices: Array<{ id: string; name: string; themes: string[]; networks: string[] }>;
  networkRegions: Map<string, string[]>;
  /** People involved in at least one network, with those networks. */
  peopleInNetworks: Array<{ id: string; networks: string[] }>;
  /** Names people would type into a search box: of practices, organisations and networks. */
  searchableNames: string[];
  /** Fresh links for the write benchmark, each written once (WRITE_LINKS of them, unless asked otherwise). */
  writes: WriteLink[];
}

export interface SyntheticGraph {
  practices: number;
  nodes: Record<Label, NodeRow[]>;
  facts: FactGroup[];
  /** The text of every source, one version each; a Source node's `contentHash` names its text's `hash`. */
  sourceTexts: SourceTextRow[];
  lookup: GraphLookup;
}

export const countNodes = (graph: SyntheticGraph): number => LABELS.reduce((sum, label) => sum + graph.nodes[label].length, 0);
export const countFacts = (graph: SyntheticGraph): number => graph.facts.reduce((sum, group) => sum + group.rows.length, 0);

/** A generated node has every field its type requires, enum values the model allows, and no field the model lacks. */
function checkAgainstModel(label: Label, row: NodeRow): void {
  const fields = nodeType(GRAPH_MODEL, label).fields;
  for (const field of fields) {
    const value = row[field.name];
    if (field.required && (value === undefined || value === null)) throw new Error(`Generator bug: ${label} ${row.id} lacks ${field.name}`);
    if (field.values && value !== undefined && !field.values.includes(value as string)) throw new Error(`Generator bug: ${label}.${field.name} cannot be ${String(value)}`);
  }
  const unknown = Object.keys(row).filter((key) => !fields.some((f) => f.name === key));
  if (unknown.length > 0) throw new Error(`Generator bug: ${label} has no field ${unknown.join(", ")} in the graph model`);
}

/** Plain values for a node type's fields (but id, name and type): the first enum value, a sentence, an empty list. */
function plainFields(fields: readonly FieldModel[]): { description: string; aliases: string[]; [property: string]: unknown } {
  const values: Record<string, unknown> = { description: "A node of a type the generator makes with plain content.", aliases: [] };
  for (const field of fields) {
    if (["id", "name", "type"].includes(field.name) || field.name in values || !field.required) continue;
    values[field.name] = field.values ? field.values[0] : field.list ? [] : field.type === "String" ? "Plain text." : 0;
  }
  return values as { description: string; aliases: string[] };
}

type Kinds<T extends string> = ReadonlyArray<readonly [T, number]>;

const PRACTICE_KINDS: Kinds<PracticeKind> = [["METHOD", 30], ["INTERVENTION", 25], ["TRAINING", 20], ["TOOL", 12], ["GUIDE", 8], ["OTHER", 5]];
const NETWORK_KINDS: Kinds<NetworkKind> = [["WORKPLACE", 30], ["LEARNING_NETWORK", 35], ["PLATFORM", 15], ["PROGRAMME", 12], ["CONSORTIUM", 8]];
const ORGANISATION_KINDS: Kinds<OrganisationKind> = [
  ["CARE_PROVIDER", 36], ["MUNICIPALITY", 12], ["SCHOOL", 15], ["CLIENT_ORGANISATION", 8], ["KNOWLEDGE_INSTITUTE", 6],
  ["UNIVERSITY_OF_APPLIED_SCIENCES", 4], ["UNIVERSITY", 2], ["PROFESSIONAL_ASSOCIATION", 4], ["FUNDER", 3], ["GOVERNMENT", 1], ["OTHER", 9],
];
const NETWORK_PREFIX: Record<NetworkKind, string> = {
  WORKPLACE: "Academische Werkplaats",
  LEARNING_NETWORK: "Leernetwerk",
  PLATFORM: "Platform",
  PROGRAMME: "Programma",
  CONSORTIUM: "Consortium",
};
const PRACTICE_NOUN: Record<PracticeKind, string> = {
  METHOD: "Method",
  INTERVENTION: "Intervention",
  TRAINING: "Training",
  TOOL: "Tool",
  GUIDE: "Guide",
  OTHER: "Approach",
};
const AUDIENCES = ["young people", "parents", "families", "neighbourhood teams", "teachers", "care workers", "foster parents", "young children"];
const SOURCE_KINDS = ["Jaarverslag", "Factsheet", "Interview", "Nieuwsbericht", "Evaluatierapport", "Praktijkverhaal", "Kennisdossier"];
/** For a relationship type of the model that the phrasings below do not know yet. */
const GENERIC_QUOTES: ReadonlyArray<(a: string, b: string) => string> = [(a, b) => `${a} en ${b} werken hierin samen.`];
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Quotes in the sources' language, naming both ends; several phrasings per type. */
const QUOTES: Record<string, ReadonlyArray<(a: string, b: string) => string>> = {
  MEMBER_OF: [(a, b) => `${a} is partner in ${b}.`, (a, b) => `Ook ${a} neemt deel aan ${b}.`, (a, b) => `${a} sloot zich aan bij ${b}.`],
  COVERS: [(a, b) => `${a} is actief in ${b}.`, (a, b) => `Het werkgebied van ${a} is ${b}.`],
  LOCATED_IN: [(a, b) => `${a} is gevestigd in ${b}.`, (a, b) => `${a} zit in ${b}.`],
  FOCUSES_ON: [(a, b) => `${a} richt zich op ${lower(b)}.`, (a, b) => `Het thema ${lower(b)} staat centraal bij ${a}.`],
  ADDRESSES: [(a, b) => `${a} draagt bij aan ${lower(b)}.`, (a, b) => `Met ${a} werken professionals aan ${lower(b)}.`],
  PART_OF: [(a, b) => `${a} hoort bij ${b}.`, (a, b) => `${a} is onderdeel van ${b}.`],
  DEVELOPED: [(a, b) => `${a} ontwikkelde ${b}.`, (a, b) => `${b} is ontwikkeld door ${a}.`],
  APPLIES: [(a, b) => `${a} past ${b} toe.`, (a, b) => `Bij ${a} wordt ${b} gebruikt.`],
  DERIVED_FROM: [(a, b) => `${a} is afgeleid van ${b}.`, (a, b) => `${a} bouwt voort op ${b}.`],
  WORKS_AT: [(a, b) => `${a} werkt bij ${b}.`, (a, b) => `${a}, werkzaam bij ${b}, vertelt.`],
  INVOLVED_IN: [(a, b) => `${a} is betrokken bij ${b}.`, (a, b) => `Namens ${b} spreekt ${a}.`],
  SUCCEEDS: [(a, b) => `${a} zet het werk van ${b} voort.`],
  BROADER: [(a, b) => `${a} valt onder het thema ${lower(b)}.`],
  FUNDS: [(a, b) => `${a} financiert ${b}.`, (a, b) => `${b} wordt mogelijk gemaakt door ${a}.`],
};

/** Scales as the flags write them: "1k" → 1000, "100k" → 100000, "2500" → 2500. */
export function parseScale(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text.trim());
  if (!match) throw new Error(`Scale "${text}" is not a number of practices such as 1k, 10k, 100k or 2500`);
  const practices = Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
  if (practices < 100 || practices > 2_000_000) throw new Error(`Scale "${text}" must be from 100 to 2000k practices`);
  return practices;
}

export const formatScale = (practices: number): string => (practices % 1000 === 0 ? `${practices / 1000}k` : String(practices));

/** `writes`: how many fresh links to make for the write benchmark (each adds a sentence to a source's text). */
export function generateSyntheticGraph(practiceCount: number, { seed = "youth-care-bench", writes: writeLinks = WRITE_LINKS }: { seed?: string; writes?: number } = {}): SyntheticGraph {
  const random = new SeededRandom(`${seed}:${practiceCount}`);
  const names = new NameMaker(random);
  const per1000 = (n: number) => Math.max(1, Math.round((n * practiceCount) / 1000));
  const nodes = Object.fromEntries(LABELS.map((label) => [label, [] as NodeRow[]])) as Record<Label, NodeRow[]>;
  const groups = new Map<string, FactGroup>();

  const addNode = (label: Label, wantedName: string, properties: { description: string; aliases: string[]; [property: string]: unknown }): NodeRow => {
    const { id, name } = names.claim(label, wantedName);
    const row: NodeRow = { id, name, type: entityTypeOf(label), ...properties };
    checkAgainstModel(label, row);
    nodes[label].push(row);
    return row;
  };
  const kindOf = <T extends string>(kinds: Kinds<T>): T => kinds[random.weighted(kinds.map(([, w]) => w))]?.[0] as T;

  // Sources first: every fact names one, popular sources (annual reports...) state many facts.
  const sources = Array.from({ length: Math.max(20, per1000(PER_1000_PRACTICES.sources)) }, () => {
    const kind = random.pick(SOURCE_KINDS);
    const year = random.between(2015, 2024);
    const name = `${kind} ${names.compound()} ${year}`;
    return addNode("Source", name, {
      description: `${kind} from ${year} on the youth-care knowledge network.`,
      aliases: [],
      title: name,
      publisher: `Kennisnetwerk ${names.compound()}`,
      published: `${year}-${String(random.between(1, 12)).padStart(2, "0")}`,
      language: "nl",
    });
  });
  const pickSource = random.zipf(sources.length, 0.7);
  const texts = new SourceTexts(sources.map((s) => s.name));

  const fact = (type: RelationshipType, from: NodeRow, to: NodeRow, role: string | null = null) => {
    const fromLabel = labelOf(from.type);
    const toLabel = labelOf(to.type);
    const allowed = endpointsOf(GRAPH_MODEL, type).some((e) => e.from === fromLabel && e.to === toLabel);
    if (!allowed) throw new Error(`Generator bug: ${fromLabel}-[:${type}]->${toLabel} is not in the graph model`);
    const key = `${type}:${fromLabel}:${toLabel}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type, from: fromLabel, to: toLabel, rows: [] }));
    const wanted = pickSource();
    const quote = random.pick(QUOTES[type] ?? GENERIC_QUOTES)(from.name, to.name);
    const source = sources[texts.add(wanted, quote)] as NodeRow;
    group.rows.push({ from: from.id, to: to.id, source: source.id, quote, role });
  };

  // Regions: a tree from the country down to neighbourhoods.
  const country = addNode("Region", "Nederland", {
    kind: "COUNTRY",
    aliases: ["the Netherlands", "Netherlands", "NL"],
    description: "The Netherlands, where the academic youth workplaces operate.",
  });
  const provinces = PROVINCES.map((p) => {
    const province = addNode("Region", p.name, { kind: "PROVINCE", aliases: p.aliases, description: `Dutch province of ${p.name}.` });
    fact("PART_OF", province, country);
    return province;
  });
  const youthCareRegions = Array.from({ length: YOUTH_CARE_REGIONS }, (_, i) => {
    const province = provinces[i % provinces.length] as NodeRow;
    const place = names.place();
    const region = addNode("Region", `Jeugdregio ${place}`, {
      kind: "YOUTH_CARE_REGION",
      aliases: [`${place} region`],
      description: `Youth-care region around ${place} in ${province.name}, where municipalities buy youth care together.`,
    });
    fact("PART_OF", region, province);
    return region;
  });
  const municipalities = Array.from({ length: Math.min(MAX_MUNICIPALITIES, Math.max(YOUTH_CARE_REGIONS, per1000(50))) }, (_, i) => {
    // Every youth-care region gets a municipality first; the rest are spread evenly.
    const youthCareRegion = (i < youthCareRegions.length ? youthCareRegions[i] : random.pick(youthCareRegions)) as NodeRow;
    const municipality = addNode("Region", names.place(), {
      kind: "MUNICIPALITY",
      aliases: [],
      description: `Municipality in ${youthCareRegion.name}.`,
    });
    fact("PART_OF", municipality, youthCareRegion);
    return municipality;
  });
  // Big cities: a few municipalities have many neighbourhoods and organisations.
  const pickMunicipality = random.zipf(municipalities.length, 0.9);
  const neighbourhoods = Array.from({ length: per1000(100) }, () => {
    const municipality = municipalities[pickMunicipality()] as NodeRow;
    const neighbourhood = addNode("Region", names.district(municipality.name), {
      kind: "NEIGHBOURHOOD",
      aliases: [],
      description: `Neighbourhood of ${municipality.name}.`,
    });
    fact("PART_OF", neighbourhood, municipality);
    return neighbourhood;
  });

  // Themes: domains → topics → qualified topics (BROADER points to the broader theme).
  const themes = themeNames(Math.round(40 * Math.sqrt(practiceCount / 1000))).map((t) =>
    addNode("Theme", t.name, {
      nameEn: t.nameEn,
      aliases: [lower(t.nameEn)],
      description: `Work on ${lower(t.nameEn)} in youth care and education.`,
    }),
  );
  themeNames(themes.length).forEach((t, i) => {
    if (t.broader !== null) fact("BROADER", themes[i] as NodeRow, themes[t.broader] as NodeRow);
  });
  // Which themes are hubs is random, not the hierarchy's order.
  const themeByRank = random.shuffle([...themes]);
  const pickThemeRank = random.zipf(themeByRank.length, 1);
  const pickTheme = () => themeByRank[pickThemeRank()] as NodeRow;

  // Networks: a few big ones (most members and practices), many small ones.
  const networks = Array.from({ length: per1000(PER_1000_PRACTICES.networks) }, () => {
    const kind = kindOf(NETWORK_KINDS);
    const subject = random.chance(0.5) ? names.place() : names.compound();
    const name = `${NETWORK_PREFIX[kind]} ${subject}`;
    return addNode("Network", name, {
      kind,
      aliases: random.chance(0.6) ? [initials(name)] : [],
      description: `${NETWORK_PREFIX[kind]} where researchers, care workers, parents and young people around ${subject} learn together.`,
    });
  });
  const pickNetwork = random.zipf(networks.length, 1);
  const networkRegions = new Map<string, string[]>();
  networks.forEach((network, i) => {
    const covered = random.distinct(random.between(1, 3), () => {
      const level = random.weighted([5, 50, 30, 15]);
      return (level === 0 ? country : level === 1 ? random.pick(youthCareRegions) : level === 2 ? municipalities[pickMunicipality()] : random.pick(provinces)) as NodeRow;
    });
    for (const region of covered) fact("COVERS", network, region);
    networkRegions.set(network.id, covered.map((r) => r.id));
    for (const theme of random.distinct(random.between(2, 4), pickTheme)) fact("FOCUSES_ON", network, theme);
    if (i >= 10 && random.chance(0.1)) fact("PART_OF", network, networks[pickNetwork() % i] as NodeRow, "project");
    if (i >= 10 && random.chance(0.04)) fact("SUCCEEDS", network, networks[random.int(i)] as NodeRow);
  });

  // Organisations: one per municipality at most is the municipality itself.
  let municipalityOrganisations = 0;
  const organisations = Array.from({ length: per1000(PER_1000_PRACTICES.organisations) }, () => {
    let kind = kindOf(ORGANISATION_KINDS);
    if (kind === "MUNICIPALITY" && municipalityOrganisations >= municipalities.length) kind = "CARE_PROVIDER";
    const home = (kind === "MUNICIPALITY" ? municipalities[municipalityOrganisations++] : municipalities[pickMunicipality()]) as NodeRow;
    const word = names.compound();
    const name = {
      MUNICIPALITY: `Gemeente ${home.name}`,
      UNIVERSITY: `Universiteit ${home.name}`,
      UNIVERSITY_OF_APPLIED_SCIENCES: `Hogeschool ${word}`,
      CARE_PROVIDER: random.chance(0.5) ? `${word} Jeugdzorg` : `Stichting ${word}`,
      CLIENT_ORGANISATION: `Cliëntenraad ${home.name}`,
      GOVERNMENT: `Ministerie van ${word}`,
      FUNDER: `Fonds ${word}`,
      PROFESSIONAL_ASSOCIATION: `Vereniging ${word}`,
      KNOWLEDGE_INSTITUTE: `Kenniscentrum ${word}`,
      SCHOOL: `${random.pick(["Basisschool", "Kindcentrum", "Scholengemeenschap"])} ${word}`,
      OTHER: `${word} ${home.name}`,
    }[kind] as string;
    const organisation = addNode("Organisation", name, {
      kind,
      aliases: random.chance(0.5) ? [initials(name)] : [],
      description: `${kind.toLowerCase().replaceAll("_", " ")} in ${home.name} working with young people and families.`,
    });
    return { organisation, home };
  });
  const pickOrganisation = random.zipf(organisations.length, 0.8);
  const funders = organisations.filter((o) => o.organisation.kind === "FUNDER").map((o) => o.organisation);
  for (const { organisation, home } of organisations) {
    const placement = random.weighted([70, 20, 5, 5]);
    if (placement === 0) fact("LOCATED_IN", organisation, home);
    else if (placement === 1) fact("LOCATED_IN", organisation, random.pick(neighbourhoods.length ? neighbourhoods : [home]));
    else if (placement === 2) fact("LOCATED_IN", organisation, random.pick(provinces));
    for (const network of random.distinct(random.weighted([0, 50, 30, 20]), () => networks[pickNetwork()] as NodeRow)) {
      fact("MEMBER_OF", organisation, network, random.chance(0.2) ? "partner" : null);
      // Some memberships are stated by two sources: parallel relationships, one per piece of evidence.
      if (random.chance(0.1)) fact("MEMBER_OF", organisation, network);
    }
    if (random.chance(0.25)) {
      for (const theme of random.distinct(random.between(1, 2), pickTheme)) fact("FOCUSES_ON", organisation, theme);
    }
  }
  if (funders.length > 0) {
    for (const network of networks) if (random.chance(0.3)) fact("FUNDS", random.pick(funders), network, "subsidy");
  }

  // Practices: each addresses 1-3 themes, belongs to 1-2 networks, has developers and appliers.
  const pickPracticeRank = random.zipf(practiceCount, 0.8);
  const practiceLookup: GraphLookup["practices"] = [];
  const practices: NodeRow[] = [];
  for (let i = 0; i < practiceCount; i++) {
    const kind = kindOf(PRACTICE_KINDS);
    const practiceThemes = random.distinct(random.weighted([0, 50, 35, 15]), pickTheme);
    const practiceNetworks = random.distinct(random.chance(0.15) ? 2 : 1, () => networks[pickNetwork()] as NodeRow);
    const name = names.practice();
    const firstTheme = practiceThemes[0] as NodeRow;
    const practice = addNode("Practice", name, {
      kind,
      aliases: random.chance(0.3) ? [name.replaceAll(" ", "")] : [],
      description: `${PRACTICE_NOUN[kind]} in which ${random.pick(AUDIENCES)} work on ${lower(String(firstTheme.nameEn))}, from ${(practiceNetworks[0] as NodeRow).name}.`,
    });
    practices.push(practice);
    for (const theme of practiceThemes) fact("ADDRESSES", practice, theme);
    for (const network of practiceNetworks) fact("PART_OF", practice, network, random.chance(0.3) ? "best practice" : null);
    for (const developer of random.distinct(random.chance(0.1) ? 2 : random.chance(0.9) ? 1 : 0, pickOrganisation)) {
      fact("DEVELOPED", (organisations[developer] as { organisation: NodeRow }).organisation, practice);
    }
    const appliers = random.weighted([30, 35, 20, 10, 5]);
    for (const applier of random.distinct(appliers, pickOrganisation)) {
      fact("APPLIES", (organisations[applier] as { organisation: NodeRow }).organisation, practice, random.pick([null, "uses", "trains", null]));
    }
    if (funders.length > 0 && random.chance(0.05)) fact("FUNDS", random.pick(funders), practice, "funds");
    if (i > 0 && random.chance(0.08)) fact("DERIVED_FROM", practice, practices[pickPracticeRank() % i] as NodeRow);
    practiceLookup.push({ id: practice.id, name: practice.name, themes: practiceThemes.map((t) => t.id), networks: practiceNetworks.map((n) => n.id) });
  }

  // People: most work at an organisation; many are involved in networks or practices.
  const peopleInNetworks: GraphLookup["peopleInNetworks"] = [];
  for (let i = 0; i < per1000(PER_1000_PRACTICES.people); i++) {
    const { name, surname } = names.person();
    const role = names.role();
    const employer = random.chance(0.9) ? (organisations[pickOrganisation()] as { organisation: NodeRow }).organisation : null;
    const person = addNode("Person", name, {
      roles: [role],
      aliases: [surname],
      description: employer ? `${role} at ${employer.name}.` : `Independent ${role}.`,
    });
    if (employer) fact("WORKS_AT", person, employer, role);
    const involvedNetworks = random.chance(0.6) ? random.distinct(random.between(1, 2), () => networks[pickNetwork()] as NodeRow) : [];
    for (const network of involvedNetworks) {
      fact("INVOLVED_IN", person, network, random.chance(0.5) ? role : null);
      if (random.chance(0.05)) fact("INVOLVED_IN", person, network);
    }
    if (involvedNetworks.length > 0) peopleInNetworks.push({ id: person.id, networks: involvedNetworks.map((n) => n.id) });
    if (random.chance(0.4)) {
      for (const practice of random.distinct(random.between(1, 2), () => random.pick(practices))) fact("INVOLVED_IN", person, practice, role);
    }
  }

  // Whatever the model has that the hand-tuned parts above do not make yet (a new node type or
  // relationship) still appears, with plain content, so the benchmark covers the whole model.
  for (const node of GRAPH_MODEL.nodeTypes) {
    const label = node.label as Label;
    if (nodes[label].length > 0) continue;
    for (let i = 0; i < per1000(50); i++) addNode(label, `${label} ${names.compound()}`, plainFields(node.fields));
  }
  for (const { type, endpoints } of GRAPH_MODEL.relationshipTypes) {
    for (const { from, to } of endpoints) {
      if (groups.has(`${type}:${from}:${to}`)) continue;
      const [froms, tos] = [nodes[from as Label], nodes[to as Label]];
      for (let i = 0; i < per1000(100); i++) fact(type as RelationshipType, random.pick(froms), random.pick(tos));
    }
  }

  // Links for the write benchmark, from their own random source, so the graph above stays the same
  // graph with or without them: each joins two entities not yet linked by its type, and is stated
  // by a sentence added to a source drawn as facts draw theirs.
  const writeRandom = new SeededRandom(`${seed}:${practiceCount}:writes`);
  const people = nodes.Person;
  const themesOfWrites = writeRandom.zipf(themes.length, 1);
  const organisationsOfWrites = writeRandom.zipf(organisations.length, 0.8);
  const networksOfWrites = writeRandom.zipf(networks.length, 1);
  const sourcesOfWrites = writeRandom.zipf(sources.length, 0.7);
  const organisationOf = () => (organisations[organisationsOfWrites()] as { organisation: NodeRow }).organisation;
  const kinds: ReadonlyArray<{ type: RelationshipType; ends: () => [NodeRow, NodeRow] }> = [
    { type: "APPLIES", ends: () => [organisationOf(), writeRandom.pick(practices)] },
    { type: "MEMBER_OF", ends: () => [organisationOf(), networks[networksOfWrites()] as NodeRow] },
    { type: "ADDRESSES", ends: () => [writeRandom.pick(practices), themes[themesOfWrites()] as NodeRow] },
    { type: "INVOLVED_IN", ends: () => [writeRandom.pick(people), writeRandom.pick(practices)] },
  ];
  const linked = new Set(
    [...groups.values()].filter((g) => kinds.some((k) => k.type === g.type)).flatMap((g) => g.rows.map((r) => `${g.type}|${r.from}|${r.to}`)),
  );
  const writes: WriteLink[] = [];
  while (writes.length < writeLinks) {
    const { type, ends } = writeRandom.pick(kinds);
    const [from, to] = ends();
    const key = `${type}|${from.id}|${to.id}`;
    if (linked.has(key)) continue;
    linked.add(key);
    const wanted = sourcesOfWrites();
    const quote = writeRandom.pick(QUOTES[type] ?? GENERIC_QUOTES)(from.name, to.name);
    writes.push({ from: from.id, type, to: to.id, source: (sources[texts.add(wanted, quote)] as NodeRow).id, quote });
  }

  const sourceTexts = sources.map((source, index) => {
    const { text, contentHash } = texts.text(index);
    source.contentHash = contentHash;
    return { hash: contentHash, source: source.id, text };
  });

  return {
    practices: practiceCount,
    nodes,
    facts: [...groups.values()],
    sourceTexts,
    lookup: {
      themeIds: themes.map((t) => t.id),
      provinceIds: provinces.map((p) => p.id),
      youthCareRegionIds: youthCareRegions.map((r) => r.id),
      practices: practiceLookup,
      networkRegions,
      peopleInNetworks,
      searchableNames: [...practices, ...organisations.map((o) => o.organisation), ...networks].map((n) => n.name),
      writes,
    },
  };
}

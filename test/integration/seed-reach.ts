/**
 * Where each practice, organisation and network of the seed files is placed and what themes it
 * works on, and the region tree's distances: computed from the seed files alone, in the words of
 * the schema's descriptions (ThemeCoverage), not from the API's Cypher (src/graphql/questions/reach.ts).
 */
import { seedFacts, type SeedFacts } from "./seed-facts.js";

export type CountedType = "PRACTICE" | "ORGANISATION" | "NETWORK";

export interface SeedEntity {
  id: string;
  name: string;
  type: CountedType;
  kind: string | null;
  /** Regions it is placed in itself, before any roll-up. */
  placements: Set<string>;
  themes: Set<string>;
}

export interface SeedRegion {
  id: string;
  name: string;
  kind: string;
  /** The regions it lies in, itself included (0), with the PART_OF hops up to each (the fewest). */
  up: Map<string, number>;
}

export interface SeedReach {
  facts: SeedFacts;
  entities: SeedEntity[];
  regions: Map<string, SeedRegion>;
  themes: Map<string, { id: string; name: string }>;
  /** PART_OF hops between two regions through the nearest region both lie in; undefined when none. */
  hops(a: string, b: string): number | undefined;
  /** Whether region `r` is `within` or one of its sub-regions. */
  isWithin(r: string, within: string): boolean;
}

const TYPES: Record<string, CountedType> = { Practice: "PRACTICE", Organisation: "ORGANISATION", Network: "NETWORK" };

let cached: Promise<SeedReach> | undefined;

export function seedReach(): Promise<SeedReach> {
  cached ??= seedFacts().then((facts) => {
    const labelOf = new Map(facts.data.nodes.map((n) => [n.properties.id, n.label]));
    const is = (label: string) => (id: string) => labelOf.get(id) === label;
    const uniq = (ids: string[]) => new Set(ids);

    const regions = new Map<string, SeedRegion>();
    for (const n of facts.data.nodes.filter((n) => n.label === "Region")) {
      regions.set(n.properties.id, { id: n.properties.id, name: n.properties.name, kind: String(n.properties.kind), up: new Map() });
    }
    for (const region of regions.values()) {
      // Breadth first up the PART_OF links between regions, so each is reached by its fewest hops.
      let frontier = [region.id];
      for (let hops = 0; frontier.length > 0; hops++) {
        const next: string[] = [];
        for (const id of frontier) {
          if (region.up.has(id)) continue;
          region.up.set(id, hops);
          next.push(...facts.from("PART_OF", id).filter(is("Region")));
        }
        frontier = next;
      }
    }

    /** The networks a practice is PART_OF or that DEVELOPED it. */
    const networksOfPractice = (p: string) => [
      ...facts.from("PART_OF", p).filter(is("Network")),
      ...facts.all("DEVELOPED").filter((f) => f.to === p && is("Network")(f.from)).map((f) => f.from),
    ];
    const placements = (id: string, type: CountedType): Set<string> => {
      switch (type) {
        case "NETWORK":
          return uniq(facts.from("COVERS", id));
        case "PRACTICE":
          return uniq(networksOfPractice(id).flatMap((n) => facts.from("COVERS", n)));
        case "ORGANISATION":
          return uniq([...facts.from("LOCATED_IN", id), ...facts.from("MEMBER_OF", id).flatMap((n) => facts.from("COVERS", n))]);
      }
    };
    const themesOf = (id: string, type: CountedType): Set<string> => {
      switch (type) {
        case "NETWORK":
          return uniq(facts.from("FOCUSES_ON", id));
        case "PRACTICE":
          return uniq(facts.from("ADDRESSES", id));
        case "ORGANISATION":
          return uniq([
            ...facts.from("FOCUSES_ON", id),
            ...facts.from("MEMBER_OF", id).flatMap((n) => facts.from("FOCUSES_ON", n)),
            ...[...facts.from("DEVELOPED", id), ...facts.from("APPLIES", id)].flatMap((p) => facts.from("ADDRESSES", p)),
          ]);
      }
    };
    const entities = facts.data.nodes
      .filter((n) => n.label in TYPES)
      .map((n): SeedEntity => {
        const type = TYPES[n.label] as CountedType;
        const id = n.properties.id;
        const kind = n.properties.kind;
        return { id, name: n.properties.name, type, kind: typeof kind === "string" ? kind : null, placements: placements(id, type), themes: themesOf(id, type) };
      });
    const themes = new Map(facts.data.nodes.filter((n) => n.label === "Theme").map((n) => [n.properties.id, { id: n.properties.id, name: n.properties.name }]));
    const upOf = (id: string) => regions.get(id)?.up ?? new Map<string, number>();
    return {
      facts,
      entities,
      regions,
      themes,
      hops(a, b) {
        const upB = upOf(b);
        const through = [...upOf(a)].flatMap(([common, hops]) => (upB.has(common) ? [hops + (upB.get(common) as number)] : []));
        return through.length > 0 ? Math.min(...through) : undefined;
      },
      isWithin: (r, within) => upOf(r).has(within),
    };
  });
  return cached;
}

/** Strings in code-point order, as Cypher's ORDER BY puts them. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The seed files read straight from disk, for tests to compute expected answers independently of
 * the API and the database.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SEEDS_DIR } from "../../src/seed/seed-graph.js";
import { readSeedData, type NodeRecord, type SeedData, type SeedFact } from "../../src/seed/seed-files.js";

export interface SeedFacts {
  data: SeedData;
  node(id: string): NodeRecord;
  all(type: SeedFact["type"]): SeedFact[];
  /** Ids that `id` links to with `type`. */
  from(type: SeedFact["type"], id: string): string[];
  /** Ids of every node linked to `id`, either way. */
  neighbours(id: string): string[];
  quoteIsInSource(sourceId: string, quote: string): boolean;
  regionAndSubRegions(regionId: string): Promise<Set<string>>;
  /** Two people involved in (or working for members of) different networks. */
  peopleInDifferentNetworks(): [string, string];
}

let cached: Promise<SeedFacts> | undefined;

export function seedFacts(): Promise<SeedFacts> {
  cached ??= readSeedData(DEFAULT_SEEDS_DIR).then((data) => {
    const byId = new Map(data.nodes.map((n) => [n.properties.id, n.properties]));
    const all = (type: SeedFact["type"]) => data.facts.filter((f) => f.type === type);
    const from = (type: SeedFact["type"], id: string) => all(type).filter((f) => f.from === id).map((f) => f.to);
    const networksOf = (person: string): Set<string> => {
      const direct = from("INVOLVED_IN", person).filter((id) => data.nodes.some((n) => n.label === "Network" && n.properties.id === id));
      const viaEmployer = from("WORKS_AT", person).flatMap((org) => from("MEMBER_OF", org));
      return new Set([...direct, ...viaEmployer]);
    };
    return {
      data,
      node(id) {
        const node = byId.get(id);
        if (!node) throw new Error(`No seed node "${id}"`);
        return node;
      },
      all,
      from,
      neighbours: (id) => data.facts.flatMap((f) => (f.from === id ? [f.to] : f.to === id ? [f.from] : [])),
      quoteIsInSource(sourceId, quote) {
        const text = readFileSync(path.join(DEFAULT_SEEDS_DIR, "sources", `${sourceId}.txt`), "utf8");
        // Independent of the API's own rule (src/model/quotes.ts): whitespace runs are the only difference allowed.
        const collapse = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
        return collapse(text).includes(collapse(quote));
      },
      async regionAndSubRegions(regionId) {
        const found = new Set([regionId]);
        for (let grew = true; grew; ) {
          grew = false;
          for (const f of all("PART_OF")) {
            if (found.has(f.to) && !found.has(f.from) && data.nodes.some((n) => n.label === "Region" && n.properties.id === f.from)) {
              found.add(f.from);
              grew = true;
            }
          }
        }
        return found;
      },
      peopleInDifferentNetworks() {
        const people = data.nodes.filter((n) => n.label === "Person").map((n) => n.properties.id);
        for (const a of people) {
          for (const b of people) {
            const na = networksOf(a);
            const nb = networksOf(b);
            if (na.size > 0 && nb.size > 0 && [...na].every((n) => !nb.has(n))) return [a, b];
          }
        }
        throw new Error("The seeds have no two people in different networks");
      },
    };
  });
  return cached;
}

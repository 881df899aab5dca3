import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { GRAPH_MODEL } from "../model/graph-model.js";
import { normaliseName } from "../model/text.js";
import { MAX_COMPARED, NameIndex, type HitScore, type NamedEntity } from "./name-index.js";
import { WHOLE_NAME_BOOST, nameBoostBy, nameTyposAllowed, stemOf, typosAllowed } from "./name-matching.js";

/** A small deterministic generator (mulberry32), so every run checks the same cases. */
function randomSource(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

const ENTITY_TYPES = GRAPH_MODEL.nodeTypes.map((node) => node.entityType);

const SYLLABLES = ["ou", "ders", "wijk", "pad", "mijn", "jeugd", "zorg", "net", "werk", "plaats", "kring", "vaar", "sa", "men", "leer", "tafel", "dia", "loog", "é", "ïn", "gezin", "nen"];

function generatedEntities(count: number, seed: number): NamedEntity[] {
  const random = randomSource(seed);
  const word = () => Array.from({ length: 1 + random.int(3) }, () => random.pick(SYLLABLES)).join("");
  const name = () => Array.from({ length: 1 + random.int(3) }, word).join(random.pick([" ", "-", " "]));
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    type: random.pick(ENTITY_TYPES),
    names: [name(), ...Array.from({ length: random.int(3) }, name)].map((n) => (random.next() < 0.3 ? n.toUpperCase() : n)),
  }));
}

/** What people type for a name: all of it, its last word half-typed, one word, a typo after the first letter, another word ending. */
function typedForms(name: string, seed: number): string[] {
  const random = randomSource(seed);
  const words = normaliseName(name).split(" ");
  const last = words.at(-1) ?? "";
  const withTypo = (w: string) => (w.length < 4 ? w : `${w.slice(0, 1 + random.int(w.length - 1))}x${w.slice(2 + random.int(Math.max(1, w.length - 2)))}`);
  return [
    name,
    [...words.slice(0, -1), last.slice(0, Math.max(1, Math.ceil(last.length / 2)))].join(" "),
    random.pick(words),
    words.map(withTypo).join(" "),
    words.map((w) => (w.length >= 7 ? `${w.slice(0, -2)}en` : w)).join(" "),
  ];
}

const byBoost: HitScore = (boost) => boost;

/**
 * The rule the index answers by, applied to every entity one by one: a name has a word that the
 * longest typed word stands for (wordMatches, but a typo in the first letter is not forgiven), or
 * a one-word name is the text written as one, within its typos ("dialoog tafel"); of those, the
 * ones nameBoostBy gives more than 1. (So a name of several words typed as one, "dersplaats" for
 * "Ders Plaats", is found only through an alias that writes it so.)
 */
function scanned(entities: readonly NamedEntity[], typed: string): Map<string, number> {
  const typedWords = typed.split(" ").filter(Boolean);
  const stands = (t: string, word: string, typos: number) => word.startsWith(stemOf(t) ?? t) || (typos > 0 && word[0] === t[0] && distance(t, word) <= typos);
  const matches = (i: number, word: string) => stands(typedWords[i] ?? "", word, typosAllowed(typedWords[i] ?? ""));
  const longest = typedWords.reduce((a, b) => (b.length > a.length ? b : a));
  const joined = typedWords.join("");
  const joinedTypos = Math.min(2, nameTyposAllowed(typed));
  const found = new Map<string, number>();
  for (const entity of entities) {
    const names = entity.names.map(normaliseName);
    const words = names.flatMap((name) => name.split(" "));
    const candidate =
      words.some((word) => stands(longest, word, typosAllowed(longest))) ||
      names.some((name) => !name.includes(" ") && name[0] === joined[0] && distance(name, joined) <= joinedTypos);
    const boost = nameBoostBy(typed, typedWords, names, matches);
    if (candidate && boost > 1) found.set(entity.id, boost);
  }
  return found;
}

const asMap = (hits: { id: string; boost: number }[]) => new Map(hits.map((h) => [h.id, h.boost]));

describe("NameIndex: finds what a scan of every name finds", () => {
  it("for whole names, half-typed last words, single words, typos and other word endings of 400 generated entities", () => {
    const entities = generatedEntities(400, 1);
    const index = NameIndex.of(entities);
    let compared = 0;
    entities.slice(0, 60).forEach((entity, i) => {
      for (const text of typedForms(entity.names[0] ?? "", i)) {
        const typed = normaliseName(text);
        const expected = scanned(entities, typed);
        expect(expected.size, text).toBeLessThan(MAX_COMPARED);
        expect(asMap(index.search(typed, 1_000, byBoost)), text).toEqual(expected);
        compared += expected.size;
      }
    });
    expect(compared, "the generated texts name something").toBeGreaterThan(300);
    // A scan of every entity for each of 300 texts: seconds on a loaded machine.
  }, 60_000);

  it("after every put, rename and remove, as a scan of what is left finds", () => {
    const random = randomSource(7);
    const pool = generatedEntities(300, 2);
    const live = new Map<string, NamedEntity>();
    const index = new NameIndex();
    for (let step = 0; step < 600; step++) {
      const entity = random.pick(pool);
      const action = random.int(3);
      if (action === 0 && live.has(entity.id)) {
        index.remove(entity.id);
        live.delete(entity.id);
      } else {
        // A put of an id already there is a rename: its names become another entity's.
        const renamed = action === 1 ? { ...entity, names: random.pick(pool).names } : entity;
        index.put(renamed);
        live.set(entity.id, renamed);
      }
      if (step % 20 === 0) {
        const typed = normaliseName(random.pick(random.pick(pool).names));
        expect(asMap(index.search(typed, 1_000, byBoost)), `step ${step}: ${typed}`).toEqual(scanned([...live.values()], typed));
      }
    }
    expect(index.size).toBe(live.size);
  }, 60_000);

  it("keeps to limit and types, best first", () => {
    const entities = generatedEntities(400, 3);
    const index = NameIndex.of(entities);
    const typed = normaliseName(entities[0]?.names[0] ?? "");
    const all = index.search(typed, 1_000, byBoost);
    expect(all.length).toBeGreaterThan(3);
    expect(index.search(typed, 3, byBoost)).toEqual(all.slice(0, 3));
    expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((a, b) => b - a));
    const type = all[0]?.type ?? "";
    expect(index.search(typed, 1_000, byBoost, new Set([type]))).toEqual(all.filter((h) => h.type === type));
  });
});

describe("NameIndex: what people type", () => {
  const index = NameIndex.of([
    { id: "normaliseren", type: "THEME", names: ["Normaliseren", "Normalising"] },
    { id: "dialoogtafel", type: "PRACTICE", names: ["Dialoogtafelmethodiek", "Dialoogtafel"] },
    { id: "fryslan", type: "REGION", names: ["Fryslân"] },
    { id: "mijn-pad", type: "PRACTICE", names: ["Mijn Pad"] },
    { id: "mijn-pad-train", type: "PRACTICE", names: ["Mijn Pad train-de-trainer"] },
    { id: "ontdek-mijn-pad", type: "PRACTICE", names: ["Ontdek Mijn Pad!"] },
  ]);
  const first = (text: string) => index.search(normaliseName(text), 10, byBoost)[0]?.id;

  it.each([
    ["normalisering", "normaliseren", "a Dutch word ending"],
    ["dialogtafel", "dialoogtafel", "a letter left out"],
    ["dialoog tafel", "dialoogtafel", "one word typed as two"],
    ["FRYSLAN", "fryslan", "case and accents"],
    ["fryslân", "fryslan", "accents"],
    ["mijn p", "mijn-pad", "a half-typed last word: the shortest name it begins"],
    ["pad mijn", "mijn-pad", "words in another order"],
    ["mijn paad", "mijn-pad", "a typo"],
    ["frsylan", "fryslan", "two neighbouring letters swapped"],
    ["mijn apd", "mijn-pad", "two neighbouring letters swapped in the last word"],
    ["normalising", "normaliseren", "the English name"],
  ])("%s finds %s (%s)", (text, id) => {
    expect(first(text)).toBe(id);
  });

  it("does not forgive a typo in the first letter, nor find a word that is not in any name", () => {
    expect(first("vormaliseren")).toBeUndefined();
    expect(first("mijn zwaard")).toBeUndefined();
  });

  it("gives the whole name the highest boost, its beginning less, its words inside less still", () => {
    const boosts = asMap(index.search("mijn pad", 10, byBoost));
    expect(boosts.get("mijn-pad")).toBe(WHOLE_NAME_BOOST);
    expect(boosts.get("mijn-pad-train")).toBeLessThan(4);
    expect(boosts.get("mijn-pad-train")).toBeGreaterThan(3);
    expect(boosts.get("ontdek-mijn-pad")).toBeLessThan(2);
  });
});

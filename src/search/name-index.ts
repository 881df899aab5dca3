/**
 * The names of every entity (name, translations, aliases: namesOf in src/model), in process
 * memory, for type-ahead: which entities a typed text may name, and how well (name-matching.ts).
 * Lucene answers the same with fuzzy automata over a disk index, milliseconds per word; here the
 * words are a radix tree (MiniSearch's SearchableMap), walked once per typed word within its allowed
 * typos, and only entities holding the words found are compared with the text.
 *
 * Pure and synchronous: live-names.ts fills it from the graph and keeps it current.
 */
import SearchableMap from "minisearch/SearchableMap";
import { normaliseName } from "../model/text.js";
import { nameBoostBy, nameTyposAllowed, stemOf, swappedNeighbours, typosAllowed } from "./name-matching.js";

/** An entity as the index keeps it: its id, its `type` and the names it may be typed by, as stored. */
export interface NamedEntity {
  id: string;
  type: string;
  names: readonly string[];
}

/** An entity the text names, and how well. */
export interface NameHit {
  id: string;
  type: string;
  /** nameBoostBy: above 1. */
  boost: number;
  /**
   * The share of typed words that are whole words of its names, counting two more on both sides:
   * 1 when every typed word is one, down to 2/3 for one word typed in part. "han" finds Han de Ruiter
   * before "Hanze", whose name it begins too; Lucene's relevance told them apart the same way.
   */
  relevance: number;
  /** The order of hits, given by the caller (search's rankScore): higher first. */
  score: number;
}

/** How a caller orders hits: from a hit's boost, relevance and type. */
export type HitScore = (boost: number, relevance: number, type: string) => number;

/**
 * Entities compared with the text at most, per search. A word of a few letters begins thousands of
 * names at 100k; of those, the ones with the shortest names are compared (a short name typed in
 * part ranks above a long one), so the cost of one search is bounded whatever is typed.
 */
export const MAX_COMPARED = 400;

/** Slots read from the words found, at most, before the shortest MAX_COMPARED are chosen. */
const MAX_GATHERED = 4 * MAX_COMPARED;

export class NameIndex {
  private readonly ids: (string | undefined)[] = [];
  private readonly types: string[] = [];
  private readonly names: string[][] = [];
  /** The length of an entity's shortest name: postings are ordered by it, shortest first. */
  private readonly shortest: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  /** Each word of a name → the slots holding it, shortest name first. */
  private readonly terms = new SearchableMap<number[]>();

  /** An index of these entities: built in one pass, each word's list sorted once (put would sort as it goes). */
  static of(entities: Iterable<NamedEntity>): NameIndex {
    const index = new NameIndex();
    const lists = new Map<string, number[]>();
    for (const entity of entities) {
      if (index.slotOf.has(entity.id)) index.remove(entity.id);
      const slot = index.place(entity);
      if (slot === undefined) continue;
      for (const term of termsOf(index.names[slot] ?? [])) {
        const slots = lists.get(term);
        if (slots) slots.push(slot);
        else lists.set(term, [slot]);
      }
    }
    const byShortest = (a: number, b: number) => (index.shortest[a] ?? 0) - (index.shortest[b] ?? 0) || a - b;
    for (const [term, slots] of lists) index.terms.set(term, slots.sort(byShortest));
    return index;
  }

  get size(): number {
    return this.slotOf.size;
  }

  /** Adds an entity, or replaces what the index held for its id. */
  put(entity: NamedEntity): void {
    this.remove(entity.id);
    const slot = this.place(entity);
    if (slot === undefined) return;
    for (const term of termsOf(this.names[slot] ?? [])) {
      const slots = this.terms.get(term);
      if (slots) slots.splice(this.positionOf(slots, slot), 0, slot);
      else this.terms.set(term, [slot]);
    }
  }

  /** Gives an entity a slot, without its words; none for an entity without a name. */
  private place(entity: NamedEntity): number | undefined {
    const names = [...new Set(entity.names.map(normaliseName).filter((n) => n.length > 0))];
    if (names.length === 0) return undefined;
    const slot = this.freeSlots.pop() ?? this.ids.length;
    this.ids[slot] = entity.id;
    this.types[slot] = entity.type;
    this.names[slot] = names;
    this.shortest[slot] = Math.min(...names.map((n) => n.length));
    this.slotOf.set(entity.id, slot);
    return slot;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    for (const term of termsOf(this.names[slot] ?? [])) {
      const slots = this.terms.get(term);
      if (!slots) continue;
      const at = this.positionOf(slots, slot);
      if (slots[at] === slot) slots.splice(at, 1);
      if (slots.length === 0) this.terms.delete(term);
    }
    this.ids[slot] = undefined;
    this.names[slot] = [];
    this.slotOf.delete(id);
    this.freeSlots.push(slot);
  }

  /**
   * The entities `typed` (normalised) names, of `types` when given, best first (by `scoreOf`, then
   * the shorter name, then id); at most `limit`.
   */
  search(typed: string, limit: number, scoreOf: HitScore, types: ReadonlySet<string> | null = null): NameHit[] {
    const typedWords = typed.split(" ").filter(Boolean);
    if (typedWords.length === 0) return [];
    // What each typed word stands for (wordMatches): a word it or its stem begins, or one of the words within its typos.
    const beginnings = typedWords.map((word) => stemOf(word) ?? word);
    const nearWords = typedWords.map((word) => this.nearWords(word, typosAllowed(word)));
    const matches = (i: number, word: string) => word.startsWith(beginnings[i] ?? "") || (nearWords[i]?.has(word) ?? false);

    const hits: (NameHit & { shortest: number })[] = [];
    for (const slot of this.candidates(typed, typedWords, beginnings, nearWords)) {
      const id = this.ids[slot];
      const type = this.types[slot];
      if (id === undefined || type === undefined || (types !== null && !types.has(type))) continue;
      const names = this.names[slot] ?? [];
      const boost = nameBoostBy(typed, typedWords, names, matches);
      if (boost <= 1) continue;
      const words = new Set(names.flatMap((name) => name.split(" ")));
      const relevance = (2 + typedWords.filter((word) => words.has(word)).length) / (2 + typedWords.length);
      hits.push({ id, type, boost, relevance, score: scoreOf(boost, relevance, type), shortest: this.shortest[slot] ?? 0 });
    }
    return hits
      .sort((a, b) => b.score - a.score || a.shortest - b.shortest || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
      .map(({ shortest: _shortest, ...hit }) => hit);
  }

  /**
   * The ids of entities with a name word that a word of running text may stand for (suggestFacts,
   * src/suggest/mentions.ts, then compares whole names): the word itself, the word without a Dutch
   * ending ("werkplaatsen"), or a word within two typos (which covers most inflected stems), all
   * from the word's first letter. At most `perWord` entities per word (those with the shortest
   * names) and `max` in all, so a long text costs a bounded walk.
   */
  idsNamedBy(words: Iterable<string>, perWord = 2_000, max = 20_000): string[] {
    const found = new Set<number>();
    const gather = (slots: readonly number[] | undefined) => {
      if (!slots) return;
      for (let i = 0; i < slots.length && i < perWord && found.size < max; i++) found.add(slots[i] as number);
    };
    for (const word of new Set(words)) {
      if (word.length < 2 || found.size >= max) continue;
      gather(this.terms.get(word));
      for (const ending of ["s", "e", "en", "n", "es", "er", "ers"]) if (word.length > ending.length + 2 && word.endsWith(ending)) gather(this.terms.get(word.slice(0, -ending.length)));
      if (word.length >= 6) for (const near of this.nearWords(word, 2)) gather(this.terms.get(near));
    }
    return [...found].map((slot) => this.ids[slot]).filter((id): id is string => id !== undefined);
  }

  /**
   * The slots a text may name: those holding a word that the text's most telling word stands for
   * (the longest; every typed word must stand for a word of the name), and those with a one-word
   * name within two typos of the text written as one ("dialoog tafel").
   * At most MAX_COMPARED, those with the shortest names.
   */
  private candidates(typed: string, typedWords: readonly string[], beginnings: readonly string[], nearWords: readonly Set<string>[]): number[] {
    let longest = 0;
    typedWords.forEach((word, i) => {
      if (word.length > (typedWords[longest]?.length ?? 0)) longest = i;
    });
    const lists: number[][] = [];
    let gathered = 0;
    const gather = (slots: number[] | undefined) => {
      if (!slots || gathered >= MAX_GATHERED) return;
      lists.push(slots);
      gathered += Math.min(slots.length, MAX_COMPARED);
    };
    for (const word of nearWords[longest] ?? []) gather(this.terms.get(word));
    for (const [, slots] of this.terms.atPrefix(beginnings[longest] ?? "")) {
      if (gathered >= MAX_GATHERED) break;
      gather(slots);
    }
    // A name of one word typed whole but for its typos, or typed as two or more words ("dialoog tafel").
    const joined = typedWords.join("");
    gather(this.terms.get(joined));
    for (const word of this.nearWords(joined, Math.min(2, nameTyposAllowed(typed)))) gather(this.terms.get(word));
    const found = new Set<number>();
    for (const slots of lists) for (let i = 0; i < slots.length && i < MAX_COMPARED; i++) found.add(slots[i] as number);
    if (found.size <= MAX_COMPARED) return [...found];
    return [...found].sort((a, b) => (this.shortest[a] ?? 0) - (this.shortest[b] ?? 0) || a - b).slice(0, MAX_COMPARED);
  }

  /**
   * The indexed words within `typos` of `word` that begin with its first letter. Walking the tree
   * under that letter only is 20 to 100 times faster than walking all of it (100k graph: 0.01 to
   * 0.1 ms against 1 to 5 ms for two typos); a typo in the first letter is the one not forgiven.
   */
  private nearWords(word: string, typos: number): Set<string> {
    const first = word.slice(0, 1);
    if (typos === 0 || first === "") return new Set();
    const near = new Set<string>();
    for (const rest of this.terms.atPrefix(first).fuzzyGet(word.slice(1), typos).keys()) near.add(first + rest);
    // Two neighbouring letters swapped are one typo (typoDistance), where the tree's walk counts two.
    for (const swapped of swappedNeighbours(word)) if (this.terms.has(swapped)) near.add(swapped);
    return near;
  }

  /** Where `slot` stands, or would stand, in a posting list ordered by shortest name, then slot. */
  private positionOf(slots: readonly number[], slot: number): number {
    const key = this.shortest[slot] ?? 0;
    let low = 0;
    let high = slots.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = slots[middle] as number;
      const otherKey = this.shortest[other] ?? 0;
      if (otherKey < key || (otherKey === key && other < slot)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** What a name is found by: each of its words. */
function termsOf(names: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const name of names) for (const word of name.split(" ")) terms.add(word);
  return terms;
}

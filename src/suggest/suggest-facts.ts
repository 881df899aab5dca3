/**
 * Candidate facts in a source's text, for an editor to accept, edit or reject: pure, given the
 * text, the entities it may name and what the graph already states. The resolver
 * (src/graphql/questions/suggest-facts.ts) reads those from Neo4j; the evaluation (evaluate.ts)
 * from the seed files.
 *
 *  1. Sentences and words (text-units.ts).
 *  2. Mentions: known entities by name (mentions.ts), new ones by pattern (entity-patterns.ts),
 *     and stand-ins ("deze werkplaats") for the latest entity of the kind they name.
 *  3. For every two entities in a sentence (or a heading and the sentence after it) whose labels
 *     the model lets be linked (link-types.ts), one relationship: the type a cue word says
 *     (cue-words.ts), else the one the model allows, oriented as the model declares it.
 *  4. Each suggestion's quote is exactly the sentence(s) in the stored text, and names both ends,
 *     or says which words stand for one (`refers`), checked by the rule `link` applies
 *     (src/model/evidence.ts), so accepting it passes `link`'s verification.
 */
import { unnamedEnds } from "../model/evidence.js";
import { normaliseName } from "../model/text.js";
import type { GraphModel } from "../model/graph-model.js";
import { CUE_WORDS, DETERMINERS, STAND_IN_NOUNS, cuesIn, type CueHit } from "./cue-words.js";
import { WE_WORDS, documentSubject } from "./document-subject.js";
import { proposeEntities, type ProposedEntity } from "./entity-patterns.js";
import { linkTable, type LinkOption } from "./link-types.js";
import { NameForms, findMentions, type KnownEntity, type Mention } from "./mentions.js";
import { paraphrasedThemes, themeWords } from "./theme-words.js";
import { sentencesOf, wordsOf, type Sentence, type Word } from "./text-units.js";

export interface SuggestedEnd {
  id: string;
  label: string;
  name: string;
  /** Not in the graph: accept it with createEntity first (`id`, `name`, `fields`). */
  isNew: boolean;
  /** Fields createEntity needs for a new entity (an organisation's kind). */
  fields: Record<string, string>;
  /** The words of the quote that stand for it. */
  mention: string;
}

export interface SuggestedFact {
  /** Exactly `text.slice(start, end)` of the source's stored text. */
  quote: string;
  start: number;
  end: number;
  from: SuggestedEnd;
  type: string;
  to: SuggestedEnd;
  /** 0 to 1. */
  confidence: number;
  /** The words that triggered it: cue words, stand-ins, the pattern that proposed a new end. */
  because: string[];
  /** The words of the quote that stand for an end it does not name (link's `evidence.refers`). */
  refers: { from?: string; to?: string } | null;
  /** Other sources that already state this relationship. */
  statedBy: string[];
}

export interface Suggestions {
  facts: SuggestedFact[];
  /** Every entity the text names, known or proposed, once each, in text order. */
  mentions: Mention[];
}

export interface SuggestInput {
  source: string;
  /** The source's stored text (normalised as stored: quotes are offsets into it). */
  text: string;
  /** The entities the text may name (the resolver reads those the name index finds for its words). */
  entities: readonly KnownEntity[];
  /** Sources that state `from type to` in the graph; empty when none. */
  statedBy: (from: string, type: string, to: string) => readonly string[];
  /**
   * How many relationships of `type` from a `fromLabel` to a `toLabel` other sources state: the
   * graph's own habit, which chooses among the types a pair may have when no cue word does.
   */
  typeCounts: (fromLabel: string, type: string, toLabel: string) => number;
  model: GraphModel;
  limit: number;
}

/** How far back a stand-in looks for the entity it stands for, in sentences. */
const STAND_IN_REACH = 12;

/** A sentence with more entities than this is a list: each pair in it is less likely a stated link. */
const CROWDED = 4;

type Found = Mention & { fields?: Record<string, string>; because?: string; pronoun?: boolean };

export function suggestFacts(input: SuggestInput): Suggestions {
  const { text, model } = input;
  const sentences = sentencesOf(text);
  const words = wordsOf(text);
  const sentenceOf = sentenceIndex(sentences);
  const known = findMentions(text, words, new NameForms(input.entities)).filter((m) => sentenceOf(m.start) === sentenceOf(m.end - 1));
  const proposed = proposeEntities(text, words).filter((p) => sentenceOf(p.start) === sentenceOf(p.end - 1) && !known.some((k) => p.start < k.end && k.start < p.end));
  const named: Found[] = [...known, ...dedupeProposals(proposed, input.entities)].sort((a, b) => a.start - b.start);
  const subject = documentSubject(named, sentenceOf);
  const standIns = [...findStandIns(input, words, named, sentenceOf, subject), ...findWe(text, words, named, sentenceOf, subject)];
  const wordsBySentence = sentences.map((s) => words.filter((w) => w.start >= s.start && w.end <= s.end));
  const themes = themeWords(input.entities);
  const paraphrases = wordsBySentence.flatMap((sentenceWords) => {
    const first = sentenceWords[0];
    if (!first) return [];
    const here = named.filter((m) => m.start >= first.start && m.end <= (sentenceWords[sentenceWords.length - 1] as Word).end);
    return paraphrasedThemes(text, sentenceWords, words.indexOf(first), themes, here);
  });
  const all = [...named, ...standIns, ...paraphrases].sort((a, b) => a.start - b.start);

  const bySentence = sentences.map(() => [] as Found[]);
  for (const m of all) bySentence[sentenceOf(m.start)]?.push(m);

  const options = linkTable(model);
  const best = new Map<string, SuggestedFact & { support: number }>();
  const consider = (fact: SuggestedFact | null) => {
    if (!fact) return;
    const key = `${fact.from.id}|${fact.type}|${fact.to.id}`;
    const other = best.get(key);
    if (!other) best.set(key, { ...fact, support: 1 });
    else if (fact.confidence > other.confidence) best.set(key, { ...fact, support: other.support + 1 });
    else other.support += 1;
  };

  sentences.forEach((sentence, s) => {
    const here = bySentence[s] ?? [];
    const sentenceWords = wordsBySentence[s] ?? [];
    const cues = cuesIn(sentenceWords, CUE_WORDS);
    for (let i = 0; i < here.length; i++) {
      for (let j = i + 1; j < here.length; j++) {
        consider(pairFact(input, text, sentence, here[i] as Found, here[j] as Found, cues, options, { crowded: distinctIds(here) > CROWDED, window: false }));
      }
    }
    // What a sentence is about may stand in the one before: a heading ("Project 1: Leernetwerk
    // Integraal werken" over the lines under it), or the subject a list of themes follows on from
    // ("... werkt dit netwerk aan ... Komende 4 jaar ligt de focus op: integraal werken, ...").
    // Entities here that the model lets link to nothing else here are paired with those before.
    const previous = sentences[s - 1];
    if (previous && !sentence.heading) {
      const lonely = here.filter((m) => !here.some((o) => o.id !== m.id && o.label !== m.label && options(m.label, o.label).length > 0));
      const partners = previous.heading ? here : lonely;
      if (partners.length > 0) {
        const quote: Sentence = { text: text.slice(previous.start, sentence.end), start: previous.start, end: sentence.end, heading: false };
        for (const a of bySentence[s - 1] ?? []) {
          for (const b of partners) consider(pairFact(input, text, quote, a, b, cues, options, { crowded: distinctIds(here) > CROWDED, window: true }));
        }
      }
    }
  });

  const facts = [...best.values()]
    .map(({ support, ...fact }) => ({ ...fact, confidence: round(Math.min(1, fact.confidence + 0.05 * Math.min(3, support - 1))) }))
    .filter((fact) => !fact.statedBy.includes(input.source))
    .sort((a, b) => b.confidence - a.confidence || a.start - b.start || a.from.id.localeCompare(b.from.id) || a.to.id.localeCompare(b.to.id))
    .slice(0, input.limit);
  const mentions = [...new Map(named.map((m) => [m.id, m])).values()];
  return { facts, mentions };
}

const round = (x: number) => Math.round(x * 100) / 100;

const distinctIds = (mentions: readonly Found[]) => new Set(mentions.map((m) => m.id)).size;

/** Which sentence an offset lies in (the one starting at or before it). */
function sentenceIndex(sentences: readonly Sentence[]): (offset: number) => number {
  const starts = sentences.map((s) => s.start);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
}

/** One proposal per new name; none for a name the graph already has (under another spelling the name index found). */
function dedupeProposals(proposed: readonly ProposedEntity[], entities: readonly KnownEntity[]): ProposedEntity[] {
  const taken = new Set(entities.map((e) => e.id));
  return proposed.filter((p) => !taken.has(p.id));
}

/**
 * "deze werkplaats", "dit leer- en onderzoeksnetwerk": the latest entity of the label the noun names,
 * within reach, or the one the compound's first part names ("de dialoogtafelmethodiek"); with none, the text's subject when it is of that label ("de werkplaats" in its own profile).
 */
function findStandIns(input: SuggestInput, words: readonly Word[], named: readonly Found[], sentenceOf: (offset: number) => number, subject: Found | null): Found[] {
  const { text } = input;
  const namesOfEntity = (id: string) => input.entities.find((e) => e.id === id)?.names ?? [];
  const standIns: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!DETERMINERS.has((words[i] as Word).norm)) continue;
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const word = words[j] as Word;
      if (named.some((m) => m.first === j || (m.start <= word.start && word.end <= m.end))) break;
      const noun = STAND_IN_NOUNS.find((n) => word.norm.endsWith(n.noun));
      if (!noun) continue;
      // "de werkplaats SAMEN": the name follows; the stand-in is no reference back.
      const next = named.find((m) => m.start >= word.end && m.start - word.end <= 2);
      if (next) break;
      const start = (words[i] as Word).start;
      const sentence = sentenceOf(start);
      const near = [...named].reverse().filter((m) => m.end <= start && m.label === noun.label && sentence - sentenceOf(m.start) <= STAND_IN_REACH);
      // "de dialoogtafelmethodiek": the compound's first part names an entity the text names.
      const head = word.norm.slice(0, word.norm.length - noun.noun.length);
      const compound = head.length >= 4 ? named.find((m) => m.label === noun.label && m.how === "name" && namesOfEntity(m.id).some((n) => normaliseName(n).replace(/ /g, "") === head)) : undefined;
      if (compound) {
        const start = (words[i] as Word).start;
        standIns.push({ ...compound, surface: text.slice(start, word.end), start, end: word.end, first: i, last: j, how: "stand-in", because: text.slice(start, word.end) });
        break;
      }
      const fitsSubject = subject !== null && subject.label === noun.label && (noun.kind === undefined || subject.kind === noun.kind);
      const antecedent = near.find((m) => noun.kind === undefined || m.kind === noun.kind) ?? (fitsSubject ? subject : near[0]);
      if (antecedent) {
        standIns.push({ ...antecedent, surface: text.slice(start, word.end), start, end: word.end, first: i, last: j, how: "stand-in", because: text.slice(start, word.end) });
      }
      break;
    }
  }
  return standIns;
}

/** "we", "ons": the text's subject, once per sentence, where the sentence does not name it. */
function findWe(text: string, words: readonly Word[], named: readonly Found[], sentenceOf: (offset: number) => number, subject: Found | null): Found[] {
  if (subject === null) return [];
  const found: Found[] = [];
  const done = new Set<number>(named.filter((m) => m.id === subject.id).map((m) => sentenceOf(m.start)));
  words.forEach((word, i) => {
    const sentence = sentenceOf(word.start);
    if (!WE_WORDS.has(word.norm) || done.has(sentence)) return;
    done.add(sentence);
    found.push({ ...subject, surface: word.surface, start: word.start, end: word.end, first: i, last: i, how: "stand-in", because: word.surface, pronoun: true });
  });
  return found;
}

interface PairContext {
  crowded: boolean;
  window: boolean;
}

/** The relationship two mentions in one quote may state, or null when the model allows none or they are one entity. */
function pairFact(
  input: SuggestInput,
  text: string,
  quote: Sentence,
  a: Found,
  b: Found,
  cues: readonly CueHit[],
  table: (x: string, y: string) => readonly LinkOption[],
  context: PairContext,
): SuggestedFact | null {
  if (a.id === b.id || (a.how === "stand-in" && b.how === "stand-in")) return null;
  const options = table(a.label, b.label);
  if (options.length === 0) return null;
  const types = new Set(options.map((o) => o.type));
  const sameLabel = a.label === b.label;
  // The cue nearest either end counts (in "door VWS gefinancierd programma dat door ZonMw wordt
  // uitgevoerd", VWS funds and ZonMw runs); one between the two counts more.
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const distance = (c: CueHit, m: Found) => (c.start >= m.end ? c.start - m.end : m.start >= c.end ? m.start - c.end : -1);
  const usable = cues
    .filter((c) => types.has(c.type) && distance(c, first) >= 0 && distance(c, second) >= 0)
    .sort((x, y) => Math.min(distance(x, first), distance(x, second)) - Math.min(distance(y, first), distance(y, second)));
  const cue = usable[0];
  const between = cue !== undefined && cue.start >= first.end && cue.end <= second.start;
  // Without a cue, never between two of one kind ("Haaglanden, Holland Rijnland en Midden
  // Holland" is a list, not a region in another); where the model allows several types, the one
  // other sources state most between such entities, if they clearly favour one.
  if (!cue && sameLabel) return null;
  const habit = !cue && types.size > 1 ? usualType(input, options) : null;
  if (!cue && types.size > 1 && habit === null) return null;
  // "we" is too loose to link without a word saying how ("welke thema's we belangrijk vinden").
  if (!cue && (a.pronoun === true || b.pronoun === true)) return null;
  const chosen = cue
    ? (options.find((o) => o.type === cue.type && !o.referenceKnowledge) ?? options.find((o) => o.type === cue.type))
    : (habit?.option ?? options[0]);
  if (!chosen) return null;
  const [from, to] = chosen.from === chosen.to ? [first, second] : chosen.from === a.label ? [a, b] : [b, a];

  let confidence = 0.4;
  const because: string[] = [];
  if (cue) {
    confidence += between ? 0.3 : 0.15;
    because.push(text.slice(cue.start, cue.end));
  } else if (habit) {
    confidence -= 0.1;
    because.push(`what other sources most often state between ${chosen.from} and ${chosen.to} (${habit.count} of ${habit.total})`);
  } else {
    because.push(`the only link the model allows between ${a.label} and ${b.label}`);
  }
  if (types.size === 1) confidence += 0.15;
  if (chosen.referenceKnowledge) confidence -= 0.25;
  for (const end of [from, to]) {
    if (end.how === "stand-in") {
      confidence -= end.pronoun === true ? 0.2 : 0.1;
      because.push(`"${end.surface}" stands for ${end.name}`);
    }
    if (end.how === "paraphrase") {
      confidence -= 0.1;
      because.push(`"${end.surface}" speaks of ${end.name} (the words of its name or an alias)`);
    }
    if (end.how === "pattern") {
      confidence -= 0.1;
      because.push(`new ${end.label.toLowerCase()} "${end.name}" (${end.because ?? "pattern"})`);
    }
  }
  if (context.crowded) confidence -= 0.15;
  if (context.window) confidence -= 0.1;
  const gap = Math.max(0, second.start - first.end);
  if (gap > 120) confidence -= 0.1;

  const endOf = (m: Found): SuggestedEnd => ({ id: m.id, label: m.label, name: m.name, isNew: m.how === "pattern", fields: m.fields ?? {}, mention: m.surface });
  const refers = refersFor(input, quote.text, from, to);
  return {
    quote: quote.text,
    start: quote.start,
    end: quote.end,
    from: endOf(from),
    type: chosen.type,
    to: endOf(to),
    confidence: Math.max(0.01, Math.min(1, confidence)),
    because,
    refers,
    statedBy: [...input.statedBy(from.id, chosen.type, to.id)],
  };
}

/** Other sources must state the favoured type this often, and in this share of the pair's relationships, to choose it. */
const HABIT_COUNT = 3;
const HABIT_SHARE = 0.5;

/** The type other sources state most between the pair's labels, when they clearly favour one. */
function usualType(input: SuggestInput, options: readonly LinkOption[]): { option: LinkOption; count: number; total: number } | null {
  const counted = options.filter((o) => !o.referenceKnowledge).map((option) => ({ option, count: input.typeCounts(option.from, option.type, option.to) }));
  const total = counted.reduce((n, c) => n + c.count, 0);
  const best = [...counted].sort((x, y) => y.count - x.count)[0];
  if (!best || best.count < HABIT_COUNT || best.count < HABIT_SHARE * total) return null;
  return { ...best, total };
}

/** The words standing for an end the quote does not name by name, alias or id: what `link` then needs as `refers`. */
function refersFor(input: SuggestInput, quote: string, from: Found, to: Found): SuggestedFact["refers"] {
  const named = (m: Found) => {
    const entity = input.entities.find((e) => e.id === m.id);
    return { id: m.id, name: m.name, aliases: entity ? entity.names : [] };
  };
  const missing = unnamedEnds(quote, { from: named(from), to: named(to) });
  if (missing.length === 0) return null;
  const refers: { from?: string; to?: string } = {};
  for (const { end } of missing) refers[end] = (end === "from" ? from : to).surface;
  return refers;
}

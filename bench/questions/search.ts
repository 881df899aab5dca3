/**
 * search: a whole name, a half-typed last word or one word, as people type them. The raw floor is
 * the resolver's own way: the name index (built in this process from the graph, as the API builds
 * its own), then SEARCH through neo4j-driver, ranked by the resolver's own function.
 */
import type { ReadQuery } from "../../src/db/neo4j.js";
import { SEARCH, nameHitScore, rankedHits, searchParameters, searchWords } from "../../src/graphql/questions/search.js";
import type { EntityRow, SearchHitRow } from "../../src/graphql/models.js";
import { LiveNames } from "../../src/search/live-names.js";
import { column, fixture, list, type BenchQuestion, type Data, type Variables } from "./bench-question.js";

interface SearchVariables extends Variables {
  text: string;
  limit: number;
}

/** The raw floor's name index, one per scale (each scale's graph is read by a reader of its own). */
const namesOf = new WeakMap<ReadQuery, LiveNames>();

const hitKey = (entity: Data, score: unknown) => ({ id: String(entity.id), name: String(entity.name), type: String(entity.type), score: Number(score).toFixed(6) });

export const search: BenchQuestion<SearchVariables> = {
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
  fromGraphql: (data) => list(data.search).map((hit) => hitKey(hit.entity as Data, hit.score)),
  async raw(read, v) {
    const typed = searchWords(v.text).join(" ");
    if (typed === "") return [];
    let names = namesOf.get(read);
    if (!names) namesOf.set(read, (names = new LiveNames(read)));
    const { index } = await names.now();
    const hits = index.search(typed, v.limit, nameHitScore);
    const record = (await read(SEARCH, searchParameters(v.text, hits, v.limit, null, false))).records[0];
    if (!record) return [];
    const ranked = rankedHits(typed, hits, column(record, "named") as EntityRow[], column(record, "described") as SearchHitRow[], v.limit);
    return ranked.map((hit) => hitKey(hit.entity as unknown as Data, hit.score));
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

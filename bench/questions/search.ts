/** search: a whole name, a half-typed last word or one word, as people type them. */
import { SEARCH_INDEX } from "../../src/db/graph-schema.js";
import { SEARCH, nameBoost, searchCandidates, toLuceneQuery } from "../../src/graphql/questions/search.js";
import { normaliseName } from "../../src/model/text.js";
import { asEntity, column, fixture, list, type BenchQuestion, type Data, type Variables } from "./bench-question.js";

interface SearchVariables extends Variables {
  text: string;
  limit: number;
}

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
    const typed = normaliseName(v.text);
    return result.records
      .map((r) => {
        const e = asEntity(column(r, "entity"), "search: entity");
        const score = column(r, "score") as number;
        const names = [e.name, e.nameEn, ...list<string>(e.aliases)] as (string | null)[];
        return { id: String(e.id), name: String(e.name), type: String(e.type), score: score * nameBoost(typed, names) };
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

/**
 * Search's ranking set (queries.yaml beside this file) and how it is scored: read once, checked for
 * shape here, measured by the integration test against the real index. Scoring lives here so the
 * test and anyone reporting the figure count the same way.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

export const RANKING_SET_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "queries.yaml");

const KINDS = ["name", "alias", "half-typed", "english", "surname", "typo", "accents", "lower-case", "multi-word", "source"] as const;

const rankingQuery = z.union([
  z.object({ text: z.string().min(1), kind: z.enum(KINDS), top1: z.string().min(1) }).strict(),
  z.object({ text: z.string().min(1), kind: z.enum(KINDS), top3: z.array(z.string().min(1)).min(2).max(3), why: z.string().min(1) }).strict(),
]);

export type RankingQuery = z.infer<typeof rankingQuery>;

/** The set, refused with the entry's place and the problem when an entry has neither or both of top1 and top3 (with why). */
export function readRankingSet(file = RANKING_SET_FILE): RankingQuery[] {
  const parsed = z.array(rankingQuery).safeParse(parseYaml(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: entry ${String(issue?.path[0])}: give text, kind (${KINDS.join(", ")}) and either top1: <id> or top3: [<ids>] with why (${issue?.message})`);
  }
  return parsed.data;
}

/** Every id the set expects, for checking against the seeds. */
export const expectedIds = (set: readonly RankingQuery[]): string[] => set.flatMap((q) => ("top1" in q ? [q.top1] : q.top3));

export interface RankingScore {
  /** Queries with one node meant (top1), and how many of them put it first. */
  top1: { right: number; of: number };
  /** All queries, and how many put what they mean among the first three. */
  top3: { right: number; of: number };
  /** Each query that missed, with what came first, for the assertion message. */
  misses: { text: string; expected: string[]; got: string[]; at: "top1" | "top3" }[];
}

/** Scores `hits` (each query's first three ids, best first) as queries.yaml's header describes. */
export function scoreRanking(set: readonly RankingQuery[], hits: readonly (readonly string[])[]): RankingScore {
  const score: RankingScore = { top1: { right: 0, of: 0 }, top3: { right: 0, of: 0 }, misses: [] };
  set.forEach((query, i) => {
    const got = hits[i]?.slice(0, 3) ?? [];
    const expected = "top1" in query ? [query.top1] : query.top3;
    const inTop3 = expected.every((id) => got.includes(id));
    score.top3.of += 1;
    if (inTop3) score.top3.right += 1;
    if ("top1" in query) {
      score.top1.of += 1;
      if (got[0] === query.top1) score.top1.right += 1;
      else score.misses.push({ text: query.text, expected, got, at: inTop3 ? "top1" : "top3" });
    } else if (!inTop3) score.misses.push({ text: query.text, expected, got, at: "top3" });
  });
  return score;
}

/** "52 of 60 (87%)" */
export const ratio = ({ right, of }: { right: number; of: number }): string => `${right} of ${of} (${Math.round((100 * right) / of)}%)`;

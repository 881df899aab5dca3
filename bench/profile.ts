/**
 * PROFILE of a question's raw Cypher with the argument set of its slowest raw sample: the plan with
 * rows and database hits per operator, to see which pattern or missing index makes it slow.
 */
import { writeFileSync } from "node:fs";
import type { ProfiledPlan } from "neo4j-driver";
import type { ReadQuery } from "../src/db/neo4j.js";
import type { BenchQuestion, Variables } from "./questions/index.js";
import type { ProfileSummary } from "./report.js";

interface Operator {
  operator: string;
  details: string;
  dbHits: number;
  rows: number;
  depth: number;
}

function flatten(plan: ProfiledPlan, depth = 0, into: Operator[] = []): Operator[] {
  const details = plan.arguments?.Details;
  into.push({
    operator: plan.operatorType.replace(/@neo4j$/, ""),
    details: typeof details === "string" ? details : "",
    dbHits: Number(plan.dbHits),
    rows: Number(plan.rows),
    depth,
  });
  for (const child of plan.children) flatten(child, depth + 1, into);
  return into;
}

/** Profiles the first statement `question.raw` sends (the resolver's own Cypher) and writes the plan to `file`. */
export async function profileRaw(read: ReadQuery, question: BenchQuestion, variables: Variables, file: string): Promise<ProfileSummary> {
  let first: { cypher: string; params: Record<string, unknown> | undefined } | undefined;
  const recording: ReadQuery = (cypher, params) => {
    first ??= { cypher, params };
    return read(cypher, params);
  };
  await question.raw(recording, variables);
  if (!first) throw new Error(`${question.name}: raw sent no statement to profile`);
  const result = await read(`PROFILE ${first.cypher}`, first.params);
  const plan = result.summary.profile;
  if (!plan) throw new Error(`${question.name}: Neo4j returned no profile`);
  const operators = flatten(plan);
  const dbHits = operators.reduce((sum, o) => sum + o.dbHits, 0);
  const text = [
    `${question.name} with ${JSON.stringify(variables)}`,
    `total: ${dbHits} db hits, ${Number(plan.rows)} rows`,
    "",
    ...operators.map((o) => `${"  ".repeat(o.depth)}${o.operator}  rows=${o.rows} dbHits=${o.dbHits}  ${o.details.replace(/\s+/g, " ").slice(0, 240)}`),
    "",
    first.cypher.trim(),
    "",
  ].join("\n");
  writeFileSync(file, text);
  return {
    variables,
    dbHits,
    rows: Number(plan.rows),
    top: [...operators]
      .sort((a, b) => b.dbHits - a.dbHits)
      .slice(0, 5)
      .map(({ operator, details, dbHits: hits, rows }) => ({ operator, details: details.replace(/\s+/g, " ").slice(0, 200), dbHits: hits, rows })),
    file,
  };
}

/**
 * link: the write question (issue 14). An editor states a link the graph does not have yet, with its
 * evidence, through the API's one write path: the graph version's lock, both ends read, the quote
 * verified verbatim against the source's stored text and checked to name both ends, the
 * relationship written with where its quote stands, and a revision with before and after and a
 * TOUCHED subject per entity. Every request writes: each uses its own link of `lookup.writes`.
 *
 * It is compared with a read of the same entities in the same run (both ends by id, stored fields),
 * which is what the write itself must at least do, so write ÷ read is the price of verification and
 * history. Answers are checked: each write must make a revision, each read must return its two
 * ends; afterwards every written relationship must stand in the graph as written (WRITTEN_LINKS).
 */
import type { WriteLink } from "../synthetic-graph.js";
import { fixture, type Data, type Variables } from "./bench-question.js";

export const LINK_FIXTURE = fixture("link.graphql");
export const LINK_ENDS_FIXTURE = fixture("link-ends.graphql");

export const linkVariables = (w: WriteLink): Variables => ({ from: w.from, type: w.type, to: w.to, evidence: { source: w.source, quote: w.quote } });
export const linkEndsVariables = (w: WriteLink): Variables => ({ from: w.from, to: w.to });

/** The revision a link made; throws when it made none (then it wrote nothing, and the sample would time a no-op). */
export function revisionOfLink(data: Data, w: WriteLink): string {
  const answer = data.link as { revision: { id: string } | null; entity: { id: string } | null } | undefined;
  if (!answer?.revision) throw new Error(`link ${w.from} ${w.type} ${w.to} made no revision: the graph already had it`);
  if (answer.entity?.id !== w.from) throw new Error(`link ${w.from} ${w.type} ${w.to} answered with entity ${JSON.stringify(answer.entity)}`);
  return answer.revision.id;
}

/** Throws unless the read returned both ends. */
export function checkLinkEnds(data: Data, w: WriteLink): void {
  const from = data.from as Data | null;
  const to = data.to as Data | null;
  if (from?.id !== w.from || to?.id !== w.to) throw new Error(`the read of ${w.from} and ${w.to} returned ${JSON.stringify([from?.id, to?.id])}`);
}

/**
 * How many of the links written stand in the graph as the API must have written them: the quote as
 * sent, found at quoteStart..quoteEnd of the text version it names, which is the source's current
 * text; and how many TOUCHED subjects their revisions have (3 each: both ends and the source).
 */
export const WRITTEN_LINKS = `
  UNWIND $links AS w
  MATCH (a:Entity {id: w.from})-[r {source: w.source}]->(b:Entity {id: w.to})
  WHERE type(r) = w.type AND r.quote = w.quote
  MATCH (s:Source {id: w.source})
  MATCH (t:SourceText {hash: r.sourceVersion})
  WHERE r.sourceVersion = s.contentHash AND substring(t.text, r.quoteStart, r.quoteEnd - r.quoteStart) = w.quote
  WITH count(r) AS verified
  OPTIONAL MATCH (rev:Revision {operation: "link"})-[:TOUCHED]->(subject:RevisionSubject)
  WHERE rev.id IN $revisions
  RETURN verified, count(subject) AS touched`;

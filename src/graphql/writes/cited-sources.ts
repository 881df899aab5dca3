/**
 * Evidence keeps its source: a mutation may not leave any relationship citing a Source that no
 * longer exists. Checked on the graph as the mutation leaves it, so it holds for every way a
 * Source can go (today `deleteSources` with any filter) and lets a mutation delete a source
 * together with the relationships that cite it.
 */
import { GraphQLError } from "graphql";
import { RELATIONSHIP_TYPES } from "../../model/graph-model.js";
import type { WriteGuard } from "./write-transaction.js";

const SOURCE_IDS = "MATCH (s:Source) RETURN s.id AS id";

// One branch per relationship type, so each uses that type's index on `source` (src/db/graph-schema.ts).
// Types come from the model, never from input.
const CITATIONS = `
UNWIND $ids AS id
CALL {
  ${RELATIONSHIP_TYPES.map((type) => `WITH id MATCH ()-[r:${type}]->() WHERE r.source = id RETURN count(r) AS citations`).join("\n  UNION ALL\n  ")}
}
WITH id, sum(citations) AS citations
WHERE citations > 0
RETURN id, citations
ORDER BY id`;

export const citedSourcesStay: WriteGuard = async (tx) => {
  const before = (await tx.run(SOURCE_IDS)).records.map((r) => r.get("id") as string);
  return async () => {
    const after = new Set((await tx.run(SOURCE_IDS)).records.map((r) => r.get("id") as string));
    const removed = before.filter((id) => !after.has(id));
    if (removed.length === 0) return;
    const cited = (await tx.run(CITATIONS, { ids: removed })).records.map((r) => ({ id: r.get("id") as string, citations: Number(r.get("citations")) }));
    if (cited.length === 0) return;
    const list = cited.map((c) => `"${c.id}" (cited by ${c.citations} relationship${c.citations === 1 ? "" : "s"})`).join(", ");
    throw new GraphQLError(
      `A source that relationships cite as their evidence cannot be deleted: ${list}. Delete or re-cite those relationships in the same mutation, or keep the source. Nothing was written.`,
      { extensions: { code: "BAD_USER_INPUT", argument: "where", citedBy: Object.fromEntries(cited.map((c) => [c.id, c.citations])) } },
    );
  };
};

/**
 * Relationships: `link` states one with a source's verbatim quote (verified, evidence-checks.ts),
 * or with reference knowledge where the model allows it (a municipality in its province), and
 * `unlink` removes one source's evidence for it. A relationship is one source's evidence for a
 * link between two entities: (from, type, to, source) names it, so a second source stating the
 * same link adds parallel evidence, and linking again with the same source replaces its quote.
 */
import { GRAPH_MODEL, SOURCE_LABEL, endpointsOf, type GraphModel } from "../model/graph-model.js";
import type { ChangeSet, RelationshipKey } from "./change-set.js";
import { checkExpectedRevision, findEntities } from "./entity-writes.js";
import { basisOf, currentSourceText, referenceEvidence, verifyEvidence, type EvidenceInput } from "./evidence-checks.js";
import { badInput, notFoundError } from "./write-error.js";

export interface LinkInput {
  from: string;
  type: string;
  to: string;
  evidence: EvidenceInput;
  /** The revision of `from` the writer based the link on. */
  expectedRevision?: string | null;
}

const asNamedEnd = (id: string, properties: Record<string, unknown>) => ({
  id,
  name: String(properties.name ?? id),
  aliases: Array.isArray(properties.aliases) ? (properties.aliases as string[]) : [],
});

/** Refuses a relationship type the model lacks, or one that cannot join these two node types. */
export function checkEndpoints(model: GraphModel, type: string, fromLabel: string, toLabel: string): void {
  if (!model.relationshipTypes.some((r) => r.type === type)) {
    throw badInput("type", `type must be one of ${model.relationshipTypes.map((r) => r.type).join(", ")}; got ${JSON.stringify(type)}.`);
  }
  const allowed = endpointsOf(model, type);
  if (!allowed.some((e) => e.from === fromLabel && e.to === toLabel)) {
    const reverse = allowed.some((e) => e.from === toLabel && e.to === fromLabel) ? " (the other way round it is allowed: swap from and to)" : "";
    throw badInput("type", `${type} cannot join ${fromLabel} → ${toLabel}${reverse}; it joins ${allowed.map((e) => `${e.from} → ${e.to}`).join(", ")}.`);
  }
}

export async function link(changes: ChangeSet, input: LinkInput): Promise<RelationshipKey> {
  const found = await findEntities(changes, [input.from, input.to, input.evidence.source]);
  const from = found.get(input.from);
  const to = found.get(input.to);
  if (!from) throw notFoundError("from", `from: no entity has id "${input.from}".`);
  if (!to) throw notFoundError("to", `to: no entity has id "${input.to}".`);
  checkEndpoints(GRAPH_MODEL, input.type, from.label, to.label);
  await checkExpectedRevision(changes, input.from, input.expectedRevision);
  let properties;
  if (basisOf(input.evidence) === "REFERENCE") {
    if (found.get(input.evidence.source)?.label !== SOURCE_LABEL) throw notFoundError("evidence.source", `evidence.source: no Source has id "${input.evidence.source}".`);
    properties = referenceEvidence(GRAPH_MODEL, { type: input.type, fromLabel: from.label, toLabel: to.label }, input.evidence);
  } else {
    const sourceText = await currentSourceText(changes.tx, input.evidence.source, "evidence.source");
    properties = verifyEvidence(sourceText, input.evidence, { from: asNamedEnd(from.id, from.properties), to: asNamedEnd(to.id, to.properties) });
  }
  const key = { from: input.from, type: input.type, to: input.to, source: input.evidence.source };
  await changes.putRelationships(input.type, [{ ...key, properties }]);
  return key;
}

export async function unlink(changes: ChangeSet, key: RelationshipKey & { expectedRevision?: string | null }): Promise<void> {
  await checkExpectedRevision(changes, key.from, key.expectedRevision);
  const removed = await changes.deleteRelationship({ from: key.from, type: key.type, to: key.to, source: key.source });
  if (!removed) throw notFoundError("from", `No ${key.type} relationship from "${key.from}" to "${key.to}" cites source "${key.source}".`);
}

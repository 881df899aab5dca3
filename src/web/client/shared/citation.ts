/**
 * A piece of evidence as a reader expects a citation: the quote within the sentence around it in
 * its source, then the source itself (title, publisher, date, and a link where the graph knows
 * where it can be read). Used by the explorer and by the embeds, so a quote reads the same everywhere.
 */
import { h } from "./dom.js";
import { formatPublished, messages, type Lang } from "./i18n.js";

/** The evidence fields a citation shows, as the pages' queries ask for them (queries.graphql). */
export interface CitedEvidence {
  /** REFERENCE: reference knowledge (a municipality's province), with no quote; QUOTE otherwise. */
  basis: "QUOTE" | "REFERENCE";
  quote?: string | null;
  inferred: boolean;
  note?: string | null;
  stale: boolean;
  context?: { before: string; after: string } | null;
  source: { id: string; name: string; title?: string | null; publisher?: string | null; published?: string | null; url?: string | null; language?: string };
}

/** "Title. Publisher, 5 maart 2021." with the title linked to the source when it has an address. */
export function sourceLine(source: CitedEvidence["source"], lang: Lang): HTMLElement {
  const title = source.title ?? source.name;
  const details = [source.publisher, source.published ? formatPublished(source.published, lang) : null].filter((part): part is string => Boolean(part));
  return h(
    "span",
    { class: "source" },
    h("cite", {}, source.url ? h("a", { href: source.url, rel: "noopener", target: "_blank" }, title) : title),
    details.length === 0 ? "" : `. ${details.join(", ")}.`,
  );
}

export function citation(evidence: CitedEvidence, lang: Lang): HTMLElement {
  const text = messages(lang);
  return h(
    "figure",
    { class: "evidence" },
    // The quote in what surrounds it in its source, so a reader can judge it in context; reference
    // knowledge (a municipality's province) has no quote and is never shown as one.
    evidence.basis === "REFERENCE" || evidence.quote == null
      ? h("p", { class: "evidence-note reference" }, text.reference, evidence.note ? `: ${evidence.note}` : ".")
      : h(
          "blockquote",
          { lang: evidence.source.language },
          evidence.context ? h("span", { class: "context" }, evidence.context.before) : "",
          h("mark", {}, evidence.quote),
          evidence.context ? h("span", { class: "context" }, evidence.context.after) : "",
        ),
    evidence.inferred ? h("p", { class: "evidence-note inferred" }, text.inferred, evidence.note ? `: ${evidence.note}` : ".") : "",
    evidence.stale ? h("p", { class: "evidence-note stale" }, text.stale) : "",
    h("figcaption", {}, "— ", sourceLine(evidence.source, lang)),
  );
}

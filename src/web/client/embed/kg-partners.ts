/**
 * <kg-partners theme="normaliseren" exclude-region="friesland">: the organisations that work on a
 * theme (the API's `partnersOnTheme`), optionally inside `region` or outside `exclude-region`; each
 * takes an id, a Dutch or English name or an alias. `limit` caps the list (default 10); `heading`
 * replaces the title, which otherwise names the theme (and region) in the element's language;
 * `evidence` adds, per partner, the quotes that say why, as citations.
 */
import { h } from "../shared/dom.js";
import { citation } from "../shared/citation.js";
import { messages, themeName, type Lang } from "../shared/i18n.js";
import { EmbedPartnersDocument, EmbedVocabularyDocument, type EmbedVocabularyQuery } from "../shared/__generated__/queries.js";
import { normaliseName } from "../../../model/text.js";
import { KgElement, card, requiredAttribute, type EmbedContext } from "./kg-element.js";

const DEFAULT_LIMIT = 10;

/** The term a partner typed, by id or by any of its names, as the API resolves it (vocabulary.ts). */
function termNamed<T extends { id: string; name: string; aliases: string[]; nameEn?: string }>(terms: T[], typed: string): T | undefined {
  const wanted = normaliseName(typed);
  return terms.find((term) => [term.id, term.name, term.nameEn ?? "", ...term.aliases].some((name) => normaliseName(name) === wanted));
}

function heading(vocabulary: EmbedVocabularyQuery, lang: Lang, theme: string, region: string | null, excludeRegion: string | null): string {
  const text = messages(lang);
  const themeTerm = termNamed(vocabulary.themes, theme);
  const regionName = (typed: string) => termNamed(vocabulary.regions, typed)?.name ?? typed;
  const parts = [text.partnersHeading(themeTerm === undefined ? theme : themeName(themeTerm, lang))];
  if (region !== null) parts.push(text.partnersIn(regionName(region)));
  if (excludeRegion !== null) parts.push(text.partnersOutside(regionName(excludeRegion)));
  return parts.join(", ");
}

export class KgPartners extends KgElement {
  static observedAttributes = ["theme", "region", "exclude-region", "limit", "heading", "evidence", "lang", "api"];

  protected async build({ query, explorerLink, lang }: EmbedContext): Promise<Node> {
    const text = messages(lang);
    const theme = requiredAttribute(this, lang, ["theme"], '<kg-partners theme="normaliseren">');
    const region = this.getAttribute("region")?.trim() || null;
    const excludeRegion = this.getAttribute("exclude-region")?.trim() || null;
    const withEvidence = this.hasAttribute("evidence");
    const limit = Number.parseInt(this.getAttribute("limit") ?? "", 10);
    const [{ partnersOnTheme }, vocabulary] = await Promise.all([
      query(EmbedPartnersDocument, { theme, region, excludeRegion, limit: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT, withEvidence }),
      query(EmbedVocabularyDocument, {}),
    ]);
    const list =
      partnersOnTheme.length === 0
        ? h("p", {}, text.partnersNone)
        : h(
            "ul",
            {},
            partnersOnTheme.map(({ organisation, regions, via, evidence }) =>
              h(
                "li",
                {},
                h("a", { href: explorerLink(organisation.id), target: "_blank", rel: "noopener" }, organisation.name),
                regions.length === 0 ? null : h("span", { class: "kg-sub" }, regions.map((item) => item.name).join(", ")),
                h("span", { class: "kg-sub" }, via.length === 0 ? text.partnersDirect : text.partnersVia(via.map((item) => item.name).join(", "))),
                evidence === undefined || evidence.length === 0
                  ? null
                  : h("details", { class: "kg-evidence" }, h("summary", {}, text.partnersEvidence(evidence.length)), evidence.map((item) => citation(item, lang))),
              ),
            ),
          );
    return card(lang, this.getAttribute("heading")?.trim() || heading(vocabulary, lang, theme, region, excludeRegion), [list], null);
  }
}

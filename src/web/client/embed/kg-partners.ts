/**
 * <kg-partners theme="normaliseren" exclude-region="friesland">: the organisations that work on a
 * theme (the API's `partnersOnTheme`), optionally inside `region` or outside `exclude-region`.
 * `limit` caps the list (default 10); `heading` replaces the title.
 */
import { h } from "../shared/dom.js";
import { EmbedPartnersDocument } from "../shared/__generated__/queries.js";
import { EmbedProblem, KgElement, card, type EmbedContext } from "./kg-element.js";

const DEFAULT_LIMIT = 10;

export class KgPartners extends KgElement {
  static observedAttributes = ["theme", "region", "exclude-region", "limit", "heading", "api"];
  protected readonly subject = "partner list";

  protected async build({ query, explorerLink }: EmbedContext): Promise<Node> {
    const theme = this.getAttribute("theme")?.trim();
    if (!theme) throw new EmbedProblem("<kg-partners> needs a theme, e.g. <kg-partners theme=\"normaliseren\">.");
    const limit = Number.parseInt(this.getAttribute("limit") ?? "", 10);
    const { partnersOnTheme } = await query(EmbedPartnersDocument, {
      theme,
      region: this.getAttribute("region") || null,
      excludeRegion: this.getAttribute("exclude-region") || null,
      limit: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT,
    });
    const list =
      partnersOnTheme.length === 0
        ? h("p", {}, "No partners found.")
        : h(
            "ul",
            {},
            partnersOnTheme.map(({ organisation, regions, via }) =>
              h(
                "li",
                {},
                h("a", { href: explorerLink(organisation.id), target: "_blank", rel: "noopener" }, organisation.name),
                regions.length === 0 ? null : h("span", { class: "kg-sub" }, regions.map((region) => region.name).join(", ")),
                via.length === 0 ? null : h("span", { class: "kg-sub" }, `through ${via.map((item) => item.name).join(", ")}`),
              ),
            ),
          );
    return card(this.getAttribute("heading") || `Partners working on ${theme}`, [list], null);
  }
}

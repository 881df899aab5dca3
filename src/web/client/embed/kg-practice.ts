/**
 * <kg-practice id="mijn-pad">: a practice's name, description, themes, who developed and applies
 * it, and its networks.
 */
import { h } from "../shared/dom.js";
import { EmbedPracticeDocument } from "../shared/__generated__/queries.js";
import { EmbedProblem, KgElement, card, type EmbedContext } from "./kg-element.js";

function namesRow(term: string, items: { name: string }[]): Node[] {
  return items.length === 0 ? [] : [h("dt", {}, term), h("dd", {}, items.map((item) => item.name).join(", "))];
}

export class KgPractice extends KgElement {
  static observedAttributes = ["id", "api"];
  protected readonly subject = "practice";

  protected async build({ query, explorerLink }: EmbedContext): Promise<Node> {
    const id = this.getAttribute("id")?.trim();
    if (!id) throw new EmbedProblem("<kg-practice> needs the practice's id, e.g. <kg-practice id=\"mijn-pad\">.");
    const { practices } = await query(EmbedPracticeDocument, { id });
    const [practice] = practices;
    if (practice === undefined) throw new EmbedProblem(`There is no practice “${id}” in the knowledge graph.`);
    return card(
      practice.name,
      [
        practice.description === null ? null : h("p", {}, practice.description),
        h(
          "dl",
          {},
          namesRow("Themes", practice.themes),
          namesRow("Developed by", practice.developedBy),
          namesRow("Applied by", practice.appliedBy),
          namesRow("Networks", practice.networks),
        ),
      ],
      explorerLink(practice.id),
    );
  }
}

/**
 * <kg-practice entity="mijn-pad">: a practice's name, description, themes, who developed and
 * applies it, and its networks. `entity` takes the practice's id or its name (or an alias); the
 * older `id` attribute still works but is the page's global HTML id too, so two cards of one
 * practice, or an anchor of that name, would clash.
 */
import { h } from "../shared/dom.js";
import { messages, themeName } from "../shared/i18n.js";
import { EmbedPracticeDocument } from "../shared/__generated__/queries.js";
import { EmbedProblem, KgElement, card, requiredAttribute, resolveEntity, type EmbedContext } from "./kg-element.js";

function namesRow(term: string, names: string[]): Node[] {
  return names.length === 0 ? [] : [h("dt", {}, term), h("dd", {}, names.join(", "))];
}

export class KgPractice extends KgElement {
  static observedAttributes = ["entity", "id", "lang", "api"];

  protected async build(context: EmbedContext): Promise<Node> {
    const { query, explorerLink, lang } = context;
    const text = messages(lang);
    const wanted = requiredAttribute(this, lang, ["entity", "id"], '<kg-practice entity="mijn-pad">');
    const { id } = await resolveEntity(context, wanted, ["PRACTICE"]);
    const { practices } = await query(EmbedPracticeDocument, { id });
    const [practice] = practices;
    if (practice === undefined) throw new EmbedProblem(`The practice "${id}" was removed while this page loaded.`, text.embedNotFound(wanted));
    return card(
      lang,
      practice.name,
      [
        // Descriptions are written in English for the graph: say so, for screen readers and translators.
        practice.description === null ? null : h("p", { lang: "en" }, practice.description),
        h(
          "dl",
          {},
          namesRow(text.practiceThemes, practice.themes.map((theme) => themeName(theme, lang))),
          namesRow(text.practiceDevelopedBy, practice.developedBy.map((item) => item.name)),
          namesRow(text.practiceAppliedBy, practice.appliedBy.map((item) => item.name)),
          namesRow(text.practiceNetworks, practice.networks.map((item) => item.name)),
        ),
      ],
      explorerLink(practice.id),
    );
  }
}

/**
 * Reviewing the facts the API suggests from a source (suggestFacts), one by one:
 *   - accept: the new ends are created (createEntity) and the relationship recorded (link) with the
 *     suggestion's quote, through the same write path as every other change;
 *   - edit: the suggestion fills the cite form, to change before recording;
 *   - reject: it leaves the list (nothing is written).
 */
import type { EntityType } from "../../../model/__generated__/graph-model.js";
import { DeskCreateEntityDocument, DeskDeleteEntityDocument, DeskLinkDocument, DeskSuggestionsDocument, type DeskSuggestionsQuery, type RelationshipType } from "../shared/__generated__/queries.js";
import { fill, h } from "../shared/dom.js";
import { formatNumber, relationName, typeName } from "../shared/i18n.js";
import type { CitePanel, OpenedSource, PickedEntity } from "./cite.js";
import { DeskError } from "./desk-api.js";
import { element, type Desk } from "./desk.js";

type Suggestion = DeskSuggestionsQuery["suggestFacts"]["facts"][number];
type SuggestedEnd = Suggestion["from"];

export class ReviewPanel {
  private source: OpenedSource | null = null;
  private readonly button = element<HTMLButtonElement>("suggest");
  private readonly status = element("suggestions-status");
  private readonly list = element<HTMLOListElement>("suggestion-list");

  constructor(
    private readonly desk: Desk,
    private readonly cite: CitePanel,
  ) {
    this.button.addEventListener("click", () => void this.load());
  }

  sourceOpened(source: OpenedSource): void {
    this.source = source;
    this.button.disabled = false;
    this.list.replaceChildren();
    this.status.textContent = "";
  }

  private async load(): Promise<void> {
    if (this.source === null) return;
    const source = this.source;
    this.status.textContent = this.desk.text.loading;
    const answer = await this.desk.write(this.status, (token) => this.desk.api.request(DeskSuggestionsDocument, { source: source.id }, token));
    if (answer === undefined) return;
    const facts = answer.suggestFacts.facts;
    this.status.textContent = this.desk.text.suggestionsFound(facts.length, source.title ?? source.name);
    this.list.replaceChildren(...facts.map((fact, index) => this.item(fact, index)));
  }

  private endText(end: SuggestedEnd): (Node | string)[] {
    return [h("strong", {}, end.name), ` (${typeName(end.type as EntityType, this.desk.lang)}${end.isNew ? `, ${this.desk.text.isNew}` : ""})`];
  }

  private item(fact: Suggestion, index: number): HTMLLIElement {
    const text = this.desk.text;
    const headingId = `suggestion-${index}-heading`;
    const accept = h("button", { type: "button" }, text.accept);
    const edit = h("button", { type: "button" }, text.edit);
    const reject = h("button", { type: "button" }, text.reject);
    const outcome = h("p", { class: "result", role: "status" });
    const item = h(
      "li",
      { class: "suggestion-item", "aria-labelledby": headingId },
      h("p", { id: headingId, class: "suggestion-fact" }, ...this.endText(fact.from), ` · ${relationName(fact.type, null, this.desk.lang)} · `, ...this.endText(fact.to)),
      h("blockquote", {}, fact.quote),
      h(
        "p",
        { class: "hint" },
        text.confidence(formatNumber(Math.round(fact.confidence * 100), this.desk.lang)),
        fact.because.length > 0 ? ` · ${text.because(fact.because.join("; "))}` : null,
        fact.statedBy.length > 0 ? ` · ${text.alsoStatedBy(fact.statedBy.length)}` : null,
      ),
      h("p", { class: "actions" }, accept, " ", edit, " ", reject),
      outcome,
    );
    accept.addEventListener("click", () => {
      for (const button of [accept, edit, reject]) button.disabled = true;
      void this.accept(fact, outcome).then((done) => {
        if (done) return item.classList.add("accepted");
        for (const button of [accept, edit, reject]) button.disabled = false;
      });
    });
    edit.addEventListener("click", () => this.edit(fact));
    reject.addEventListener("click", () => {
      const next = item.nextElementSibling?.querySelector("button") ?? null;
      item.remove();
      this.status.textContent = text.rejected;
      (next ?? this.button).focus();
    });
    return item;
  }

  /**
   * Creates the new ends, then links them; each step is its own revision. When a step fails, the
   * ends this acceptance created are deleted again, so a refused suggestion leaves no entity behind.
   */
  private async accept(fact: Suggestion, outcome: HTMLElement): Promise<boolean> {
    const text = this.desk.text;
    const source = this.source;
    if (source === null) return false;
    outcome.textContent = text.saving;
    const created: string[] = [];
    const undo = async () => {
      if (created.length === 0) return;
      for (const id of [...created].reverse()) {
        await this.desk.session.withToken((token) => this.desk.api.request(DeskDeleteEntityDocument, { id, comment: text.undoneComment }, token)).catch(() => undefined);
      }
      outcome.textContent = `${outcome.textContent ?? ""} ${text.undone(created.join(", "))}`;
    };
    for (const end of [fact.from, fact.to]) {
      if (!end.isNew) continue;
      const made = await this.create(end, outcome, source.id);
      if (made === false) {
        await undo();
        return false;
      }
      if (made === "created") created.push(end.id);
    }
    const evidence = {
      source: source.id,
      quote: fact.quote,
      ...(fact.refers ? { refers: { ...(fact.refers.from ? { from: fact.refers.from } : {}), ...(fact.refers.to ? { to: fact.refers.to } : {}) } } : {}),
    };
    const answer = await this.desk.write(outcome, (token) =>
      this.desk.api.request(DeskLinkDocument, { from: fact.from.id, type: fact.type as RelationshipType, to: fact.to.id, evidence, comment: text.acceptedComment }, token),
    );
    if (answer === undefined) {
      await undo();
      return false;
    }
    fill(outcome, answer.link.revision ? text.linkRecorded(answer.link.revision.summary) : text.linkUnchanged);
    return true;
  }

  /** A suggested new end: "created", "existed" (an earlier acceptance made it), or false with the reason in `outcome`. */
  private async create(end: SuggestedEnd, outcome: HTMLElement, sourceId: string): Promise<"created" | "existed" | false> {
    try {
      await this.desk.session.withToken((token) =>
        this.desk.api.request(
          DeskCreateEntityDocument,
          { type: end.type as EntityType, id: end.id, fields: { name: end.name, ...(end.kind ? { kind: end.kind } : {}) }, comment: this.desk.text.createdComment(sourceId) },
          token,
        ),
      );
      return "created";
    } catch (error) {
      if (error instanceof DeskError && error.code === "BAD_USER_INPUT" && /is already used by/.test(error.message)) return "existed";
      if (error instanceof DeskError && error.code === "UNAUTHENTICATED") this.desk.session.expired();
      outcome.textContent = this.desk.failure(error);
      return false;
    }
  }

  private edit(fact: Suggestion): void {
    const known = (end: SuggestedEnd): PickedEntity | null => (end.isNew ? null : { id: end.id, name: end.name, type: end.type as EntityType });
    this.cite.prefill({ quote: fact.quote, a: known(fact.from), b: known(fact.to), type: fact.type, aName: fact.from.name, bName: fact.to.name });
    const firstNew = fact.from.isNew ? (["a", fact.from] as const) : fact.to.isNew ? (["b", fact.to] as const) : null;
    if (firstNew) this.cite.proposeNewEntity(firstNew[0], { type: firstNew[1].type as EntityType, name: firstNew[1].name, kind: firstNew[1].kind ?? null });
  }
}

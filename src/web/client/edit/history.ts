/**
 * History at the desk: an entity's revisions with what each changed (before and after) and its
 * comment, each revertable; and the stale-evidence queue after a source's revision, each quote
 * beside the sentence of the new text most like it, to cite that instead or to remove the evidence.
 */
import {
  DeskHistoryDocument,
  DeskLinkDocument,
  DeskRevertDocument,
  DeskSearchDocument,
  DeskStaleEvidenceDocument,
  DeskUnlinkDocument,
  type DeskHistoryQuery,
  type DeskStaleEvidenceQuery,
  type RelationshipType,
} from "../shared/__generated__/queries.js";
import { h } from "../shared/dom.js";
import { relationName } from "../shared/i18n.js";
import { attachSearchBox } from "../shared/search-box.js";
import type { SearchEntity } from "./cite.js";
import { element, type Desk } from "./desk.js";

type Revision = DeskHistoryQuery["history"]["revisions"][number];
type StaleItem = DeskStaleEvidenceQuery["staleEvidence"][number];

const LOCALES = { nl: "nl-NL", en: "en-GB" } as const;

export class HistoryPanel {
  private entity: SearchEntity | null = null;
  private readonly status = element("history-status");
  private readonly revisions = element<HTMLOListElement>("revision-list");
  private readonly staleStatus = element("stale-status");
  private readonly staleList = element<HTMLOListElement>("stale-list");

  constructor(private readonly desk: Desk) {
    attachSearchBox<SearchEntity>({
      input: element<HTMLInputElement>("history-entity"),
      list: element<HTMLUListElement>("history-entity-list"),
      lang: this.desk.lang,
      describeFailure: (error) => this.desk.failure(error),
      search: async (text) => (await this.desk.api.request(DeskSearchDocument, { text })).search.map((hit) => hit.entity),
      onPick: (entity) => {
        this.entity = entity;
        void this.load();
      },
    });
    element<HTMLButtonElement>("stale-load").addEventListener("click", () => void this.loadStale());
  }

  private async load(): Promise<void> {
    const entity = this.entity;
    if (entity === null) return;
    this.status.textContent = this.desk.text.loading;
    const answer = await this.desk.write(this.status, (token) => this.desk.api.request(DeskHistoryDocument, { id: entity.id }, token));
    if (answer === undefined) return;
    const { revisions, hasMore } = answer.history;
    this.status.textContent = this.desk.text.historyFound(entity.name, revisions.length, hasMore);
    this.revisions.replaceChildren(...revisions.map((revision) => this.revisionItem(revision)));
  }

  private revisionItem(revision: Revision): HTMLLIElement {
    const text = this.desk.text;
    const at = new Intl.DateTimeFormat(LOCALES[this.desk.lang], { dateStyle: "medium", timeStyle: "short" }).format(new Date(revision.at));
    const revert = h("button", { type: "button" }, text.revert);
    const outcome = h("p", { class: "result", role: "status" });
    const changes = revision.changes.map((change) =>
      h(
        "li",
        {},
        change.kind === "ENTITY" ? `${change.action.toLowerCase()} ${change.id ?? ""}` : `${change.action.toLowerCase()} ${change.from} · ${relationName(change.type ?? "", null, this.desk.lang)} · ${change.to} (${change.source})`,
        change.fields.length === 0
          ? null
          : h(
              "table",
              { class: "diff" },
              h("thead", {}, h("tr", {}, h("th", { scope: "col" }, text.diffField), h("th", { scope: "col" }, text.diffBefore), h("th", { scope: "col" }, text.diffAfter))),
              h("tbody", {}, ...change.fields.map((field) => h("tr", {}, h("th", { scope: "row" }, field.field), h("td", {}, h("del", {}, field.before ?? "—")), h("td", {}, h("ins", {}, field.after ?? "—"))))),
            ),
      ),
    );
    revert.addEventListener("click", () => {
      revert.disabled = true;
      void this.desk
        .write(outcome, (token) => this.desk.api.request(DeskRevertDocument, { revision: revision.id, comment: text.revertedComment(revision.id) }, token))
        .then((answer) => {
          if (answer === undefined) {
            revert.disabled = false;
            return;
          }
          outcome.textContent = answer.revert.revision ? text.reverted(answer.revert.revision.summary) : text.linkUnchanged;
          // The list above now starts with the revert; the announcement stays where the editor is.
          void this.load().then(() => this.status.focus());
        });
    });
    return h(
      "li",
      { class: "revision" },
      h("p", { class: "revision-head" }, h("strong", {}, `#${revision.id}`), ` · ${at} · ${revision.author.name} · ${revision.operation}`),
      h("p", {}, revision.summary),
      revision.comment ? h("p", { class: "hint" }, text.commentSaid(revision.comment)) : null,
      h("ul", { class: "changes" }, ...changes),
      h("p", { class: "actions" }, revert),
      outcome,
    );
  }

  private async loadStale(): Promise<void> {
    this.staleStatus.textContent = this.desk.text.loading;
    const answer = await this.desk.write(this.staleStatus, (token) => this.desk.api.request(DeskStaleEvidenceDocument, {}, token));
    if (answer === undefined) return;
    this.staleStatus.textContent = this.desk.text.staleFound(answer.staleEvidence.length);
    this.staleList.replaceChildren(...answer.staleEvidence.map((item) => this.staleItem(item)));
  }

  private staleItem(item: StaleItem): HTMLLIElement {
    const text = this.desk.text;
    const outcome = h("p", { class: "result", role: "status" });
    const recite = h("button", { type: "button", disabled: item.nearestSentence === null }, text.recite);
    const remove = h("button", { type: "button" }, text.removeEvidence);
    const variables = { from: item.from.id, type: item.type as RelationshipType, to: item.to.id };
    const done = (summary: string | undefined) => {
      recite.disabled = remove.disabled = true;
      outcome.textContent = summary ? text.linkRecorded(summary) : text.linkUnchanged;
    };
    recite.addEventListener("click", () => {
      const quote = item.nearestSentence;
      if (quote === null) return;
      void this.desk
        .write(outcome, (token) => this.desk.api.request(DeskLinkDocument, { ...variables, evidence: { source: item.evidence.source.id, quote }, comment: text.recitedComment }, token))
        .then((answer) => answer && done(answer.link.revision?.summary));
    });
    remove.addEventListener("click", () => {
      void this.desk
        .write(outcome, (token) => this.desk.api.request(DeskUnlinkDocument, { ...variables, source: item.evidence.source.id, comment: text.removedComment }, token))
        .then((answer) => answer && done(answer.unlink.revision?.summary));
    });
    return h(
      "li",
      { class: "stale-item" },
      h("p", {}, h("strong", {}, item.from.name), ` · ${relationName(item.type, null, this.desk.lang)} · `, h("strong", {}, item.to.name), ` (${item.evidence.source.name})`),
      h("p", {}, text.staleOld, " ", h("del", {}, item.evidence.quote ?? "")),
      h("p", {}, text.staleNearest, " ", item.nearestSentence === null ? text.staleNoNearest : h("ins", {}, item.nearestSentence)),
      h("p", { class: "actions" }, recite, " ", remove),
      outcome,
    );
  }
}

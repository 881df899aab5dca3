/**
 * Reading a source and citing it: the document's text, a selection taken as the quote, the two
 * ends picked by type-ahead (or created on the spot), and the relationships the model allows
 * between them in either direction (link-choices.ts). "Record" sends `link`, whose quote the API
 * verifies against the source's text.
 */
import { GRAPH_MODEL, type EntityType } from "../../../model/__generated__/graph-model.js";
import { idForName } from "../../../model/ids.js";
import {
  DeskCreateEntityDocument,
  DeskLinkDocument,
  DeskSearchDocument,
  DeskSourceDocumentDocument,
  type DeskSearchQuery,
  type DeskSourceDocumentQuery,
  type RelationshipType,
} from "../shared/__generated__/queries.js";
import { fill, h } from "../shared/dom.js";
import { relationName, typeName, withLang } from "../shared/i18n.js";
import { attachSearchBox } from "../shared/search-box.js";
import { element, type Desk } from "./desk.js";
import { linkChoices, type LinkChoice } from "./link-choices.js";

export type SearchEntity = DeskSearchQuery["search"][number]["entity"];
export type OpenedSource = NonNullable<DeskSourceDocumentQuery["sourceDocument"]>["source"];
/** A picked end: what link needs (id, type) and what the page shows (name). */
export interface PickedEntity {
  id: string;
  name: string;
  type: EntityType;
}
type End = "a" | "b";

/** Where a search hit is, to tell two of one name apart: its region, network or employer. */
function whereOf(entity: SearchEntity): string | null {
  const names = (list: readonly { name: string }[] | undefined) => (list && list.length > 0 ? list.map((e) => e.name).join(", ") : null);
  switch (entity.__typename) {
    case "Organisation":
      return names(entity.locatedIn);
    case "Network":
      return names(entity.regions);
    case "Practice":
      return names(entity.networks);
    case "Region":
      return names(entity.partOf);
    case "Person":
      return names(entity.worksAt);
    default:
      return null;
  }
}

/** Every type the desk can link: all but sources, which are cited, not linked. */
const LINKABLE_TYPES = GRAPH_MODEL.nodeTypes.map((node) => node.entityType as EntityType).filter((type) => linkChoices(type, type).length > 0 || GRAPH_MODEL.nodeTypes.some((other) => linkChoices(type, other.entityType as EntityType).length > 0));

export class CitePanel {
  private source: OpenedSource | null = null;
  private picked: Record<End, PickedEntity | null> = { a: null, b: null };
  private newEntityEnd: End = "a";
  private openedListeners: ((source: OpenedSource) => void)[] = [];
  private pickers: Partial<Record<End, { close(): void }>> = {};

  private readonly sourceText = element("source-text");
  private readonly form = element<HTMLFormElement>("cite-form");
  private readonly quote = element<HTMLTextAreaElement>("cite-quote");
  private readonly relation = element<HTMLSelectElement>("cite-type");
  private readonly result = element("cite-result");
  private readonly newEntity = element<HTMLFieldSetElement>("new-entity");
  private readonly newType = element<HTMLSelectElement>("new-type");
  private readonly newKind = element<HTMLSelectElement>("new-kind");

  constructor(private readonly desk: Desk) {
    for (const end of ["a", "b"] as const) this.attachPicker(end);
    element<HTMLButtonElement>("cite-selection").addEventListener("click", () => this.citeSelection());
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.record();
    });
    for (const button of this.form.querySelectorAll<HTMLButtonElement>("button.new-entity")) {
      button.addEventListener("click", () => this.showNewEntity(button.dataset.end === "b" ? "b" : "a"));
    }
    this.newType.replaceChildren(...LINKABLE_TYPES.map((type) => h("option", { value: type }, typeName(type, desk.lang))));
    this.newType.addEventListener("change", () => this.fillKinds());
    this.fillKinds();
    element<HTMLButtonElement>("new-create").addEventListener("click", () => void this.createEntity());
    element<HTMLButtonElement>("new-cancel").addEventListener("click", () => {
      this.newEntity.hidden = true;
      element(`cite-${this.newEntityEnd}`).focus();
    });
  }

  onOpened(listener: (source: OpenedSource) => void): void {
    this.openedListeners.push(listener);
  }

  openedSource(): OpenedSource | null {
    return this.source;
  }

  /** Shows a source's text (its stored form, which quotes are verified against) and the cite form under it. */
  async open(sourceId: string): Promise<void> {
    const status = element("reader-source");
    const answer = await this.desk.write(status, (token) => this.desk.api.request(DeskSourceDocumentDocument, { id: sourceId }, token));
    element("reader-body").hidden = false;
    if (!answer?.sourceDocument) return;
    const { source, text } = answer.sourceDocument;
    this.source = source;
    element("reader-empty").hidden = true;
    fill(status, h("strong", {}, source.title ?? source.name), ` (${[source.publisher, source.published].filter(Boolean).join(", ")}${source.publisher || source.published ? ", " : ""}id ${source.id})`);
    fill(this.sourceText, ...text.split(/\n{2,}/).map((paragraph) => h("p", {}, paragraph)));
    this.form.hidden = false;
    for (const listener of this.openedListeners) listener(source);
  }

  /** The editor's selection in the source's text becomes the quote. */
  private citeSelection(): void {
    const selection = window.getSelection();
    const inText = selection !== null && selection.rangeCount > 0 && this.sourceText.contains(selection.getRangeAt(0).commonAncestorContainer);
    const selected = inText ? selection.toString().replace(/\s+/g, " ").trim() : "";
    if (selected === "") {
      this.result.textContent = this.desk.text.selectFirst;
      return;
    }
    this.quote.value = selected;
    this.result.textContent = "";
    element(this.picked.a === null ? "cite-a" : this.picked.b === null ? "cite-b" : "cite-type").focus();
  }

  /** Fills the form from a suggestion (review.ts "Edit"): the editor checks and changes it before recording. */
  prefill(values: { quote: string; a: PickedEntity | null; b: PickedEntity | null; type: string; aName: string; bName: string }): void {
    this.quote.value = values.quote;
    this.setPicked("a", values.a, values.aName);
    this.setPicked("b", values.b, values.bName);
    this.relation.value = `${values.type}|a`;
    this.form.scrollIntoView({ block: "start" });
    this.quote.focus();
  }

  /** What the form holds besides its fields' text, for keeping an edit across the provider's sign-in (drafts.ts). */
  pickedEnds(): Record<End, PickedEntity | null> {
    return { ...this.picked };
  }

  restorePicked(picked: Record<End, PickedEntity | null>, relation: string): void {
    this.setPicked("a", picked.a, picked.a?.name ?? "");
    this.setPicked("b", picked.b, picked.b?.name ?? "");
    this.relation.value = relation;
  }

  private attachPicker(end: End): void {
    const input = element<HTMLInputElement>(`cite-${end}`);
    this.pickers[end] = attachSearchBox<SearchEntity>({
      input,
      list: element<HTMLUListElement>(`cite-${end}-list`),
      lang: this.desk.lang,
      describeFailure: (error) => this.desk.failure(error),
      search: async (text) => (await this.desk.api.request(DeskSearchDocument, { text, types: LINKABLE_TYPES })).search.map((hit) => hit.entity),
      detail: whereOf,
      onPick: (entity) => this.setPicked(end, { id: entity.id, name: entity.name, type: entity.type }, entity.name),
    });
    // Typing again un-picks: the name in the field and the end recorded must not disagree.
    input.addEventListener("input", () => {
      if (this.picked[end] !== null && input.value !== this.picked[end]?.name) this.setPicked(end, null, input.value);
    });
  }

  private setPicked(end: End, entity: PickedEntity | null, name: string): void {
    this.picked[end] = entity;
    if (entity !== null) this.pickers[end]?.close();
    element<HTMLInputElement>(`cite-${end}`).value = entity?.name ?? name;
    element(`cite-${end}-picked`).textContent = entity ? this.desk.text.picked(typeName(entity.type, this.desk.lang), entity.id) : "";
    this.fillRelations();
  }

  /** The relationships the model allows between the two picked ends, each read from its start: "Mijn Pad · gaat over · Normaliseren". */
  private fillRelations(): void {
    const { a, b } = this.picked;
    const previous = this.relation.value;
    if (a === null || b === null) {
      this.relation.replaceChildren(h("option", { value: "" }, this.desk.text.relationPickEnds));
      return;
    }
    const choices = linkChoices(a.type, b.type);
    const label = (choice: LinkChoice) => {
      const [start, end] = choice.start === "a" ? [a, b] : [b, a];
      return `${start.name} · ${relationName(choice.type, null, this.desk.lang)} · ${end.name}`;
    };
    this.relation.replaceChildren(
      ...(choices.length === 0
        ? [h("option", { value: "" }, this.desk.text.relationNone(typeName(a.type, this.desk.lang), typeName(b.type, this.desk.lang)))]
        : [h("option", { value: "" }, this.desk.text.relationChoose), ...choices.map((choice) => h("option", { value: `${choice.type}|${choice.start}` }, label(choice)))]),
    );
    if ([...this.relation.options].some((option) => option.value === previous)) this.relation.value = previous;
    else if (choices.length === 1) this.relation.value = `${choices[0]?.type}|${choices[0]?.start}`;
  }

  private showNewEntity(end: End): void {
    this.newEntityEnd = end;
    this.newEntity.hidden = false;
    element("new-entity-legend").textContent = end === "a" ? this.desk.text.newEntityForA : this.desk.text.newEntityForB;
    const typed = element<HTMLInputElement>(`cite-${end}`).value.trim();
    const name = element<HTMLInputElement>("new-name");
    if (typed !== "") name.value = typed;
    element("new-result").textContent = "";
    this.newType.focus();
  }

  /** Fills the form for a suggested new end (review.ts). */
  proposeNewEntity(end: End, values: { type: EntityType; name: string; kind: string | null }): void {
    this.showNewEntity(end);
    this.newType.value = values.type;
    this.fillKinds();
    if (values.kind) this.newKind.value = values.kind;
    element<HTMLInputElement>("new-name").value = values.name;
  }

  private fillKinds(): void {
    const node = GRAPH_MODEL.nodeTypes.find((n) => n.entityType === this.newType.value);
    const kind = node?.fields.find((field) => field.name === "kind") as { values?: readonly string[]; required: boolean } | undefined;
    const values = kind?.values ?? [];
    this.newKind.disabled = values.length === 0;
    this.newKind.replaceChildren(...(kind?.required ? [] : [h("option", { value: "" }, "—")]), ...values.map((value) => h("option", { value }, value.toLowerCase().replaceAll("_", " "))));
  }

  private async createEntity(): Promise<void> {
    const status = element("new-result");
    const type = this.newType.value as EntityType;
    const name = element<HTMLInputElement>("new-name").value.trim();
    if (name === "") {
      status.textContent = this.desk.text.requiredMissing(this.desk.text.nameLabel);
      element("new-name").focus();
      return;
    }
    const aliases = element<HTMLInputElement>("new-aliases").value.split(",").map((alias) => alias.trim()).filter(Boolean);
    const description = element<HTMLInputElement>("new-description").value.trim();
    const fields = { name, aliases, ...(description ? { description } : {}), ...(this.newKind.value ? { kind: this.newKind.value } : {}) };
    status.textContent = this.desk.text.saving;
    const answer = await this.desk.write(status, (token) =>
      this.desk.api.request(DeskCreateEntityDocument, { type, id: idForName(name), fields, comment: this.desk.text.createdComment(this.source?.id ?? "") }, token),
    );
    const created = answer?.createEntity.entity;
    if (!created) return;
    status.textContent = this.desk.text.entityCreated(created.name, created.id);
    this.newEntity.hidden = true;
    for (const id of ["new-name", "new-aliases", "new-description"]) element<HTMLInputElement>(id).value = "";
    this.setPicked(this.newEntityEnd, { id: created.id, name: created.name, type: created.type }, created.name);
    element(`cite-${this.newEntityEnd === "a" ? "b" : "a"}`).focus();
  }

  /** Sends `link` with what the form holds; the API verifies the quote and records the revision with the editor's name. */
  private async record(): Promise<void> {
    const text = this.desk.text;
    const [type, start] = this.relation.value.split("|") as [string, End | undefined];
    const { a, b } = this.picked;
    const missing = [
      this.quote.value.trim() === "" ? text.quoteLabel : null,
      a === null ? text.endALabel : null,
      b === null ? text.endBLabel : null,
      type === "" || start === undefined ? text.relationLabel : null,
    ].filter((label): label is string => label !== null);
    if (missing.length > 0 || this.source === null || a === null || b === null || start === undefined) {
      this.result.textContent = text.requiredMissing(missing.join(", "));
      return;
    }
    const [from, to] = start === "a" ? [a, b] : [b, a];
    const value = (id: string) => element<HTMLInputElement>(id).value.trim();
    const [refersFrom, refersTo] = start === "a" ? [value("cite-refers-from"), value("cite-refers-to")] : [value("cite-refers-to"), value("cite-refers-from")];
    const inferred = element<HTMLInputElement>("cite-inferred").checked;
    const evidence = {
      source: this.source.id,
      quote: this.quote.value.trim(),
      ...(inferred ? { inferred: true } : {}),
      ...(value("cite-note") ? { note: value("cite-note") } : {}),
      ...(refersFrom || refersTo ? { refers: { ...(refersFrom ? { from: refersFrom } : {}), ...(refersTo ? { to: refersTo } : {}) } } : {}),
    };
    this.result.textContent = text.saving;
    const answer = await this.desk.write(this.result, (token) =>
      this.desk.api.request(DeskLinkDocument, { from: from.id, type: type as RelationshipType, to: to.id, evidence, comment: value("cite-comment") || null }, token),
    );
    if (answer === undefined) return;
    const explore = withLang(`/explore?focus=${encodeURIComponent(from.id)}&selected=${encodeURIComponent(`${from.id}|${type}|${to.id}`)}`, this.desk.lang);
    fill(
      this.result,
      answer.link.revision ? text.linkRecorded(answer.link.revision.summary) : text.linkUnchanged,
      " ",
      h("a", { href: explore }, text.seeInExplorer),
    );
    this.quote.value = "";
    for (const id of ["cite-note", "cite-refers-from", "cite-refers-to", "cite-comment"]) element<HTMLInputElement>(id).value = "";
    element<HTMLInputElement>("cite-inferred").checked = false;
  }
}

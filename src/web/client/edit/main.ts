/**
 * The editor's desk (/edit): where a network coordinator turns a report or article into cited
 * knowledge. Signed in (session.ts), an editor adds a document, reads it and cites a selected
 * sentence for a relationship (cite.ts), reviews the facts the API suggests from it (review.ts),
 * and reads and reverts history, and re-cites evidence a source's revision made stale (history.ts).
 * Everything goes through the public API (desk-api.ts): what the page does, a script can do.
 */
import { DeskAddSourceDocument, DeskSourcesDocument } from "../shared/__generated__/queries.js";
import { h } from "../shared/dom.js";
import { langOfSearch, messages } from "../shared/i18n.js";
import { translateDocument, updateLanguageSwitch } from "../shared/page-language.js";
import { CitePanel } from "./cite.js";
import { deskApi, DeskError } from "./desk-api.js";
import { createDesk, element } from "./desk.js";
import { restoreFields, saveDraft, takeDraft, type Draft } from "./drafts.js";
import { HistoryPanel } from "./history.js";
import { ReviewPanel } from "./review.js";
import { Session } from "./session.js";

const lang = langOfSearch(location.search);
const text = messages(lang);
translateDocument(document, lang);
updateLanguageSwitch(element<HTMLAnchorElement>("language-switch"), lang);

const api = deskApi();
const session = new Session(api, lang);
const desk = createDesk(api, session, lang, text);

const cite = new CitePanel(desk);
const review = new ReviewPanel(desk, cite);
new HistoryPanel(desk);

// --- Signing in: the desk shows nothing editable until the API says the token is an editor's.
const deskElement = element("desk");
const sessionStatus = element("session-status");
const signOut = element<HTMLButtonElement>("sign-out");
const tokenDetails = element<HTMLDetailsElement>("token-sign-in");
const tokenInput = element<HTMLInputElement>("token-input");

// Signing in again through the provider leaves the page: the edit in progress waits in this tab (drafts.ts).
session.beforeLeaving = () => saveDraft(deskElement, { source: cite.openedSource()?.id ?? null, picked: cite.pickedEnds(), relation: element<HTMLSelectElement>("cite-type").value });
let draft = takeDraft();

session.onChange((state) => {
  sessionStatus.textContent = session.describe();
  const editing = state.viewer?.canEdit === true;
  deskElement.hidden = !editing;
  signOut.hidden = state.viewer === null;
  if (state.expired) {
    // The edit in progress stays in its form: sign in again and send it once more.
    tokenDetails.open = !session.providerConfigured();
  }
  if (editing && !state.expired) {
    tokenDetails.open = false;
    tokenInput.value = "";
    void loadSources();
    if (draft !== null) void restore(draft);
    draft = null;
  }
});

async function restore(kept: Draft): Promise<void> {
  if (kept.source !== null) await cite.open(kept.source);
  restoreFields(deskElement, kept.fields);
  cite.restorePicked(kept.picked, kept.relation);
  sessionStatus.textContent = `${session.describe()} ${text.draftRestored}`;
}

element<HTMLFormElement>("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void session.signInWithToken(tokenInput.value.trim());
});
signOut.addEventListener("click", () => {
  session.signOut();
  element<HTMLElement>("session-heading").focus();
});
void session.start(element<HTMLButtonElement>("sign-in-oidc"));

// --- Adding a document: a file's text is read by the API, then the text becomes a Source through addSource.
const documentForm = element<HTMLFormElement>("document-form");
const fileInput = element<HTMLInputElement>("document-file");
const fileStatus = element("file-status");
const documentText = element<HTMLTextAreaElement>("document-text");
const documentTitle = element<HTMLInputElement>("document-title");
const documentResult = element("document-result");

fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file === undefined) return;
  fileStatus.textContent = text.fileReading(file.name);
  void desk.write(fileStatus, (token) => api.documentText(file, token)).then(
    (read) => {
      if (read === undefined) {
        fileInput.value = "";
        return;
      }
      documentText.value = read.text;
      if (documentTitle.value.trim() === "") documentTitle.value = file.name.replace(/\.[^.]+$/, "").replace(/[_-]+/g, " ");
      fileStatus.textContent = [text.fileRead(read.format.toUpperCase(), read.characters, read.pages ?? null), ...read.notes].join(" ");
    },
  );
});

documentForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const value = (id: string) => element<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(id).value.trim();
  const missing = [
    ["document-text", text.textLabel],
    ["document-title", text.titleLabel],
  ].filter(([id]) => value(id ?? "") === "");
  if (missing.length > 0) {
    documentResult.textContent = text.requiredMissing(missing.map(([, label]) => label).join(", "));
    element(missing[0]?.[0] ?? "document-text").focus();
    return;
  }
  const optional = (id: string) => (value(id) === "" ? undefined : value(id));
  const input = {
    text: element<HTMLTextAreaElement>("document-text").value,
    title: value("document-title"),
    publisher: optional("document-publisher"),
    published: optional("document-published"),
    url: optional("document-url"),
    language: value("document-language"),
  };
  documentResult.textContent = text.saving;
  void desk.write(documentResult, (token) => api.request(DeskAddSourceDocument, { input, comment: text.addedComment }, token)).then((result) => {
    if (result === undefined) return;
    const source = result.addSource.entity;
    documentResult.textContent = text.documentAdded(source?.name ?? input.title, source?.id ?? "");
    if (source) void cite.open(source.id).then(() => void loadSources(source.id));
  });
});

// --- Opening a source that is already in the graph.
const openSelect = element<HTMLSelectElement>("open-source");
async function loadSources(selected?: string): Promise<void> {
  try {
    const { sources } = await session.withToken((token) => api.request(DeskSourcesDocument, {}, token));
    const choose = openSelect.options[0];
    openSelect.replaceChildren(...(choose ? [choose] : []), ...sources.map((source) => h("option", { value: source.id }, source.title ?? source.name)));
    if (selected) openSelect.value = selected;
  } catch (error) {
    documentResult.textContent = desk.failure(error);
  }
}
element<HTMLFormElement>("open-form").addEventListener("submit", (event) => {
  event.preventDefault();
  if (openSelect.value !== "") void cite.open(openSelect.value);
});

cite.onOpened((source) => review.sourceOpened(source));

// Failures the page did not expect still reach the person, in words, never as a blank page.
window.addEventListener("unhandledrejection", (event) => {
  if (event.reason instanceof DeskError) {
    sessionStatus.textContent = desk.failure(event.reason);
    event.preventDefault();
  }
});

/**
 * The editor's desk (/edit) in Chromium, as a network coordinator uses it: signed in through the
 * organisation's identity provider (the tests' real OpenID provider, its own login page), a Word
 * document added, a selected sentence cited for a new relationship with a new entity made on the
 * way, a suggested fact accepted, the result read in the explorer with its quote in context, in
 * history, and reverted; a stale quote re-cited after the source's revision. Every expected value
 * is asked from the API directly; refusals leave the graph as it was.
 */
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { idForName } from "../../src/model/ids.js";
import { relationName, typeName } from "../../src/web/client/shared/i18n.js";
import { MESSAGES } from "../../src/web/client/shared/messages.js";
import { docxOf } from "../document-files.js";
import { bearer, graphFingerprint, testDriver } from "../integration/harness.js";
import { accessibilityViolations } from "./accessibility.js";
import { chromiumPath, collectPageErrors, launchBrowser, saveScreenshot, startSeededApi, type Browser, type SeededApi } from "./browser.js";

const nl = MESSAGES.nl;
const oidc = inject("oidc");

// A new article as a coordinator would bring it: it names entities the graph has, and one it lacks.
const TITLE = "Wijkacademie en Mijn Pad in Friesland";
const PARAGRAPHS = [
  TITLE,
  "De werkplaats SAMEN werkt aan normaliseren van opvoeden in Friesland.",
  "De gemeente Súdwest-Fryslân past Mijn Pad toe in het jeugdbeleid.",
  "JIM is onderdeel van de werkplaats SAMEN en richt zich op ervaringsdeskundigheid.",
  "Het project loopt tot 2027.",
];
const CITED = PARAGRAPHS[2] as string;
const NEW_ORGANISATION = "Gemeente Súdwest-Fryslân";

interface Suggestion {
  quote: string;
  type: string;
  from: { id: string; isNew: boolean };
  to: { id: string; isNew: boolean };
}

describe.skipIf(chromiumPath === null)("Editor's desk (/edit) in Chromium", () => {
  let seeded: SeededApi;
  let driver: Driver;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let editorToken: Record<string, string>;
  let sourceId: string;

  async function signInAtProvider(target: Page, user: { login: string; password: string }): Promise<void> {
    await target.getByRole("button", { name: nl.signInOidc }).click();
    await target.getByLabel("E-mail").fill(user.login);
    await target.getByLabel("Password").fill(user.password);
    await target.getByRole("button", { name: "Sign in" }).click();
    await target.waitForURL(/\/edit(\?|$)/);
  }

  /** The relationships between two entities, with their evidence, as the API answers. */
  async function linked(from: string, type: string, to: string) {
    const { data } = await seeded.api.query<{ neighbourhood: { edges: { from: string; to: string; type: string; evidence: { quote: string | null; source: { id: string } }[] }[] } }>(
      "query ($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 1000) { edges { from to type evidence { quote source { id } } } } }",
      { id: from },
    );
    return data?.neighbourhood.edges.filter((edge) => edge.from === from && edge.type === type && edge.to === to) ?? [];
  }

  beforeAll(async () => {
    seeded = await startSeededApi();
    driver = testDriver();
    editorToken = { authorization: await bearer({ sub: "e2e-editor", name: "E2E Editor", roles: ["editor"] }) };
    browser = await launchBrowser(chromiumPath ?? "", { width: 1280, height: 900 });
    page = browser.page;
    pageErrors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await driver?.close();
    await seeded?.close();
  });

  it("shows nothing editable before signing in, and says what is needed", async () => {
    await page.goto(`${seeded.origin}/edit`);
    await page.getByRole("button", { name: nl.signInOidc }).waitFor();
    expect(await page.locator("#session-status").textContent()).toBe(nl.sessionSignedOut);
    expect(await page.locator("#desk").isHidden()).toBe(true);
    expect(await page.locator("#desk input:visible, #desk textarea:visible, #desk button:visible").count()).toBe(0);
  });

  it("keeps a signed-in reader without the editors' group out of the desk", async () => {
    const other = await launchBrowser(chromiumPath ?? "");
    try {
      await other.page.goto(`${seeded.origin}/edit`);
      await signInAtProvider(other.page, oidc.users.reader);
      await other.page.locator("#session-status", { hasText: oidc.users.reader.name }).waitFor();
      expect(await other.page.locator("#session-status").textContent()).toBe(nl.sessionNotEditor(oidc.users.reader.name, nl.sessionNoRoles));
      expect(await other.page.locator("#desk").isHidden()).toBe(true);
      // The code and state of the sign-in do not stay in the address bar.
      expect(new URL(other.page.url()).search).toBe("");
    } finally {
      await other.close();
    }
  });

  it("signs an editor in through the provider's login page, showing who and with which roles", async () => {
    await signInAtProvider(page, oidc.users.editor);
    await page.locator("#desk").waitFor({ state: "visible" });
    expect(await page.locator("#session-status").textContent()).toBe(nl.sessionSignedIn(oidc.users.editor.name, "editor"));
    expect(new URL(page.url()).search).toBe("");
    // The token lives in the page's memory only.
    const stored = await page.evaluate<string>("JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })");
    expect(stored).not.toMatch(/eyJ/);
  });

  it("adds a Word document as a source, with its text read by the API", async () => {
    await page.getByLabel(nl.fileLabel).setInputFiles({ name: "wijkacademie.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: await docxOf(PARAGRAPHS) });
    await page.locator("#file-status", { hasText: nl.fileRead("DOCX", PARAGRAPHS.join("\n\n").length, null) }).waitFor();
    expect((await page.getByLabel(nl.textLabel).inputValue()).split(/\n+/)).toEqual(PARAGRAPHS);

    // A missing title is said in the page, and nothing is written.
    const before = await graphFingerprint(driver);
    await page.getByLabel(nl.titleLabel).fill("");
    await page.getByRole("button", { name: nl.addSubmit }).click();
    expect(await page.locator("#document-result").textContent()).toBe(nl.requiredMissing(nl.titleLabel));
    expect(await graphFingerprint(driver)).toBe(before);

    await page.getByLabel(nl.titleLabel).fill(TITLE);
    await page.getByLabel(nl.publisherLabel).fill("Jeugdnieuws Friesland");
    await page.getByLabel(nl.publishedLabel).fill("2026-11");
    await page.getByRole("button", { name: nl.addSubmit }).click();
    await page.locator("#document-result", { hasText: "id " }).waitFor();
    const { data } = await seeded.api.query<{ sources: { id: string; title: string | null; publisher: string | null }[] }>(`{ sources(where: { title: { eq: ${JSON.stringify(TITLE)} } }) { id title publisher } }`);
    expect(data?.sources).toHaveLength(1);
    sourceId = data?.sources[0]?.id ?? "";
    expect(data?.sources[0]?.publisher).toBe("Jeugdnieuws Friesland");
    expect(await page.locator("#document-result").textContent()).toBe(nl.documentAdded(TITLE, sourceId));
    // The text is shown, ready to cite.
    await page.locator("#source-text", { hasText: CITED }).waitFor();
    await saveScreenshot(page, "edit-document", { fullPage: true });
  });

  it("refuses a quote the source does not contain, saying why, and writes nothing", async () => {
    const before = await graphFingerprint(driver);
    await page.getByLabel(nl.quoteLabel).fill("De gemeente Súdwest-Fryslân financiert Mijn Pad.");
    for (const [end, text, name] of [["#cite-a", "mijn pad", "Mijn Pad"], ["#cite-b", "normalis", "Normaliseren"]] as const) {
      await page.locator(end).pressSequentially(text);
      await page.locator(`${end}-list`).getByRole("option", { name: new RegExp(`^${name}`) }).first().waitFor();
      await page.locator(end).press("Enter");
    }
    await page.getByLabel(nl.relationLabel).selectOption({ index: 1 });
    await page.getByRole("button", { name: nl.citeSubmit }).click();
    await page.locator("#cite-result", { hasText: nl.deskRefused }).waitFor();
    expect(await page.locator("#cite-result").textContent()).toMatch(/evidence\.quote/);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it("cites a selected sentence for a new relationship, creating the missing organisation on the way, by keyboard", async () => {
    // Select the sentence in the source's text, as a mouse would, and take it as the quote.
    await page.evaluate(`(() => {
      const paragraph = [...document.querySelectorAll("#source-text p")].find((p) => p.textContent === ${JSON.stringify(CITED)});
      if (!paragraph) throw new Error("sentence not shown");
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    })()`);
    await page.getByRole("button", { name: nl.citeSelection }).click();
    expect(await page.getByLabel(nl.quoteLabel).inputValue()).toBe(CITED);

    // The first end: a new organisation, made inline from the name typed.
    await page.locator("#cite-a").fill(NEW_ORGANISATION);
    await page.locator(".new-entity[data-end=a]").focus();
    await page.keyboard.press("Enter");
    await page.getByLabel(nl.typeLabel, { exact: true }).selectOption("ORGANISATION");
    await page.getByLabel(nl.kindLabel).selectOption("MUNICIPALITY");
    expect(await page.getByLabel(nl.nameLabel, { exact: true }).inputValue()).toBe(NEW_ORGANISATION);
    await page.getByRole("button", { name: nl.newCreate }).press("Enter");
    const newId = idForName(NEW_ORGANISATION);
    await page.locator("#cite-a-picked", { hasText: newId }).waitFor();

    // The second end by keyboard: type, arrow down, Enter.
    await page.locator("#cite-b").fill("");
    await page.locator("#cite-b").pressSequentially("mijn pad");
    await page.locator("#cite-b-list").getByRole("option", { name: /^Mijn Pad/ }).first().waitFor();
    await page.locator("#cite-b").press("ArrowDown");
    await page.locator("#cite-b").press("Enter");
    await page.locator("#cite-b-picked", { hasText: "mijn-pad" }).waitFor();

    // Only what the model allows between an organisation and a practice, read from its start.
    const offered = await page.locator("#cite-type option").evaluateAll((options) => options.map((o) => o.getAttribute("value") ?? "").filter(Boolean));
    expect(offered.sort()).toEqual(["APPLIES|a", "DEVELOPED|a", "FUNDS|a", "PARTNER_IN|a"].sort());
    await page.getByLabel(nl.relationLabel).selectOption("APPLIES|a");
    await page.getByRole("button", { name: nl.citeSubmit }).press("Enter");
    await page.locator("#cite-result", { hasText: "Vastgelegd" }).waitFor();

    const edges = await linked(newId, "APPLIES", "mijn-pad");
    expect(edges).toHaveLength(1);
    expect(edges[0]?.evidence).toEqual([{ quote: CITED, source: { id: sourceId } }]);
  });

  it("shows the new relationship in the explorer with its quote highlighted in context", async () => {
    const href = await page.getByRole("link", { name: nl.seeInExplorer }).getAttribute("href");
    const explorer = await browser.context.newPage();
    try {
      await explorer.goto(`${seeded.origin}${href}`);
      const quote = explorer.locator(".evidence blockquote mark").first();
      await quote.waitFor();
      expect(await quote.textContent()).toBe(CITED);
      expect(await explorer.locator(".evidence blockquote").first().textContent()).toContain(PARAGRAPHS[1]);
    } finally {
      await explorer.close();
    }
  });

  it("lists the API's suggestions and accepts one through the same write path", async () => {
    const { data, errors } = await seeded.api.query<{ suggestFacts: { facts: Suggestion[] } }>(
      "query ($source: ID!) { suggestFacts(source: $source, limit: 100) { facts { quote type from { id isNew } to { id isNew } } } }",
      { source: sourceId },
      editorToken,
    );
    expect(errors).toBeUndefined();
    const facts = data?.suggestFacts.facts ?? [];
    expect(facts.length).toBeGreaterThan(0);

    await page.getByRole("button", { name: nl.suggestButton }).click();
    await page.locator("#suggestions-status", { hasText: `${facts.length}` }).waitFor();
    expect(await page.locator("#suggestion-list > li").count()).toBe(facts.length);
    const first = facts[0] as Suggestion;
    const item = page.locator("#suggestion-list > li").first();
    expect(await item.locator("blockquote").textContent()).toBe(first.quote);
    await saveScreenshot(page, "edit-suggestions", { fullPage: false });

    await item.getByRole("button", { name: nl.accept }).click();
    await item.locator(".result", { hasText: "Vastgelegd" }).waitFor();
    const edges = await linked(first.from.id, first.type, first.to.id);
    expect(edges[0]?.evidence).toContainEqual({ quote: first.quote, source: { id: sourceId } });

    // Rejecting one writes nothing and takes it off the list.
    const before = await graphFingerprint(driver);
    const count = await page.locator("#suggestion-list > li").count();
    if (count < 2) throw new Error("the article should give at least two suggestions");
    await page.locator("#suggestion-list > li").nth(1).getByRole("button", { name: nl.reject }).click();
    expect(await page.locator("#suggestion-list > li").count()).toBe(count - 1);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it("keeps an edit in progress when the editor signs in again", async () => {
    await page.getByLabel(nl.quoteLabel).fill("Het project loopt tot 2027.");
    await page.getByLabel(nl.commentLabel).fill("nog na te kijken");
    // The provider remembers the editor: it sends the page straight back, signed in.
    await page.getByRole("button", { name: nl.signInOidc }).click();
    await page.waitForURL(/\/edit$/);
    await page.locator("#session-status", { hasText: nl.draftRestored }).waitFor();
    expect(await page.getByLabel(nl.quoteLabel).inputValue()).toBe("Het project loopt tot 2027.");
    expect(await page.getByLabel(nl.commentLabel).inputValue()).toBe("nog na te kijken");
    await page.locator("#source-text", { hasText: CITED }).waitFor();
    expect(await page.evaluate<number>("sessionStorage.length")).toBe(0);
  });

  it("reads the new organisation's history, with the editor's name, and reverts the link", async () => {
    const newId = idForName(NEW_ORGANISATION);
    await page.locator("#history-entity").pressSequentially("sudwest");
    await page.locator("#history-entity-list").getByRole("option", { name: new RegExp(NEW_ORGANISATION) }).first().waitFor();
    await page.locator("#history-entity").press("Enter");
    const revisions = page.locator("#revision-list > li");
    await revisions.first().waitFor();
    expect(await revisions.count()).toBe(2);
    expect(await revisions.first().textContent()).toContain(oidc.users.editor.name);
    expect(await revisions.first().textContent()).toContain("APPLIES");
    await page.locator("#history-status").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "edit-history", { fullPage: false });

    await revisions.first().getByRole("button", { name: nl.revert }).click();
    await page.locator("#revision-list > li", { hasText: "revert" }).first().waitFor();
    expect(await linked(newId, "APPLIES", "mijn-pad")).toEqual([]);
  });

  it("re-cites a quote a revision of its source made stale with the sentence now most like it", async () => {
    const { data } = await seeded.api.query<{ sourceDocument: { text: string } }>("query ($id: ID!) { sourceDocument(id: $id) { text } }", { id: sourceId }, editorToken);
    const text = data?.sourceDocument.text ?? "";
    const old = PARAGRAPHS[3] as string;
    const revised = "JIM is een onderdeel van de werkplaats SAMEN en richt zich op ervaringsdeskundigheid.";
    const cited = await linked("jim", "PART_OF", "samen");
    // When the suggestion accepted above was not this one, cite it now, so the revision has a quote to make stale.
    if (!cited.some((edge) => edge.evidence.some((e) => e.source.id === sourceId))) {
      const link = await seeded.api.query("mutation ($s: ID!, $q: String!) { link(from: \"jim\", type: PART_OF, to: \"samen\", evidence: { source: $s, quote: $q }) { revision { id } } }", { s: sourceId, q: old }, editorToken);
      expect(link.errors).toBeUndefined();
    }
    const revise = await seeded.api.query("mutation ($id: ID!, $text: String!) { reviseSource(id: $id, text: $text) { stale } }", { id: sourceId, text: text.replace(old, revised) }, editorToken);
    expect(revise.errors).toBeUndefined();

    await page.getByRole("button", { name: nl.staleLoad }).click();
    const item = page.locator("#stale-list > li", { hasText: old }).filter({ hasText: `JIM · ${relationName("PART_OF", null, "nl")} · SAMEN` });
    await item.waitFor();
    expect(await item.locator("ins").textContent()).toBe(revised);
    await item.getByRole("button", { name: nl.recite }).click();
    await item.locator(".result", { hasText: "Vastgelegd" }).waitFor();
    const edges = await linked("jim", "PART_OF", "samen");
    expect(edges[0]?.evidence).toContainEqual({ quote: revised, source: { id: sourceId } });
  });

  it("leaves no new entity behind when a suggestion it belongs to can no longer be recorded", async () => {
    const article = ["Nieuwe partner voor SAMEN", "", "Stichting Voorbeeld Noord is partner van de werkplaats SAMEN.", "De samenwerking begint in 2027."].join("\n");
    await page.getByLabel(nl.textLabel).fill(article);
    await page.getByLabel(nl.titleLabel).fill("Nieuwe partner voor SAMEN");
    await page.getByRole("button", { name: nl.addSubmit }).click();
    await page.locator("#source-text", { hasText: "Stichting Voorbeeld Noord" }).waitFor();
    const { data } = await seeded.api.query<{ sources: { id: string }[] }>('{ sources(where: { title: { eq: "Nieuwe partner voor SAMEN" } }) { id } }');
    const source = data?.sources[0]?.id ?? "";
    await page.getByRole("button", { name: nl.suggestButton }).click();
    const item = page.locator("#suggestion-list > li", { hasText: `(${typeName("ORGANISATION", "nl")}, ${nl.isNew})` }).first();
    await item.waitFor();
    const proposed = await seeded.api.query<{ suggestFacts: { facts: { from: { id: string; isNew: boolean }; to: { id: string; isNew: boolean } }[] } }>(
      "query ($source: ID!) { suggestFacts(source: $source) { facts { from { id isNew } to { id isNew } } } }",
      { source },
      editorToken,
    );
    const newIds = (proposed.data?.suggestFacts.facts ?? []).flatMap((fact) => [fact.from, fact.to]).filter((end) => end.isNew).map((end) => end.id);
    expect(newIds.length).toBeGreaterThan(0);

    // Meanwhile someone revises the source: the suggestion's quote is gone.
    const revise = await seeded.api.query("mutation ($id: ID!, $text: String!) { reviseSource(id: $id, text: $text) { stale } }", { id: source, text: article.replace("is partner van", "sprak met") }, editorToken);
    expect(revise.errors).toBeUndefined();
    await item.getByRole("button", { name: nl.accept }).click();
    await item.locator(".result", { hasText: nl.deskRefused }).filter({ hasText: nl.undone("").split("(")[0] ?? "" }).waitFor();
    for (const id of newIds) {
      const { data: found } = await seeded.api.query<{ entity: { id: string } | null }>("query ($id: ID!) { entity(id: $id) { id } }", { id });
      expect(found?.entity).toBeNull();
    }
    // The buttons work again, for an edit or a rejection.
    expect(await item.getByRole("button", { name: nl.accept }).isEnabled()).toBe(true);
  });

  it("passes an automated accessibility check, signed in and with every panel filled", async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("signs out: the token is forgotten and nothing editable is left", async () => {
    await page.getByRole("button", { name: nl.signOut }).click();
    expect(await page.locator("#session-status").textContent()).toBe(nl.sessionSignedOut);
    expect(await page.locator("#desk").isHidden()).toBe(true);
    expect(await page.getByRole("button", { name: nl.signOut }).isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

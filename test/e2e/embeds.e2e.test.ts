/**
 * embed.js on a partner's page: a page served from another origin (a small static server on its
 * own port) includes the script with one tag, the elements render the API's data inside their
 * shadow roots untouched by the page's styles, and they show a short message, never an exception,
 * when the API answers an error or is gone.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EmbedGraphDocument,
  EmbedPartnersDocument,
  EmbedPracticeDocument,
  EmbedResolveEntityDocument,
  EmbedVocabularyDocument,
} from "../../src/web/client/shared/__generated__/queries.js";
import { MESSAGES } from "../../src/web/client/shared/messages.js";
import { accessibilityViolations } from "./accessibility.js";
import { chromiumPath, collectPageErrors, launchBrowser, saveScreenshot, startSeededApi, type Browser, type SeededApi } from "./browser.js";

/**
 * A partner's page whose own styles would spoil any element they reached, with an anchor of its own
 * named like a node, one practice shown twice (by id and by name), a typo, and elements in English.
 */
function partnerPage(apiOrigin: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Partner site</title>
  <style>
    body { font-family: Georgia, serif; color: rgb(0, 128, 0); font-style: italic; letter-spacing: 2px; max-width: 44rem; margin: 2rem auto; }
    h2 { color: rgb(255, 0, 0); text-transform: uppercase; }
    li { display: inline; }
  </style>
  <script src="${apiOrigin}/embed.js" async></script>
</head>
<body>
  <h1>Jeugdhulp in onze regio</h1>
  <h2 id="host-heading">Uitgelicht</h2>
  <p><a id="samen" href="#samen">Ons eigen anker #samen</a></p>
  <kg-practice class="by-id" entity="mijn-pad"></kg-practice>
  <kg-practice class="by-name" entity="Mijn Pad"></kg-practice>
  <kg-partners class="outside" theme="normaliseren" exclude-region="friesland"></kg-partners>
  <kg-partners class="with-evidence" theme="Normalising" limit="3" evidence lang="en"></kg-partners>
  <kg-graph class="samen" entity="samen"></kg-graph>
  <kg-graph class="typo" entity="samne"></kg-graph>
  <kg-partners class="unknown-theme" theme="no-such-theme"></kg-partners>
  <kg-practice class="not-a-practice" entity="samen"></kg-practice>
  <kg-practice class="elsewhere" entity="mijn-pad" api="http://127.0.0.1:9"></kg-practice>
  <kg-graph class="bad-api" entity="samen" api="http://[::1"></kg-graph>
  <kg-practice class="legacy" id="ouders-in-actie"></kg-practice>
</body>
</html>`;
}

async function startPartnerSite(html: () => string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html());
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    // "localhost" rather than the API's 127.0.0.1: another host and another port, surely another origin.
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The text an element shows, read through its (open) shadow root. */
// Runs in the page, where it exists: this project type-checks its tests without the DOM library.
declare function getComputedStyle(element: unknown): { getPropertyValue(name: string): string };

async function shownText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).locator(".kg").innerText();
}

/** The same, line by line, without the blank lines between paragraphs. */
async function shownLines(page: Page, selector: string): Promise<string[]> {
  return (await shownText(page, selector)).split("\n").filter((line) => line.trim() !== "");
}

const nl = MESSAGES.nl;
const en = MESSAGES.en;

describe.skipIf(chromiumPath === null)("Embeds (embed.js) on another origin in Chromium", () => {
  let seeded: SeededApi;
  let partner: { origin: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // What a public deployment sets: any origin may make anonymous GET reads.
    seeded = await startSeededApi({ http: { corsOrigins: ["*"] } });
    partner = await startPartnerSite(() => partnerPage(seeded.origin));
    browser = await launchBrowser(chromiumPath ?? "");
    page = browser.page;
    pageErrors = collectPageErrors(page);
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.goto(partner.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await partner?.close();
    await seeded?.close();
  });

  async function practice(id: string) {
    const { data } = await seeded.api.query(EmbedPracticeDocument, { id });
    const found = data?.practices[0];
    if (found === undefined) throw new Error(`no practice ${id} in the seeds`);
    return found;
  }

  it("renders a practice named by id, and the same practice named by its name, on one page", async () => {
    const mijnPad = await practice("mijn-pad");
    const { description } = mijnPad;
    if (!description) throw new Error("Mijn Pad has no description in the seeds: pick a practice that has one");
    const linked = [...mijnPad.themes, ...mijnPad.developedBy, ...mijnPad.appliedBy, ...mijnPad.networks];
    expect(linked.length).toBeGreaterThan(0);
    const rows = (
      [
        [nl.practiceThemes, mijnPad.themes],
        [nl.practiceDevelopedBy, mijnPad.developedBy],
        [nl.practiceAppliedBy, mijnPad.appliedBy],
        [nl.practiceNetworks, mijnPad.networks],
      ] as const
    ).flatMap(([label, items]) => (items.length === 0 ? [] : [label]));

    for (const selector of ["kg-practice.by-id", "kg-practice.by-name"]) {
      await page.locator(`${selector} h2`, { hasText: mijnPad.name }).waitFor();
      const text = await shownText(page, selector);
      expect(text).toContain(description);
      for (const label of rows) expect(text).toContain(label);
      for (const item of linked) expect(text).toContain(item.name);
    }
    expect(await shownText(page, "kg-practice.by-name")).toBe(await shownText(page, "kg-practice.by-id"));
    // The older `id` attribute still works.
    await page.locator("kg-practice.legacy h2", { hasText: (await practice("ouders-in-actie")).name }).waitFor();
  });

  it("renders the partners on a theme outside a region, in the API's order, headed by names in Dutch", async () => {
    const { data } = await seeded.api.query(EmbedPartnersDocument, { theme: "normaliseren", excludeRegion: "friesland", limit: 10, withEvidence: false });
    const expected = data?.partnersOnTheme.map((partner) => partner.organisation.name) ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const vocabulary = (await seeded.api.query(EmbedVocabularyDocument, {})).data;
    const theme = vocabulary?.themes.find((item) => item.id === "normaliseren");
    const region = vocabulary?.regions.find((item) => item.id === "friesland");
    if (theme === undefined || region === undefined) throw new Error("the seeds lack Normaliseren or Friesland");

    const names = page.locator("kg-partners.outside li > a");
    await names.nth(expected.length - 1).waitFor();
    expect(await names.allInnerTexts()).toEqual(expected);
    expect(await page.locator("kg-partners.outside h2").innerText()).toBe(`${nl.partnersHeading(theme.name)}, ${nl.partnersOutside(region.name)}`);
  });

  it("shows, on request and in English, each partner's evidence as citations", async () => {
    const { data } = await seeded.api.query(EmbedPartnersDocument, { theme: "Normalising", limit: 3, withEvidence: true });
    const partners = data?.partnersOnTheme ?? [];
    const theme = (await seeded.api.query(EmbedVocabularyDocument, {})).data?.themes.find((item) => item.id === "normaliseren");
    expect(partners.length).toBeGreaterThan(0);

    const element = page.locator("kg-partners.with-evidence");
    await element.locator("li > a").nth(partners.length - 1).waitFor();
    expect(await element.locator("h2").innerText()).toBe(en.partnersHeading(theme?.nameEn ?? "?"));
    const summaries = element.locator("summary");
    expect(await summaries.allInnerTexts()).toEqual(partners.filter((partner) => (partner.evidence?.length ?? 0) > 0).map((partner) => en.partnersEvidence(partner.evidence?.length ?? 0)));
    await summaries.first().click();
    const first = partners.find((partner) => (partner.evidence?.length ?? 0) > 0)?.evidence?.[0];
    if (first?.quote == null) throw new Error("no partner of Normalising has quoted evidence");
    await element.locator(".evidence mark", { hasText: first.quote }).first().waitFor();
    expect(await element.locator(".evidence figcaption").first().innerText()).toContain(first.source.title ?? first.source.name);
  });

  it("draws a neighbourhood whose list of links is its accessible twin, hidden from nobody and clashing with no id", async () => {
    const { data } = await seeded.api.query(EmbedGraphDocument, { id: "samen", limit: 17 });
    const nodes = data?.neighbourhood.nodes ?? [];
    const neighbours = (data?.neighbourhood.edges ?? []).filter((edge) => edge.from === "samen" || edge.to === "samen");
    const graph = page.locator("kg-graph.samen");
    const links = graph.locator(".kg-neighbours li a");
    await links.nth(neighbours.length - 1).waitFor();
    expect(await links.count()).toBe(neighbours.length);
    expect(await graph.locator("svg a").count()).toBe(nodes.length);
    // The drawing is a picture for the eyes: no role=img around links, nothing in it to tab to.
    expect(await graph.locator("[role=img]").count()).toBe(0);
    expect(await graph.locator("svg.kg-drawing").getAttribute("aria-hidden")).toBe("true");
    expect(new Set(await graph.locator("svg a").evaluateAll((found) => found.map((link) => link.getAttribute("tabindex"))))).toEqual(new Set(["-1"]));
    expect(await graph.locator("h2").innerText()).toBe(nodes.find((node) => node.id === "samen")?.name);
    expect(new URL((await links.first().getAttribute("href")) ?? "").pathname).toBe("/explore");
    // The partner's own #samen is still the page's #samen.
    expect(await page.evaluate(`document.getElementById("samen").tagName`)).toBe("A");
  });

  it("keeps the page's styles out of the elements and its own styles in", async () => {
    const style = (selector: string, property: string) =>
      page.locator(selector).evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
    expect(await style("kg-practice.by-id h2", "color")).not.toBe("rgb(255, 0, 0)");
    expect(await style("kg-practice.by-id h2", "text-transform")).toBe("none");
    // Inherited properties stop at the element too.
    expect(await style("kg-practice.by-id .kg", "font-family")).not.toContain("Georgia");
    expect(await style("kg-practice.by-id .kg", "font-style")).toBe("normal");
    expect(await style("kg-practice.by-id .kg", "letter-spacing")).toBe("normal");
    expect(await style("#host-heading", "color")).toBe("rgb(255, 0, 0)");
    await saveScreenshot(page, "embed", { fullPage: true });
  });

  it("tells a visitor in plain Dutch what is missing, with the names meant, and the developer the details in the console", async () => {
    // A typo: the names the API's search suggests.
    const suggested = (await seeded.api.query(EmbedResolveEntityDocument, { text: "samne", searchText: "samne", types: null })).data?.search.map((hit) => hit.entity.name) ?? [];
    expect(suggested.length).toBeGreaterThan(0);
    await page.locator("kg-graph.typo .kg-error").waitFor();
    expect(await shownLines(page, "kg-graph.typo")).toEqual([nl.embedNotFound("samne"), `${nl.embedDidYouMean} ${[...new Set(suggested)].join(", ")}?`]);

    // An unknown theme: the API's own suggestions, never its English message.
    const unknownTheme = await seeded.api.query(EmbedPartnersDocument, { theme: "no-such-theme", withEvidence: false });
    const apiError = unknownTheme.errors?.[0];
    const themeSuggestions = apiError?.extensions?.suggestions as string[] | undefined;
    expect(themeSuggestions?.length).toBeGreaterThan(0);
    await page.locator("kg-partners.unknown-theme .kg-error").waitFor();
    expect(await shownLines(page, "kg-partners.unknown-theme")).toEqual([nl.errorBadInput, `${nl.embedDidYouMean} ${themeSuggestions?.join(", ")}?`]);
    expect(consoleErrors.some((message) => message.includes(apiError?.message ?? "?"))).toBe(true);

    await page.locator("kg-practice.not-a-practice .kg-error").waitFor();
    expect(await shownText(page, "kg-practice.not-a-practice")).toContain(nl.embedNotAType("SAMEN", "Praktijk"));
    await page.locator("kg-practice.elsewhere .kg-error").waitFor();
    expect(await shownText(page, "kg-practice.elsewhere")).toBe(nl.embedUnavailable);
    await page.locator("kg-graph.bad-api .kg-error").waitFor();
    expect(await shownText(page, "kg-graph.bad-api")).toBe(nl.embedBadApi);
    for (const element of await page.locator(".kg-error").all()) expect(await element.innerText()).not.toMatch(/argument|GraphQL|BAD_USER_INPUT/);
  });

  it("is readable on a 375 px phone: 12 px labels drawn at full size, tap targets of 24 px, no sideways scrolling", async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 375, height: 812 });
    await phone.goto(partner.origin);
    const graph = phone.locator("kg-graph.samen");
    await graph.locator(".kg-neighbours li a").first().waitFor();
    const drawing = await graph.locator("svg.kg-drawing").evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const viewBox = (svg.getAttribute("viewBox") ?? "").split(" ").map(Number);
      return { scale: box.width / (viewBox[2] ?? 1), fontSize: Number.parseFloat(getComputedStyle(svg.querySelector("text")).getPropertyValue("font-size")) };
    });
    expect(drawing.scale * drawing.fontSize).toBeGreaterThanOrEqual(11.5);
    const targets = await graph.locator("svg a").evaluateAll((found) => found.map((link) => link.getBoundingClientRect()).map((box) => Math.min(box.width, box.height)));
    expect(Math.min(...targets)).toBeGreaterThanOrEqual(24);
    for (const selector of ["kg-graph.samen .kg-neighbours a", "kg-partners.outside li > a"]) {
      const heights = await phone.locator(selector).evaluateAll((found) => found.map((link) => link.getBoundingClientRect().height));
      expect(Math.min(...heights), selector).toBeGreaterThanOrEqual(24);
    }
    const widths = (await phone.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")) as [number, number];
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await graph.scrollIntoViewIfNeeded();
    await saveScreenshot(phone, "embed-phone");
    await phone.close();
  });

  it("passes an automated accessibility scan (axe-core, WCAG 2.1 A and AA), evidence open", async () => {
    await page.locator("kg-partners.with-evidence summary").first().waitFor();
    await page.locator("kg-partners.with-evidence").evaluate((element) => {
      for (const details of element.shadowRoot?.querySelectorAll("details") ?? []) details.open = true;
    });
    expect(await accessibilityViolations(page, ["kg-practice", "kg-partners", "kg-graph"])).toEqual([]);
  });

  it("when the API stops, shows what the browser cached and a message for the rest, never an error", async () => {
    await seeded.stopApi();
    // A page that adds elements later, while the API is down: the answers for Mijn Pad are in the
    // browser's HTTP cache (embeds query with GET, and the API lets anonymous reads be cached).
    await page.evaluate(`document.body.insertAdjacentHTML("beforeend",
      '<kg-practice entity="mijn-pad" class="added-later"></kg-practice><kg-practice entity="vaders-in-actie" class="added-later down"></kg-practice>')`);
    await page.locator("kg-practice.down .kg-error").waitFor();
    expect(await shownText(page, "kg-practice.down")).toBe(nl.embedUnavailable);
    // The cached card may render a moment after the other's error: wait for it, not for the other.
    await expect.poll(() => shownText(page, "kg-practice.added-later:not(.down)"), { timeout: 15_000 }).toContain("Mijn Pad");
    expect(pageErrors).toEqual([]);
  });
});

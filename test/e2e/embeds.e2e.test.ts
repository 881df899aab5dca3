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
import { EmbedGraphDocument, EmbedPartnersDocument, EmbedPracticeDocument } from "../../src/web/client/shared/__generated__/queries.js";
import { chromiumPath, collectPageErrors, launchBrowser, saveScreenshot, startSeededApi, type Browser, type SeededApi } from "./browser.js";

/** A partner's page whose own styles would spoil any element they reached. */
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
  <kg-practice id="mijn-pad"></kg-practice>
  <kg-partners theme="normaliseren" exclude-region="friesland"></kg-partners>
  <kg-graph id="samen"></kg-graph>
  <kg-partners id="unknown-theme" theme="no-such-theme"></kg-partners>
  <kg-practice id="elsewhere" api="http://127.0.0.1:9"></kg-practice>
  <kg-graph id="samen" class="bad-api" api="http://[::1"></kg-graph>
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

describe.skipIf(chromiumPath === null)("Embeds (embed.js) on another origin in Chromium", () => {
  let seeded: SeededApi;
  let partner: { origin: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    // What a public deployment sets: any origin may make anonymous GET reads.
    seeded = await startSeededApi({ http: { corsOrigins: ["*"] } });
    partner = await startPartnerSite(() => partnerPage(seeded.origin));
    browser = await launchBrowser(chromiumPath ?? "");
    page = browser.page;
    pageErrors = collectPageErrors(page);
    await page.goto(partner.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await partner?.close();
    await seeded?.close();
  });

  it("renders a practice from the API the script came from", async () => {
    const { data } = await seeded.api.query(EmbedPracticeDocument, { id: "mijn-pad" });
    const practice = data?.practices[0];
    if (practice === undefined) throw new Error("no Mijn Pad in the seeds");
    const { description } = practice;
    if (!description) throw new Error("Mijn Pad has no description in the seeds: pick a practice that has one");
    const linked = [...practice.themes, ...practice.developedBy, ...practice.appliedBy, ...practice.networks];
    expect(linked.length).toBeGreaterThan(0);

    await page.locator("kg-practice#mijn-pad h2", { hasText: practice.name }).waitFor();
    const text = await shownText(page, "kg-practice#mijn-pad");
    expect(text).toContain(description);
    for (const item of linked) expect(text).toContain(item.name);
  });

  it("renders the partners on a theme outside a region, in the API's order", async () => {
    const { data } = await seeded.api.query(EmbedPartnersDocument, { theme: "normaliseren", excludeRegion: "friesland", limit: 10 });
    const expected = data?.partnersOnTheme.map((partner) => partner.organisation.name) ?? [];
    expect(expected.length).toBeGreaterThan(0);

    const names = page.locator("kg-partners[theme=normaliseren] li > a");
    await names.nth(expected.length - 1).waitFor();
    expect(await names.allInnerTexts()).toEqual(expected);
  });

  it("draws a small neighbourhood graph, one linked shape per node", async () => {
    const { data } = await seeded.api.query(EmbedGraphDocument, { id: "samen", limit: 17 });
    const nodes = data?.neighbourhood.nodes ?? [];
    const links = page.locator("kg-graph#samen:not(.bad-api) svg[role=img] > a");
    await links.nth(nodes.length - 1).waitFor();
    expect(await links.count()).toBe(nodes.length);
    expect(await links.first().getAttribute("href")).toBe(`${seeded.origin}/explore?focus=samen`);
  });

  it("keeps the page's styles out of the elements and its own styles in", async () => {
    const style = (selector: string, property: string) =>
      page.locator(selector).evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
    expect(await style("kg-practice#mijn-pad h2", "color")).not.toBe("rgb(255, 0, 0)");
    expect(await style("kg-practice#mijn-pad h2", "text-transform")).toBe("none");
    // Inherited properties stop at the element too.
    expect(await style("kg-practice#mijn-pad .kg", "font-family")).not.toContain("Georgia");
    expect(await style("kg-practice#mijn-pad .kg", "font-style")).toBe("normal");
    expect(await style("kg-practice#mijn-pad .kg", "letter-spacing")).toBe("normal");
    expect(await style("#host-heading", "color")).toBe("rgb(255, 0, 0)");
    await saveScreenshot(page, "embed", { fullPage: true });
  });

  it("shows the API's message when it answers an error, and a short one when an API is unreachable or misnamed", async () => {
    await page.locator("kg-partners#unknown-theme .kg-error").waitFor();
    expect(await shownText(page, "kg-partners#unknown-theme")).toMatch(/^Could not show this partner list: .*no-such-theme/);
    await page.locator("kg-practice#elsewhere .kg-error").waitFor();
    expect(await shownText(page, "kg-practice#elsewhere")).toBe("The practice cannot be shown right now: the knowledge graph is unavailable.");
    await page.locator("kg-graph.bad-api .kg-error").waitFor();
    expect(await shownText(page, "kg-graph.bad-api")).toBe("The api attribute “http://[::1” is not an address.");
  });

  it("when the API stops, shows what the browser cached and a message for the rest, never an error", async () => {
    await seeded.stopApi();
    // A page that adds elements later, while the API is down: the answer for Mijn Pad is in the
    // browser's HTTP cache (embeds query with GET, and the API lets anonymous reads be cached).
    await page.evaluate(`document.body.insertAdjacentHTML("beforeend",
      '<kg-practice id="mijn-pad" class="added-later"></kg-practice><kg-practice id="ouders-in-actie" class="added-later"></kg-practice>')`);
    await page.locator("kg-practice#ouders-in-actie .kg-error").waitFor();
    expect(await shownText(page, "kg-practice#ouders-in-actie")).toBe("The practice cannot be shown right now: the knowledge graph is unavailable.");
    expect(await shownText(page, "kg-practice#mijn-pad.added-later")).toContain("Mijn Pad");
    expect(pageErrors).toEqual([]);
  });

});

/**
 * The landing page and the GraphQL playground in Chromium: everything they load comes from the
 * API's own origin, and a saved example runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/web/client/shared/messages.js";
import { chromiumPath, collectPageErrors, launchBrowser, saveScreenshot, startSeededApi, type Browser, type SeededApi } from "./browser.js";

describe.skipIf(chromiumPath === null)("Landing page and playground in Chromium", () => {
  let seeded: SeededApi;
  let browser: Browser;

  beforeAll(async () => {
    seeded = await startSeededApi();
    browser = await launchBrowser(chromiumPath ?? "");
  });
  afterAll(async () => {
    await browser?.close();
    await seeded?.close();
  });

  it("speaks Dutch on the landing page, and English with the explorer's link keeping it on request", async () => {
    const { page } = browser;
    await page.goto(`${seeded.origin}/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    await page.getByRole("heading", { level: 1, name: MESSAGES.nl.landingHeading }).waitFor();
    expect(await page.getByRole("link", { name: MESSAGES.nl.landingExplorerTitle }).last().getAttribute("href")).toBe("/explore");
    await page.getByRole("link", { name: MESSAGES.en.languageName }).click();
    await page.getByRole("heading", { level: 1, name: MESSAGES.en.landingHeading }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("link", { name: MESSAGES.en.landingExplorerTitle }).getAttribute("href")).toBe("/explore?lang=en");
  });

  it("links from the landing page to the playground and the explorer, with this origin in the embed snippets, the pinned one too", async () => {
    const { page } = browser;
    await page.goto(`${seeded.origin}/?lang=en`);
    expect(await page.getByRole("link", { name: "GraphQL playground" }).getAttribute("href")).toBe("/playground?lang=en");
    expect(await page.getByRole("link", { name: "Graph explorer" }).getAttribute("href")).toBe("/explore?lang=en");
    expect(await page.locator("pre code").first().textContent()).toContain(`<script src="${seeded.origin}/embed.js" async></script>`);
    const pin = (await (await fetch(`${seeded.origin}/embed/pin.json`)).json()) as { src: string; integrity: string };
    await page.locator("[data-pinned-script]", { hasText: pin.integrity }).waitFor();
    expect(await page.locator("[data-pinned-script]").textContent()).toBe(
      `<script src="${seeded.origin}${pin.src}" integrity="${pin.integrity}" crossorigin="anonymous" async></script>`,
    );
  });

  it("loads with no request to any other origin and runs the first saved example", async () => {
    const { page, context } = browser;
    const requested: string[] = [];
    context.on("request", (request) => requested.push(request.url()));
    const pageErrors = collectPageErrors(page);

    await page.goto(`${seeded.origin}/playground`);
    const tabs = page.getByRole("tab");
    await tabs.first().waitFor();
    // The examples from operations/, the network's main questions first, and the editors' tab last.
    expect((await tabs.allInnerTexts()).map((title) => title.trim())).toEqual([
      "PartnersOnTheme",
      "Search",
      "Connection",
      "ThemeCoverage",
      "Entity",
      "Facets",
      "Gaps",
      "Neighbourhood",
      "Paths",
      "PracticesOnTheme",
      "SimilarPractices",
      "AddAlias",
    ]);

    // The same operation and variables, asked directly, say what the playground must show.
    const expected = await seeded.api.query<{ partnersOnTheme: { organisation: { name: string } }[] }>(
      `query ($theme: String!, $excludeRegion: String, $limit: Int) {
        partnersOnTheme(theme: $theme, excludeRegion: $excludeRegion, limit: $limit) { organisation { name } }
      }`,
      { theme: "normalising", excludeRegion: "Friesland", limit: 3 },
    );
    const firstPartner = expected.data?.partnersOnTheme[0]?.organisation.name;
    expect(firstPartner, JSON.stringify(expected.errors)).toBeTruthy();

    // The editors load after the tabs; a click before they show the example would run nothing.
    await page.locator(".graphiql-query-editor", { hasText: "partnersOnTheme" }).waitFor();
    await page.locator(".graphiql-editor-tool", { hasText: "normalising" }).waitFor();
    await page.getByRole("button", { name: /^Execute query/ }).click();
    await page.locator(".graphiql-response", { hasText: `"name": "${firstPartner}"` }).waitFor();
    expect(await page.locator(".graphiql-response").innerText()).not.toContain('"errors"');

    // Click-to-build explorer and schema docs, both from the introspected schema.
    await page.getByRole("button", { name: "Show GraphiQL Explorer" }).click();
    await page.locator(".graphiql-plugin", { hasText: "partnersOnTheme" }).waitFor();
    await saveScreenshot(page, "playground");
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-plugin", { hasText: "Root Types" }).waitFor();

    // Every example's tab is on screen at a common laptop width.
    await page.setViewportSize({ width: 1366, height: 768 });
    for (const tab of await tabs.all()) {
      const box = await tab.boundingBox();
      expect(box === null ? -1 : box.x + box.width, await tab.innerText()).toBeLessThanOrEqual(1366);
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    // The address carries the query being edited, and a link with a query opens it.
    await page.locator(".graphiql-query-editor .view-lines").click();
    await page.keyboard.press("End");
    await page.keyboard.type(" ");
    await page.waitForURL((url) => (url.searchParams.get("query") ?? "").includes("partnersOnTheme"));
    const sharedQuery = "{ themes(limit: 1) { id } }";
    await page.goto(`${seeded.origin}/playground?query=${encodeURIComponent(sharedQuery)}`);
    await page.locator(".graphiql-query-editor", { hasText: "themes(limit: 1)" }).waitFor();

    const httpRequests = requested.filter((url) => /^https?:/.test(url));
    expect(httpRequests.length).toBeGreaterThan(5);
    expect(httpRequests.filter((url) => new URL(url).origin !== seeded.origin)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

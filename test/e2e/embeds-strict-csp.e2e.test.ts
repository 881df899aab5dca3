/**
 * embed.js on a partner's page that sends the Content-Security-Policy many public-sector sites
 * send: scripts and connections only to the API, styles only from the page's own origin (no
 * 'unsafe-inline'), Trusted Types required. The embeds render with their own styles and no
 * violation; the script pinned by its hash (Subresource Integrity) loads; a wrong hash is refused
 * and the page keeps its fallback text; nothing leaks into the page (no cookies, no globals, no
 * stylesheets, no requests to any other origin).
 */
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { README, renderEmbedPin, replaceSection } from "../../src/docs/readme.js";
import { pinnedScriptTag, type EmbedPin } from "../../src/web/embed-pin.js";
import { chromiumPath, launchBrowser, saveScreenshot, startSeededApi, type Browser, type SeededApi } from "./browser.js";

// Run in the page, where they exist: this project type-checks its tests without the DOM library.
declare const document: { cookie: string; styleSheets: { length: number }; adoptedStyleSheets: unknown[] };
declare const window: Record<string, unknown>;
declare function getComputedStyle(element: unknown): { getPropertyValue(name: string): string };

/** The policy of the partner site, as README's "Embedding on your site" tells partners to write it. */
const strictPolicy = (apiOrigin: string) =>
  [
    "default-src 'none'",
    `script-src ${apiOrigin}`,
    `connect-src ${apiOrigin}`,
    "style-src 'self'",
    "img-src 'self'",
    "require-trusted-types-for 'script'",
    "base-uri 'none'",
  ].join("; ");

const SITE_CSS = `body { font-family: Georgia, serif; color: rgb(0, 128, 0); font-style: italic; } h2 { color: rgb(255, 0, 0); text-transform: uppercase; }`;

function strictPage(scriptTag: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Gemeente (strict policy)</title>
  <link rel="stylesheet" href="/site.css">
  ${scriptTag}
</head>
<body>
  <h2 id="host-heading">Uitgelicht</h2>
  <kg-practice id="mijn-pad"><a href="https://kg.example.org/explore?focus=mijn-pad">Mijn Pad in de kennisgraaf</a></kg-practice>
  <kg-partners theme="normaliseren" exclude-region="friesland">Partners die werken aan normaliseren</kg-partners>
  <kg-graph id="samen">Het netwerk van SAMEN</kg-graph>
</body>
</html>`;
}

interface PartnerSite {
  origin: string;
  close(): Promise<void>;
}

async function startStrictPartnerSite(pages: Record<string, string>, policy: string): Promise<PartnerSite> {
  const server: Server = createServer((req, res) => {
    if (req.url === "/site.css") return void res.writeHead(200, { "content-type": "text/css" }).end(SITE_CSS);
    const page = pages[req.url ?? ""];
    if (page === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": policy }).end(page);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a page reports while it loads: CSP violations, errors, requests, cookies set. */
interface Watch {
  violations: string[];
  errors: string[];
  requestOrigins: Set<string>;
  setCookies: string[];
}

async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { violations: [], errors: [], requestOrigins: new Set(), setCookies: [] };
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Trusted Type/i.test(message.text())) seen.violations.push(message.text());
  });
  page.on("pageerror", (error) => seen.errors.push(error.message));
  page.on("request", (request) => seen.requestOrigins.add(new URL(request.url()).origin));
  page.on("response", async (response) => {
    const cookie = await response.headerValue("set-cookie");
    if (cookie) seen.setCookies.push(cookie);
  });
  // Injected by the browser's debugging protocol, so the page's own policy does not stop it.
  await page.addInitScript(`
    window.__kgGlobalsBefore = Object.getOwnPropertyNames(window);
    window.__kgViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__kgViolations.push(e.violatedDirective + " " + e.blockedURI));
  `);
  return seen;
}

describe.skipIf(chromiumPath === null)("Embeds under a partner's strict Content-Security-Policy, in Chromium", () => {
  let seeded: SeededApi;
  let partner: PartnerSite;
  let browser: Browser;
  let pin: EmbedPin;

  beforeAll(async () => {
    seeded = await startSeededApi({ http: { corsOrigins: ["*"] } });
    pin = (await (await fetch(`${seeded.origin}/embed/pin.json`)).json()) as EmbedPin;
    const wrong: EmbedPin = { ...pin, integrity: `sha384-${Buffer.alloc(48, 7).toString("base64")}` };
    partner = await startStrictPartnerSite(
      {
        "/latest": strictPage(`<script src="${seeded.origin}/embed.js" async></script>`),
        "/pinned": strictPage(pinnedScriptTag(seeded.origin, pin)),
        "/wrong-hash": strictPage(pinnedScriptTag(seeded.origin, wrong)),
      },
      strictPolicy(seeded.origin),
    );
    browser = await launchBrowser(chromiumPath ?? "");
  });
  afterAll(async () => {
    await browser?.close();
    await partner?.close();
    await seeded?.close();
  });

  it.each(["/latest", "/pinned"])("renders every embed of %s with its own styles, with no violation, no error and nothing leaking", async (pagePath) => {
    const page = await browser.context.newPage();
    try {
      const seen = await watch(page);
      await page.goto(`${partner.origin}${pagePath}`);
      await page.locator("kg-practice#mijn-pad h2", { hasText: "Mijn Pad" }).waitFor();
      await page.locator("kg-partners li > a").first().waitFor();
      await page.locator("kg-graph#samen .kg-neighbours a").first().waitFor();

      const style = (selector: string, property: string) =>
        page.locator(selector).evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
      // The embed's own sheet applies: its card border and heading, not the page's red capitals.
      expect(await style("kg-practice#mijn-pad .kg-card", "border-top-style")).toBe("solid");
      expect(await style("kg-practice#mijn-pad .kg-card", "border-top-left-radius")).toBe("8px");
      expect(await style("kg-practice#mijn-pad h2", "text-transform")).toBe("none");
      expect(await style("kg-practice#mijn-pad .kg", "font-style")).toBe("normal");
      expect(await style("#host-heading", "color")).toBe("rgb(255, 0, 0)");

      expect(seen.violations).toEqual([]);
      expect(await page.evaluate(() => window.__kgViolations)).toEqual([]);
      expect(seen.errors).toEqual([]);
      // Nothing leaks: requests only to the page and the API, no cookies, no globals, no page-wide styles.
      expect([...seen.requestOrigins].sort()).toEqual([partner.origin, seeded.origin].sort());
      expect(seen.setCookies).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe("");
      expect(await browser.context.cookies()).toEqual([]);
      const before = new Set(await page.evaluate(() => window.__kgGlobalsBefore as string[]));
      const added = (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter((name) => !before.has(name) && !name.startsWith("__kg"));
      expect(added).toEqual([]);
      expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
      expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      if (pagePath === "/pinned") await saveScreenshot(page, "embed-strict-csp", { fullPage: true });
    } finally {
      await page.close();
    }
  });

  it("refuses the pinned script with a wrong hash, and the page stays whole with its fallback text", async () => {
    const page = await browser.context.newPage();
    try {
      const seen = await watch(page);
      await page.goto(`${partner.origin}/wrong-hash`);
      await page.waitForLoadState("load");
      // The browser refused the script: no element was defined, and the light-DOM fallback shows.
      expect(await page.evaluate(() => (globalThis as unknown as { customElements: { get(name: string): unknown } }).customElements.get("kg-practice") === undefined)).toBe(true);
      expect(await page.locator("kg-practice#mijn-pad a").innerText()).toBe("Mijn Pad in de kennisgraaf");
      expect(await page.locator("kg-partners").innerText()).toBe("Partners die werken aan normaliseren");
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("publishes in the README the pin the API serves, and serves the pinned script for good", async () => {
    const readme = readFileSync(README, "utf8");
    expect(replaceSection(readme, "embed-pin", renderEmbedPin(pin)) === readme, "README.md's pinned embed script is stale: run `npm run docs`").toBe(true);
    const pinned = await fetch(`${seeded.origin}${pin.src}`);
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(pinned.headers.get("access-control-allow-origin")).toBe("*");
    expect(await pinned.text()).toBe(await (await fetch(`${seeded.origin}/embed.js`)).text());
    expect((await fetch(`${seeded.origin}/embed/0000000000000000.js`)).status).toBe(404);
  });
});

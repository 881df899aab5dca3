/**
 * The graph explorer in Chromium, as a person uses it: type-ahead search, the neighbourhood drawn,
 * a node expanded and a relation's evidence read by clicking the drawing, a path between two
 * people and its alternatives, a theme filter, a shared link, a phone-width screen. Every expected value is asked from
 * the API directly, with the documents the page itself sends.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ExplorerLinkedNodesDocument,
  ExplorerNeighbourhoodDocument,
  ExplorerPartnersOnThemeDocument,
  ExplorerPathsDocument,
  ExplorerRegionDocument,
} from "../../src/web/client/shared/__generated__/queries.js";
import { formatPublished, typeName } from "../../src/web/client/shared/i18n.js";
import { MESSAGES } from "../../src/web/client/shared/messages.js";
import { accessibilityViolations } from "./accessibility.js";
import { chromiumPath, collectPageErrors, launchBrowser, saveScreenshot, startSeededApi, type Browser, type SeededApi } from "./browser.js";

/** What the explorer asks for each neighbourhood (explore/main.ts). */
const NEIGHBOURHOOD_LIMIT = 80;
/** How many paths the explorer asks for between two nodes (explore/main.ts). */
const PATH_COUNT = 3;
/** The page speaks Dutch unless asked otherwise: the texts it must show come from its catalogue. */
const nl = MESSAGES.nl;

describe.skipIf(chromiumPath === null)("Graph explorer (/explore) in Chromium", () => {
  let seeded: SeededApi;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  async function neighbourhood(id: string) {
    const { data } = await seeded.api.query(ExplorerNeighbourhoodDocument, { id, limit: NEIGHBOURHOOD_LIMIT });
    if (data === undefined) throw new Error(`no neighbourhood for ${id}`);
    return data.neighbourhood;
  }

  async function pathsBetween(from: string, to: string) {
    const { data } = await seeded.api.query(ExplorerPathsDocument, { from, to, k: PATH_COUNT });
    if (data === undefined) throw new Error(`no answer for the paths from ${from} to ${to}`);
    return data.paths;
  }

  /** The ids of the nodes the drawing marks as on the path. */
  function drawnPathNodes(): Promise<string[]> {
    return page.locator("#graph").evaluate((container) => {
      const cy = (container as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
      return cy.nodes(".on-path").map((node) => node.id());
    });
  }

  const searchField = () => page.getByRole("combobox", { name: nl.searchLabel });

  /** Waits until the status line describes a drawn graph, and returns it. */
  async function drawnStatus(): Promise<string> {
    const status = page.locator("#graph-status");
    await status.filter({ hasText: / knopen · / }).waitFor();
    return (await status.textContent()) ?? "";
  }

  /**
   * Clicks a node or relation where Cytoscape drew it. The drawing is a canvas with nothing to aim
   * at, so this asks the Cytoscape instance that Cytoscape registers on its container (test only).
   */
  async function clickInDrawing(elementId: string): Promise<void> {
    const graph = page.locator("#graph");
    const box = await graph.boundingBox();
    const point = await graph.evaluate((container, id) => {
      const cy = (container as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
      const element = cy.getElementById(id);
      if (element.empty()) throw new Error(`${id} is not drawn`);
      return element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    }, elementId);
    if (box === null) throw new Error("the graph is not on screen");
    await page.mouse.click(box.x + point.x, box.y + point.y);
  }

  beforeAll(async () => {
    seeded = await startSeededApi();
    browser = await launchBrowser(chromiumPath ?? "");
    page = browser.page;
    pageErrors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await seeded?.close();
  });

  it("suggests Mijn Pad for “mijn p” and draws its neighbourhood", async () => {
    await page.goto(`${seeded.origin}/explore`);
    await searchField().pressSequentially("mijn p");
    const suggestion = page.getByRole("option", { name: new RegExp(`^Mijn Pad\\s*${typeName("PRACTICE", "nl")}$`) });
    await suggestion.click();

    const expected = await neighbourhood("mijn-pad");
    expect(await drawnStatus()).toMatch(new RegExp(`^${nl.statusNodes(String(expected.nodes.length), String(expected.edges.length))}`));
    expect(new URL(page.url()).searchParams.getAll("focus")).toEqual(["mijn-pad"]);
    await page.getByRole("heading", { name: "Mijn Pad", level: 2 }).waitFor();
    expect(await page.locator(".relations li").count()).toBe(expected.edges.filter((e) => e.from === "mijn-pad" || e.to === "mijn-pad").length);
  });

  it("merges in the neighbourhood of a node clicked in the drawing", async () => {
    await page.goto(`${seeded.origin}/explore?focus=mijn-pad`);
    await drawnStatus();
    const [around, expanded] = await Promise.all([neighbourhood("mijn-pad"), neighbourhood("regionaal-leernetwerk-jeugd")]);
    const union = new Set([...around.nodes, ...expanded.nodes].map((node) => node.id));
    expect(union.size).toBeGreaterThan(around.nodes.length);

    await clickInDrawing("regionaal-leernetwerk-jeugd");
    await page.locator("#graph-status", { hasText: `${union.size} knopen` }).waitFor();
    expect(new URL(page.url()).searchParams.getAll("focus")).toEqual(["mijn-pad", "regionaal-leernetwerk-jeugd"]);
    await page.getByRole("heading", { name: "Regionaal Leernetwerk Jeugd", level: 2 }).waitFor();
  });

  it("shows the quote in its context, and the source as a citation, of a relation clicked in the drawing", async () => {
    await page.goto(`${seeded.origin}/explore?focus=mijn-pad`);
    await drawnStatus();
    const partOf = (await neighbourhood("mijn-pad")).edges.find((edge) => edge.from === "mijn-pad" && edge.type === "PART_OF");
    const evidence = partOf?.evidence[0];
    if (partOf === undefined || evidence?.quote == null) throw new Error("the seeds no longer put Mijn Pad in a network with a quote");

    await clickInDrawing(`${partOf.from}|${partOf.type}|${partOf.to}`);
    const quote = page.locator(".evidence blockquote mark").first();
    await quote.waitFor();
    expect(await quote.textContent()).toBe(evidence.quote);
    expect(evidence.context).not.toBeNull();
    expect(await page.locator(".evidence blockquote").first().textContent()).toBe(`${evidence.context?.before ?? ""}${evidence.quote}${evidence.context?.after ?? ""}`);
    expect(await page.locator(".evidence figcaption").first().textContent()).toBe(`— ${evidence.source.title ?? evidence.source.name}`);

    // The link holds the relation being read: it opens with the same evidence.
    expect(new URL(page.url()).searchParams.get("selected")).toBe(`${partOf.from}|${partOf.type}|${partOf.to}`);
    const reopened = await browser.context.newPage();
    await reopened.goto(page.url());
    await reopened.locator(".evidence blockquote mark", { hasText: evidence.quote }).first().waitFor();
    await reopened.close();
  });

  it("cites a source with its title, publisher and date, in Dutch", async () => {
    // ZonMw runs the AWTJ programme, says an article whose date the seeds give.
    const runs = (await neighbourhood("zonmw")).edges.find((edge) => edge.type === "RUNS" && edge.evidence[0]?.source.published);
    const evidence = runs?.evidence[0];
    if (runs === undefined || evidence === undefined) throw new Error("the seeds no longer date the source that says what ZonMw runs");
    const { title, name, publisher, published } = evidence.source;

    await page.goto(`${seeded.origin}/explore?focus=zonmw&selected=${encodeURIComponent(`${runs.from}|${runs.type}|${runs.to}`)}`);
    const caption = page.locator(".evidence figcaption").first();
    await caption.waitFor();
    const details = [publisher, formatPublished(published ?? "", "nl")].filter(Boolean).join(", ");
    expect(await caption.textContent()).toBe(`— ${title ?? name}. ${details}.`);
    expect(await caption.textContent()).toMatch(/\d{1,2} [a-z]+ \d{4}/); // "10 januari 2020", not "2020-01-10"
  });

  it("draws the path between two people picked through search, and its link reopens it", async () => {
    const [shortest] = await pathsBetween("noortje-pannebakker", "jurja-steenmeijer");
    const expectedPath = shortest?.nodes.map((node) => node.name) ?? [];
    expect(expectedPath.length).toBeGreaterThan(2);

    await page.goto(`${seeded.origin}/explore`);
    const search = searchField();
    await search.pressSequentially("Noortje");
    await page.getByRole("option", { name: /Noortje Pannebakker/ }).click();
    await page.getByRole("button", { name: nl.pathFromHere }).click();
    await page.locator("#path", { hasText: nl.pathStarted("Noortje Pannebakker") }).waitFor();
    // The panel was redrawn under the button: the keyboard's place is kept.
    expect(await page.evaluate("document.activeElement?.textContent")).toBe(nl.pathFromHere);

    await search.fill("");
    await search.pressSequentially("Jurja");
    await page.getByRole("option", { name: /Jurja Steenmeijer/ }).click();
    await page.getByRole("heading", { name: "Jurja Steenmeijer", level: 2 }).waitFor();
    await page.getByRole("button", { name: nl.pathToHere }).click();

    const steps = page.locator("#path .path-node button");
    await steps.nth(expectedPath.length - 1).waitFor();
    expect(await steps.allInnerTexts()).toEqual(expectedPath);
    const shared = new URL(page.url());
    expect(shared.searchParams.get("from")).toBe("noortje-pannebakker");
    expect(shared.searchParams.get("to")).toBe("jurja-steenmeijer");
    await drawnStatus();
    await saveScreenshot(page, "explorer");

    const reopened = await browser.context.newPage();
    await reopened.goto(shared.href);
    const reopenedSteps = reopened.locator("#path .path-node");
    await reopenedSteps.nth(expectedPath.length - 1).waitFor();
    expect(await reopenedSteps.count()).toBe(expectedPath.length);
    await reopened.close();
  });

  it("lists the alternative paths, and draws the one chosen with the keyboard", async () => {
    const [from, to] = ["han-tuller", "marlies-kennis"];
    const expected = await pathsBetween(from, to);
    const second = expected[1];
    if (second === undefined) throw new Error(`the seeds no longer join ${from} and ${to} in more than one way`);

    await page.goto(`${seeded.origin}/explore?from=${from}&to=${to}`);
    const choices = page.locator("#path .path-choices button");
    await choices.first().waitFor();
    expect(await choices.allInnerTexts()).toEqual(expected.map((path, index) => nl.pathChoice(index + 1, expected.length, nl.steps(path.edges.length))));
    expect(await choices.first().getAttribute("aria-pressed")).toBe("true");
    const steps = page.locator("#path .path-node button");
    expect(await steps.allInnerTexts()).toEqual(expected[0]?.nodes.map((node) => node.name));

    const choice = page.getByRole("button", { name: nl.pathChoice(2, expected.length, nl.steps(second.edges.length)) });
    await choice.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("path") === "2");
    await page.locator("#path .path-choices button[aria-pressed=true]", { hasText: "Pad 2 van" }).waitFor();
    expect(await steps.allInnerTexts()).toEqual(second.nodes.map((node) => node.name));
    expect((await drawnPathNodes()).sort()).toEqual(second.nodes.map((node) => node.id).sort());
    // The redrawn panel gives the focus back to the choice, so Tab and Enter try the next one.
    expect(await page.evaluate("document.activeElement?.textContent")).toBe(nl.pathChoice(2, expected.length, nl.steps(second.edges.length)));

    const reopened = await browser.context.newPage();
    await reopened.goto(page.url());
    await reopened.locator("#path .path-choices button[aria-pressed=true]", { hasText: "Pad 2 van" }).waitFor();
    expect(await reopened.locator("#path .path-node button").allInnerTexts()).toEqual(second.nodes.map((node) => node.name));
    await reopened.close();
  });

  it("dims what the chosen theme does not reach, and keeps the theme in the link", async () => {
    await page.goto(`${seeded.origin}/explore?focus=samen`);
    await drawnStatus();
    const theme = "kennisdeling";
    const [around, linked] = await Promise.all([neighbourhood("samen"), seeded.api.query(ExplorerLinkedNodesDocument, { id: theme })]);
    const linkedIds = new Set(linked.data?.neighbourhood.nodes.map((node) => node.id));
    const reached = around.nodes.filter((node) => linkedIds.has(node.id)).length;
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(around.nodes.length);

    await page.locator("#theme-filter").selectOption(theme);
    await page.locator("#graph-status", { hasText: nl.statusLinked(String(reached), "Kennisdeling") }).waitFor();
    expect(new URL(page.url()).searchParams.get("theme")).toBe(theme);
  });

  it("speaks English on request, keeps the language in the links it makes, and offers Dutch back", async () => {
    const en = MESSAGES.en;
    await page.goto(`${seeded.origin}/explore?focus=mijn-pad&selected=mijn-pad&lang=en`);
    await page.locator("#graph-status", { hasText: / nodes · / }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("combobox", { name: en.searchLabel }).waitFor();
    await page.getByRole("button", { name: en.pathFromHere }).waitFor();
    expect(await page.locator("#details .type-badge").first().innerText()).toBe(typeName("PRACTICE", "en"));

    await page.getByRole("button", { name: en.pathFromHere }).click();
    await page.waitForURL((url) => url.searchParams.get("from") === "mijn-pad");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    const dutch = page.getByRole("link", { name: nl.languageName });
    expect(await dutch.getAttribute("lang")).toBe("nl");
    await dutch.click();
    await page.getByRole("button", { name: nl.pathFromHere }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBeNull();
    expect(new URL(page.url()).searchParams.get("from")).toBe("mijn-pad");
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
  });

  it("answers the path question with the keyboard alone, from a shared link, through the list twin of the drawing", async () => {
    const [from, to] = ["noortje-pannebakker", "jurja-steenmeijer"];
    const [shortest] = await pathsBetween(from, to);
    if (shortest === undefined) throw new Error(`the seeds no longer join ${from} and ${to}`);
    const around = await neighbourhood(from);
    await page.goto(`${seeded.origin}/explore?focus=${from}&focus=${to}&view=list`);
    const list = page.locator("#graph-list");
    await list.getByRole("button", { name: "Noortje Pannebakker", exact: true }).waitFor();
    expect(await list.locator(".graph-list > li").count()).toBe(new Set([...around.nodes, ...(await neighbourhood(to)).nodes].map((node) => node.id)).size);

    // Tab to the first person in the list, open it, ask for the path from there.
    const focusOn = async (name: string) => {
      for (let presses = 0; presses < 200; presses++) {
        if ((await page.evaluate("document.activeElement?.textContent")) === name) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Tab never reached “${name}”`);
    };
    await focusOn("Noortje Pannebakker");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Noortje Pannebakker", level: 2 }).waitFor();
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Noortje Pannebakker");
    await focusOn(nl.pathFromHere);
    await page.keyboard.press("Enter");
    await page.locator("#path", { hasText: nl.pathStarted("Noortje Pannebakker") }).waitFor();
    await focusOn("Jurja Steenmeijer");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Jurja Steenmeijer", level: 2 }).waitFor();
    await focusOn(nl.pathToHere);
    await page.keyboard.press("Enter");
    await page.locator("#path .path-node").nth(shortest.nodes.length - 1).waitFor();
    expect(await page.locator("#path .path-node button").allInnerTexts()).toEqual(shortest.nodes.map((node) => node.name));
    // Announced, and the list says which nodes lie on the path.
    expect(await page.locator("#announcer").textContent()).toContain(shortest.nodes.map((node) => node.name).join(" → "));
    expect(await list.locator(".graph-list > li", { hasText: nl.listOnPath }).count()).toBe(shortest.nodes.length);
    await saveScreenshot(page, "explorer-list");
  });

  it("answers “which partners outside Friesland work on normalising, and why?” as a ranked list and a highlighted graph, from the form and from its link", async () => {
    const { data } = await seeded.api.query(ExplorerPartnersOnThemeDocument, { theme: "normaliseren", region: null, excludeRegion: "friesland" });
    const answer = data?.partnersOnTheme ?? [];
    expect(answer.length).toBeGreaterThan(0);

    await page.goto(`${seeded.origin}/explore`);
    await page.locator("#ask-theme option[value=normaliseren]").waitFor({ state: "attached" });
    await page.locator("#ask-theme").selectOption("normaliseren");
    await page.locator("#ask-where").selectOption("outside");
    await page.locator("#ask-region").selectOption("friesland");
    await page.locator("#partners-form").getByRole("button", { name: nl.askButton }).click();

    const partners = page.locator("#answer .answer-list > li > button");
    await partners.nth(answer.length - 1).waitFor();
    expect(await partners.allInnerTexts()).toEqual(answer.map((partner) => partner.organisation.name));
    expect(await page.locator("#answer .hint").textContent()).toBe(nl.answerPartners(String(answer.length), "Normaliseren", nl.answerPlace("outside", "Friesland")));
    const asked = new URL(page.url());
    expect(Object.fromEntries([...asked.searchParams].filter(([name]) => name.startsWith("ask")))).toEqual({
      ask: "partners",
      "ask-theme": "normaliseren",
      "ask-region": "friesland",
      "ask-where": "outside",
    });

    // The answer's partners are drawn and not dimmed, whatever the theme's own neighbourhood holds.
    const drawing = await page.locator("#graph").evaluate((container) => {
      const cy = (container as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
      return { all: cy.nodes("node").map((node) => node.id()), dimmed: cy.nodes(".dimmed").map((node) => node.id()) };
    });
    for (const partner of answer) {
      expect(drawing.all).toContain(partner.organisation.id);
      expect(drawing.dimmed).not.toContain(partner.organisation.id);
    }

    // Why: the first partner's quotes, as citations, one click away.
    const first = answer.find((partner) => partner.evidence.length > 0);
    if (first === undefined) throw new Error("no partner of the answer has evidence");
    const item = page.locator("#answer .answer-list > li", { has: page.getByRole("button", { name: first.organisation.name, exact: true }) });
    await item.locator("summary").click();
    await item.locator(".evidence mark", { hasText: first.evidence[0]?.quote ?? "?" }).first().waitFor();
    await saveScreenshot(page, "explorer-partners");

    // The link restores form and answer.
    const reopened = await browser.context.newPage();
    await reopened.goto(asked.href);
    await reopened.locator("#answer .answer-list > li > button").nth(answer.length - 1).waitFor();
    expect(await reopened.locator("#ask-theme").inputValue()).toBe("normaliseren");
    expect(await reopened.locator("#ask-where").inputValue()).toBe("outside");
    expect(await reopened.locator("#ask-region").inputValue()).toBe("friesland");
    await reopened.close();
  });

  it("answers “what goes on in Holland Rijnland?” with its themes, networks, organisations and practices, sub-regions included", async () => {
    const { data } = await seeded.api.query(ExplorerRegionDocument, { region: "holland-rijnland", id: "holland-rijnland" });
    const region = data?.regions[0];
    if (data === undefined || region === undefined) throw new Error("the seeds lack Holland Rijnland");
    const coverage = [...data.themeCoverage].sort((a, b) => b.practices + b.organisations + b.networks - (a.practices + a.organisations + a.networks) || a.theme.name.localeCompare(b.theme.name));
    expect(coverage.length).toBeGreaterThan(0);
    const regions = [region, ...region.subRegions, ...region.subRegions.flatMap((sub) => sub.subRegions)];
    const networks = new Set(regions.flatMap((item) => item.networks.map((network) => network.name)));
    expect(networks.size).toBeGreaterThan(0);

    await page.goto(`${seeded.origin}/explore`);
    await page.locator("#ask-region-only option[value=holland-rijnland]").waitFor({ state: "attached" });
    await page.locator("#ask-region-only").selectOption("holland-rijnland");
    await page.locator("#region-form").getByRole("button", { name: nl.askButton }).click();
    const rows = page.locator("#answer table.coverage tbody tr");
    await rows.nth(coverage.length - 1).waitFor();
    expect(await rows.locator("th").allInnerTexts()).toEqual(coverage.map((row) => row.theme.name));
    expect(await rows.first().locator("td").allInnerTexts()).toEqual([coverage[0]?.practices, coverage[0]?.organisations, coverage[0]?.networks].map(String));
    await page.getByRole("heading", { name: nl.regionNetworks(networks.size), level: 3 }).waitFor();
    expect(new URL(page.url()).searchParams.get("ask")).toBe("region");
    expect(new URL(page.url()).searchParams.get("ask-region")).toBe("holland-rijnland");
    expect(await page.locator("#announcer").textContent()).toBe(nl.answerRegion(region.name, String(coverage.length)));
    // The table stays inside the panel: wider than it, it scrolls in its own focusable region.
    const fits = await page.locator("#answer .table-scroll").evaluate((scroller) => {
      const panel = scroller.closest("#answer")?.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      return panel !== undefined && box.right <= panel.right + 0.5 && scroller.tabIndex === 0;
    });
    expect(fits).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, "explorer-region");
  });

  it("warns in plain words when a path joins two sides only through a shared theme or region", async () => {
    // The CJG is linked to nothing but a theme, so any path from it runs through one.
    const [shortest] = await pathsBetween("cjg", "mijn-pad");
    const shared = shortest?.nodes.slice(1, -1).filter((node) => node.type === "THEME" || node.type === "REGION") ?? [];
    expect(shared.length, "the seeds now link the CJG to more than a theme: pick another end").toBeGreaterThan(0);
    await page.goto(`${seeded.origin}/explore?from=cjg&to=mijn-pad`);
    await page.locator("#path .path-caution").waitFor();
    expect(await page.locator("#path .path-caution").textContent()).toBe(nl.pathCaution(shared.map((node) => node.name).join(` ${nl.and} `)));

    // Mijn Pad is part of its network: a path of one step, nothing to warn about.
    const [direct] = await pathsBetween("mijn-pad", "regionaal-leernetwerk-jeugd");
    expect(direct?.nodes.slice(1, -1).some((node) => node.type === "THEME" || node.type === "REGION")).toBe(false);
    await page.goto(`${seeded.origin}/explore?from=mijn-pad&to=regionaal-leernetwerk-jeugd`);
    await page.locator("#path .path-node").nth((direct?.nodes.length ?? 1) - 1).waitFor();
    expect(await page.locator("#path .path-caution").count()).toBe(0);
  });

  it("offers to embed a node: its id and the snippet for a partner's page", async () => {
    await page.goto(`${seeded.origin}/explore?focus=mijn-pad&selected=mijn-pad`);
    await page.getByText(nl.embedThis).click();
    expect(await page.locator("#details .entity-id").textContent()).toBe("mijn-pad");
    const snippet = (await page.locator("#details .embed-snippet").textContent()) ?? "";
    expect(snippet.split("\n")).toEqual([
      `<script src="${seeded.origin}/embed.js" async></script>`,
      '<kg-practice entity="mijn-pad"></kg-practice>',
      '<kg-graph entity="mijn-pad"></kg-graph>',
    ]);
  });

  it("passes an automated accessibility scan (axe-core, WCAG 2.1 A and AA) in Dutch and English, graph and list", async () => {
    for (const address of ["/explore?focus=samen&selected=samen", "/explore?focus=samen&view=list&lang=en", "/", "/?lang=en"]) {
      await page.goto(`${seeded.origin}${address}`);
      if (address.startsWith("/explore")) await drawnStatus().catch(() => page.locator("#graph-status", { hasText: / nodes · / }).waitFor());
      expect(await accessibilityViolations(page), address).toEqual([]);
    }
  });

  it("fits a phone's screen without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${seeded.origin}/explore?focus=samen`);
    await drawnStatus();
    const widths = (await page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")) as [number, number];
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    expect(await searchField().isVisible()).toBe(true);
    await saveScreenshot(page, "explorer-phone");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("never threw in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});

/** The little of Cytoscape's API clickInDrawing uses (it runs in the page, where Cytoscape lives). */
interface CyLike {
  nodes(selector: string): { map<T>(each: (node: { id(): string }) => T): T[] };
  getElementById(id: string): {
    empty(): boolean;
    isNode(): boolean;
    renderedPosition(): { x: number; y: number };
    renderedMidpoint(): { x: number; y: number };
  };
}

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
  ExplorerPathsDocument,
} from "../../src/web/client/shared/__generated__/queries.js";
import { chromiumPath, collectPageErrors, launchBrowser, saveScreenshot, startSeededApi, type Browser, type SeededApi } from "./browser.js";

/** What the explorer asks for each neighbourhood (explore/main.ts). */
const NEIGHBOURHOOD_LIMIT = 80;
/** How many paths the explorer asks for between two nodes (explore/main.ts). */
const PATH_COUNT = 3;
const stepCount = (count: number) => (count === 1 ? "1 step" : `${count} steps`);

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

  const searchField = () => page.getByRole("combobox", { name: /^Find a practice/ });

  /** Waits until the status line describes a drawn graph, and returns it. */
  async function drawnStatus(): Promise<string> {
    const status = page.locator("#graph-status");
    await status.filter({ hasText: / nodes · / }).waitFor();
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
    const suggestion = page.getByRole("option", { name: /^Mijn Pad\s*Practice$/ });
    await suggestion.click();

    const expected = await neighbourhood("mijn-pad");
    expect(await drawnStatus()).toMatch(new RegExp(`^${expected.nodes.length} nodes · ${expected.edges.length} relations`));
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
    await page.locator("#graph-status", { hasText: `${union.size} nodes` }).waitFor();
    expect(new URL(page.url()).searchParams.getAll("focus")).toEqual(["mijn-pad", "regionaal-leernetwerk-jeugd"]);
    await page.getByRole("heading", { name: "Regionaal Leernetwerk Jeugd", level: 2 }).waitFor();
  });

  it("shows the quote in its context, and the source, of a relation clicked in the drawing", async () => {
    await page.goto(`${seeded.origin}/explore?focus=mijn-pad`);
    await drawnStatus();
    const partOf = (await neighbourhood("mijn-pad")).edges.find((edge) => edge.from === "mijn-pad" && edge.type === "PART_OF");
    const evidence = partOf?.evidence[0];
    if (partOf === undefined || evidence === undefined) throw new Error("the seeds no longer put Mijn Pad in a network");

    await clickInDrawing(`${partOf.from}|${partOf.type}|${partOf.to}`);
    const quote = page.locator(".evidence blockquote mark").first();
    await quote.waitFor();
    expect(await quote.textContent()).toBe(evidence.quote);
    expect(evidence.context).not.toBeNull();
    expect(await page.locator(".evidence blockquote").first().textContent()).toBe(`${evidence.context?.before ?? ""}${evidence.quote}${evidence.context?.after ?? ""}`);
    expect(await page.locator(".evidence figcaption").first().textContent()).toContain(evidence.source.title ?? evidence.source.name);
  });

  it("draws the path between two people picked through search, and its link reopens it", async () => {
    const [shortest] = await pathsBetween("noortje-pannebakker", "jurja-steenmeijer");
    const expectedPath = shortest?.nodes.map((node) => node.name) ?? [];
    expect(expectedPath.length).toBeGreaterThan(2);

    await page.goto(`${seeded.origin}/explore`);
    const search = searchField();
    await search.pressSequentially("Noortje");
    await page.getByRole("option", { name: /Noortje Pannebakker/ }).click();
    await page.getByRole("button", { name: "Path from here" }).click();
    await page.locator("#path", { hasText: "From Noortje Pannebakker" }).waitFor();

    await search.fill("");
    await search.pressSequentially("Jurja");
    await page.getByRole("option", { name: /Jurja Steenmeijer/ }).click();
    await page.getByRole("heading", { name: "Jurja Steenmeijer", level: 2 }).waitFor();
    await page.getByRole("button", { name: "Path to here" }).click();

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
    expect(await choices.allInnerTexts()).toEqual(expected.map((path, index) => `Path ${index + 1} of ${expected.length}: ${stepCount(path.edges.length)}`));
    expect(await choices.first().getAttribute("aria-pressed")).toBe("true");
    const steps = page.locator("#path .path-node button");
    expect(await steps.allInnerTexts()).toEqual(expected[0]?.nodes.map((node) => node.name));

    const choice = page.getByRole("button", { name: `Path 2 of ${expected.length}: ${stepCount(second.edges.length)}` });
    await choice.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("path") === "2");
    await page.locator("#path .path-choices button[aria-pressed=true]", { hasText: "Path 2 of" }).waitFor();
    expect(await steps.allInnerTexts()).toEqual(second.nodes.map((node) => node.name));
    expect((await drawnPathNodes()).sort()).toEqual(second.nodes.map((node) => node.id).sort());
    // The redrawn panel gives the focus back to the choice, so Tab and Enter try the next one.
    expect(await page.evaluate("document.activeElement?.textContent")).toBe(`Path 2 of ${expected.length}: ${stepCount(second.edges.length)}`);

    const reopened = await browser.context.newPage();
    await reopened.goto(page.url());
    await reopened.locator("#path .path-choices button[aria-pressed=true]", { hasText: "Path 2 of" }).waitFor();
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
    await page.locator("#graph-status", { hasText: `${reached} linked to Kennisdeling` }).waitFor();
    expect(new URL(page.url()).searchParams.get("theme")).toBe(theme);
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

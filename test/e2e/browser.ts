/**
 * What the browser tests share: Chromium, launched headless with a fresh profile, and a seeded
 * API serving the pages, started in-process like the integration tests' (harness.ts).
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import { projectRoot } from "../../src/config.js";
import { resetToSeed, startTestApi, testDriver, type TestApi, type TestApiOverrides } from "../integration/harness.js";

/** Null when no Chromium was found: the test files skip themselves (global-setup.ts says why). */
export const chromiumPath = inject("chromiumPath");

export const SCREENSHOT_DIR = path.join(projectRoot, "test-results", "screenshots");

// This sandbox has no network: without the background-networking flags Chromium keeps trying to
// reach Google's services and misbehaves. QUIC and the GPU are off for the same kind of reason.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  /** The page the browser opened with. */
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(executablePath: string, viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "kg-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? false });
}

/** Uncaught exceptions in the page: the pages should never throw, whatever the API answers. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export interface SeededApi {
  api: TestApi;
  /** Where the pages are, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** Stops the API (the database stays), e.g. to see how an embed copes; safe to call twice. */
  stopApi(): Promise<void>;
  close(): Promise<void>;
}

/** The seeded graph behind an API on a free port, serving the pages as `npm start` does. */
export async function startSeededApi(overrides?: TestApiOverrides): Promise<SeededApi> {
  const driver = testDriver();
  await resetToSeed(driver);
  const api = await startTestApi(driver, overrides);
  let stopping: Promise<void> | undefined;
  const stopApi = () => (stopping ??= api.close());
  return {
    api,
    origin: new URL(api.url).origin,
    stopApi,
    async close() {
      await stopApi();
      await driver.close();
    },
  };
}

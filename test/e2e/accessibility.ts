/**
 * The automated accessibility scan of the browser tests: axe-core, run in the page, against the
 * rules of WCAG 2.0 and 2.1 at levels A and AA (the level Dutch public-sector sites are held to).
 * It finds what a machine can (names, roles, contrast, focusable content hidden from assistive
 * technology); keyboard flows are tested separately.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Each rule broken on the page, with the elements that break it: `[]` when the scan finds nothing.
 * `only` limits the scan to the elements these selectors find (and their shadow roots), e.g. our
 * embeds on a partner's page, whose own markup is not ours to judge.
 */
export async function accessibilityViolations(page: Page, only?: string[]): Promise<string[]> {
  if (!(await page.evaluate("typeof globalThis.axe !== 'undefined'"))) await page.addScriptTag({ content: axeSource });
  const context = only === undefined ? "document" : JSON.stringify({ include: only.map((selector) => [selector]) });
  const violations = (await page.evaluate(
    `axe.run(${context}, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }).then((result) => result.violations)`,
  )) as AxeViolation[];
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")})`);
}

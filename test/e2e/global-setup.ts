/**
 * Before the browser tests: build the pages from the current source (so the browser runs what
 * the code says, not a build left over from the last `npm install`), and find a Chromium. Without
 * one, the browser tests are skipped, saying why; .ci/run installs Debian's when it can.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import type { TestProject } from "vitest/node";
import { projectRoot } from "../../src/config.js";

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

function isExecutable(file: string | undefined): file is string {
  if (file === undefined || file === "") return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export default function setup(project: TestProject): void {
  execFileSync("npm", ["run", "--silent", "build:web"], { cwd: projectRoot, stdio: "inherit" });
  const chromium = CHROMIUM_CANDIDATES.find(isExecutable) ?? null;
  if (chromium === null) {
    console.warn(
      "e2e: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser): the browser tests are skipped. " +
        "Install it with `apt-get install -y chromium` or point CHROMIUM_PATH at one.",
    );
  }
  project.provide("chromiumPath", chromium);
}

declare module "vitest" {
  export interface ProvidedContext {
    chromiumPath: string | null;
  }
}

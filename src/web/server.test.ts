import { createHash } from "node:crypto";
import { once } from "node:events";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import express from "express";
import { buildSchema } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../logger.js";
import { embedPinOf } from "./embed-pin.js";
import { NOT_BUILT_MESSAGE, PRINTED_SCHEMA_FILE, mountWeb } from "./server.js";

let server: Server | undefined;
let distDir: string | undefined;

/** An app with only the web pages mounted, serving `files` as the build output. */
async function serve(files: Record<string, string>): Promise<string> {
  distDir = await mkdtemp(path.join(os.tmpdir(), "kg-web-dist-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(distDir, name)), { recursive: true });
    await writeFile(path.join(distDir, name), content);
  }
  const app = express();
  mountWeb(app, { log: createLogger("silent"), distDir });
  server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
  if (distDir !== undefined) await rm(distDir, { recursive: true, force: true });
  server = undefined;
  distDir = undefined;
});

describe("Web pages: serving the build", () => {
  const built = {
    "index.html": "<h1>landing</h1>",
    "playground.html": "<h1>playground</h1>",
    "explore.html": "<h1>explorer</h1>",
    "embed.js": "customElements.define('kg-practice', class extends HTMLElement {});",
    "assets/explore-Ab12Cd34.js": "console.log('explorer');",
  };

  it.each([
    ["/", "<h1>landing</h1>"],
    ["/playground", "<h1>playground</h1>"],
    ["/explore", "<h1>explorer</h1>"],
  ])("serves %s as HTML that browsers revalidate", async (route, body) => {
    const response = await fetch(`${await serve(built)}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toBe(body);
  });

  it("serves the schema as SDL at /schema.graphql, the one codegen printed, readable by a GraphQL parser", async () => {
    const response = await fetch(`${await serve(built)}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const sdl = await response.text();
    expect(sdl).toBe(await readFile(PRINTED_SCHEMA_FILE, "utf8"));
    const queries = buildSchema(sdl).getQueryType()?.getFields() ?? {};
    expect(Object.keys(queries)).toEqual(expect.arrayContaining(["partnersOnTheme", "paths", "similarPractices", "themeCoverage"]));
  });

  it("lets browsers and proxies keep a hashed asset for a year", async () => {
    const response = await fetch(`${await serve(built)}/assets/explore-Ab12Cd34.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("serves embed.js as JavaScript cached for five minutes, so partners get a release soon", async () => {
    const response = await fetch(`${await serve(built)}/embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("serves embed.js to any origin's page, also in the CORS mode Subresource Integrity uses", async () => {
    const response = await fetch(`${await serve(built)}/embed.js`);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  });

  it("pins the built embed.js under its hash, with its integrity, cached for good", async () => {
    const base = await serve(built);
    const pin = embedPinOf(Buffer.from(built["embed.js"]));
    const answer = await fetch(`${base}/embed/pin.json`);
    expect(answer.headers.get("cache-control")).toBe("no-cache");
    expect(await answer.json()).toEqual(pin);
    expect(pin.src).toMatch(/^\/embed\/[0-9a-f]{16}\.js$/);
    expect(pin.integrity).toBe(`sha384-${createHash("sha384").update(built["embed.js"]).digest("base64")}`);

    const pinned = await fetch(`${base}${pin.src}`);
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(pinned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(pinned.headers.get("access-control-allow-origin")).toBe("*");
    expect(await pinned.text()).toBe(built["embed.js"]);
  });

  it("answers 404, naming where the current one is, for a pinned script this build is not", async () => {
    const response = await fetch(`${await serve(built)}/embed/0123456789abcdef.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/\/embed\/pin\.json names the current one/);
  });

  it("gives pages a validator, so revalidating an unchanged page costs a 304 without body", async () => {
    const response = await fetch(`${await serve(built)}/explore`);
    expect(response.headers.get("etag")).toMatch(/^W\/".+"$/);
    expect(response.headers.get("last-modified")).not.toBeNull();
  });


  it("gzips what it serves for browsers that accept it", async () => {
    const base = await serve({ ...built, "assets/editor-Ef56Gh78.js": "const editor = 1;\n".repeat(2000) });
    // fetch would unzip the body silently: ask with node's own http client to see the encoding.
    const encoding = await new Promise<string | undefined>((resolve, reject) => {
      get(`${base}/assets/editor-Ef56Gh78.js`, { headers: { "accept-encoding": "gzip" } }, (response) => {
        response.resume();
        resolve(response.headers["content-encoding"]);
      }).on("error", reject);
    });
    expect(encoding).toBe("gzip");
  });

  it("does not answer an asset that is not in the build", async () => {
    const response = await fetch(`${await serve(built)}/assets/missing-00000000.js`);
    expect(response.status).toBe(404);
  });
});

describe("Web pages: without a build", () => {
  it.each(["/", "/playground", "/explore", "/embed.js", "/embed/pin.json"])("%s says how to build them, uncached", async (route) => {
    const response = await fetch(`${await serve({})}${route}`);
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe(NOT_BUILT_MESSAGE);
  });
});

/**
 * The change feed over HTTP (issue 14), against the seeded graph and writes made through the API:
 * the Atom feed, the JSON pages and the live event stream, each checked against what GraphQL says
 * the revisions are; resuming a stream; a second API process on the same database; and the rules
 * every public endpoint follows (bad parameters, CORS, rate limits, stream cap, shutdown).
 */
import { EventSource } from "eventsource";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseAtomFeed } from "feedsmith";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bearer, resetToSeed, startTestApi, testDriver, type TestApi, type TestApiOverrides } from "./harness.js";

interface Revision {
  id: string;
  at: string;
  author: { id: string; name: string };
  operation: string;
  comment: string | null;
  summary: string;
  reverts: string | null;
  changes: Record<string, unknown>[];
}

interface FeedError {
  errors: { message: string; extensions: { code: string; parameter?: string } }[];
}

const REVISION_FIELDS = `id at author { id name } operation comment summary reverts
  changes { kind action id label from type to source fields { field before after } }`;
const EDITOR = { sub: "feed-editor", name: "Fenna Editor", roles: ["editor"] };

let driver: Driver;
let api: TestApi;
let base: string;
let authorization: string;
/** The revisions the three writes of beforeAll made, oldest first. */
let written: Revision[];

const baseOf = (testApi: TestApi) => testApi.url.replace(/\/graphql$/, "");

/** One write through the API: the description of a practice, with a comment; answers with its revision. */
async function describePractice(through: TestApi, description: string, comment: string): Promise<Revision> {
  const { data, errors } = await through.query<{ updateEntity: { revision: Revision } }>(
    `mutation ($description: String!, $comment: String!) { updateEntity(id: "mijn-pad", fields: { description: $description }, comment: $comment) { revision { ${REVISION_FIELDS} } } }`,
    { description, comment },
    { authorization },
  );
  expect(errors).toBeUndefined();
  return data!.updateEntity.revision;
}

/** Every revision, in commit order, as GraphQL gives it. */
async function allRevisions(): Promise<Revision[]> {
  const { data, errors } = await api.query<{ changes: { revisions: Revision[]; hasMore: boolean } }>(`{ changes(first: 100) { revisions { ${REVISION_FIELDS} } hasMore } }`);
  expect(errors).toBeUndefined();
  expect(data!.changes.hasMore).toBe(false);
  return data!.changes.revisions;
}

/** An EventSource on a stream, collecting its revision events; `lastEventId` as if it had seen that one before. */
function follow(url: string, options: { lastEventId?: string } = {}) {
  const events: { id: string; revision: Revision; receivedAt: number }[] = [];
  let opened = 0;
  const source = new EventSource(url, {
    // The client's own Last-Event-ID (after a reconnect) wins over the one this test starts with.
    fetch: (input, init) => fetch(input, { ...init, headers: { ...(options.lastEventId ? { "Last-Event-ID": options.lastEventId } : {}), ...init.headers } }),
  });
  source.addEventListener("revision", (event) => events.push({ id: event.lastEventId, revision: JSON.parse(event.data) as Revision, receivedAt: Date.now() }));
  source.addEventListener("open", () => opened++);
  return {
    events,
    ids: () => events.map((e) => e.id),
    opened: () => vi.waitFor(() => expect(opened).toBeGreaterThan(0), { timeout: 5000 }),
    connections: () => opened,
    close: () => source.close(),
  };
}

/** The raw text of a stream, read until `done` says enough (or 5 s pass); then the connection is dropped. */
async function readStream(url: string, done: (text: string) => boolean, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const response = await fetch(url, { headers, signal: controller.signal });
  let text = "";
  try {
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      if (done(text)) break;
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { status: response.status, headers: response.headers, text };
}

async function withApi<T>(overrides: TestApiOverrides, run: (other: TestApi) => Promise<T>): Promise<T> {
  const other = await startTestApi(driver, overrides);
  try {
    return await run(other);
  } finally {
    await other.close();
  }
}

beforeAll(async () => {
  driver = testDriver();
  await resetToSeed(driver);
  // A page of 100 revisions with all their changes costs more than anonymous reads may by default.
  api = await startTestApi(driver, { queryLimits: { maxCost: 100_000 } });
  base = baseOf(api);
  authorization = await bearer(EDITOR);
  written = [];
  for (const [i, comment] of ["Doelgroep toegevoegd", "Spelfout <hersteld> & verduidelijkt", "Bron genoemd"].entries()) {
    written.push(await describePractice(api, `Mijn Pad, beschrijving versie ${i + 1}.`, comment));
  }
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
});

describe("Change feed: Atom", () => {
  it("is well-formed Atom with the latest revisions newest first: titles, times, authors, ids and links to the explorer", async () => {
    const response = await fetch(`${base}/changes.atom?limit=3`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("content-language")).toBe("nl");
    const text = await response.text();

    expect(XMLValidator.validate(text)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false }).parse(text) as { feed: Record<string, unknown> };
    expect(root.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");

    const feed = parseAtomFeed(text);
    expect(feed.title?.value).toBe("Wijzigingen in de kennisgraaf jeugd");
    expect(feed.id).toBe(`${base}/changes.atom`);
    expect(feed.updated).toBe(written[2]!.at);
    expect(feed.links?.find((l) => l.rel === "self")?.href).toBe(`${base}/changes.atom?limit=3`);

    const newestFirst = [...written].reverse();
    expect(feed.entries?.map((e) => e.title?.value)).toEqual(newestFirst.map((r) => `Revisie ${r.id}: ${r.summary}`));
    expect(feed.entries?.map((e) => e.updated)).toEqual(newestFirst.map((r) => r.at));
    expect(feed.entries?.map((e) => e.id)).toEqual(newestFirst.map((r) => `tag:127.0.0.1,${r.at.slice(0, 10)}:revision:${r.id}`));
    expect(feed.entries?.map((e) => e.authors)).toEqual(newestFirst.map(() => [{ name: EDITOR.name }]));
    expect(feed.entries?.map((e) => e.summary?.value)).toEqual(newestFirst.map((r) => r.comment));
    for (const entry of feed.entries ?? []) {
      expect(entry.links?.find((l) => l.rel === "alternate")?.href).toBe(`${base}/explore?focus=mijn-pad`);
    }
    expect(feed.entries?.[1]?.content?.value).toContain("<strong>Toelichting:</strong> Spelfout &lt;hersteld&gt; &amp; verduidelijkt");
  });

  it("holds the last 50 by default, down to the seed load", async () => {
    const all = await allRevisions();
    const feed = parseAtomFeed(await (await fetch(`${base}/changes.atom`)).text());
    expect(feed.entries?.map((e) => e.id?.split(":").at(-1))).toEqual(all.slice(-50).reverse().map((r) => r.id));
  });

  it("speaks English with ?lang=en or Accept-Language: en, and says the answer depends on it", async () => {
    const byHeader = await fetch(`${base}/changes.atom?limit=1`, { headers: { "accept-language": "de, en-GB;q=0.8, nl;q=0.5" } });
    expect(byHeader.headers.get("content-language")).toBe("en");
    expect(byHeader.headers.get("vary")).toMatch(/Accept-Language/);
    expect(parseAtomFeed(await byHeader.text()).entries?.[0]?.title?.value).toBe(`Revision ${written[2]!.id}: ${written[2]!.summary}`);
    const byParameter = parseAtomFeed(await (await fetch(`${base}/changes.atom?lang=en&limit=1`, { headers: { "accept-language": "nl" } })).text());
    expect(byParameter.title?.value).toBe("Changes to the youth-care knowledge graph");
  });

  it("answers a revalidation with 304 until the graph changes", async () => {
    const first = await fetch(`${base}/changes.atom?limit=2`);
    await first.text();
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    // fetch() would add Cache-Control: no-cache to a conditional request (a reload); a browser's revalidation sends max-age=0.
    expect((await fetch(`${base}/changes.atom?limit=2`, { headers: { "if-none-match": etag!, "cache-control": "max-age=0" } })).status).toBe(304);
    const head = await fetch(`${base}/changes.atom?limit=2`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    await describePractice(api, "Mijn Pad, na de revalidatie.", "Revalidatie");
    const changed = await fetch(`${base}/changes.atom?limit=2`, { headers: { "if-none-match": etag!, "cache-control": "max-age=0" } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});

describe("Change feed: JSON pages", () => {
  it("pages through every revision once, in commit order, each as GraphQL's Revision", async () => {
    const all = await allRevisions();
    const seen: Revision[] = [];
    let next: string | null = "/changes?limit=2";
    let pages = 0;
    while (next !== null) {
      const response = await fetch(`${base}${next}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { revisions: Revision[]; hasMore: boolean; endCursor: string | null; next: string | null };
      expect(page.endCursor).toBe(page.revisions.at(-1)?.id ?? null);
      expect(page.next === null).toBe(!page.hasMore);
      if (page.next !== null) expect(response.headers.get("link")).toBe(`<${page.next}>; rel="next"`);
      seen.push(...page.revisions);
      next = page.next;
      pages++;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
  });

  it("starts after a revision, or from a time", async () => {
    const all = await allRevisions();
    const after = (await (await fetch(`${base}/changes?after=${written[0]!.id}`)).json()) as { revisions: Revision[] };
    expect(after.revisions.map((r) => r.id)).toEqual(all.filter((r) => Number(r.id) > Number(written[0]!.id)).map((r) => r.id));
    const since = (await (await fetch(`${base}/changes?since=${encodeURIComponent(written[1]!.at)}`)).json()) as { revisions: Revision[] };
    expect(since.revisions.map((r) => r.id)).toEqual(all.filter((r) => r.at >= written[1]!.at).map((r) => r.id));
    expect(since.revisions.map((r) => r.id)).toContain(written[1]!.id);
  });

  it.each([
    ["/changes?limit=0", "limit"],
    ["/changes?limit=101", "limit"],
    ["/changes?after=abc", "after"],
    ["/changes?since=yesterday", "since"],
    ["/changes?afer=3", "afer"],
    ["/changes?after=1&after=2", "after"],
    ["/changes.atom?lang=de", "lang"],
    ["/changes.atom?limit=ten", "limit"],
    ["/changes/stream?after=-1", "after"],
    ["/changes/stream?since=2026-01-01", "since"],
  ])("refuses %s with 400 naming %s", async (path, parameter) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as FeedError;
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions).toEqual({ code: "BAD_USER_INPUT", parameter });
    expect(body.errors[0]!.message).toContain(`"${parameter}"`);
  });

  it("refuses a Last-Event-ID that is no revision id, and methods other than GET and HEAD", async () => {
    const response = await fetch(`${base}/changes/stream`, { headers: { "last-event-id": "yesterday" } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as FeedError).errors[0]).toEqual({
      message: 'Header "Last-Event-ID" must be a revision id (a positive whole number, e.g. an earlier page\'s endCursor); got "yesterday".',
      extensions: { code: "BAD_USER_INPUT", parameter: "Last-Event-ID" },
    });
    const post = await fetch(`${base}/changes`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    expect(((await post.json()) as FeedError).errors[0]!.extensions.code).toBe("METHOD_NOT_ALLOWED");
  });
});

describe("Change feed: event stream", () => {
  it("sends a revision written after the client connected, as the JSON pages show it", async () => {
    const client = follow(`${base}/changes/stream`);
    try {
      await client.opened();
      const revision = await describePractice(api, "Mijn Pad, live geschreven.", "Live");
      await vi.waitFor(() => expect(client.ids()).toEqual([revision.id]), { timeout: 3000 });
      expect(client.events[0]!.revision).toEqual(revision);
    } finally {
      client.close();
    }
  });

  it("resumes after Last-Event-ID, and after ?after=, with no revision twice and none left out", async () => {
    const from = written[0]!.id;
    const client = follow(`${base}/changes/stream`, { lastEventId: from });
    const byParameter = follow(`${base}/changes/stream?after=${from}`);
    try {
      const missed = (await allRevisions()).filter((r) => Number(r.id) > Number(from));
      expect(missed.length).toBeGreaterThanOrEqual(2);
      await vi.waitFor(() => expect(client.ids()).toEqual(missed.map((r) => r.id)), { timeout: 3000 });
      await vi.waitFor(() => expect(byParameter.ids()).toEqual(missed.map((r) => r.id)), { timeout: 3000 });
      const live = await describePractice(api, "Mijn Pad, na het hervatten.", "Na hervatten");
      await vi.waitFor(() => expect(client.ids()).toEqual([...missed, live].map((r) => r.id)), { timeout: 3000 });
      await vi.waitFor(() => expect(byParameter.ids()).toEqual([...missed, live].map((r) => r.id)), { timeout: 3000 });
      expect(client.events.map((e) => e.revision)).toEqual([...missed, live]);
    } finally {
      client.close();
      byParameter.close();
    }
  });

  it("replays at most CHANGE_STREAM_REPLAY_MAX per connection; the EventSource's reconnects fetch the rest", async () => {
    await withApi({ changeFeed: { replayMax: 2 } }, async (small) => {
      const all = await allRevisions();
      const client = follow(`${baseOf(small)}/changes/stream?after=1`);
      try {
        await vi.waitFor(() => expect(client.ids()).toEqual(all.slice(1).map((r) => r.id)), { timeout: 15_000 });
        expect(client.connections()).toBe(Math.ceil((all.length - 1) / 2));
      } finally {
        client.close();
      }
    });
  }, 30_000);

  it("delivers a revision written through another API process within about a second", async () => {
    await withApi({}, async (second) => {
      const client = follow(`${baseOf(second)}/changes/stream`);
      try {
        await client.opened();
        const revision = await describePractice(api, "Mijn Pad, via het andere proces.", "Ander proces");
        await vi.waitFor(() => expect(client.ids()).toEqual([revision.id]), { timeout: 5000, interval: 20 });
        // From its commit (the revision's time, on this machine's clock): the poll interval (1 s), a read, and slack for a busy machine.
        expect(client.events[0]!.receivedAt - Date.parse(revision.at)).toBeLessThan(2000);
        expect(client.events[0]!.revision).toEqual(revision);
      } finally {
        client.close();
      }
    });
  });

  it("sends heartbeat comments on an idle stream", async () => {
    await withApi({ changeFeed: { heartbeatMs: 100 } }, async (chatty) => {
      const { status, headers, text } = await readStream(`${baseOf(chatty)}/changes/stream`, (t) => t.split(": heartbeat\n\n").length > 2);
      expect(status).toBe(200);
      expect(headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      expect(headers.get("cache-control")).toBe("no-store");
      expect(text.startsWith("retry: 1000\n: connected\n\n")).toBe(true);
      expect(text.split(": heartbeat\n\n").length).toBeGreaterThan(2);
    });
  });

  it("refuses streams beyond CHANGE_STREAMS_MAX with 503, and frees a place when a client leaves", async () => {
    await withApi({ changeFeed: { maxStreams: 1 } }, async (small) => {
      const url = `${baseOf(small)}/changes/stream`;
      const first = follow(url);
      await first.opened();
      const refused = await fetch(url);
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("10");
      expect(((await refused.json()) as FeedError).errors[0]!.extensions.code).toBe("TOO_MANY_STREAMS");
      first.close();
      await vi.waitFor(async () => {
        const { status } = await readStream(url, (t) => t.includes(": connected"));
        expect(status).toBe(200);
      }, { timeout: 3000 });
    });
  });

  it("ends open streams when the API closes, without waiting for the shutdown timeout", async () => {
    const closing = await startTestApi(driver, { http: { shutdownTimeoutMs: 10_000 } });
    const response = await fetch(`${baseOf(closing)}/changes/stream`);
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain(": connected");
    const started = Date.now();
    await closing.close();
    expect(Date.now() - started).toBeLessThan(3000);
    let ended = false;
    while (!ended) ended = (await reader.read()).done;
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe("Change feed: callers", () => {
  it("follows CORS_ORIGINS like /graphql: a listed origin may read, another gets no CORS headers", async () => {
    await withApi({ http: { corsOrigins: ["https://partner.example"] } }, async (cors) => {
      for (const path of ["/changes.atom?limit=1", "/changes?limit=1"]) {
        const allowed = await fetch(`${baseOf(cors)}${path}`, { headers: { origin: "https://partner.example" } });
        expect(allowed.headers.get("access-control-allow-origin")).toBe("https://partner.example");
        expect(allowed.headers.get("vary")).toMatch(/Origin/);
        const other = await fetch(`${baseOf(cors)}${path}`, { headers: { origin: "https://elsewhere.example" } });
        expect(other.headers.get("access-control-allow-origin")).toBeNull();
      }
      const stream = await readStream(`${baseOf(cors)}/changes/stream`, (t) => t.includes(": connected"), { origin: "https://partner.example" });
      expect(stream.headers.get("access-control-allow-origin")).toBe("https://partner.example");
      const preflight = await fetch(`${baseOf(cors)}/changes/stream`, {
        method: "OPTIONS",
        headers: { origin: "https://partner.example", "access-control-request-method": "GET", "access-control-request-headers": "last-event-id" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-headers")).toContain("last-event-id");
    });
  });

  it("counts the feed's requests against a client's rate limit: 429 RATE_LIMITED past it", async () => {
    await withApi({ http: { rateLimitPerMinute: 2 } }, async (limited) => {
      expect((await fetch(`${baseOf(limited)}/changes?limit=1`)).status).toBe(200);
      expect((await fetch(`${baseOf(limited)}/changes.atom?limit=1`)).status).toBe(200);
      const refused = await fetch(`${baseOf(limited)}/changes/stream`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(((await refused.json()) as FeedError).errors[0]!.extensions.code).toBe("RATE_LIMITED");
    });
  });
});

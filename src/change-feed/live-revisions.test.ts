import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../logger.js";
import type { RevisionRecord } from "../writes/revisions.js";
import { LiveRevisions, type RevisionSource } from "./live-revisions.js";

const revision = (seq: number): RevisionRecord => ({
  id: String(seq),
  seq,
  at: new Date(Date.UTC(2026, 11, 1, 9, 0, seq)).toISOString(),
  actor: { id: "editor-1", name: "Editor One" },
  operation: "updateEntity",
  comment: null,
  summary: `updateEntity: changed Practice p${seq}`,
  changes: [],
  reverts: null,
});

/** The graph as the live revisions see it: what was committed, and how often it was read. */
function graph(committed: number) {
  const state = { committed, reads: 0 };
  const source: RevisionSource = {
    version: async () => state.committed,
    after: async (after, first) => {
      state.reads++;
      const seqs = Array.from({ length: Math.max(0, state.committed - after) }, (_, i) => after + 1 + i);
      return { revisions: seqs.slice(0, first).map(revision), hasMore: seqs.length > first };
    },
  };
  return { state, source };
}

const log = createLogger("silent");

describe("Change feed: live revisions", () => {
  afterEach(() => vi.useRealTimers());

  it("passes this process's next revision on at once, without reading the graph", async () => {
    const { state, source } = graph(4);
    const live = new LiveRevisions(source, { pollIntervalMs: 60_000, log });
    const seen: number[] = [];
    expect(await live.listen((r) => seen.push(r.seq))).toBe(4);
    state.committed = 5;
    live.publish(revision(5));
    live.publish(revision(5));
    expect(seen).toEqual([5]);
    expect(state.reads).toBe(0);
    live.close();
  });

  it("reads the revisions another process committed in between before passing on one of its own, in order and once", async () => {
    const { state, source } = graph(4);
    const live = new LiveRevisions(source, { pollIntervalMs: 60_000, log });
    const seen: number[] = [];
    await live.listen((r) => seen.push(r.seq));
    state.committed = 7;
    live.publish(revision(7));
    await vi.waitFor(() => expect(seen).toEqual([5, 6, 7]));
    live.publish(revision(6));
    expect(seen).toEqual([5, 6, 7]);
    live.close();
  });

  it("polls for other processes' revisions only while someone listens, catching up page by page", async () => {
    vi.useFakeTimers();
    const { state, source } = graph(10);
    const live = new LiveRevisions(source, { pollIntervalMs: 1000, log });
    const seen: number[] = [];
    const listener = (r: RevisionRecord) => seen.push(r.seq);
    await live.listen(listener);
    state.committed = 10 + 250;
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => 11 + i));
    // Three pages of at most 100.
    expect(state.reads).toBe(3);

    live.unlisten(listener);
    state.committed = 300;
    await vi.advanceTimersByTimeAsync(5000);
    expect(state.reads).toBe(3);
    expect(seen).toHaveLength(250);
    expect(live.listening).toBe(0);
  });

  it("keeps following after a failed read, and a new listener starts from the graph's version then", async () => {
    vi.useFakeTimers();
    const { state, source } = graph(2);
    let failing = true;
    const flaky: RevisionSource = { version: source.version, after: (after, first) => (failing ? Promise.reject(new Error("Neo4j away")) : source.after(after, first)) };
    const live = new LiveRevisions(flaky, { pollIntervalMs: 1000, log });
    const seen: number[] = [];
    await live.listen((r) => seen.push(r.seq));
    state.committed = 3;
    await vi.advanceTimersByTimeAsync(3000);
    expect(seen).toEqual([]);
    failing = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual([3]);
    live.close();

    state.committed = 8;
    expect(await live.listen(() => undefined)).toBe(8);
    live.close();
  });
});

import { describe, expect, it } from "vitest";
import { GraphVersions, requestGraphVersion, type GraphVersion } from "./graph-version.js";

/** A version reader under the test's control: each read waits until the test answers it with the graph's version at that moment. */
function controlledReads() {
  const pending: { started: number; answer: (version: GraphVersion) => void; fail: (error: Error) => void }[] = [];
  let revision = 1;
  const read = () =>
    new Promise<GraphVersion>((resolve, reject) => {
      const started = revision;
      pending.push({ started, answer: resolve, fail: reject });
    });
  return {
    versions: new GraphVersions(read),
    pending,
    /** A write commits: reads that start from now on see the next revision. */
    write: () => void revision++,
    /** Answers the oldest read with the revision the graph had when it started. */
    answerNext: () => {
      const next = pending.shift();
      if (!next) throw new Error("no read is waiting");
      next.answer({ revision: next.started, tag: String(next.started) });
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("GraphVersions: one read at a time, never one that started before the caller", () => {
  it("starts a read for a caller when none is running", async () => {
    const reads = controlledReads();
    const first = reads.versions.read();
    expect(reads.pending).toHaveLength(1);
    reads.answerNext();
    expect(await first).toEqual({ revision: 1, tag: "1" });
  });

  it("gives callers who arrive while a read runs the one read that starts after it, so a write committed meanwhile is seen", async () => {
    const reads = controlledReads();
    const early = reads.versions.read();
    reads.write();
    const late = [reads.versions.read(), reads.versions.read(), reads.versions.read()];
    expect(reads.pending).toHaveLength(1);
    reads.answerNext();
    expect(await early).toEqual({ revision: 1, tag: "1" });
    await tick();
    expect(reads.pending).toHaveLength(1);
    reads.answerNext();
    expect(await Promise.all(late)).toEqual([2, 2, 2].map((revision) => ({ revision, tag: String(revision) })));
    expect(reads.pending).toHaveLength(0);
  });

  it("rejects the callers of a failed read and reads again for the next caller", async () => {
    const reads = controlledReads();
    const failing = reads.versions.read();
    reads.pending.shift()?.fail(new Error("Neo4j away"));
    await expect(failing).rejects.toThrow("Neo4j away");
    const next = reads.versions.read();
    expect(reads.pending).toHaveLength(1);
    reads.answerNext();
    expect(await next).toEqual({ revision: 1, tag: "1" });
  });
});

describe("GraphVersions: a request's version", () => {
  it("is read once, on first use, and the same for everything the request asks", async () => {
    const reads = controlledReads();
    const version = requestGraphVersion(reads.versions);
    expect(reads.pending).toHaveLength(0);
    const [a, b] = [version(), version()];
    reads.answerNext();
    reads.write();
    expect([await a, await b, await version()]).toEqual([1, 1, 1].map((revision) => ({ revision, tag: String(revision) })));
    expect(reads.pending).toHaveLength(0);
  });
});

/**
 * The graph's version as caches see it: every cached answer (response cache keys, ETags, the
 * Vocabulary) belongs to one version, so a write anywhere (any API process, the seed loader) is
 * seen by the next request everywhere, without waiting for anything to expire.
 *
 * The version is the latest revision, named by its number and commit time (readGraphVersion in
 * src/writes/revisions.ts).
 *
 * Reading it costs one statement per request. Requests that arrive while a read is running share
 * the read that starts after it (a running read may have started before a write they must see), so
 * a process sends at most one at a time, whatever the load.
 */
import type { GraphVersion } from "../writes/revisions.js";

export type { GraphVersion } from "../writes/revisions.js";

const ignore = (): void => undefined;

/** One per process: the version reads of its requests, at most one running at a time. */
export class GraphVersions {
  /** The read sent to Neo4j and not answered yet. */
  private running: Promise<GraphVersion> | undefined;
  /** The read that starts when `running` is answered, shared by everyone who asked meanwhile. */
  private queued: Promise<GraphVersion> | undefined;

  constructor(private readonly readVersion: () => Promise<GraphVersion>) {}

  /** The version as of a read that started after this call: a write committed before it is seen. */
  read(): Promise<GraphVersion> {
    if (this.running === undefined) return this.start();
    this.queued ??= this.running.then(ignore, ignore).then(() => {
      this.queued = undefined;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<GraphVersion> {
    const reading = this.readVersion().finally(() => {
      if (this.running === reading) this.running = undefined;
    });
    this.running = reading;
    return reading;
  }
}

/** A request's version, read once, on first use, and shared by everything the request caches or checks. */
export function requestGraphVersion(versions: GraphVersions): () => Promise<GraphVersion> {
  let version: Promise<GraphVersion> | undefined;
  return () => (version ??= versions.read());
}

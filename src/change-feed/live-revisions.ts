/**
 * The revisions committed from now on, as they happen, for this process's event streams: from any
 * process, not only this one. Writers number revisions in commit order without gaps (each takes
 * the graph version's lock, revisions.ts), so "everything after the last one seen" is one indexed
 * read: while a stream is open, the process asks the graph for it every `pollIntervalMs`, and a
 * write committed by this process is passed on at once (`publish`, from the write pipeline's
 * `onCommitted`). Each revision reaches the listeners once, in order: one that arrives ahead of a
 * revision not yet seen (another process committed it in between) makes the process read, rather
 * than pass it on out of order. With no stream open, nothing is read.
 *
 * A shared channel (Redis pub/sub) would save the polling, but it can lose a message while a
 * process reconnects, so the read would still be needed to fill gaps; one read a second per
 * process with listeners costs Neo4j an index seek.
 */
import type { Logger } from "../logger.js";
import type { RevisionPage, RevisionRecord } from "../writes/revisions.js";

export interface RevisionSource {
  /** The graph's version: its latest revision's number. */
  version(): Promise<number>;
  /** Revisions after `after`, in commit order, at most `first`. */
  after(after: number, first: number): Promise<RevisionPage>;
}

export type Listener = (revision: RevisionRecord) => void;

/** Revisions one read asks for; the reads repeat until they have caught up. */
const PAGE = 100;

export class LiveRevisions {
  private readonly listeners = new Set<Listener>();
  /** The latest revision passed on; null while nobody listens (then nothing is followed). */
  private lastSeen: number | null = null;
  private starting: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private failing = false;

  constructor(
    private readonly source: RevisionSource,
    private readonly options: { pollIntervalMs: number; log: Logger },
  ) {}

  /**
   * Adds a listener, told of every revision after the returned one, in order; starts following the
   * graph for the first listener.
   */
  async listen(listener: Listener): Promise<number> {
    for (;;) {
      await this.follow();
      if (this.lastSeen !== null) {
        this.listeners.add(listener);
        return this.lastSeen;
      }
    }
  }

  unlisten(listener: Listener): void {
    this.listeners.delete(listener);
    if (this.listeners.size === 0) this.stop();
  }

  /** A revision this process committed: passed on now when it is the next one, else a read fills the gap first. */
  publish(revision: RevisionRecord): void {
    if (this.lastSeen === null || revision.seq <= this.lastSeen) return;
    if (revision.seq === this.lastSeen + 1) this.accept(revision);
    else void this.read();
  }

  get listening(): number {
    return this.listeners.size;
  }

  close(): void {
    this.listeners.clear();
    this.stop();
  }

  private async follow(): Promise<void> {
    if (this.lastSeen !== null) return;
    this.starting ??= (async () => {
      try {
        this.lastSeen = await this.source.version();
        this.timer = setInterval(() => void this.read(), this.options.pollIntervalMs);
        // Following alone never keeps the process alive.
        this.timer.unref();
      } finally {
        this.starting = null;
      }
    })();
    await this.starting;
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.lastSeen = null;
  }

  private accept(revision: RevisionRecord): void {
    if (this.lastSeen === null || revision.seq <= this.lastSeen) return;
    this.lastSeen = revision.seq;
    for (const listener of this.listeners) listener(revision);
  }

  /** Reads what was committed after the last revision seen; one read at a time, another after it when asked meanwhile. */
  private read(): Promise<void> {
    if (this.listeners.size === 0 && this.starting === null) {
      this.stop();
      return Promise.resolve();
    }
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.readAgain = false;
          let page: RevisionPage | null = null;
          while (this.lastSeen !== null && (page === null || page.hasMore)) {
            page = await this.source.after(this.lastSeen, PAGE);
            for (const revision of page.revisions) this.accept(revision);
          }
        } while (this.readAgain);
        if (this.failing) this.options.log.info("the change stream reads revisions again");
        this.failing = false;
      } catch (error) {
        // Once per outage, not once a second; the next tick tries again.
        if (!this.failing) this.options.log.warn({ err: error }, "the change stream cannot read new revisions; retrying every poll interval");
        this.failing = true;
      } finally {
        this.reading = null;
      }
    })();
    return this.reading;
  }
}

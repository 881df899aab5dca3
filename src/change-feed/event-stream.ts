/**
 * GET /changes/stream: server-sent events, one `revision` event per revision with the revision's id
 * as the event id. A client that reconnects (an EventSource does by itself, sending `Last-Event-ID`)
 * or that passes `?after=` first gets what it missed, read from the graph, then the live ones
 * (LiveRevisions); no revision twice, none left out. A client further behind than `replayMax`
 * gets that many, then the stream ends and its reconnect continues from there, so one connection
 * never holds the process for long. Comments every `heartbeatMs` keep proxies from closing an
 * idle stream; `maxStreams` bounds the streams a process keeps; `close()` ends them all, so a
 * shutdown does not wait for them (their clients reconnect to another process and resume).
 */
import type { Request, RequestHandler, Response } from "express";
import type { Config } from "../config.js";
import type { RevisionRecord } from "../writes/revisions.js";
import { MAX_REVISIONS_PAGE } from "../writes/revisions.js";
import type { LiveRevisions, RevisionSource } from "./live-revisions.js";
import { afterOf, lastEventIdOf, singleValues } from "./parameters.js";
import { revisionView } from "./revision-view.js";

/** A client that reads slower than revisions come is dropped past this many unsent bytes; it resumes when it reconnects. */
const MAX_UNSENT_BYTES = 1 << 20;
/** How long an EventSource waits before reconnecting after the stream ends. */
const RECONNECT_AFTER_MS = 1000;

export const eventOf = (revision: RevisionRecord): string => `id: ${revision.id}\nevent: revision\ndata: ${JSON.stringify(revisionView(revision))}\n\n`;

export interface ChangeStreams {
  handler: RequestHandler;
  /** Streams open now. */
  readonly open: number;
  /** Refuses new streams and ends the open ones. */
  close(): void;
}

export function changeStreams(deps: { live: LiveRevisions; source: RevisionSource; config: Config["changeFeed"]; refuse: (res: Response, status: number, code: string, message: string) => void }): ChangeStreams {
  const { live, source, config, refuse } = deps;
  const streams = new Set<Response>();
  let closing = false;

  const handler: RequestHandler = async (req, res, next) => {
    try {
      const resumeAfter = lastEventIdOf(req.header("last-event-id")) ?? afterOf(singleValues(req.query, ["after"]).after);
      if (closing) return refuse(res, 503, "SERVICE_UNAVAILABLE", "The API is shutting down; reconnect (with Last-Event-ID) to resume on another instance.");
      if (streams.size >= config.maxStreams) {
        res.setHeader("retry-after", "10");
        return refuse(res, 503, "TOO_MANY_STREAMS", `This instance already serves ${config.maxStreams} change streams (setting CHANGE_STREAMS_MAX); try again shortly, or poll GET /changes.`);
      }
      res.status(200).set({
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        // Proxies that buffer answers (nginx) would hold the events back.
        "x-accel-buffering": "no",
      });
      if (req.method === "HEAD") return void res.end();
      await stream(req, res, resumeAfter);
    } catch (error) {
      if (res.headersSent) {
        req.log.warn({ err: error }, "a change stream failed; its client reconnects and resumes");
        res.end();
      } else {
        next(error);
      }
    }
  };

  async function stream(req: Request, res: Response, resumeAfter: number | null): Promise<void> {
    let lastSent = resumeAfter ?? 0;
    let replaying = true;
    let closed = false;
    const waiting: RevisionRecord[] = [];
    const send = (revision: RevisionRecord) => {
      if (revision.seq <= lastSent || closed || res.writableEnded) return;
      lastSent = revision.seq;
      res.write(eventOf(revision));
      if (res.writableLength > MAX_UNSENT_BYTES) {
        req.log.info({ lastSent }, "a change stream's client reads too slowly: ending its stream");
        res.end();
      }
    };
    const listener = (revision: RevisionRecord) => (replaying ? waiting.push(revision) : send(revision));

    // A client that left before now will not fire "close" again: there is nothing to stream to.
    if (req.socket.destroyed) return;
    streams.add(res);
    const heartbeat = setInterval(() => res.writableEnded || res.write(": heartbeat\n\n"), config.heartbeatMs);
    res.on("close", () => {
      closed = true;
      clearInterval(heartbeat);
      streams.delete(res);
      live.unlisten(listener);
    });
    res.flushHeaders();
    res.write(`retry: ${RECONNECT_AFTER_MS}\n: connected\n\n`);

    const following = await live.listen(listener);
    // The client may have gone while this process started following.
    if (closed) return live.unlisten(listener);
    if (resumeAfter === null) {
      lastSent = following;
    } else {
      // Replay what the client missed; the revisions committed meanwhile wait in `waiting`.
      let replayed = 0;
      let page = { revisions: [] as RevisionRecord[], hasMore: true };
      while (page.hasMore && replayed < config.replayMax && !closed && !res.writableEnded) {
        page = await source.after(lastSent, Math.min(MAX_REVISIONS_PAGE, config.replayMax - replayed));
        for (const revision of page.revisions) send(revision);
        replayed += page.revisions.length;
      }
      if (page.hasMore && !closed) {
        req.log.info({ lastSent, replayMax: config.replayMax }, "a change stream's client is further behind than one replay: it resumes on reconnect");
        return void res.end();
      }
    }
    replaying = false;
    for (const revision of waiting.splice(0)) send(revision);
  }

  return {
    handler,
    get open() {
      return streams.size;
    },
    close() {
      closing = true;
      for (const res of streams) res.end();
      live.close();
    },
  };
}

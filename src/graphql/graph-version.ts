/**
 * The graph's version as caches see it: every cached answer (response cache keys, ETags, the
 * Vocabulary) belongs to one version, so a write anywhere (any API process, the seed loader) is
 * seen by the next request everywhere, without waiting for anything to expire.
 *
 * The version is the latest revision (src/writes/revisions.ts), named by its number and commit
 * time: a reset graph numbers its revisions from 1 again, and "revision 3" of the old history must
 * not name a cached answer of the new one.
 *
 * Reading it costs one statement per request. Requests that arrive while a read is running share
 * the read that starts after it (a running read may have started before a write they must see), so
 * a process sends at most one at a time, whatever the load.
 */
import type { ReadQuery } from "../db/neo4j.js";

export interface GraphVersion {
  /** The latest revision's number (0 on a graph no revision has touched). */
  revision: number;
  /** What cache keys and ETags carry: the revision and its commit time, e.g. `12.mf3k2a9c`. */
  tag: string;
}

/** An index seek on GraphVersion.id (graph_version_id) and one on Revision.seq (revision_seq). */
const GRAPH_VERSION_QUERY = `
  OPTIONAL MATCH (v:GraphVersion {id: "graph"})
  OPTIONAL MATCH (r:Revision {seq: v.revision})
  RETURN v.revision AS revision, r.at.epochMillis AS at`;

export async function readGraphVersionTag(read: ReadQuery): Promise<GraphVersion> {
  const result = await read<{ revision: number | null; at: number | null }>(GRAPH_VERSION_QUERY);
  const revision = Number(result.records[0]?.get("revision") ?? 0);
  const at = result.records[0]?.get("at");
  return { revision, tag: at === null || at === undefined ? String(revision) : `${revision}.${Number(at).toString(36)}` };
}

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

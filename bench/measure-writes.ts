/**
 * How the benchmark times writes (the `link` question, questions/link.ts), in an API process of its
 * own that accepts the run's editor token:
 *   - one writer: `link` and the read of the same two entities, interleaved request by request
 *     like the other questions' ways (measure.ts), each write on a fresh link;
 *   - then writers at once (1, 4, 16), each with its own connection, on further fresh links: writes
 *     queue on the graph version's lock by design, so this shows what the queue costs, not a
 *     speed-up;
 *   - then the checks: every write made its own revision, and every written link stands in the
 *     graph with its verified quote and its revision's subjects.
 */
import type { Driver } from "neo4j-driver";
import { startApiProcess } from "./api-process.js";
import { benchEditor } from "./editor-token.js";
import { graphqlClient } from "./graphql-client.js";
import { sampleInterleaved, type WaySamples } from "./measure.js";
import { summarise, type LatencySummary } from "./percentiles.js";
import { LINK_ENDS_FIXTURE, LINK_FIXTURE, WRITTEN_LINKS, checkLinkEnds, linkEndsVariables, linkVariables, revisionOfLink } from "./questions/link.js";
import type { WriteLink } from "./synthetic-graph.js";

/** Writers at once in the runs after the sequential samples; 1 again as the reference for the others. */
export const WRITERS = [1, 4, 16] as const;

export interface WriterRun {
  writers: number;
  writes: number;
  seconds: number;
  writesPerSecond: number;
  /** Each write's time from sending to the answer, queueing for the lock included. */
  latency: LatencySummary;
  failures: number;
  firstError?: string;
}

export interface WriteOptions {
  warmup: number;
  samples: number;
  budgetMs: number;
  /** Writes per run of WRITERS. */
  writesPerRun: number;
}

export interface MeasuredWrites {
  write: WaySamples;
  read: WaySamples;
  runs: WriterRun[];
  checks: { written: number; verified: number; touched: number; mismatches: string[] };
}

/** The fresh links one measurement uses: more than the graph made is a flag asking for too much. */
export const linksNeeded = (options: WriteOptions) => options.warmup + options.samples + WRITERS.length * options.writesPerRun;

async function writersAtOnce(
  post: Array<(w: WriteLink) => Promise<string>>,
  links: readonly WriteLink[],
): Promise<{ run: WriterRun; written: Array<{ link: WriteLink; revision: string }> }> {
  const latencies: number[] = [];
  const written: Array<{ link: WriteLink; revision: string }> = [];
  const errors: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    post.map(async (send) => {
      for (let index = next++; index < links.length; index = next++) {
        const link = links[index] as WriteLink;
        const sent = performance.now();
        try {
          written.push({ link, revision: await send(link) });
          latencies.push(performance.now() - sent);
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    run: {
      writers: post.length,
      writes: written.length,
      seconds: Math.round(seconds * 100) / 100,
      writesPerSecond: Math.round((written.length / seconds) * 10) / 10,
      latency: summarise(latencies),
      failures: errors.length,
      ...(errors[0] ? { firstError: errors[0].slice(0, 300) } : {}),
    },
    written,
  };
}

export async function measureWrites(
  db: { driver: Driver; database: string; apiEnv: Record<string, string> },
  links: readonly WriteLink[],
  options: WriteOptions,
): Promise<MeasuredWrites> {
  if (links.length < linksNeeded(options)) {
    throw new Error(
      `The write question needs ${linksNeeded(options)} fresh links (warm-up, samples, ${WRITERS.length} runs of ${options.writesPerRun}); the graph has ${links.length}: lower --samples or raise WRITE_LINKS in bench/synthetic-graph.ts`,
    );
  }
  const editor = await benchEditor();
  const api = await startApiProcess({ ...db.apiEnv, JWT_SECRET: editor.secret });
  const headers = { authorization: editor.authorization };
  const writer = graphqlClient(api.url, 120_000, headers);
  const reader = graphqlClient(api.url);
  const clients = [writer, reader];
  try {
    const written: Array<{ link: WriteLink; revision: string }> = [];
    const write = async (link: WriteLink, client = writer) => {
      const revision = revisionOfLink(await client.post(LINK_FIXTURE.text, linkVariables(link)), link);
      written.push({ link, revision });
      return revision;
    };
    const sequential = links.slice(0, options.warmup + options.samples);
    const [writeSamples, readSamples] = await sampleInterleaved(
      [
        { way: "write", run: (i) => write(sequential[i] as WriteLink) },
        { way: "read", run: async (i) => checkLinkEnds(await reader.post(LINK_ENDS_FIXTURE.text, linkEndsVariables(sequential[i] as WriteLink)), sequential[i] as WriteLink) },
      ],
      { warmup: options.warmup, samples: options.samples, budgetMs: options.budgetMs, sets: sequential.length },
    );

    const runs: WriterRun[] = [];
    let offset = sequential.length;
    for (const writers of WRITERS) {
      const own = Array.from({ length: writers }, () => graphqlClient(api.url, 120_000, headers));
      clients.push(...own);
      const batch = links.slice(offset, offset + options.writesPerRun);
      offset += batch.length;
      const outcome = await writersAtOnce(own.map((client) => (link: WriteLink) => write(link, client)), batch);
      runs.push(outcome.run);
    }

    const mismatches: string[] = [];
    const revisions = written.map((w) => w.revision);
    if (new Set(revisions).size !== revisions.length) mismatches.push(`${revisions.length - new Set(revisions).size} writes answered with a revision another write had too`);
    const result = await db.driver.executeQuery(
      WRITTEN_LINKS,
      { links: written.map((w) => w.link), revisions },
      { database: db.database },
    );
    const verified = Number(result.records[0]?.get("verified") ?? 0);
    const touched = Number(result.records[0]?.get("touched") ?? 0);
    if (verified !== written.length) mismatches.push(`${written.length - verified} of ${written.length} written links are not in the graph as written (quote, offsets, text version)`);
    // Each link touches its two ends and its source.
    if (touched !== 3 * written.length) mismatches.push(`the links' revisions touch ${touched} subjects, not ${3 * written.length} (both ends and the source of each)`);
    return { write: writeSamples as WaySamples, read: readSamples as WaySamples, runs, checks: { written: written.length, verified, touched, mismatches } };
  } finally {
    for (const client of clients) client.close();
    await api.stop();
  }
}

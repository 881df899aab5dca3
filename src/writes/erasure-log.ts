/**
 * The erasure log: one line per erasure, with no personal data (the person's id only as a keyed
 * hash, the redacted reason, when, and who erased), kept OUTSIDE the database: a backup taken
 * before an erasure does not know it happened, so after a restore (and after every seed load,
 * whose files still name the person) the log is replayed and the person erased again.
 *
 * It is written before the erasure commits (write-ahead, flushed to disk): an entry whose erasure
 * then failed only makes the replay erase what was meant to be erased anyway.
 */
import { createHmac } from "node:crypto";
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { ERASE_PERSON, erasePerson } from "./erasure.js";
import { runWrite } from "./write-transaction.js";

export interface ErasureLogEntry {
  /** HMAC-SHA256 of the person's id with the log's key: matches the id, does not reveal it. */
  idHash: string;
  /** ISO 8601. */
  at: string;
  reason: string;
  /** The privacy officer's token subject. */
  by: string;
}

export class ErasureLog {
  constructor(
    readonly file: string,
    private readonly key: string,
  ) {}

  hash(id: string): string {
    return createHmac("sha256", this.key).update(id, "utf8").digest("hex");
  }

  append(entry: ErasureLogEntry): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
    const fd = openSync(this.file, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  entries(): ErasureLogEntry[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, "utf8")
      .split("\n")
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as ErasureLogEntry);
  }
}

/** The configured erasure log, or undefined when no key is configured (erasure is then refused). */
export const erasureLogOf = (config: Config): ErasureLog | undefined => (config.erasure.key ? new ErasureLog(config.erasure.logFile, config.erasure.key) : undefined);

/** The actor of erasures replayed from the log. */
export const REPLAY_ACTOR = { id: "erasure-log", name: "erasure log replay" };

/**
 * Erases again every person the log names who is in the graph (after a restore or a seed load).
 * Returns how many were erased; one revision each, by the actor `erasure-log`.
 */
export async function replayErasureLog(driver: Driver, database: string, erasures: ErasureLog, log: Logger, timeoutMs: number): Promise<number> {
  const entries = erasures.entries();
  if (entries.length === 0) return 0;
  const people = (await driver.executeQuery("MATCH (p:Person) RETURN p.id AS id", {}, { database })).records.map((r) => r.get("id") as string);
  const byHash = new Map(people.map((id) => [erasures.hash(id), id]));
  let erased = 0;
  for (const entry of entries) {
    const id = byHash.get(entry.idHash);
    if (id === undefined) continue;
    await runWrite({ driver, database, timeoutMs, log, actor: REPLAY_ACTOR, operation: ERASE_PERSON, comment: entry.reason }, (changes) =>
      erasePerson(changes, { id, reason: entry.reason, erasedAt: new Date(entry.at) }),
    );
    byHash.delete(entry.idHash);
    erased++;
  }
  log.info({ step: "erasure-log", entries: entries.length, erased }, `replayed the erasure log: ${erased} of ${entries.length} erasures applied again`);
  return erased;
}

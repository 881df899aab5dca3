/** Progress of a long backup or restore as structured log lines: at most one every few seconds, and one at the end of each phase. */
import type { Logger } from "../../logger.js";

const EVERY_MS = 5_000;

export interface Progress {
  /** Counts `n` more items done; logs when the last line is a few seconds old. */
  add(n: number): void;
  /** Logs the phase's total and its duration. */
  done(): { count: number; ms: number };
}

export function progress(log: Logger, step: string, of: number): Progress {
  const started = Date.now();
  let count = 0;
  let reported = started;
  return {
    add(n) {
      count += n;
      if (Date.now() - reported >= EVERY_MS) {
        reported = Date.now();
        log.info({ step, count, of, seconds: Math.round((reported - started) / 1000) }, `${step}: ${count} of ${of}`);
      }
    },
    done() {
      const ms = Date.now() - started;
      log.info({ step, count, of, ms }, `${step}: ${count} done`);
      return { count, ms };
    },
  };
}

/** Structured JSON logs (pino). One root logger per process; modules take a child with their own `component`. */
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { app: "youth-care-kg" }, timestamp: pino.stdTimeFunctions.isoTime });
}

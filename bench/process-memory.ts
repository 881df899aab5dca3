/**
 * Resident memory of a command and every process it started, read from /proc (Linux), Neo4j's JVM
 * left out: what `npm start` costs a machine besides the database. Each process is named, so a
 * report shows where the memory sits (npm, the API, a transpiler's service).
 */
import { readdirSync, readFileSync } from "node:fs";

export interface ProcessMemory {
  pid: number;
  command: string;
  rssMb: number;
}

/** The database's own process, counted apart by the goal ("Neo4j aside"). */
const DATABASE_COMMAND = /^java\b/;

function processTable(): Map<number, { ppid: number; command: string; rssKb: number }> {
  const table = new Map<number, { ppid: number; command: string; rssKb: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
      // A kernel thread or a zombie has no VmRSS: it holds no memory of its own.
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(entry), { ppid, command: cmdline, rssKb });
    } catch {
      // The process ended while being read.
    }
  }
  return table;
}

/** `pid` and its descendants, Neo4j's JVM and its descendants aside. */
export function processTreeMemory(pid: number): ProcessMemory[] {
  const table = processTable();
  const tree: ProcessMemory[] = [];
  const visit = (current: number) => {
    const entry = table.get(current);
    if (entry === undefined || DATABASE_COMMAND.test(entry.command)) return;
    tree.push({ pid: current, command: entry.command.slice(0, 120), rssMb: Math.round(entry.rssKb / 1024) });
    for (const [child, { ppid }] of table) if (ppid === current) visit(child);
  };
  visit(pid);
  return tree;
}

export const totalMb = (tree: readonly ProcessMemory[]): number => tree.reduce((sum, p) => sum + p.rssMb, 0);

/**
 * Least-squares slope of resident size over time, in MB per minute: a leak shows as a steady
 * positive slope, noise as a slope near zero.
 */
export function slopeMbPerMinute(samples: readonly { seconds: number; rssMb: number }[]): number {
  if (samples.length < 2) return Number.NaN;
  const n = samples.length;
  const meanX = samples.reduce((s, p) => s + p.seconds, 0) / n;
  const meanY = samples.reduce((s, p) => s + p.rssMb, 0) / n;
  const covariance = samples.reduce((s, p) => s + (p.seconds - meanX) * (p.rssMb - meanY), 0);
  const variance = samples.reduce((s, p) => s + (p.seconds - meanX) ** 2, 0);
  return variance === 0 ? Number.NaN : (covariance / variance) * 60;
}

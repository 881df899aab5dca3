/**
 * `/healthz`: the process is alive (for restarts). `/readyz`: it can serve (for load balancers):
 * Neo4j answers within a second and the search index the API relies on is online. Probes stay out
 * of the logs' request lines; they have a rate limit of their own (app.ts), and /readyz asks Neo4j
 * at most once a second however often it is called, so a flood of probes cannot load the database.
 */
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { SEARCH_INDEX } from "../db/graph-schema.js";

const READINESS_TIMEOUT_MS = 1_000;
/** How long one readiness answer is reused. */
const READINESS_REUSE_MS = 1_000;

async function checkReady(driver: Driver, database: string): Promise<{ ready: boolean; neo4j: string; searchIndex: string }> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), READINESS_TIMEOUT_MS).unref());
  try {
    const result = await Promise.race([
      driver.executeQuery("SHOW INDEXES YIELD name, state WHERE name = $name RETURN state", { name: SEARCH_INDEX }, { database }),
      timeout,
    ]);
    const state = String(result.records[0]?.get("state") ?? "MISSING");
    return { ready: state === "ONLINE", neo4j: "up", searchIndex: state };
  } catch {
    return { ready: false, neo4j: "unreachable", searchIndex: "unknown" };
  }
}

export function healthRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "alive" });
  });
  let last: { at: number; answer: ReturnType<typeof checkReady> } | undefined;
  router.get("/readyz", async (_req, res) => {
    const now = Date.now();
    if (!last || now - last.at >= READINESS_REUSE_MS) last = { at: now, answer: checkReady(driver, database) };
    const { ready, ...checks } = await last.answer;
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", ...checks });
  });
  return router;
}

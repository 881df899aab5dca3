/**
 * `npx tsx bench/measure-exports.ts [scale]` (default 10k): the open-data exports on a synthetic graph
 * (synthetic-graph.ts) in the benchmark's Neo4j (bench-database.ts; NEO4J_URI to use another, which
 * is wiped): for each format, the whole graph and a neighbourhood, the answer's size, how long it
 * takes to stream, and how much the API's heap and resident memory grow while it does. The API runs
 * in this process and the download is read and dropped as it arrives, so the growth is the
 * export's: a format that built its answer in memory would grow with the graph.
 */
import v8 from "node:v8";
import { createLogger } from "../src/logger.js";
import { EXPORT_FORMATS } from "../src/export/export-routes.js";
import { createApi } from "../src/server/app.js";
import { emptyDatabase, loadSyntheticGraph, openBenchDatabase } from "./bench-database.js";
import { countFacts, countNodes, formatScale, generateSyntheticGraph, parseScale } from "./synthetic-graph.js";

const scale = parseScale(process.argv[2] ?? "10k");
// `--loaded`: measure the graph the database holds (loaded by an earlier run at this scale), e.g. in a process with a small heap.
const loaded = process.argv.includes("--loaded");
const log = createLogger("info").child({ component: "measure-exports" });
const db = await openBenchDatabase({ heap: "1g", pageCache: "512m" }, log);
try {
  const graph = loaded ? null : generateSyntheticGraph(scale, { writes: 0 });
  if (graph) {
    await emptyDatabase(db, log);
    await loadSyntheticGraph(db, graph, log);
  }
  const { records } = await db.driver.executeQuery("MATCH (p:Practice)-[r]-() RETURN p.id AS id, count(r) AS links ORDER BY links DESC LIMIT 1", {}, { database: db.config.neo4j.database });
  const hub = records[0]?.get("id") as string;
  const config = { ...db.config, logLevel: "silent" as const, http: { ...db.config.http, rateLimitPerMinute: 1_000_000 }, exports: { ...db.config.exports, timeoutMs: 600_000 } };
  const api = await createApi({ config, driver: db.driver, log: createLogger("silent") });
  const base = await api.listen(0, "127.0.0.1");
  const rows: Record<string, unknown>[] = [];
  for (const format of EXPORT_FORMATS) {
    for (const query of ["", `?root=${hub}&depth=2`]) {
      global.gc?.();
      const before = process.memoryUsage();
      let peak = { heapUsed: before.heapUsed, rss: before.rss };
      const sampler = setInterval(() => {
        const now = process.memoryUsage();
        peak = { heapUsed: Math.max(peak.heapUsed, now.heapUsed), rss: Math.max(peak.rss, now.rss) };
      }, 20);
      const started = performance.now();
      const response = await fetch(`${base}${format.path}${query}`, { headers: { "accept-encoding": "identity" } });
      let bytes = 0;
      for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).length;
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const mb = (n: number) => Math.round(n / 1e5) / 10;
      rows.push({ export: `${format.fileName}${query ? " (hub, depth 2)" : ""}`, status: response.status, MB: mb(bytes), seconds: Math.round(seconds * 100) / 100, "heap +MB": mb(peak.heapUsed - before.heapUsed), "rss +MB": mb(peak.rss - before.rss) });
    }
  }
  const size = graph ? `${countNodes(graph)} nodes, ${countFacts(graph)} relationships (pieces of evidence)` : "as loaded";
  console.log(`Scale ${formatScale(scale)}: ${size}; hub ${hub}; heap limit ${Math.round(v8.getHeapStatistics().heap_size_limit / 1e6)} MB, in use after the runs ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
  console.table(rows);
  await api.close();
} finally {
  await db.close();
}

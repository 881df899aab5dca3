/**
 * `npm start` (compiled: build/main.js; `npm run dev` runs this file through tsx): connect to Neo4j (starting the local one when NEO4J_URI is not set), apply pending
 * migrations (unless MIGRATE_ON_START=false), seed an empty database, and serve the API until SIGTERM/SIGINT, then shut down
 * gracefully: stop accepting, finish the requests in flight, close the driver.
 */
import { once } from "node:events";
import { runCli } from "./cli.js";
import { connectDatabase } from "./db/connect.js";
import { migrate, migrationInfo } from "./db/migrations/migrate.js";
import { isGraphEmpty, seedGraph } from "./seed/seed-graph.js";
import { createApi } from "./server/app.js";
import { startTracing } from "./tracing/tracing.js";
import { erasureLogOf, replayErasureLog } from "./writes/erasure-log.js";
import { recordMigrations } from "./writes/migration-revision.js";

await runCli("api", async ({ config, log }) => {
  const driver = await connectDatabase(config, log);
  // Asked before the migrations' revision is recorded: that revision alone would make a fresh database look seeded.
  const empty = await isGraphEmpty(driver, config.neo4j.database);
  if (config.migrateOnStart) {
    await recordMigrations(driver, config.neo4j.database, await migrate(driver, config.neo4j.database, log));
  } else {
    const pending = (await migrationInfo(driver, config.neo4j.database)).filter((m) => m.state === "PENDING");
    if (pending.length > 0) log.warn({ pending: pending.map((m) => m.source) }, "MIGRATE_ON_START=false and migrations are pending: run npm run db:migrate");
  }
  const erasures = erasureLogOf(config);
  if (empty) {
    log.info("the database is empty: seeding it");
    await seedGraph(driver, config.neo4j.database, { reset: false, erasures, timeoutMs: config.queryTimeoutMs }, log);
  } else if (erasures) {
    // A database restored from a backup taken before an erasure still holds the person: erase them again.
    await replayErasureLog(driver, config.neo4j.database, erasures, log, config.queryTimeoutMs);
  }
  const tracing = await startTracing(config.tracing);
  if (tracing) log.info({ endpoint: config.tracing.endpoint, service: config.tracing.serviceName }, "exporting traces over OTLP");
  const api = await createApi({ config, driver, log, tracing });
  const url = await api.listen(config.server.port, config.server.host);
  log.info({ url: `${url}/graphql` }, "API ready");

  const [signal] = await Promise.race([once(process, "SIGTERM"), once(process, "SIGINT")]);
  log.info({ signal }, "shutting down: finishing requests in flight");
  await api.close();
  await tracing?.shutdown();
  await driver.close();
  log.info("stopped");
});

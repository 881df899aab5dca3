/** `npm run db:migrate`: applies pending migrations; `npm run db:migrate -- --info` lists applied and pending ones. */
import { parseArgs } from "node:util";
import { runCli } from "../../cli.js";
import { connectDatabase } from "../connect.js";
import { recordMigrations } from "../../writes/migration-revision.js";
import { migrate, migrationInfo } from "./migrate.js";

await runCli("db:migrate", async ({ config, log }) => {
  const { values } = parseArgs({ options: { info: { type: "boolean", default: false } } });
  const driver = await connectDatabase(config, log);
  try {
    const { database } = config.neo4j;
    if (values.info) {
      const rows = await migrationInfo(driver, database);
      console.table(
        rows.map((m) => ({
          Version: m.version,
          Description: m.description,
          Type: "CYPHER",
          "Installed on": m.installedOn ?? "",
          by: m.installedBy ?? "",
          "Execution time": m.executionTimeMs === null ? "" : `${m.executionTimeMs} ms`,
          State: m.state,
          Source: m.source,
        })),
      );
      return;
    }
    const applied = await migrate(driver, database, log);
    await recordMigrations(driver, database, applied);
    console.log(applied.length === 0 ? "The database is at the latest migration; nothing to apply." : `Applied ${applied.length} migration(s): ${applied.join(", ")}.`);
  } finally {
    await driver.close();
  }
});

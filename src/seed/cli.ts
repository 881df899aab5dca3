/** `npm run seed [-- --reset]`: validate the seed files and load them into the configured Neo4j. */
import { parseArgs } from "node:util";
import { connectDatabase } from "../db/connect.js";
import { runCli } from "../cli.js";
import { erasureLogOf } from "../writes/erasure-log.js";
import { seedGraph } from "./seed-graph.js";

await runCli("seed", async ({ config, log }) => {
  const { values } = parseArgs({ options: { reset: { type: "boolean", default: false } } });
  const driver = await connectDatabase(config, log);
  try {
    const counts = await seedGraph(driver, config.neo4j.database, { reset: values.reset, erasures: erasureLogOf(config), timeoutMs: config.queryTimeoutMs }, log);
    console.table({ ...counts.nodes, ...counts.relationships });
  } finally {
    await driver.close();
  }
});

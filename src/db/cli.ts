/** `npm run db:start|db:stop|db:status`: the project's local Neo4j (or a report on NEO4J_URI's server). */
import { runCli } from "../cli.js";
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j.js";
import { assertDatabaseReachable, createDriver } from "./neo4j.js";

const command = process.argv[2];

await runCli(`db:${command ?? "?"}`, async ({ config, log }) => {
  if (config.neo4j.external) {
    if (command !== "status") {
      console.log(`NEO4J_URI is set (${config.neo4j.uri}): that server is used; nothing to ${command}.`);
      return;
    }
    const driver = createDriver(config.neo4j);
    try {
      await assertDatabaseReachable(driver, config.neo4j);
      console.log(`Neo4j at ${config.neo4j.uri} answers.`);
    } finally {
      await driver.close();
    }
    return;
  }
  switch (command) {
    case "start": {
      const { uri, alreadyRunning, pid } = await startLocalNeo4j(config.localNeo4j, config.neo4j, log);
      console.log(alreadyRunning ? `The local Neo4j is already running (pid ${pid}) on ${uri}.` : `The local Neo4j runs (pid ${pid}) on ${uri}.`);
      return;
    }
    case "stop": {
      const stopped = await stopLocalNeo4j(config.localNeo4j, log);
      console.log(stopped ? "The local Neo4j stopped." : "The local Neo4j was not running.");
      return;
    }
    case "status": {
      const status = await localNeo4jStatus(config.localNeo4j);
      console.log(status.running ? `The local Neo4j is running (pid ${status.pid}) on ${status.uri}.` : "The local Neo4j is not running.");
      return;
    }
    default:
      throw new LocalNeo4jError(`Unknown command "${command}"; use start, stop or status.`);
  }
});

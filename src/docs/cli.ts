/** `npm run docs`: rewrites the README's generated sections (model tables, counts, query examples, the pinned embed script). */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { graphql } from "graphql";
import { runCli } from "../cli.js";
import { connectDatabase } from "../db/connect.js";
import { countGraph } from "../db/graph-counts.js";
import { readQuery } from "../db/neo4j.js";
import { createContext } from "../graphql/context.js";
import { buildSchema } from "../graphql/schema.js";
import { Vocabulary } from "../graphql/vocabulary.js";
import { seedGraph } from "../seed/seed-graph.js";
import { WEB_DIST_DIR } from "../web/server.js";
import { embedPinReader } from "../web/embed-pin.js";
import { GRAPH_MODEL } from "../model/graph-model.js";
import { README, renderCounts, renderEmbedPin, renderExamples, renderModel, replaceSection } from "./readme.js";

await runCli("docs", async ({ config, log }) => {
  const driver = await connectDatabase(config, log);
  try {
    const { database } = config.neo4j;
    const before = await countGraph(driver, database);
    // Seeding is idempotent: if it changes the counts, the database holds other data and the outputs would not be the seeds'.
    const seeded = await seedGraph(driver, database, { reset: false }, log);
    if (Object.keys(before.nodes).length > 0 && JSON.stringify(before) !== JSON.stringify(seeded)) {
      console.warn("docs: the database did not hold exactly the seeds; run `npm run seed -- --reset` first if outputs look wrong");
    }
    const schema = await buildSchema({ driver });
    const vocabulary = new Vocabulary(readQuery(driver, database, config.queryTimeoutMs));
    const rendered = await renderExamples((source, variableValues) =>
      graphql({ schema, source, variableValues, contextValue: createContext({ driver, database, vocabulary, timeoutMs: config.queryTimeoutMs }) }),
    );
    const readme = replaceSection(replaceSection(readFileSync(README, "utf8"), "examples", rendered), "model", renderModel(GRAPH_MODEL));
    const pin = embedPinReader(path.join(WEB_DIST_DIR, "embed.js"))();
    if (!pin) throw new Error("docs: dist/web/embed.js is missing; run `npm run build:web` first");
    writeFileSync(README, replaceSection(replaceSection(readme, "counts", renderCounts(seeded)), "embed-pin", renderEmbedPin(pin)));
    console.log("README.md: the model tables, counts, examples and the pinned embed script rewritten");
  } finally {
    await driver.close();
  }
});

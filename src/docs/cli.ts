/** `npm run docs`: rewrites the README's generated sections (model tables, counts, query examples, the editing walkthrough, the pinned embed script). */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { graphql } from "graphql";
import { runCli } from "../cli.js";
import { connectDatabase } from "../db/connect.js";
import { readQuery } from "../db/neo4j.js";
import { createContext } from "../graphql/context.js";
import { GraphVersions } from "../graphql/graph-version.js";
import { LiveNames } from "../search/live-names.js";
import { readGraphVersion } from "../writes/revisions.js";
import { buildSchema } from "../graphql/schema.js";
import { Vocabulary } from "../graphql/vocabulary.js";
import { seedGraph } from "../seed/seed-graph.js";
import { WEB_DIST_DIR } from "../web/server.js";
import { embedPinReader } from "../web/embed-pin.js";
import { GRAPH_MODEL } from "../model/graph-model.js";
import type { VerifiedToken } from "../auth/editor-token.js";
import { README, WALKTHROUGH_EDITOR, renderCounts, renderEmbedPin, renderExamples, renderModel, renderWalkthrough, replaceSection } from "./readme.js";

/** Revisions made by anyone but the seed loader: edits that the walkthrough's reset would erase. */
const EDITS = "MATCH (r:Revision) WHERE r.actor <> 'seed' RETURN count(r) AS edits";

await runCli("docs", async ({ config, log }) => {
  const driver = await connectDatabase(config, log);
  try {
    const { database } = config.neo4j;
    // The walkthrough's revision numbers are those of a freshly seeded graph: docs resets the graph
    // to the seeds before and after it, and so refuses a database where someone has edited.
    const edits = Number((await driver.executeQuery(EDITS, {}, { database })).records[0]?.get("edits") ?? 0);
    if (edits > 0) throw new Error(`docs: the database holds ${edits} revisions by editors, which docs would erase; run it against a database holding only the seeds (npm run seed -- --reset)`);
    const seeded = await seedGraph(driver, database, { reset: true }, log);
    const schema = await buildSchema({ driver });
    const read = readQuery(driver, database, config.queryTimeoutMs);
    const vocabulary = new Vocabulary(read);
    const graphVersions = new GraphVersions(() => readGraphVersion(read));
    // The walkthrough's writes reach the name index through the graph version, as another process's would.
    const names = new LiveNames(read);
    const run = (jwt?: VerifiedToken) => (source: string, variableValues: Record<string, unknown>) =>
      graphql({ schema, source, variableValues, contextValue: createContext({ driver, database, vocabulary, names, graphVersions, timeoutMs: config.queryTimeoutMs, log, jwt }) });
    const rendered = await renderExamples(run());
    const walkthrough = await renderWalkthrough(run({ ...WALKTHROUGH_EDITOR }));
    await seedGraph(driver, database, { reset: true }, log);
    let readme = readFileSync(README, "utf8");
    readme = replaceSection(readme, "examples", rendered);
    readme = replaceSection(readme, "editing", walkthrough);
    readme = replaceSection(readme, "model", renderModel(GRAPH_MODEL));
    readme = replaceSection(readme, "counts", renderCounts(seeded));
    const pin = embedPinReader(path.join(WEB_DIST_DIR, "embed.js"))();
    if (!pin) throw new Error("docs: dist/web/embed.js is missing; run `npm run build:web` first");
    writeFileSync(README, replaceSection(readme, "embed-pin", renderEmbedPin(pin)));
    console.log("README.md: the model tables, counts, examples, editing walkthrough and the pinned embed script rewritten; the graph is reset to the seeds");
  } finally {
    await driver.close();
  }
});

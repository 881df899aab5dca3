/**
 * `npm run db:backup [-- --to <file>] [--export]` and `npm run db:restore -- <file> [--replace]`.
 *
 * The local Neo4j is backed up with Neo4j's own dump (stopping it meanwhile: Community cannot dump
 * a running database); a server NEO4J_URI names, or the local one with --export, as an export file
 * while it runs. A restore tells the two by the file name: `*.dump` or `*.jsonl.gz`.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot, type Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import { erasureLogOf, replayErasureLog } from "../../writes/erasure-log.js";
import { runCli } from "../../cli.js";
import { connectDatabase } from "../connect.js";
import { BackupError, EXPORT_EXTENSION } from "./export-file.js";
import { exportGraph } from "./export-graph.js";
import { restoreExport } from "./import-graph.js";
import { DUMP_EXTENSION, dumpLocalDatabase, loadLocalDatabase } from "./local-dump.js";

const BACKUPS_DIR = path.join(projectRoot, "backups");

const command = process.argv[2];
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `2026-03-01T12-30-05Z`: sortable, and valid in a file name everywhere. */
const timestamp = () => new Date().toISOString().replace(/\.\d+Z$/, "Z").replaceAll(":", "-");

await runCli(`db:${command ?? "?"}`, async ({ config, log }) => {
  switch (command) {
    case "backup": {
      const { values } = parseArgs({ args: process.argv.slice(3), options: { to: { type: "string" }, export: { type: "boolean", default: false } } });
      const exporting = config.neo4j.external || values.export;
      const extension = exporting ? EXPORT_EXTENSION : DUMP_EXTENSION;
      const file = path.resolve(values.to ?? path.join(BACKUPS_DIR, `${timestamp()}${extension}`));
      if (!file.endsWith(extension)) {
        throw new BackupError(`--to ${values.to}: ${exporting ? "an export" : "a dump"} is named *${extension} (a restore tells the kinds apart by the name).`);
      }
      if (!exporting) {
        const dump = await dumpLocalDatabase(config, file, log);
        console.log(`Dumped the local Neo4j to ${dump.file} (${megabytes(dump.bytes)}, ${seconds(dump.ms)}${dump.restarted ? ", server restarted" : ""}).`);
        return;
      }
      const driver = await connectDatabase(config, log, { losslessIntegers: true });
      try {
        const exported = await exportGraph(driver, config.neo4j, file, log);
        console.log(`Exported ${exported.nodes} nodes and ${exported.relationships} relationships to ${exported.file} (${megabytes(exported.bytes)}, ${seconds(exported.ms)}).`);
      } finally {
        await driver.close();
      }
      return;
    }
    case "restore": {
      const { values, positionals } = parseArgs({ args: process.argv.slice(3), allowPositionals: true, options: { replace: { type: "boolean", default: false } } });
      const [given, ...extra] = positionals;
      if (given === undefined || extra.length > 0) throw new BackupError(`Name one backup file: npm run db:restore -- backups/<time>${EXPORT_EXTENSION} [--replace]`);
      const file = path.resolve(given);
      if (file.endsWith(DUMP_EXTENSION)) {
        if (config.neo4j.external) {
          throw new BackupError(`${given} is a Neo4j dump, which loads only into the project's local Neo4j; NEO4J_URI is set (${config.neo4j.uri}). Restore an export (*${EXPORT_EXTENSION}) there.`);
        }
        const loaded = await loadLocalDatabase(config, file, { replace: values.replace }, log);
        console.log(`Loaded ${file} into the local Neo4j (${seconds(loaded.ms)}${loaded.restarted ? ", server restarted" : "; start it with npm run db:start"}).`);
        if (loaded.restarted) await replayErasures(config, log);
        else console.log("The erasure log is replayed when the API starts (or run npm run db:restore again with the server up).");
        return;
      }
      if (!file.endsWith(EXPORT_EXTENSION)) throw new BackupError(`${given}: a backup is a dump (*${DUMP_EXTENSION}) or an export (*${EXPORT_EXTENSION}).`);
      const driver = await connectDatabase(config, log);
      try {
        const restored = await restoreExport(driver, config.neo4j, file, { replace: values.replace }, log);
        const notRestored = Object.entries(restored.notRestored).map(([label, n]) => `${n} :${label}`);
        console.log(
          `Restored ${restored.nodes} nodes and ${restored.relationships} relationships from ${file} (${seconds(restored.ms)})` +
            (notRestored.length > 0 ? `; kept the target's own bookkeeping instead of the file's ${notRestored.join(", ")}` : "") +
            (restored.migrated.length > 0 ? `; then applied the migrations newer than the backup: ${restored.migrated.join(", ")}` : "") +
            ".",
        );
      } finally {
        await driver.close();
      }
      await replayErasures(config, log);
      return;
    }
    default:
      throw new BackupError(`Unknown command "${command}"; use backup or restore.`);
  }
});

/** A backup may predate erasures: every person the erasure log names is erased again (src/writes/erasure-log.ts). */
async function replayErasures(config: Config, log: Logger): Promise<void> {
  const erasures = erasureLogOf(config);
  if (!erasures) {
    console.warn("No ERASURE_LOG_KEY (or JWT_SECRET): the erasure log was not replayed; people erased after this backup was taken may be back.");
    return;
  }
  const driver = await connectDatabase(config, log);
  try {
    const erased = await replayErasureLog(driver, config.neo4j.database, erasures, log, config.queryTimeoutMs);
    console.log(`Replayed the erasure log (${erasures.file}): ${erased} ${erased === 1 ? "person" : "people"} erased again.`);
  } finally {
    await driver.close();
  }
}

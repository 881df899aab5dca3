/**
 * Neo4j's own dump and load, for the project's local Neo4j: a copy of the whole database, store
 * files and all (every node and relationship, the constraints and indexes, the migration history and
 * the test database's mark), made by `neo4j-admin database dump|load`. Community Edition does that
 * only with the database stopped, so the server is stopped for it and started again if it was running:
 * the API is down meanwhile (the export, export-graph.ts, is the online backup).
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import { isGraphEmpty } from "../../seed/seed-graph.js";
import { localNeo4jStatus, runNeo4jAdmin, startLocalNeo4j, stopLocalNeo4j } from "../local-neo4j.js";
import { createDriver } from "../neo4j.js";
import { BackupError } from "./export-file.js";

export const DUMP_EXTENSION = ".dump";

type LocalDumpConfig = Pick<Config, "neo4j" | "localNeo4j">;

/** Stops the local Neo4j for `work` if it runs, and starts it again afterwards, also when `work` fails. */
async function withServerStopped<T>(config: LocalDumpConfig, log: Logger, work: () => Promise<T>): Promise<T & { restarted: boolean }> {
  const wasRunning = (await localNeo4jStatus(config.localNeo4j)).running;
  if (wasRunning) await stopLocalNeo4j(config.localNeo4j, log);
  try {
    return { ...(await work()), restarted: wasRunning };
  } finally {
    if (wasRunning) await startLocalNeo4j(config.localNeo4j, config.neo4j, log);
  }
}

/** Dumps the local database to `file` (refusing to overwrite one). */
export async function dumpLocalDatabase(config: LocalDumpConfig, file: string, log: Logger): Promise<{ file: string; bytes: number; ms: number; restarted: boolean }> {
  if (existsSync(file)) throw new BackupError(`${file} exists already; choose another name with --to.`);
  const { database } = config.neo4j;
  const started = Date.now();
  await mkdir(path.dirname(file), { recursive: true });
  // neo4j-admin names the file after the database, in a folder: a scratch folder beside the target, then a rename.
  const scratch = await mkdtemp(path.join(path.dirname(file), ".dump-"));
  try {
    const result = await withServerStopped(config, log, async () => {
      await runNeo4jAdmin(config.localNeo4j, ["database", "dump", database, `--to-path=${scratch}`, "--overwrite-destination=false"], log);
      await rename(path.join(scratch, `${database}${DUMP_EXTENSION}`), file);
      return {};
    });
    return { file, bytes: (await stat(file)).size, ms: Date.now() - started, restarted: result.restarted };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Replaces the local database with the dump in `file`. Like the export's restore, it refuses a
 * database that holds a graph unless `replace`; a stopped server cannot be asked, so then only
 * `replace` will do.
 */
export async function loadLocalDatabase(config: LocalDumpConfig, file: string, options: { replace: boolean }, log: Logger): Promise<{ ms: number; restarted: boolean }> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const { database } = config.neo4j;
  if (!options.replace) await assertLocalGraphEmpty(config);
  const started = Date.now();
  // neo4j-admin loads `<database>.dump` from a folder: a scratch folder with a link of that name to the file.
  const scratch = await mkdtemp(path.join(tmpdir(), "neo4j-load-"));
  try {
    await symlink(path.resolve(file), path.join(scratch, `${database}${DUMP_EXTENSION}`));
    const result = await withServerStopped(config, log, async () => {
      await runNeo4jAdmin(config.localNeo4j, ["database", "load", database, `--from-path=${scratch}`, "--overwrite-destination=true"], log);
      return {};
    });
    return { ms: Date.now() - started, restarted: result.restarted };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function assertLocalGraphEmpty(config: LocalDumpConfig): Promise<void> {
  if (!(await localNeo4jStatus(config.localNeo4j)).running) {
    throw new BackupError(
      "Refusing to load a dump without --replace: the local Neo4j is stopped, so the restore cannot see whether it holds a graph, and loading a dump replaces the whole database. Add --replace to confirm.",
    );
  }
  const driver = createDriver(config.neo4j);
  try {
    if (!(await isGraphEmpty(driver, config.neo4j.database))) {
      throw new BackupError(
        `Refusing to load a dump into the local Neo4j (${config.neo4j.uri}, database "${config.neo4j.database}"): it holds a graph, and loading a dump replaces the whole database. Add --replace to confirm.`,
      );
    }
  } finally {
    await driver.close();
  }
}

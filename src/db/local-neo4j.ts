/**
 * The project's own Neo4j, for machines where NEO4J_URI names no server: Neo4j 5.26 community
 * with APOC core, assembled from Maven Central by `neo4j/pom.xml` and run as a plain Java process.
 *
 *   <home>/lib, <home>/plugins   jars, copied from ~/.m2 by Maven once (marker: lib/.complete)
 *   <home>/conf/neo4j.conf       written before every start; kept minimal (unknown keys stop Neo4j)
 *   <home>/data, <home>/logs     the database and console.log
 *   <home>/run/neo4j.pid         the server's pid; `stop` signals only that process
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import { projectRoot, type Config } from "../config.js";
import type { Logger } from "../logger.js";

type LocalConfig = Config["localNeo4j"];

const POM = path.join(projectRoot, "neo4j", "pom.xml");
const SERVER_CLASS = "org.neo4j.server.CommunityEntryPoint";
const ADMIN_CLASS = "org.neo4j.server.startup.Neo4jAdminCommand";

/** The flags Neo4j 5's own launcher adds on Java 17, plus the heap. */
const jvmFlags = (cfg: LocalConfig) => [
  `-Xms${cfg.heap}`,
  `-Xmx${cfg.heap}`,
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "-Dfile.encoding=UTF-8",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

const paths = (home: string) => ({
  lib: path.join(home, "lib"),
  plugins: path.join(home, "plugins"),
  conf: path.join(home, "conf"),
  data: path.join(home, "data"),
  logs: path.join(home, "logs"),
  run: path.join(home, "run"),
  marker: path.join(home, "lib", ".complete"),
  pidFile: path.join(home, "run", "neo4j.pid"),
  consoleLog: path.join(home, "logs", "console.log"),
  authFile: path.join(home, "data", "dbms", "auth.ini"),
});

const classpath = (home: string) => `${paths(home).plugins}/*:${paths(home).lib}/*`;
const boltUri = (cfg: LocalConfig) => `bolt://127.0.0.1:${cfg.boltPort}`;

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

/** Copies the server and APOC jars from Maven Central (through ~/.m2) unless this pom's jars are there already. */
export async function installLocalNeo4j(cfg: LocalConfig, log: Logger): Promise<void> {
  const p = paths(cfg.home);
  const pomHash = createHash("sha256").update(readFileSync(POM)).digest("hex");
  if (existsSync(p.marker) && readFileSync(p.marker, "utf8").trim() === pomHash) return;

  log.info({ step: "install", home: cfg.home }, "assembling Neo4j 5.26 + APOC core from Maven Central (first run: ~120 MB)");
  const started = Date.now();
  rmSync(p.lib, { recursive: true, force: true });
  rmSync(p.plugins, { recursive: true, force: true });
  const ticker = setInterval(
    () => log.info({ step: "install", seconds: Math.round((Date.now() - started) / 1000) }, "still downloading"),
    10_000,
  );
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const mvn = spawn(
        "mvn",
        ["-B", "--no-transfer-progress", "-q", "-Dstyle.color=never", "-f", POM, "package", `-Dneo4j.lib=${p.lib}`, `-Dneo4j.plugins=${p.plugins}`],
        { stdio: ["ignore", "inherit", "inherit"] },
      );
      mvn.on("error", (error) =>
        reject(new LocalNeo4jError(`Cannot run Maven (mvn) to assemble the local Neo4j: ${error.message}. Install Maven 3 and Java 17, or set NEO4J_URI.`)),
      );
      mvn.on("exit", resolve);
    });
    if (exitCode !== 0) throw new LocalNeo4jError(`Maven failed (exit ${exitCode}) assembling the local Neo4j from ${POM}`);
  } finally {
    clearInterval(ticker);
  }
  writeFileSync(p.marker, pomHash);
  log.info({ step: "install", seconds: Math.round((Date.now() - started) / 1000) }, "Neo4j assembled");
}

function writeConfig(cfg: LocalConfig): void {
  const p = paths(cfg.home);
  const settings = {
    "server.default_listen_address": "127.0.0.1",
    "server.bolt.listen_address": `127.0.0.1:${cfg.boltPort}`,
    "server.http.enabled": "false",
    "server.https.enabled": "false",
    "server.memory.heap.initial_size": cfg.heap,
    "server.memory.heap.max_size": cfg.heap,
    "server.memory.pagecache.size": cfg.pageCache,
    "server.directories.data": p.data,
    "server.directories.logs": p.logs,
    "server.directories.plugins": p.plugins,
    "server.directories.run": p.run,
    "dbms.security.procedures.unrestricted": "apoc.*",
    "dbms.usage_report.enabled": "false",
    // Neo4j keeps 2 days of transaction logs by default, for backups a local server never takes:
    // the benchmark's reloads grew .neo4j-bench/data/transactions past 3 GB. keep_none keeps the
    // newest log file and those recovery still needs; the rest are pruned at each checkpoint.
    "db.tx_log.rotation.retention_policy": "keep_none",
    // A ceiling for transactions that set no timeout of their own (the API sets QUERY_TIMEOUT_MS on
    // each; seed loads, index builds and benchmark loads set LONG_JOB_TIMEOUT_MS).
    "db.transaction.timeout": `${cfg.transactionTimeoutMs}ms`,
  };
  writeFileSync(
    path.join(p.conf, "neo4j.conf"),
    `# Written by src/db/local-neo4j.ts before every start; edits are overwritten.\n${Object.entries(settings)
      .map(([key, value]) => `${key}=${value}`)
      .join("\n")}\n`,
  );
}

function readPid(cfg: LocalConfig): number | undefined {
  const { pidFile } = paths(cfg.home);
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** True only when `pid` is alive AND is our Neo4j (so a reused pid is never mistaken or killed). */
function isOurServer(pid: number, cfg: LocalConfig): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes(SERVER_CLASS) && cmdline.includes(`--home-dir=${cfg.home}`);
  } catch {
    return false;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function logTail(cfg: LocalConfig, lines = 30): string {
  const { consoleLog } = paths(cfg.home);
  if (!existsSync(consoleLog)) return "(no console log)";
  return readFileSync(consoleLog, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

export async function localNeo4jStatus(cfg: LocalConfig): Promise<{ running: boolean; pid?: number; uri: string }> {
  const pid = readPid(cfg);
  const running = pid !== undefined && isOurServer(pid, cfg);
  return running ? { running, pid, uri: boltUri(cfg) } : { running, uri: boltUri(cfg) };
}

/** Starts the local Neo4j unless it runs already; resolves once Bolt answers a query. */
export async function startLocalNeo4j(
  cfg: LocalConfig,
  auth: { user: string; password: string },
  log: Logger,
): Promise<{ uri: string; alreadyRunning: boolean; pid: number }> {
  const status = await localNeo4jStatus(cfg);
  if (status.running && status.pid !== undefined) {
    await waitForBolt(cfg, auth, status.pid, log);
    return { uri: status.uri, alreadyRunning: true, pid: status.pid };
  }
  if (await portAnswers(cfg.boltPort)) {
    throw new LocalNeo4jError(
      `Port ${cfg.boltPort} is in use by another process, not this project's Neo4j. Stop it, set NEO4J_LOCAL_BOLT_PORT, or point NEO4J_URI at it.`,
    );
  }

  await installLocalNeo4j(cfg, log);
  const p = paths(cfg.home);
  for (const dir of [p.conf, p.data, p.logs, p.run]) mkdirSync(dir, { recursive: true });
  writeConfig(cfg);
  const env = { ...process.env, NEO4J_HOME: cfg.home, NEO4J_CONF: p.conf };

  if (!existsSync(p.authFile)) {
    if (auth.user !== "neo4j") {
      throw new LocalNeo4jError(`The local Neo4j has only the user "neo4j"; NEO4J_USER is "${auth.user}".`);
    }
    const admin = spawnSync(
      "java",
      ["-cp", classpath(cfg.home), ...jvmFlags({ ...cfg, heap: "256m" }), ADMIN_CLASS, "dbms", "set-initial-password", auth.password],
      { env, encoding: "utf8" },
    );
    if (admin.status !== 0) {
      throw new LocalNeo4jError(`Setting the local Neo4j's initial password failed: ${(admin.stderr || admin.stdout || String(admin.error)).trim()}`);
    }
    log.info({ step: "start" }, "initial password set");
  }

  log.info({ step: "start", uri: boltUri(cfg), home: cfg.home }, "starting the local Neo4j");
  const out = openSync(p.consoleLog, "a");
  const child = spawn(
    "java",
    ["-cp", classpath(cfg.home), ...jvmFlags(cfg), SERVER_CLASS, `--home-dir=${cfg.home}`, `--config-dir=${p.conf}`, "--console-mode"],
    { env, detached: true, stdio: ["ignore", out, out] },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError("Could not start java for the local Neo4j: is Java 17 installed?");
  child.unref();
  writeFileSync(p.pidFile, `${pid}\n`);
  await waitForBolt(cfg, auth, pid, log);
  return { uri: boltUri(cfg), alreadyRunning: false, pid };
}

async function waitForBolt(cfg: LocalConfig, auth: { user: string; password: string }, pid: number, log: Logger): Promise<void> {
  const driver = neo4j.driver(boltUri(cfg), neo4j.auth.basic(auth.user, auth.password), { connectionTimeout: 2_000 });
  const started = Date.now();
  let lastReport = started;
  try {
    for (;;) {
      try {
        await driver.executeQuery("RETURN 1");
        log.info({ step: "start", pid, seconds: Math.round((Date.now() - started) / 1000) }, "the local Neo4j answers on Bolt");
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code?.startsWith("Neo.ClientError.Security")) {
          throw new LocalNeo4jError(
            `The local Neo4j refused the configured password (${code}). It was set when ${cfg.home}/data was created; use that password, or stop the server and delete ${cfg.home}/data to start afresh.`,
          );
        }
      }
      if (!isOurServer(pid, cfg)) {
        throw new LocalNeo4jError(`The local Neo4j exited while starting. Last lines of ${paths(cfg.home).consoleLog}:\n${logTail(cfg)}`);
      }
      if (Date.now() - started > cfg.startTimeoutMs) {
        throw new LocalNeo4jError(
          `The local Neo4j did not answer on ${boltUri(cfg)} within ${cfg.startTimeoutMs / 1000} s. Last lines of ${paths(cfg.home).consoleLog}:\n${logTail(cfg)}`,
        );
      }
      if (Date.now() - lastReport >= 5_000) {
        lastReport = Date.now();
        log.info({ step: "start", pid, seconds: Math.round((Date.now() - started) / 1000) }, "waiting for Bolt");
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await driver.close();
  }
}

/**
 * Runs `neo4j-admin <args>` on the local Neo4j's home (assembling it first if needed), e.g.
 * `database dump neo4j --to-path=...`; rejects with the tail of its output when it fails. Community
 * dumps and loads only a stopped database: the caller stops the server first.
 */
export async function runNeo4jAdmin(cfg: LocalConfig, args: string[], log: Logger): Promise<void> {
  await installLocalNeo4j(cfg, log);
  const p = paths(cfg.home);
  for (const dir of [p.conf, p.data, p.logs, p.run]) mkdirSync(dir, { recursive: true });
  writeConfig(cfg);
  const env = { ...process.env, NEO4J_HOME: cfg.home, NEO4J_CONF: p.conf };
  log.info({ step: "neo4j-admin", args }, `neo4j-admin ${args.slice(0, 2).join(" ")}`);
  const output: string[] = [];
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const admin = spawn("java", ["-cp", classpath(cfg.home), ...jvmFlags({ ...cfg, heap: "256m" }), ADMIN_CLASS, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    admin.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    admin.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    admin.on("error", (error) => reject(new LocalNeo4jError(`Cannot run java for neo4j-admin: ${error.message}. Is Java 17 installed?`)));
    admin.on("exit", resolve);
  });
  if (exitCode !== 0) {
    const tail = output.join("").trimEnd().split("\n").slice(-15).join("\n");
    throw new LocalNeo4jError(`neo4j-admin ${args.join(" ")} failed (exit ${exitCode}):\n${tail}`);
  }
}

/** Stops the server named in the pid file, and only it; false when none was running. */
export async function stopLocalNeo4j(cfg: LocalConfig, log: Logger): Promise<boolean> {
  const { pidFile } = paths(cfg.home);
  const pid = readPid(cfg);
  if (pid === undefined || !isOurServer(pid, cfg)) {
    rmSync(pidFile, { force: true });
    return false;
  }
  log.info({ step: "stop", pid }, "stopping the local Neo4j");
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isOurServer(pid, cfg)) {
    if (Date.now() > deadline) {
      log.warn({ step: "stop", pid }, "no exit after 60 s: killing");
      process.kill(pid, "SIGKILL");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  rmSync(pidFile, { force: true });
  log.info({ step: "stop", pid }, "stopped");
  return true;
}

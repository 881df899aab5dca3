/**
 * Versioned migrations on the real Neo4j: from an empty database, at an earlier migration, run
 * twice, tampered with, and raced by two processes. Every test starts from a database without
 * schema, history or graph, and the file ends with the seeded graph at the latest migration.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config.js";
import { schemaStatements } from "../../src/db/graph-schema.js";
import { MIGRATIONS_DIR, MigrationError, appliedMigrations, migrate } from "../../src/db/migrations/migrate.js";
import { readMigrations } from "../../src/db/migrations/migration-file.js";
import { TEST_DATABASE_LABEL } from "../../src/db/test-database.js";
import { GRAPH_MODEL } from "../../src/model/graph-model.js";
import { recordMigrations } from "../../src/writes/migration-revision.js";
import { graphFingerprint, log, resetToSeed, testConfig, testDriver } from "./harness.js";

let driver: Driver;
const { database } = testConfig().neo4j;
const run = (cypher: string) => driver.executeQuery(cypher, {}, { database });

/** A database as new: no data, no constraints, no indexes (but Neo4j's own token lookup indexes), still marked as the tests' database. */
async function emptyDatabase(): Promise<void> {
  await run(`MATCH (n) WHERE NOT n:${TEST_DATABASE_LABEL} DETACH DELETE n`);
  for (const r of (await run("SHOW CONSTRAINTS YIELD name")).records) await run(`DROP CONSTRAINT \`${r.get("name") as string}\``);
  for (const r of (await run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records) await run(`DROP INDEX \`${r.get("name") as string}\``);
}

const names = async (what: "CONSTRAINTS" | "INDEXES") => (await run(`SHOW ${what} YIELD name`)).records.map((r) => r.get("name") as string);

/** A scratch migrations folder: the project's files and `extra` ones. */
async function migrationsWith(extra: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  for (const file of readMigrations(MIGRATIONS_DIR)) await copyFile(path.join(MIGRATIONS_DIR, file.source), path.join(dir, file.source));
  for (const [name, text] of Object.entries(extra)) await writeFile(path.join(dir, name), text);
  return dir;
}

// A data migration of the kind model changes bring: a property renamed in place. The seeds already
// describe the graph after it, so a fresh database and one migrated from before must end alike.
const RENAME = { "V9001__person_roles_from_functions.cypher": "MATCH (p:Person) WHERE p.functions IS NOT NULL SET p.roles = p.functions REMOVE p.functions;\n" };

beforeAll(() => {
  driver = testDriver();
});
beforeEach(emptyDatabase);
afterAll(async () => {
  await emptyDatabase();
  await resetToSeed(driver);
  await driver.close();
});

describe("Migrations: the model changes under a live graph", () => {
  it("from an empty database applies every migration, records it as Neo4j-Migrations does, and the seeds load", async () => {
    const files = readMigrations(MIGRATIONS_DIR);
    expect(await migrate(driver, database, log)).toEqual(files.map((f) => f.version));
    const wanted = schemaStatements(GRAPH_MODEL);
    expect(await names("CONSTRAINTS")).toEqual(expect.arrayContaining(wanted.filter((s) => s.kind === "CONSTRAINT").map((s) => s.name)));
    expect(await names("INDEXES")).toEqual(expect.arrayContaining(wanted.filter((s) => s.kind === "INDEX").map((s) => s.name)));

    const chain = await run(
      `MATCH p = (b:__Neo4jMigration {version: 'BASELINE'})-[:MIGRATED_TO*]->(last) WHERE NOT (last)-[:MIGRATED_TO]->()
       RETURN [n IN nodes(p) | n {.version, .description, .type, .repeatable, .source, .checksum}] AS nodes,
              [r IN relationships(p) | r {.by, .connectedAs, at: r.at IS :: ZONED DATETIME, in: r.in IS :: DURATION}] AS links`,
    );
    expect(chain.records).toHaveLength(1);
    expect(chain.records[0]?.get("nodes")).toEqual([
      { version: "BASELINE", description: null, type: null, repeatable: null, source: null, checksum: null },
      ...files.map((f) => ({ version: f.version, description: f.description, type: "CYPHER", repeatable: false, source: f.source, checksum: f.checksum })),
    ]);
    for (const link of chain.records[0]?.get("links") as Record<string, unknown>[]) {
      expect(link).toEqual({ by: expect.any(String), connectedAs: "neo4j", at: true, in: true });
    }

    await resetToSeed(driver);
    expect(Number((await run("MATCH (n:Entity) RETURN count(n) AS n")).records[0]?.get("n"))).toBeGreaterThan(50);
    expect((await appliedMigrations(driver, database)).map((m) => m.version)).toEqual(files.map((f) => f.version));
  });

  it("runs twice and changes nothing the second time", async () => {
    await migrate(driver, database, log);
    await resetToSeed(driver);
    const graph = await graphFingerprint(driver);
    const history = await run("MATCH (m:__Neo4jMigration) RETURN count(m) AS n");
    expect(await migrate(driver, database, log)).toEqual([]);
    expect(await graphFingerprint(driver)).toBe(graph);
    expect((await run("MATCH (m:__Neo4jMigration) RETURN count(m) AS n")).records[0]?.get("n")).toEqual(history.records[0]?.get("n"));
  });

  it("brings a database at an earlier migration to the same graph as a fresh one", async () => {
    const withRename = await migrationsWith(RENAME);

    // Fresh: the seeds (which migrate the project's files first), then every migration.
    await resetToSeed(driver);
    expect(await migrate(driver, database, log, withRename)).toEqual(["9001"]);
    const fresh = await graphFingerprint(driver);

    // Earlier: the graph as it was before V9001, people's roles under their old name.
    await emptyDatabase();
    await resetToSeed(driver);
    await run("MATCH (p:Person) SET p.functions = p.roles REMOVE p.roles");
    expect(await graphFingerprint(driver)).not.toBe(fresh);
    expect(await migrate(driver, database, log, withRename)).toEqual(["9001"]);
    expect(await graphFingerprint(driver)).toBe(fresh);
  });

  it("records the migrations a run applied as one revision, which advances the graph version", async () => {
    const withRename = await migrationsWith(RENAME);
    await resetToSeed(driver);
    const version = async () => Number((await run("MATCH (v:GraphVersion) RETURN v.revision AS v")).records[0]?.get("v"));
    const before = await version();
    expect(await recordMigrations(driver, database, await migrate(driver, database, log, withRename))).toMatchObject({ operation: "migrate", actor: { id: "migration" }, summary: "migrate: applied V9001", changes: [] });
    expect(await version()).toBe(before + 1);
    // A run that applies nothing records nothing.
    expect(await recordMigrations(driver, database, await migrate(driver, database, log, withRename))).toBeNull();
    expect(await version()).toBe(before + 1);
  });

  it("refuses an applied migration whose file was edited, and applies nothing", async () => {
    await migrate(driver, database, log);
    const first = readMigrations(MIGRATIONS_DIR)[0]!;
    const tampered = await migrationsWith(RENAME);
    const text = await readFile(path.join(MIGRATIONS_DIR, first.source), "utf8");
    await writeFile(path.join(tampered, first.source), text.replace("REQUIRE n.id IS UNIQUE;", "REQUIRE n.id IS UNIQUE;\nCREATE INDEX sneaky IF NOT EXISTS FOR (n:Theme) ON (n.nameEn);"));
    const before = await appliedMigrations(driver, database);

    const refusal = await migrate(driver, database, log, tampered).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MigrationError);
    expect((refusal as Error).message).toMatch(new RegExp(`^Checksum of ${first.version} \\("${first.description}"\\) changed!`));
    expect(await appliedMigrations(driver, database)).toEqual(before);
    expect(await names("INDEXES")).not.toContain("sneaky");
    expect((await run("MATCH (l:__Neo4jMigrationsLock) RETURN count(l) AS n")).records[0]?.get("n")).toBe(0);
  });

  it("lets two processes race: each migration is applied once", async () => {
    const migrateInAProcess = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "src/db/migrations/cli.ts"], { cwd: projectRoot, env: { ...process.env, LOG_LEVEL: "warn" } });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("close", (code) => resolve({ code, output }));
      });
    const [a, b] = await Promise.all([migrateInAProcess(), migrateInAProcess()]);
    expect([a.code, b.code], `${a.output}\n${b.output}`).toEqual([0, 0]);
    expect([a.output, b.output].filter((o) => o.includes("Applied "))).toHaveLength(1);
    const versions = (await run("MATCH (m:__Neo4jMigration) RETURN m.version AS v ORDER BY v")).records.map((r) => r.get("v") as string);
    expect(versions).toEqual([...readMigrations(MIGRATIONS_DIR).map((f) => f.version), "BASELINE"].sort());
  });
});

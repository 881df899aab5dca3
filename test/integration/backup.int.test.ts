/**
 * Backups on the real Neo4j: the export (any server) restored into an emptied database gives the
 * same graph with the same property types, bookkeeping handled as import-graph.ts says; a database
 * with a graph is refused; and, on the project's local Neo4j, Neo4j's own dump and load round-trip
 * the database with the server stopped and started again. The file ends with the seeded graph.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError } from "../../src/db/backup/export-file.js";
import { exportGraph } from "../../src/db/backup/export-graph.js";
import { restoreExport } from "../../src/db/backup/import-graph.js";
import { dumpLocalDatabase, loadLocalDatabase } from "../../src/db/backup/local-dump.js";
import { localNeo4jStatus } from "../../src/db/local-neo4j.js";
import { MIGRATION_LABEL, MigrationError } from "../../src/db/migrations/migrate.js";
import { createDriver } from "../../src/db/neo4j.js";
import { isMarkedTestDatabase, TEST_DATABASE_LABEL } from "../../src/db/test-database.js";
import { graphFingerprint, log, resetToSeed, testConfig } from "./harness.js";

const config = testConfig();
const { database } = config.neo4j;
let driver: Driver;
let dir: string;
const run = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(cypher, params, { database });

/**
 * Nodes that stand for the history another change adds (labels the model does not know, not
 * attached to entities), with a property of every kind a backup must keep apart.
 */
const ADD_HISTORY = `
CREATE (v:GraphVersion {id: 'gv-7', number: 7, at: datetime('2026-01-02T03:04:05.123456789+01:00'), day: date('2026-01-02'), took: duration('P1DT1.5S')})
CREATE (r:Revision:RevisionSubject {id: 'rev-1', weight: 2.0, ratio: 0.5, big: 9007199254740993, counts: [1, 2, 3], scores: [1.5, 2.0], tags: ['a', 'é'], flags: [true, false], published: true})
CREATE (s:SourceText {id: 'src-text-1', text: 'Eén zin — met “aanhalingstekens”\nen een tweede regel'})
CREATE (r)-[:OF_VERSION {order: 1, weight: 1.0}]->(v)
CREATE (r)-[:HAS_TEXT {lines: [1, 2]}]->(s)
CREATE (v)-[:FOLLOWS]->(v)`;

/** Every property's Cypher type, graph and bookkeeping alike, in a stable order. */
async function propertyTypes(): Promise<string[]> {
  const { records } = await run(`
    CALL { MATCH (n) UNWIND keys(n) AS key RETURN apoc.text.join(apoc.coll.sort(labels(n)), ':') + '.' + key + ' ' + valueType(n[key]) AS line
           UNION ALL
           MATCH ()-[r]->() UNWIND keys(r) AS key RETURN type(r) + '.' + key + ' ' + valueType(r[key]) AS line }
    RETURN line ORDER BY line`);
  return records.map((r) => r.get("line") as string);
}

/** The migration history as Neo4j-Migrations' CLI reads it: versions, checksums, and who applied each when. */
async function migrationHistory(): Promise<string[]> {
  const { records } = await run(`
    MATCH (m:${MIGRATION_LABEL}) OPTIONAL MATCH (prev)-[r:MIGRATED_TO]->(m)
    RETURN m.version + ' ' + coalesce(m.checksum, '-') + ' after ' + coalesce(prev.version, '-') + ' at ' + coalesce(toString(r.at), '-') + ' in ' + coalesce(toString(r.in), '-') + ' by ' + coalesce(r.by, '-') AS line
    ORDER BY line`);
  return records.map((r) => r.get("line") as string);
}

const schemaNames = async () => (await run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name")).records.map((r) => r.get("name") as string);
const testMarks = async () => (await run(`MATCH (m:${TEST_DATABASE_LABEL}) RETURN toString(m.createdAt) AS createdAt`)).records.map((r) => r.get("createdAt") as string);

beforeAll(async () => {
  // A driver that keeps integers apart from floats, as the export needs; the checks below read through it too.
  driver = createDriver(config.neo4j, { losslessIntegers: true });
  dir = await mkdtemp(path.join(tmpdir(), "backup-test-"));
});
afterAll(async () => {
  await resetToSeed(driver);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe("Backup: export and restore", () => {
  it("restores every node and relationship, bookkeeping included, with exact property types, into an emptied database", async () => {
    await resetToSeed(driver);
    await run(ADD_HISTORY);
    const before = { fingerprint: await graphFingerprint(driver), types: await propertyTypes(), history: await migrationHistory(), indexes: await schemaNames(), marks: await testMarks() };
    const { records } = await run("MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships");
    const file = path.join(dir, "graph.jsonl.gz");

    const exported = await exportGraph(driver, config.neo4j, file, log);
    expect({ nodes: exported.nodes, relationships: exported.relationships }).toEqual({ nodes: Number(records[0]?.get("nodes")), relationships: Number(records[0]?.get("relationships")) });

    await run(`MATCH (n) WHERE NOT n:${TEST_DATABASE_LABEL} DETACH DELETE n`);
    expect(await graphFingerprint(driver)).not.toBe(before.fingerprint);
    const restored = await restoreExport(driver, config.neo4j, file, { replace: false, batchSize: 50 }, log);

    expect(restored).toMatchObject({ nodes: exported.nodes - 1, relationships: exported.relationships, notRestored: { [TEST_DATABASE_LABEL]: 1 }, migrated: [] });
    expect(await graphFingerprint(driver)).toBe(before.fingerprint);
    expect(await propertyTypes()).toEqual(before.types);
    // The file's history, with its original times, once: not a second one from the restore's own migrate.
    expect(await migrationHistory()).toEqual(before.history);
    expect(await schemaNames()).toEqual(before.indexes);
    // The target's own mark, not a second one from the file.
    expect(await testMarks()).toEqual(before.marks);
    const leftovers = await run("MATCH (n) WHERE n:__BackupImport OR n.__backupKey IS NOT NULL RETURN count(n) AS count");
    expect(Number(leftovers.records[0]?.get("count"))).toBe(0);
  });

  it("keeps each value exactly, down to integers beyond 2^53 and nanoseconds (in the graph the test above restored)", async () => {
    const { records } = await run(`
      MATCH (r:Revision {id: 'rev-1'})-[:OF_VERSION]->(v:GraphVersion)
      RETURN labels(r) AS labels, toString(r.big) AS big, valueType(r.weight) AS weight, valueType(r.counts) AS counts, valueType(r.scores) AS scores,
             valueType(r.flags) AS flags, toString(v.at) AS at, toString(v.took) AS took, valueType(v.day) AS day`);
    expect(records.map((r) => r.toObject())).toEqual([
      {
        labels: ["Revision", "RevisionSubject"],
        big: "9007199254740993",
        weight: "FLOAT NOT NULL",
        counts: "LIST<INTEGER NOT NULL> NOT NULL",
        scores: "LIST<FLOAT NOT NULL> NOT NULL",
        flags: "LIST<BOOLEAN NOT NULL> NOT NULL",
        at: "2026-01-02T03:04:05.123456789+01:00",
        took: "P1DT1.5S",
        day: "DATE NOT NULL",
      },
    ]);
  });

  it("refuses a database that holds a graph, naming the way out, and changes nothing", async () => {
    const file = path.join(dir, "graph.jsonl.gz");
    await resetToSeed(driver);
    const before = await graphFingerprint(driver);
    const { records } = await run("MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__') RETURN count(n) AS count");
    await expect(restoreExport(driver, config.neo4j, file, { replace: false }, log)).rejects.toThrow(
      new BackupError(
        `Refusing to restore into Neo4j at ${config.neo4j.uri} (database "${database}"): it is not empty (${Number(records[0]?.get("count"))} nodes besides its migration history and test mark). ` +
          "A restore goes into an empty database. Add --replace to delete everything in it first, or point NEO4J_URI at an empty database.",
      ),
    );
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it("with replace, empties a database that holds a graph and restores the file's graph", async () => {
    const file = path.join(dir, "graph.jsonl.gz");
    await run("CREATE (:Stray {id: 'stray'})");
    await restoreExport(driver, config.neo4j, file, { replace: true }, log);
    const { records } = await run("MATCH (n) WHERE n:Stray OR n.id = 'gv-7' RETURN labels(n) AS labels");
    expect(records.map((r) => r.get("labels") as string[])).toEqual([["GraphVersion"]]);
  });

  it("refuses, before deleting anything, a file whose migrations this code does not have", async () => {
    const file = path.join(dir, "graph.jsonl.gz");
    const [header, ...rest] = gunzipSync(await readFile(file)).toString("utf8").split("\n");
    const future = JSON.parse(header as string) as { migrations: object[] };
    future.migrations.push({ version: "9999", description: "from the future", source: "V9999__from_the_future.cypher", checksum: "1" });
    const futureFile = path.join(dir, "future.jsonl.gz");
    await writeFile(futureFile, gzipSync([JSON.stringify(future), ...rest].join("\n")));
    const before = await graphFingerprint(driver);
    await expect(restoreExport(driver, config.neo4j, futureFile, { replace: true }, log)).rejects.toThrow(
      new MigrationError('Migration 9999 ("from the future", V9999__from_the_future.cypher) was applied but its file is missing from migrations/; restore it.'),
    );
    expect(await graphFingerprint(driver)).toBe(before);
  });
});

describe("Backup: Neo4j's dump and load of the local Neo4j", () => {
  it.skipIf(config.neo4j.external)(
    "dumps with the server stopped, loads the dump back over a changed graph, and leaves the server running and marked as the tests' database (skipped when NEO4J_URI names another server)",
    async () => {
      await resetToSeed(driver);
      await run(ADD_HISTORY);
      const before = { fingerprint: await graphFingerprint(driver), history: await migrationHistory(), indexes: await schemaNames() };
      const file = path.join(dir, "local.dump");
      await driver.close();

      const dumped = await dumpLocalDatabase(config, file, log);
      expect({ exists: existsSync(file), restarted: dumped.restarted }).toEqual({ exists: true, restarted: true });
      driver = createDriver(config.neo4j, { losslessIntegers: true });
      await resetToSeed(driver);
      expect(await graphFingerprint(driver)).not.toBe(before.fingerprint);
      await driver.close();

      const loaded = await loadLocalDatabase(config, file, { replace: true }, log);
      expect(loaded.restarted).toBe(true);
      expect((await localNeo4jStatus(config.localNeo4j)).running).toBe(true);
      driver = createDriver(config.neo4j, { losslessIntegers: true });
      expect(await graphFingerprint(driver)).toBe(before.fingerprint);
      expect({ history: await migrationHistory(), indexes: await schemaNames() }).toEqual({ history: before.history, indexes: before.indexes });
      expect(await isMarkedTestDatabase(driver, database)).toBe(true);
    },
    300_000,
  );
});

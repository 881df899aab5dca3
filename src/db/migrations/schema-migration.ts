/**
 * Writes the constraints and indexes the graph model needs (graph-schema.ts) that the migrations in
 * `migrations/` do not create yet as the next migration. Run by `npm run codegen`; a model change
 * thus arrives as a new file, and applied files are never edited. An index or constraint whose
 * definition changed (the full-text index when a node type is added) is dropped and created anew.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { schemaStatements, type SchemaStatement } from "../graph-schema.js";
import type { GraphModel } from "../../model/graph-model.js";
import { compareVersions, type MigrationFile } from "./migration-file.js";

const CREATES = /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?INDEX)\s+(\w+)/i;
const DROPS = /^DROP\s+(?:CONSTRAINT|INDEX)\s+(\w+)/i;
const sameCypher = (a: string, b: string) => a.replace(/\s+/g, " ") === b.replace(/\s+/g, " ");

/** What the migrations leave behind: each named constraint or index with the statement that last created it. */
function createdByMigrations(migrations: readonly MigrationFile[]): Map<string, string> {
  const created = new Map<string, string>();
  for (const statement of migrations.flatMap((m) => m.statements.map((s) => s.replace(/^(?:\/\/.*(?:\r?\n|\r))+/, "")))) {
    const create = CREATES.exec(statement);
    if (create) created.set(create[1] as string, statement);
    const drop = DROPS.exec(statement);
    if (drop) created.delete(drop[1] as string);
  }
  return created;
}

/** The statements a next migration needs so the database has what the model asks for (empty: nothing to do). */
export function missingSchemaStatements(model: GraphModel, migrations: readonly MigrationFile[]): string[] {
  const created = createdByMigrations(migrations);
  return schemaStatements(model).flatMap((wanted: SchemaStatement) => {
    const existing = created.get(wanted.name);
    if (existing === undefined) return [wanted.cypher];
    if (sameCypher(existing, wanted.cypher)) return [];
    return [`DROP ${wanted.kind} ${wanted.name} IF EXISTS`, wanted.cypher];
  });
}

/** Writes the next migration when the model needs one; returns its file name, or null. */
export function writeSchemaMigration(model: GraphModel, migrations: readonly MigrationFile[], dir: string): string | null {
  const statements = missingSchemaStatements(model, migrations);
  if (statements.length === 0) return null;
  const last = [...migrations].sort((a, b) => compareVersions(a.version, b.version)).at(-1);
  const next = last ? Number(last.version.split(".")[0]) + 1 : 1;
  const fileName = `V${String(next).padStart(4, "0")}__constraints_and_indexes.cypher`;
  const header = "// Written by `npm run codegen` from the graph model (schema/). Once applied, never edit it:\n// a model change writes the next migration.\n";
  writeFileSync(path.join(dir, fileName), `${header}${statements.map((s) => `${s};\n`).join("")}`);
  return fileName;
}

import { describe, expect, it } from "vitest";
import { checksumOf, compareVersions, executableStatements, parseMigration, statementsOf } from "./migration-file.js";
import { pendingMigrations, type AppliedMigration } from "./migrate.js";

const THREE = "MATCH (n) RETURN count(n) AS n";

describe("Migration files: read as Neo4j-Migrations reads them", () => {
  // Neo4j-Migrations' own test vector (CypherResourceTests, DefaultCypherResourceTests GH-232).
  it.each([
    ["unix", "\n"],
    ["dos", "\r\n"],
    ["mac", "\r"],
  ])("gives its checksum 1902097523 to three statements with %s line endings", (_name, eol) => {
    const file = parseMigration("V0001__three_counts.cypher", `${THREE};${eol}${THREE};${eol}${THREE};${eol}`);
    expect(file.statements).toEqual([THREE, THREE, THREE]);
    expect(file.checksum).toBe("1902097523");
  });

  it("reads version and description from the file name", () => {
    expect(parseMigration("V1_2__theme_hierarchy.cypher", "RETURN 1;")).toMatchObject({ version: "1.2", description: "theme hierarchy", source: "V1_2__theme_hierarchy.cypher" });
    expect(parseMigration("V0007__x.cypher", "RETURN 1")).toMatchObject({ version: "0007", statements: ["RETURN 1"] });
  });

  it.each(["0001__no_v.cypher", "V1_constraints.cypher", "V1__x.sql", "Vx__y.cypher"])("refuses the file name %s, saying how to name one", (name) => {
    expect(() => parseMigration(name, "RETURN 1;")).toThrow("a migration is named V<version>__<description>.cypher");
  });

  it("counts a comment-only statement in the checksum but does not run it", () => {
    const file = parseMigration("V2__x.cypher", "// only a comment\n// and another;\nCREATE (:A);\n");
    expect(file.statements).toHaveLength(2);
    expect(executableStatements(file)).toEqual(["CREATE (:A)"]);
    expect(file.checksum).toBe(checksumOf(statementsOf("// only a comment\n// and another;\nCREATE (:A);")));
    expect(file.checksum).not.toBe(checksumOf(["CREATE (:A)"]));
  });

  it("orders versions part by part, as numbers", () => {
    expect(["10", "2", "1.10", "1.2", "0001"].sort(compareVersions)).toEqual(["0001", "1.2", "1.10", "2", "10"]);
  });
});

describe("Migration files against the history", () => {
  const file = (version: string, text = "RETURN 1;") => parseMigration(`V${version}__step.cypher`, text);
  const applied = (version: string, checksum: string): AppliedMigration => ({ version, description: "step", source: `V${version}__step.cypher`, checksum, installedOn: null, installedBy: null, executionTimeMs: null });

  it("leaves the applied ones out and keeps the rest in order", () => {
    const files = [file("1"), file("2"), file("3")];
    expect(pendingMigrations(files, [applied("1", files[0]!.checksum)]).map((f) => f.version)).toEqual(["2", "3"]);
  });

  it("refuses an applied file whose checksum changed, never re-running it", () => {
    const edited = file("1", "RETURN 2;");
    expect(() => pendingMigrations([edited], [applied("1", file("1").checksum)])).toThrow(`Checksum of 1 ("step") changed!`);
  });

  it("refuses when an applied migration's file is gone, and a new file older than the newest applied", () => {
    expect(() => pendingMigrations([file("2")], [applied("1", "0"), applied("2", file("2").checksum)])).toThrow("its file is missing");
    expect(() => pendingMigrations([file("1"), file("2")], [applied("2", file("2").checksum)])).toThrow("older than the newest applied migration 2");
  });
});

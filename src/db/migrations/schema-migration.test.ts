import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../config.js";
import { deriveGraphModel } from "../../model/derive-model.js";
import { GRAPH_MODEL } from "../../model/graph-model.js";
import { readTypeDefs } from "../../model/schema-files.js";
import { readMigrations } from "./migration-file.js";
import { missingSchemaStatements } from "./schema-migration.js";

const migrations = readMigrations(path.join(projectRoot, "migrations"));

describe("Schema migrations: written from the graph model", () => {
  it("the committed migrations create every constraint and index the model needs (else run npm run codegen)", () => {
    expect(missingSchemaStatements(GRAPH_MODEL, migrations)).toEqual([]);
  });

  it("a new relationship type needs only its evidence and stale-evidence indexes", () => {
    const model = deriveGraphModel(readTypeDefs().replace(/(type Organisation implements Entity[^{]*\{)/, '$1\n  hosts: [Network!]! @relationship(type: "HOSTS", direction: OUT, properties: "Fact")'));
    expect(missingSchemaStatements(model, migrations)).toEqual([
      "CREATE INDEX hosts_source IF NOT EXISTS FOR ()-[r:HOSTS]-() ON (r.source)",
      "CREATE INDEX hosts_stale IF NOT EXISTS FOR ()-[r:HOSTS]-() ON (r.stale)",
    ]);
  });

  it("a new node type needs its id constraint, and the search index is dropped and made again over every label", () => {
    const sdl = `${readTypeDefs().replace("  SOURCE\n}", "  SOURCE\n  EVENT\n}")}
      type Event implements Entity @node(labels: ["Event", "Entity"]) {
        id: ID!
        name: String!
        description: String
        aliases: [String!]!
        type: EntityType! @populatedBy(callback: "entityTypeEvent", operations: [CREATE, UPDATE])
      }`;
    const statements = missingSchemaStatements(deriveGraphModel(sdl), migrations);
    expect(statements[0]).toBe("CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE");
    expect(statements[1]).toBe("DROP INDEX entity_search IF EXISTS");
    expect(statements[2]).toMatch(/^CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR \(n:Practice\|Organisation\|Network\|Region\|Theme\|Person\|Source\|Event\)/);
    expect(statements).toHaveLength(3);
  });
});

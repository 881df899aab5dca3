/** `npm run codegen`, second step: the next migration when the graph model needs constraints or indexes the migrations lack. */
import { GRAPH_MODEL } from "../../model/graph-model.js";
import { MIGRATIONS_DIR } from "./migrate.js";
import { readMigrations } from "./migration-file.js";
import { writeSchemaMigration } from "./schema-migration.js";

const written = writeSchemaMigration(GRAPH_MODEL, readMigrations(MIGRATIONS_DIR), MIGRATIONS_DIR);
if (written) console.log(`migrations/${written}: the model's new constraints and indexes (commit it)`);

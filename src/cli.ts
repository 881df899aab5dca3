/**
 * Shared frame of the command-line entry points: config and logger once, and known failures as
 * one clear line on stderr with exit code 1 (no stack trace for a mistake the user can fix).
 */
import { ConfigError, loadConfig, type Config } from "./config.js";
import { BackupError } from "./db/backup/export-file.js";
import { PropertyValueError } from "./db/backup/property-values.js";
import { LocalNeo4jError } from "./db/local-neo4j.js";
import { MigrationError } from "./db/migrations/migrate.js";
import { MigrationFileError } from "./db/migrations/migration-file.js";
import { DatabaseUnavailableError } from "./db/neo4j.js";
import { createLogger, type Logger } from "./logger.js";
import { SeedValidationError } from "./seed/seed-files.js";
import { ListenError } from "./server/http-errors.js";

const expectedErrors = [ConfigError, BackupError, PropertyValueError, DatabaseUnavailableError, LocalNeo4jError, SeedValidationError, ListenError, MigrationError, MigrationFileError];

export async function runCli(name: string, main: (ctx: { config: Config; log: Logger }) => Promise<void>): Promise<void> {
  let log = createLogger();
  try {
    const config = loadConfig();
    log = createLogger(config.logLevel).child({ component: name });
    await main({ config, log });
  } catch (error) {
    const known = expectedErrors.some((type) => error instanceof type);
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name}: ${message}`);
    if (!known) log.error({ err: error }, "unexpected failure");
    process.exitCode = 1;
  }
}

/** A driver that counts the Cypher statements sent through it, for tests that bound queries per request. */
import type { Driver } from "neo4j-driver";
import { observeStatements } from "../../src/db/observed-driver.js";

export interface CountingDriver {
  driver: Driver;
  readonly statements: string[];
  reset(): void;
}

export function countingDriver(inner: Driver): CountingDriver {
  const statements: string[] = [];
  return {
    driver: observeStatements(inner, ({ cypher }) => statements.push(cypher)),
    statements,
    reset: () => {
      statements.length = 0;
    },
  };
}

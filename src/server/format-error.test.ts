import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { EXPECTED_CODES, formatError } from "./format-error.js";

const formatted = (message: string, code?: string): GraphQLFormattedError => ({ message, path: ["entity"], ...(code ? { extensions: { code } } : {}) });

describe("Error formatting: stable codes, no internals", () => {
  it.each([...EXPECTED_CODES])("passes an expected %s through as it is", (code) => {
    const error = formatted(`A message for ${code}.`, code);
    expect(formatError(error, new GraphQLError(error.message))).toBe(error);
  });

  it.each([
    ["a transaction timeout", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "QUERY_TIMEOUT"],
    ["a transaction stopped while waiting for a lock", "Neo.TransientError.Transaction.LockClientStopped", "QUERY_TIMEOUT"],
    ["an unreachable database", "ServiceUnavailable", "SERVICE_UNAVAILABLE"],
    ["a broken uniqueness constraint", "Neo.ClientError.Schema.ConstraintValidationFailed", "BAD_USER_INPUT"],
  ])("gives %s its code and a message for people", (_case, neo4jCode, code) => {
    const answer = formatError(formatted("Neo4j said something internal", "INTERNAL_SERVER_ERROR"), new Neo4jError("Neo4j said something internal\nat line 1", neo4jCode as never, "50N42", ""));
    expect(answer.extensions?.code).toBe(code);
    expect(answer.message).not.toContain("at line 1");
  });

  it("masks anything unexpected, keeping only where it happened", () => {
    const answer = formatError(
      { message: "Cannot read properties of undefined (reading 'x')", path: ["entity", "name"], locations: [{ line: 1, column: 3 }], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["TypeError: ...", "at resolver.ts:12"] } },
      new TypeError("Cannot read properties of undefined (reading 'x')"),
    );
    expect(answer).toEqual({
      message: "Internal server error; it was logged with this request's id (see the x-request-id response header).",
      path: ["entity", "name"],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("names the setting when a query has too many tokens", () => {
    const answer = formatError(formatted("Syntax Error: Document contains more than 1000 tokens. Parsing aborted.", "GRAPHQL_PARSE_FAILED"), new GraphQLError("x"));
    expect(answer).toMatchObject({ message: "Query token limit of 1000 exceeded (setting MAX_TOKENS).", extensions: { code: "GRAPHQL_PARSE_FAILED", limit: "MAX_TOKENS" } });
  });
});

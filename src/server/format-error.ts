/**
 * Gives every error in a response a stable `extensions.code` and a message for humans, and masks
 * anything unexpected (logged with the request id by the logging plugin) so no internals leak.
 */
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { BOOKMARK_HEADER } from "./bookmarks.js";
import { Neo4jError } from "neo4j-driver";
import { TOO_MANY_TOKENS } from "./query-limits.js";

export const EXPECTED_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "SERVICE_UNAVAILABLE",
  "QUERY_TIMEOUT",
  "WRITE_OUTCOME_UNKNOWN",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "PERSISTED_QUERY_NOT_IN_LIST",
]);

const TRANSACTION_STOPPED = /^Neo\.(ClientError|TransientError)\.Transaction\.(TransactionTimedOut\w*|LockClientStopped|Terminated)$/;
const DRIVER_UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired"]);

/** The code and message an error should carry, or null when it is unexpected (an internal error). */
export function classifyError(error: unknown): { code: string; message: string } | null {
  const original = unwrapResolverError(error);
  // @neo4j/graphql does not export its error classes, and they all keep GraphQLError's `name`.
  const name = original instanceof Error ? original.constructor.name : "";
  const message = original instanceof Error ? original.message : String(original);
  if (name === "Neo4jGraphQLAuthenticationError" || (name === "Neo4jGraphQLError" && message === "Unauthenticated")) {
    return { code: "UNAUTHENTICATED", message: "This operation needs a valid editor token (Authorization: Bearer <JWT>)." };
  }
  if (name === "Neo4jGraphQLForbiddenError") {
    return { code: "FORBIDDEN", message: "This operation needs the role \"editor\" in the token." };
  }
  if (name === "Neo4jGraphQLConstraintValidationError") {
    return { code: "BAD_USER_INPUT", message: "Conflicts with existing data: a value that must be unique is already taken; nothing was written." };
  }
  if (name === "Neo4jGraphQLRelationshipValidationError") {
    return { code: "BAD_USER_INPUT", message };
  }
  if (original instanceof Neo4jError) {
    // Neo4j stopped the transaction at its time limit (QUERY_TIMEOUT_MS); nothing it would have written was.
    // One stopped while waiting for a lock reports LockClientStopped instead.
    if (TRANSACTION_STOPPED.test(original.code)) {
      return { code: "QUERY_TIMEOUT", message: "The request took longer than the API allows a query (setting QUERY_TIMEOUT_MS) and was stopped; ask for less (a narrower filter, a smaller limit or depth). Nothing was written." };
    }
    if (DRIVER_UNAVAILABLE.has(original.code) || original.retriable) {
      return { code: "SERVICE_UNAVAILABLE", message: "The graph database is unavailable; try again shortly." };
    }
    if (original.code.startsWith("Neo.ClientError.Transaction.InvalidBookmark")) {
      return { code: "BAD_USER_INPUT", message: `The ${BOOKMARK_HEADER} header names a bookmark this graph does not know; send back the value of that header of an earlier answer of this API, unchanged, or none.` };
    }
    if (original.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return { code: "BAD_USER_INPUT", message: `Conflicts with existing data: ${message.split("\n")[0]}` };
    }
  }
  return null;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const tooManyTokens = code === "GRAPHQL_PARSE_FAILED" ? TOO_MANY_TOKENS.exec(formatted.message) : null;
  if (tooManyTokens) {
    const message = `Query token limit of ${tooManyTokens[1]} exceeded (setting MAX_TOKENS).`;
    return { ...formatted, message, extensions: { ...formatted.extensions, limit: "MAX_TOKENS" } };
  }
  if (typeof code === "string" && EXPECTED_CODES.has(code)) return formatted;
  const classified = classifyError(error);
  if (classified) {
    return { ...formatted, message: classified.message, extensions: { ...formatted.extensions, code: classified.code } };
  }
  return {
    message: "Internal server error; it was logged with this request's id (see the x-request-id response header).",
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

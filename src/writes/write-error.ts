/**
 * Why a write was refused, in terms the API passes on unchanged: a stable code, a message that names
 * the field, the value and what is allowed, and the field. The write layer knows no GraphQL; the
 * API turns these into GraphQL errors with the same code (src/graphql/writes/).
 */
export type WriteErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN";

export class WriteError extends Error {
  override name = "WriteError";
  constructor(
    readonly code: WriteErrorCode,
    message: string,
    /** The input field the error is about, e.g. `evidence.quote`. */
    readonly field: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badInput = (field: string, message: string, details: Record<string, unknown> = {}) => new WriteError("BAD_USER_INPUT", message, field, details);
export const notFoundError = (field: string, message: string) => new WriteError("NOT_FOUND", message, field);
export const conflict = (field: string, message: string, details: Record<string, unknown> = {}) => new WriteError("CONFLICT", message, field, details);

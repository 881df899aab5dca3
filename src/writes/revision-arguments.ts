/**
 * What a caller may give to page through history, in one place for every door that reads it (the
 * GraphQL `changes` and `history` fields, the change feed over HTTP): a revision id as a cursor, and
 * a time to start from. Each refusal names the input, the value and what is allowed; the caller
 * says what kind of input it was (`Argument "after"`, `Parameter "after"`, `Header "Last-Event-ID"`).
 */
import { badInput } from "./write-error.js";

const REVISION_ID = /^[1-9]\d{0,15}$/;
const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;

/** A revision id (its number), or null when none was given. */
export function revisionCursor(input: { field: string; label: string }, value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!REVISION_ID.test(value)) {
    throw badInput(input.field, `${input.label} must be a revision id (a positive whole number, e.g. an earlier page's endCursor); got ${JSON.stringify(value)}.`);
  }
  return Number(value);
}

/** An ISO 8601 date or time, as UTC ISO 8601, or null when none was given. */
export function sinceTime(input: { field: string; label: string }, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(Date.parse(value)) || !ISO_DATE_START.test(value)) {
    throw badInput(input.field, `${input.label} must be an ISO 8601 date or time, e.g. 2026-12-01 or 2026-12-01T09:00:00Z; got ${JSON.stringify(value)}.`);
  }
  return new Date(value).toISOString();
}

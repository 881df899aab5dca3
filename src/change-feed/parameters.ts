/**
 * The query parameters of the change feed's endpoints, checked before anything is read: a typo such
 * as `?afer=12` is refused rather than silently ignored (it would page from the start), a repeated
 * one too. Refusals name the parameter, the value and what is allowed (FeedParameterError).
 */
import { MAX_REVISIONS_PAGE } from "../writes/revisions.js";
import { revisionCursor, sinceTime } from "../writes/revision-arguments.js";
import { WriteError } from "../writes/write-error.js";

export class FeedParameterError extends Error {
  override name = "FeedParameterError";
  constructor(
    /** The parameter (or header) at fault, e.g. `limit` or `Last-Event-ID`. */
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** How many revisions one answer holds when the caller does not say. */
export const DEFAULT_LIMIT = 50;

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

type Query = Record<string, unknown>;

/** The query's parameters as single strings, refusing any not in `allowed` and any given twice. */
export function singleValues(query: Query, allowed: readonly string[]): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!allowed.includes(name)) {
      throw new FeedParameterError(name, `Unknown parameter "${name}". This address takes ${allowed.length === 0 ? "no parameters" : allowed.map((a) => `"${a}"`).join(", ")}.`);
    }
    if (typeof value !== "string") throw new FeedParameterError(name, `Parameter "${name}" must be given once, as a plain value; got ${JSON.stringify(value)}.`);
    values[name] = value;
  }
  return values;
}

/** Revision-argument refusals (the rules every door shares) as the feed's. */
function asParameter<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof WriteError ? new FeedParameterError(error.field, error.message) : error;
  }
}

export function limitOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_REVISIONS_PAGE)) {
    throw new FeedParameterError("limit", `Parameter "limit" must be a whole number from 1 to ${MAX_REVISIONS_PAGE}; got ${JSON.stringify(value)}.`);
  }
  return limit;
}

export const afterOf = (value: string | undefined): number | null => asParameter(() => revisionCursor({ field: "after", label: 'Parameter "after"' }, value));

export const sinceOf = (value: string | undefined): string | null => asParameter(() => sinceTime({ field: "since", label: 'Parameter "since"' }, value));

/** The revision a reconnecting event-stream client saw last (the `Last-Event-ID` header its EventSource sends). */
export const lastEventIdOf = (value: string | undefined): number | null =>
  asParameter(() => revisionCursor({ field: "Last-Event-ID", label: 'Header "Last-Event-ID"' }, value === "" ? undefined : value));

/** `?lang=` when given (only nl or en), else the first of nl and en the Accept-Language header prefers, else Dutch. */
export function languageOf(value: string | undefined, acceptsLanguages: (...languages: string[]) => string | false): Language {
  if (value !== undefined) {
    if (!(LANGUAGES as readonly string[]).includes(value)) {
      throw new FeedParameterError("lang", `Parameter "lang" must be ${LANGUAGES.map((l) => `"${l}"`).join(" or ")}; got ${JSON.stringify(value)}.`);
    }
    return value as Language;
  }
  const accepted = acceptsLanguages(...LANGUAGES);
  return accepted === false ? "nl" : (accepted as Language);
}

/**
 * What part of the graph an export holds, from its query parameters: the whole graph (none), the
 * neighbourhood of one node (`root`, `depth` 1 to MAX_EXPORT_DEPTH), or the shortest paths between
 * two (`from`, `to`, optional `k` and `maxHops`, as the `paths` question takes them). Parameters are
 * checked before anything is read; a refusal names the parameter, the value and what is allowed.
 */
import { FeedParameterError, singleValues } from "../change-feed/parameters.js";

/** How far a neighbourhood export reaches: each hop can multiply the nodes, so an anonymous caller's cost stays bounded. */
export const MAX_EXPORT_DEPTH = 3;
export const DEFAULT_EXPORT_DEPTH = 1;
/** The `paths` question's own limits and defaults (schema/questions.graphql). */
export const MAX_PATHS = 10;
export const DEFAULT_PATHS = 1;
export const MAX_PATH_HOPS = 10;
export const DEFAULT_PATH_HOPS = 6;

export type ExportScope =
  | { kind: "graph" }
  | { kind: "neighbourhood"; root: string; depth: number }
  | { kind: "path"; from: string; to: string; k: number; maxHops: number };

/** A refused parameter (400): the change feed's error, so every GET address answers alike. */
export { FeedParameterError as ExportParameterError };

const PARAMETERS = ["root", "depth", "from", "to", "k", "maxHops"];

function wholeNumber(name: string, value: string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const number = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(number >= min && number <= max)) {
    throw new FeedParameterError(name, `Parameter "${name}" must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}.`);
  }
  return number;
}

function id(name: string, value: string): string {
  if (value.trim() === "") throw new FeedParameterError(name, `Parameter "${name}" must be an entity id such as "mijn-pad"; got an empty value.`);
  return value;
}

export function scopeOf(query: Record<string, unknown>): ExportScope {
  const values = singleValues(query, PARAMETERS);
  const { root, from, to } = values;
  if (root !== undefined) {
    const other = ["from", "to", "k", "maxHops"].find((name) => values[name] !== undefined);
    if (other) throw new FeedParameterError(other, `Parameter "${other}" belongs to a path export (from, to); this one asks for the neighbourhood of "root". Give one or the other.`);
    return { kind: "neighbourhood", root: id("root", root), depth: wholeNumber("depth", values.depth, 1, MAX_EXPORT_DEPTH, DEFAULT_EXPORT_DEPTH) };
  }
  if (values.depth !== undefined) throw new FeedParameterError("depth", 'Parameter "depth" needs "root": the neighbourhood of which node?');
  if (from !== undefined || to !== undefined) {
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? "from" : "to";
      throw new FeedParameterError(missing, `A path export needs both "from" and "to"; "${missing}" is missing.`);
    }
    return {
      kind: "path",
      from: id("from", from),
      to: id("to", to),
      k: wholeNumber("k", values.k, 1, MAX_PATHS, DEFAULT_PATHS),
      maxHops: wholeNumber("maxHops", values.maxHops, 1, MAX_PATH_HOPS, DEFAULT_PATH_HOPS),
    };
  }
  const stray = ["k", "maxHops"].find((name) => values[name] !== undefined);
  if (stray) throw new FeedParameterError(stray, `Parameter "${stray}" needs "from" and "to": it shapes a path export.`);
  return { kind: "graph" };
}

/** The scope in the address's own terms, defaults filled in: the manifest's `selection` and part of the ETag. */
export function selectionOf(scope: ExportScope): Record<string, string> {
  switch (scope.kind) {
    case "graph":
      return {};
    case "neighbourhood":
      return { root: scope.root, depth: String(scope.depth) };
    case "path":
      return { from: scope.from, to: scope.to, k: String(scope.k), maxHops: String(scope.maxHops) };
  }
}

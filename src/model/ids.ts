/**
 * What an id looks like, one rule for every node type and every door (seed files and API writes):
 * lowercase letters and digits, in words joined by single '-' or '_', at most 80 characters. It
 * covers both conventions the graph has: entities' readable slugs (`mijn-pad`) and the source
 * documents' file names (`004_efa2b08d00db0bc5`). Ids appear in URLs, export files and quotes of
 * API answers, so they stay URL-safe and case-stable; they never change once given.
 */
import { normaliseName } from "./text.js";

export const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 80;
export const ID_RULE = `lowercase letters a-z and digits in words joined by single '-' or '_', at most ${MAX_ID_LENGTH} characters, e.g. "mijn-pad"`;

/** Why `id` is not an acceptable id, or null when it is. */
export function idProblem(id: unknown): string | null {
  if (typeof id !== "string") return `must be an id (${ID_RULE}); got ${JSON.stringify(id)}`;
  if (id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id)) return `must be an id: ${ID_RULE}; got ${JSON.stringify(id)}`;
  return null;
}

/**
 * The id a new entity gets from its name: its words without case, accents or punctuation, joined
 * by '-' ("Hogeschool van Amsterdam" → "hogeschool-van-amsterdam"), cut at a word within the limit.
 * The suggester proposes it and the editor's desk sends it to createEntity.
 */
export function idForName(name: string): string {
  return normaliseName(name).replace(/ /g, "-").slice(0, MAX_ID_LENGTH).replace(/-+$/, "");
}

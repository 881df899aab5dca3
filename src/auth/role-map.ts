/**
 * Which of an identity provider's groups (or app roles, or entitlements) grant which of our roles:
 * OIDC_ROLE_MAP, e.g. `editor=kg-editors|3f2a…-group-id,privacy=kg-privacy`. A role is named
 * once, followed by `=` and the claim values that grant it, separated by `|`. Values are compared
 * exactly (case included); a value no entry names grants nothing, so a signed-in user outside the
 * groups reads like anyone and writes nothing.
 */
import { ROLES, type Role } from "./roles.js";

/** Claim value → the roles it grants. */
export type RoleMap = ReadonlyMap<string, readonly Role[]>;

/** Without OIDC_ROLE_MAP, the claim's values `editor` and `privacy` grant themselves (e.g. Entra app roles of those values). */
export const IDENTITY_ROLE_MAP: RoleMap = new Map(ROLES.map((role) => [role, [role]]));

const VALUE = /^[^\s,|]+$/;

/** The map OIDC_ROLE_MAP describes, or what is wrong with it (for the configuration's message). */
export function parseRoleMap(text: string): RoleMap | string {
  const map = new Map<string, Role[]>();
  const seen = new Set<string>();
  const entries = text.split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return "must name at least one role, e.g. editor=kg-editors";
  for (const entry of entries) {
    const at = entry.indexOf("=");
    const role = (at < 0 ? entry : entry.slice(0, at)).trim();
    if (!(ROLES as readonly string[]).includes(role)) return `"${role}" is not a role: use ${ROLES.join(" or ")}, as in editor=<group>|<group>,privacy=<group>`;
    if (seen.has(role)) return `names the role "${role}" twice: list all its groups once, separated by |`;
    seen.add(role);
    const values = at < 0 ? [] : entry.slice(at + 1).split("|").map((value) => value.trim());
    if (values.length === 0 || values.some((value) => !VALUE.test(value))) {
      return `the role "${role}" needs one or more group names or ids after "=", separated by | (no spaces or commas in them)`;
    }
    for (const value of values) map.set(value, [...new Set([...(map.get(value) ?? []), role as Role])]);
  }
  return map;
}

/**
 * The roles a token's claim grants. The claim may be a list of strings or one string (some
 * providers send a single group so); absent, it grants nothing. Any other shape is refused
 * (the reason is returned), rather than read in some way that might grant a role.
 */
export function rolesOfClaim(value: unknown, map: RoleMap, claim: string): Role[] | string {
  if (value === undefined || value === null) return [];
  const values = typeof value === "string" ? [value] : value;
  if (!Array.isArray(values) || !values.every((v) => typeof v === "string")) {
    return `its "${claim}" claim (setting OIDC_ROLES_CLAIM) must be a list of strings; got ${JSON.stringify(value).slice(0, 60)}`;
  }
  return [...new Set(values.flatMap((v) => map.get(v) ?? []))];
}

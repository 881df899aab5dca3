/**
 * Who may write: one check on the whole operation, before any of it runs. Every mutation needs a
 * verified token with the role it asks for (`roleFor`): `editor` for every change to the
 * knowledge, `privacy` for erasing a person (an editor alone may not). One mutation per request:
 * each write is one transaction and one revision, and its answer carries that revision.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind } from "graphql";
import type { RequestContext } from "../context.js";
import type { VerifiedToken } from "../../auth/editor-token.js";
import { EDITOR_ROLE, PRIVACY_ROLE } from "../../auth/roles.js";
import { ERASE_PERSON } from "../../writes/erasure.js";
import type { Actor } from "../../writes/revisions.js";

export { EDITOR_ROLE, PRIVACY_ROLE };

/** The role each mutation needs: an editor's for every change to the knowledge, a privacy officer's for erasing a person. */
export const roleFor = (mutation: string): string => (mutation === ERASE_PERSON ? PRIVACY_ROLE : EDITOR_ROLE);

/** The author of a token's writes: its subject, and the display name it carries (OpenID Connect's `name`, else `preferred_username`). */
export function actorOf(jwt: VerifiedToken): Actor {
  const id = typeof jwt.sub === "string" && jwt.sub.length > 0 ? jwt.sub : "unknown";
  const name = [jwt.name, jwt.preferred_username].find((v): v is string => typeof v === "string" && v.trim().length > 0) ?? id;
  return { id, name: name.trim().slice(0, 200) };
}

// The refusal is a GraphQL error like any other (status 200, as the README documents for writes).
const refuse = (code: "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT", message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 200 } } });

/**
 * For the few reads only editors may make (a source's whole text: sourceDocument, suggestFacts):
 * the same refusals a write gets, UNAUTHENTICATED without a token, FORBIDDEN without the role.
 * Asked by the resolver, since a query may mix such a field with public ones.
 */
export function assertRole(jwt: VerifiedToken | undefined, role: string, what: string): void {
  if (!jwt) throw refuse("UNAUTHENTICATED", `${what} needs a token: send "Authorization: Bearer <JWT>" with "roles": ["${role}"].`);
  if (!jwt.roles.includes(role)) throw refuse("FORBIDDEN", `${what} needs the role "${role}"; this token has ${JSON.stringify(jwt.roles)}.`);
}

export const writeAccess: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== "mutation") return;
        const fields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value !== "__typename");
        const others = operation.selectionSet.selections.filter((s) => s.kind !== Kind.FIELD);
        const roles = [...new Set(fields.map((field) => roleFor(field.kind === Kind.FIELD ? field.name.value : "")))];
        if (!contextValue.jwt) {
          throw refuse("UNAUTHENTICATED", `Writes need a token: send "Authorization: Bearer <JWT>" with "roles": ${JSON.stringify(roles)}. Nothing was written.`);
        }
        const missing = roles.filter((role) => !contextValue.jwt?.roles.includes(role));
        if (missing.length > 0) {
          throw refuse("FORBIDDEN", `This write needs the role ${missing.map((r) => `"${r}"`).join(" and ")}; this token has ${JSON.stringify(contextValue.jwt.roles)}. Nothing was written.`);
        }
        if (fields.length !== 1 || others.length > 0) {
          throw refuse("BAD_USER_INPUT", `A mutation request makes exactly one change (one transaction, one revision); this one asks for ${fields.length + others.length}. Send them one by one. Nothing was written.`);
        }
      },
    };
  },
};

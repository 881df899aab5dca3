/**
 * Who may write: one check on the whole operation, before any of it runs. Every mutation, whatever
 * its shape (root or nested create, update of a node or of a relationship's evidence, connect,
 * disconnect, delete), needs a verified token with the role `editor`. Checking the operation
 * instead of each generated input type means no new type, relationship or input shape can slip
 * past: @neo4j/graphql's per-type rules did not cover relationship-property updates.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../context.js";

export const EDITOR_ROLE = "editor";

// The refusal is a GraphQL error like any other (status 200, as the README documents for writes).
const refuse = (code: "UNAUTHENTICATED" | "FORBIDDEN", message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 200 } } });

export const writeAccess: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== "mutation") return;
        if (!contextValue.jwt) {
          throw refuse("UNAUTHENTICATED", `Writes need an editor's token: send "Authorization: Bearer <JWT>" with "roles": ["${EDITOR_ROLE}"]. Nothing was written.`);
        }
        if (!contextValue.jwt.roles.includes(EDITOR_ROLE)) {
          throw refuse("FORBIDDEN", `Writes need the role "${EDITOR_ROLE}"; this token has ${JSON.stringify(contextValue.jwt.roles)}. Nothing was written.`);
        }
      },
    };
  },
};

/**
 * Limits on what one GraphQL request may ask (GraphQL Armor): depth, aliases, tokens, directives
 * and estimated cost. A request over a limit is refused before it runs, with BAD_USER_INPUT, the
 * limit's setting name in `extensions.limit`, and a message giving the limit and what was found.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { Config } from "../config.js";

type Limit = "MAX_DEPTH" | "MAX_ALIASES" | "MAX_TOKENS" | "MAX_DIRECTIVES" | "MAX_COST";

/** Reports a rejection as a validation error of our shape (Armor's own says "Syntax Error" and names no setting). */
const rejectWith = (limit: Limit) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const refusal = new GraphQLError(`${error.message.replace(/^Syntax Error: /, "")} (setting ${limit}).`, {
        extensions: { code: "BAD_USER_INPUT", limit },
      });
      if (context) context.reportError(refusal);
      // The token limit is checked while parsing, where there is no validation context: throwing fails the parse.
      else throw refusal;
    },
  ],
});

export function queryLimits(limits: Config["queryLimits"]): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...rejectWith("MAX_DEPTH") },
    maxAliases: { n: limits.maxAliases, ...rejectWith("MAX_ALIASES") },
    maxTokens: { n: limits.maxTokens, ...rejectWith("MAX_TOKENS") },
    maxDirectives: { n: limits.maxDirectives, ...rejectWith("MAX_DIRECTIVES") },
    costLimit: { maxCost: limits.maxCost, ...rejectWith("MAX_COST") },
    // Field suggestions ("did you mean ...?") help people exploring the schema; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Armor is a CommonJS package and its types name Apollo's CommonJS declarations; the objects are the same.
  return { plugins: armor.plugins as unknown as ApolloServerPlugin[], validationRules: armor.validationRules };
}

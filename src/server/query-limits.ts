/**
 * Limits on what one GraphQL request may ask: tokens (graphql-js's own parser limit, before
 * anything else runs), then depth, aliases, directives and estimated cost (GraphQL Armor's
 * validation rules). A request over a limit is refused before it runs with 400, code
 * GRAPHQL_PARSE_FAILED or GRAPHQL_VALIDATION_FAILED, the setting's name in `extensions.limit`, and
 * a message giving the limit and what was found.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { Config } from "../config.js";

type Limit = "MAX_DEPTH" | "MAX_ALIASES" | "MAX_DIRECTIVES" | "MAX_COST";

/** Reports a rejection as a validation error of our shape (Armor's own says "Syntax Error" and names no setting). */
const rejectWith = (limit: Limit) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const message = error.message.replace(/^Syntax Error: /, "").replace(/\.$/, "");
      context?.reportError(new GraphQLError(`${message} (setting ${limit}).`, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit } }));
    },
  ],
});

/** The parser's refusal, "Syntax Error: Document contains more tha(n|t) N tokens. Parsing aborted." (graphql-js spells it both ways). */
export const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

export function queryLimits(limits: Config["queryLimits"]): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...rejectWith("MAX_DEPTH") },
    maxAliases: { n: limits.maxAliases, ...rejectWith("MAX_ALIASES") },
    // Armor's token counter runs as an Apollo hook whose refusals surface as 500s; the parser's own limit answers 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...rejectWith("MAX_DIRECTIVES") },
    costLimit: { maxCost: limits.maxCost, ...rejectWith("MAX_COST") },
    // Field suggestions ("did you mean ...?") help people exploring the schema; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Armor is a CommonJS package and its types name Apollo's CommonJS declarations; the objects are the same.
  return {
    plugins: armor.plugins as unknown as ApolloServerPlugin[],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

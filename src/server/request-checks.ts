/**
 * Checks on a request's operation that the schema's types cannot express, made before anything
 * runs, each refusing with 400 and a message that names the argument and what is allowed:
 *   - pagination arguments (`limit`, `offset`, `first`, anywhere in the query) are whole numbers
 *     from 0 to MAX_PAGE_SIZE;
 *   - filters (`where`) hold no null where an object is expected, and all the filters of a request
 *     at most MAX_FILTER_CLAUSES conditions together, counted once the variables are filled in
 *     (3000 ORs keep Neo4j busy for half a minute; aliases must not multiply the limit);
 *   - a `sort` names at most MAX_SORT_KEYS keys;
 *   - the objects and lists of the arguments and variables nest at most MAX_INPUT_DEPTH deep
 *     (a NOT nested thousands deep would exhaust the stack of whatever walks it);
 *   - no subscriptions (the API has none);
 *   - every selection holds at least one field besides `__typename`.
 * The last two are validation rules; the others need the variables' values, so they run once
 * the operation is resolved, the nesting first, before anything walks the variables recursively.
 * Null filters and typename-only selections (below the top level) make @neo4j/graphql 7.6 build
 * invalid Cypher, an internal error; refusing them here gives the client a clear answer instead.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  Kind,
  GraphQLError,
  TypeInfo,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ASTVisitor,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValidationContext,
  type ValueNode,
} from "graphql";
import type { Config } from "../config.js";

export const MAX_PAGE_SIZE = 1000;
const PAGINATION_ARGUMENTS = new Set(["limit", "offset", "first"]);
/** Sort keys one list may name: no question needs more, and 3000 of them keep Neo4j busy for seconds. */
export const MAX_SORT_KEYS = 5;

const refuse = (message: string, argument: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument, http: { status: 400 } } });

/** The path of the first null standing where an input object is expected, if any. */
function nullObjectIn(value: unknown, type: GraphQLInputType, path: string): string | undefined {
  if (value === null || value === undefined || typeof value !== "object") return undefined;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [];
    for (const [i, item] of items.entries()) {
      const found = nullObjectIn(item, nullable.ofType as GraphQLInputType, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isInputObjectType(nullable)) return undefined;
  const fields = nullable.getFields();
  for (const [key, fieldValue] of Object.entries(value)) {
    const field = fields[key];
    if (!field) continue;
    if (fieldValue === null && isInputObjectType(getNamedType(field.type)) && !isListType(getNullableType(field.type))) return `${path}.${key}`;
    const found = nullObjectIn(fieldValue, field.type, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether `value` (parsed JSON) nests objects and lists deeper than `max`. Iterative, and it
 * stops at the first level past `max`, so it is safe on any input.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const item of level) {
      if (typeof item !== "object" || item === null) continue;
      if (depth >= max) return true;
      for (const child of Array.isArray(item) ? item : Object.values(item)) next.push(child);
    }
    level = next;
  }
  return false;
}

/** How deeply the literal objects and lists of an argument nest (variables count as flat). */
function literalDepth(node: ValueNode): number {
  if (node.kind === Kind.OBJECT) return 1 + Math.max(0, ...node.fields.map((f) => literalDepth(f.value)));
  if (node.kind === Kind.LIST) return 1 + Math.max(0, ...node.values.map(literalDepth));
  return 0;
}

/** How many sort keys a `sort` names: its directions (`[{ node: { name: ASC } }]` names one). */
function countSortKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countSortKeys(item), 0);
  if (typeof value !== "object" || value === null) return 1;
  return Object.values(value).reduce((sum: number, child) => sum + countSortKeys(child), 0);
}

/** How many conditions a filter holds: every key at every level (`{ OR: [{ id: { eq } }] }` holds three). */
function countClauses(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countClauses(item), 0);
  if (typeof value !== "object" || value === null) return 0;
  return Object.values(value).reduce((sum: number, child) => sum + 1 + countClauses(child), 0);
}

/** An argument worth checking, with the type it has where it stands. */
interface CheckedArgument {
  node: ArgumentNode;
  type: GraphQLInputType;
}

/** What a document's arguments need checked, found once per document (Apollo caches documents). */
interface DocumentChecks {
  /** The pagination and filter arguments. */
  checked: CheckedArgument[];
  /** The deepest literal nesting of any argument. */
  literalDepth: number;
}

function documentChecks(schema: GraphQLSchema, document: DocumentNode): DocumentChecks {
  const typeInfo = new TypeInfo(schema);
  const found: DocumentChecks = { checked: [], literalDepth: 0 };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        found.literalDepth = Math.max(found.literalDepth, literalDepth(node.value));
        const definition = typeInfo.getArgument();
        const name = node.name.value;
        if (definition && (PAGINATION_ARGUMENTS.has(name) || name === "where" || name === "sort")) found.checked.push({ node, type: definition.type });
      },
    }),
  );
  return found;
}

export function argumentChecks(schema: GraphQLSchema, limits: Pick<Config["queryLimits"], "maxFilterClauses" | "maxInputDepth">): ApolloServerPlugin {
  const byDocument = new WeakMap<DocumentNode, DocumentChecks>();
  const tooDeep = (what: "variables" | "arguments") =>
    refuse(`The ${what} nest objects and lists more than ${limits.maxInputDepth} levels deep (setting MAX_INPUT_DEPTH); flatten the input.`, what);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          if (nestsDeeperThan(request.variables ?? {}, limits.maxInputDepth + 1)) throw tooDeep("variables");
          let found = byDocument.get(document);
          if (!found) {
            found = documentChecks(schema, document);
            byDocument.set(document, found);
          }
          if (found.literalDepth > limits.maxInputDepth) throw tooDeep("arguments");
          let clauses = 0;
          for (const { node, type } of found.checked) {
            const name = node.name.value;
            const value = valueFromAST(node.value, type, request.variables);
            if (PAGINATION_ARGUMENTS.has(name) && typeof value === "number" && (value < 0 || value > MAX_PAGE_SIZE)) {
              throw refuse(`Argument "${name}" must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${value}.`, name);
            }
            if (name === "where") {
              const at = nullObjectIn(value, type, "where");
              if (at) throw refuse(`${at} must not be null: leave it out, or give it a filter object.`, at);
              clauses += countClauses(value);
              if (clauses > limits.maxFilterClauses) {
                throw refuse(
                  `The filters ("where") of this request hold ${clauses} or more conditions; at most ${limits.maxFilterClauses} are allowed in all (setting MAX_FILTER_CLAUSES). Use "in" lists for many values.`,
                  "where",
                );
              }
            }
            const sortKeys = name === "sort" ? countSortKeys(value) : 0;
            if (sortKeys > MAX_SORT_KEYS) throw refuse(`This "sort" names ${sortKeys} keys; at most ${MAX_SORT_KEYS} are allowed.`, "sort");
          }
        },
      };
    },
  };
}

export function noSubscriptions(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === "subscription") {
        context.reportError(new GraphQLError("This API has no subscriptions; send a query or a mutation.", { nodes: [node] }));
      }
    },
  };
}

export function selectionsBeyondTypename(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const selections = node.selectionSet?.selections;
      if (selections?.every((s) => s.kind === "Field" && s.name.value === "__typename")) {
        const type = context.getType();
        context.reportError(
          new GraphQLError(`Select at least one field besides __typename in "${node.name.value}"${type ? ` (${getNamedType(type).name})` : ""}.`, {
            nodes: [node],
          }),
        );
      }
    },
  };
}

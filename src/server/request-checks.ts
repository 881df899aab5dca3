/**
 * Checks on a request's operation that the schema's types cannot express, made before anything
 * runs, each refusing with 400 and a message that names the argument and what is allowed:
 *   - pagination arguments (`limit`, `offset`, `first`, anywhere in the query) are whole numbers
 *     from 0 to MAX_PAGE_SIZE;
 *   - filters (`where`) hold no null where an object is expected;
 *   - no subscriptions (the API has none);
 *   - every selection holds at least one field besides `__typename`.
 * The last two are validation rules; the first two need the variables' values, so they run once
 * the operation is resolved. Null filters and typename-only selections (below the top level) make
 * @neo4j/graphql 7.6 build invalid Cypher, an internal error; refusing them here gives the client
 * a clear answer instead.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
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
} from "graphql";

export const MAX_PAGE_SIZE = 1000;
const PAGINATION_ARGUMENTS = new Set(["limit", "offset", "first"]);

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

/** An argument worth checking, with the type it has where it stands. */
interface CheckedArgument {
  node: ArgumentNode;
  type: GraphQLInputType;
}

/** The pagination and filter arguments of a document, found once per document (Apollo caches documents). */
function argumentsToCheck(schema: GraphQLSchema, document: DocumentNode): CheckedArgument[] {
  const typeInfo = new TypeInfo(schema);
  const found: CheckedArgument[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const definition = typeInfo.getArgument();
        if (definition && (PAGINATION_ARGUMENTS.has(node.name.value) || node.name.value === "where")) found.push({ node, type: definition.type });
      },
    }),
  );
  return found;
}

export function argumentChecks(schema: GraphQLSchema): ApolloServerPlugin {
  const byDocument = new WeakMap<DocumentNode, CheckedArgument[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          let checked = byDocument.get(document);
          if (!checked) {
            checked = argumentsToCheck(schema, document);
            byDocument.set(document, checked);
          }
          for (const { node, type } of checked) {
            const name = node.name.value;
            const value = valueFromAST(node.value, type, request.variables);
            if (PAGINATION_ARGUMENTS.has(name) && typeof value === "number" && (value < 0 || value > MAX_PAGE_SIZE)) {
              throw refuse(`Argument "${name}" must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${value}.`, name);
            }
            if (name === "where") {
              const at = nullObjectIn(value, type, "where");
              if (at) throw refuse(`${at} must not be null: leave it out, or give it a filter object.`, at);
            }
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

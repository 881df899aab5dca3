/**
 * Runs a mutation through the real executable schema and its write checks, with no database: the
 * checks' one lookup (which ids exist, with which label) is answered from a map, and the generated
 * resolver's first statement throws REACHED_THE_DATABASE. So an answer says either which check
 * refused the input, or that every check passed and the write would have run.
 */
import { graphql, type GraphQLSchema } from "graphql";

export const REACHED_THE_DATABASE = "reached the database";

export interface MutationOutcome {
  /** The first error's code and message; REACHED_THE_DATABASE when every check passed. */
  code: unknown;
  message: string;
  /** The ids the checks looked up. */
  lookedUp: string[];
}

export async function runChecked(
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown>,
  existing: Record<string, string>,
): Promise<MutationOutcome> {
  const lookedUp: string[] = [];
  const write = {
    run: async (_query: string, parameters: { ids: string[] }) => {
      lookedUp.push(...parameters.ids);
      return { records: parameters.ids.map((id) => ({ get: (key: string) => (key === "id" ? id : (existing[id] ?? null)) })) };
    },
  };
  const executionContext = {
    run: () => {
      throw new Error(REACHED_THE_DATABASE);
    },
  };
  const result = await graphql({ schema, source, variableValues: variables, contextValue: { write, executionContext } });
  const error = result.errors?.[0];
  if (!error) throw new Error(`Expected the mutation to stop at a check or at the database; it answered ${JSON.stringify(result.data)}`);
  return { code: error.extensions?.code, message: error.message, lookedUp };
}

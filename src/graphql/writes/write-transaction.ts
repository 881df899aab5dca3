/**
 * One mutation, one transaction. Every statement a mutation sends (the write checks' reads and
 * @neo4j/graphql's writes, for each of its root fields) runs in one explicit Neo4j transaction
 * that this plugin opens when execution starts and ends when it ends:
 *   - when every field succeeded and every guard agrees, it commits;
 *   - when anything failed, it rolls back and the answer's `data` becomes null: a mutation writes
 *     all it asks for or nothing, whatever the number of its root fields;
 *   - when the connection to Neo4j breaks while committing, nobody can know whether Neo4j applied
 *     the write: the answer says so (WRITE_OUTCOME_UNKNOWN) instead of inviting a blind retry.
 * The transaction is not retried by the driver (a managed transaction would be, and could apply a
 * committed write twice) and Neo4j stops it after QUERY_TIMEOUT_MS.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import neo4j, { Neo4jError, type Driver, type Transaction } from "neo4j-driver";
import type { Logger } from "../../logger.js";
import type { RequestContext } from "../context.js";

/**
 * A rule about the graph as a whole mutation leaves it. Called once the transaction is open, before
 * any field runs (to note what it needs); the function it returns runs before the commit and
 * throws a GraphQLError to roll everything back.
 */
export type WriteGuard = (tx: Transaction) => Promise<() => Promise<void>>;

type WriteContext = RequestContext & { requestId: string; log: Logger };

export const WRITE_OUTCOME_UNKNOWN = "WRITE_OUTCOME_UNKNOWN";

const outcomeUnknown = () =>
  new GraphQLError(
    "The connection to the graph database broke while this write was being committed, so it may or may not have been applied. Read the affected entities before sending it again.",
    { extensions: { code: WRITE_OUTCOME_UNKNOWN } },
  );

/** A commit that Neo4j itself refused left nothing behind; a broken connection leaves the outcome open. */
const neo4jAnswered = (error: unknown): boolean => error instanceof Neo4jError && error.code.startsWith("Neo.");

export function oneTransactionPerMutation(options: {
  driver: Driver;
  database: string;
  timeoutMs: number;
  guards: WriteGuard[];
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}): ApolloServerPlugin<WriteContext> {
  const { driver, database, timeoutMs, guards, formatError } = options;

  /** Replaces the answer by `data: null` and the errors of `failures` (or the errors it has). */
  const answerNothingWritten = (requestContext: GraphQLRequestContext<WriteContext>, failures?: readonly unknown[]) => {
    const body = requestContext.response.body;
    const kept = body?.kind === "single" ? (body.singleResult.errors ?? []) : [];
    const formatted = failures
      ? failures.map((failure) => {
          const answer = formatError(failure instanceof GraphQLError ? failure.toJSON() : { message: String((failure as Error).message) }, failure);
          if (answer.extensions?.code === "INTERNAL_SERVER_ERROR") requestContext.contextValue.log.error({ err: failure }, "internal error while ending a write");
          return answer;
        })
      : kept;
    requestContext.response.body = { kind: "single", singleResult: { data: null, errors: formatted } };
  };

  return {
    async requestDidStart() {
      return {
        async executionDidStart(requestContext) {
          if (requestContext.operation?.operation !== "mutation") return;
          const context = requestContext.contextValue;
          const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: driver.executeQueryBookmarkManager });
          const tx = session.beginTransaction({
            timeout: timeoutMs,
            metadata: { app: "youth-care-kg", requestId: context.requestId, actor: context.jwt?.sub ?? null },
          });
          context.executionContext = tx;
          context.write = tx;
          let verifications: (() => Promise<void>)[] = [];
          let startFailure: unknown;
          try {
            verifications = await Promise.all(guards.map((guard) => guard(tx)));
          } catch (error) {
            startFailure = error;
          }
          const rollback = () => tx.rollback().catch((error: unknown) => context.log.warn({ err: error }, "rollback failed; Neo4j drops the transaction"));

          return {
            async executionDidEnd(executionError) {
              try {
                const body = requestContext.response.body;
                const fieldsFailed = body?.kind === "single" && (body.singleResult.errors?.length ?? 0) > 0;
                if (executionError || fieldsFailed || startFailure !== undefined) {
                  await rollback();
                  // An execution error is answered by Apollo itself; field errors are already in the body.
                  if (!executionError) answerNothingWritten(requestContext, startFailure === undefined ? undefined : [startFailure]);
                  return;
                }
                try {
                  for (const verify of verifications) await verify();
                } catch (error) {
                  await rollback();
                  answerNothingWritten(requestContext, [error]);
                  return;
                }
                try {
                  await tx.commit();
                  // A write may have added or renamed a theme or region.
                  context.vocabulary.invalidate();
                } catch (error) {
                  if (neo4jAnswered(error)) {
                    context.log.warn({ err: error }, "Neo4j refused the commit; nothing was written");
                    answerNothingWritten(requestContext, [error]);
                  } else {
                    context.log.error({ err: error }, "the connection broke while committing a write: its outcome is unknown");
                    answerNothingWritten(requestContext, [outcomeUnknown()]);
                  }
                }
              } finally {
                await session.close().catch(() => undefined);
              }
            },
          };
        },
      };
    },
  };
}

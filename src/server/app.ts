/**
 * The HTTP application: Apollo Server on /graphql over the schema built from `schema/`, plus
 * health endpoints. Created once per process; each request gets its own context.
 */
import { randomUUID } from "node:crypto";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import express, { type Express } from "express";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { createContext, type RequestContext } from "../graphql/context.js";
import { buildSchema } from "../graphql/schema.js";
import type { Logger } from "../logger.js";
import { classifyError, formatError } from "./format-error.js";

type ServerContext = RequestContext & { requestId: string; log: Logger };

const errorLogging: ApolloServerPlugin<ServerContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (code === undefined || code === "INTERNAL_SERVER_ERROR") {
            if (classifyError(error) === null) {
              contextValue.log.error({ err: error.originalError ?? error, operationName, path: error.path }, "internal error");
            }
          }
        }
      },
    };
  },
};

export interface App {
  app: Express;
  stop(): Promise<void>;
}

export async function createApp(options: { config: Config; driver: Driver; log: Logger }): Promise<App> {
  const { config, driver, log } = options;
  const schema = await buildSchema({ driver, jwtSecret: config.jwtSecret });
  const apollo = new ApolloServer<ServerContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [errorLogging, ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.header("x-request-id") ?? randomUUID();
        res.setHeader("x-request-id", requestId);
        const token = req.header("authorization");
        return {
          ...createContext({ driver, database: config.neo4j.database, token }),
          requestId,
          log: log.child({ requestId }),
        };
      },
    }),
  );
  return { app, stop: () => apollo.stop() };
}

/**
 * A driver wrapper that counts the Cypher statements sent through it, whichever way they are sent
 * (`executeQuery`, or a session's managed transactions, as @neo4j/graphql does).
 */
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";

export interface CountingDriver {
  driver: Driver;
  readonly statements: string[];
  reset(): void;
}

export function countingDriver(inner: Driver): CountingDriver {
  const statements: string[] = [];
  const countTransaction = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "run") {
          return (query: string, ...rest: unknown[]) => {
            statements.push(query);
            return (target.run as (...args: unknown[]) => unknown)(query, ...rest);
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  const countSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === "executeRead" || prop === "executeWrite") {
          const method = target[prop].bind(target) as (work: (tx: ManagedTransaction) => unknown, config?: unknown) => unknown;
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            method((tx) => work(countTransaction(tx)), config);
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const driver = new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === "executeQuery") {
        return (query: string, ...rest: unknown[]) => {
          statements.push(query);
          return (target.executeQuery as (...args: unknown[]) => unknown).call(target, query, ...rest);
        };
      }
      if (prop === "session") {
        return (...args: Parameters<Driver["session"]>) => countSession(target.session(...args));
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return {
    driver,
    statements,
    reset: () => {
      statements.length = 0;
    },
  };
}

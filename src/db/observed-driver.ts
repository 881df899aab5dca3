/**
 * A driver that reports every Cypher statement sent through it, with its duration, whichever way
 * it is sent: `executeQuery` (our resolvers), a session's managed transactions (as @neo4j/graphql
 * sends its queries) or an explicit transaction (a mutation's, src/graphql/writes/). Metrics time
 * Neo4j with it; tests count statements with it.
 */
import type { Driver, ManagedTransaction, Session, Transaction } from "neo4j-driver";

export interface StatementEvent {
  cypher: string;
  seconds: number;
  failed: boolean;
}

type Observer = (event: StatementEvent) => void;

function timed<T>(cypher: string, observe: Observer, send: () => PromiseLike<T>): PromiseLike<T> {
  const started = process.hrtime.bigint();
  const report = (failed: boolean) => observe({ cypher, seconds: Number(process.hrtime.bigint() - started) / 1e9, failed });
  const pending = send();
  // A transaction's Result is a thenable that caches its outcome, so observing it does not consume it twice.
  pending.then(
    () => report(false),
    () => report(true),
  );
  return pending;
}

export function observeStatements(inner: Driver, observe: Observer): Driver {
  const observeTransaction = <T extends ManagedTransaction | Transaction>(tx: T): T =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "run") {
          return (cypher: string, ...rest: unknown[]) =>
            timed(cypher, observe, () => (target.run as (...args: unknown[]) => PromiseLike<unknown>)(cypher, ...rest));
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  const observeSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === "beginTransaction") {
          return (...args: Parameters<Session["beginTransaction"]>) => observeTransaction(target.beginTransaction(...args));
        }
        if (prop === "executeRead" || prop === "executeWrite") {
          const method = target[prop].bind(target) as (work: (tx: ManagedTransaction) => unknown, config?: unknown) => unknown;
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) => method((tx) => work(observeTransaction(tx)), config);
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === "executeQuery") {
        return (cypher: string, ...rest: unknown[]) =>
          timed(cypher, observe, () => (target.executeQuery as (...args: unknown[]) => PromiseLike<unknown>).call(target, cypher, ...rest));
      }
      if (prop === "session") {
        return (...args: Parameters<Driver["session"]>) => observeSession(target.session(...args));
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

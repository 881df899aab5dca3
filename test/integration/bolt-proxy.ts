/**
 * A TCP proxy between the API and Neo4j that a test can cut and restore, to stage a database
 * outage without stopping the shared test database.
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface BoltProxy {
  uri: string;
  /** Drops every connection and refuses new ones, as a stopped server would. */
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startBoltProxy(target: { host: string; port: number }): Promise<BoltProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  const makeServer = () =>
    createServer((client) => {
      const upstream = connect(target.port, target.host);
      track(client);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
    });
  let server: Server = makeServer();
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut: stop,
    async restore() {
      server = makeServer();
      await listen(port);
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}

/**
 * A TCP proxy between the API and Neo4j that a test can cut and restore, to stage a database
 * outage without stopping the shared test database; or arm to break the API's connection right
 * after it sends a transaction's COMMIT, so Neo4j commits but the API never hears back.
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface BoltProxy {
  uri: string;
  /** Drops every connection and refuses new ones, as a stopped server would. */
  cut(): Promise<void>;
  /** The next COMMIT the API sends reaches Neo4j, and then the API's connection is dropped. */
  dropAfterNextCommit(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Bolt's COMMIT message as the driver frames it: a two-byte chunk holding an empty struct with signature 0x12, then the end marker. */
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

export async function startBoltProxy(target: { host: string; port: number }): Promise<BoltProxy> {
  const sockets = new Set<Socket>();
  let dropAfterCommit = false;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  const makeServer = () =>
    createServer((client) => {
      const upstream = connect(target.port, target.host);
      track(client);
      track(upstream);
      client.on("data", (chunk: Buffer) => {
        upstream.write(chunk);
        if (dropAfterCommit && chunk.includes(COMMIT)) {
          dropAfterCommit = false;
          client.destroy();
          // Neo4j gets the whole COMMIT and answers into the void; then this side goes too.
          upstream.once("data", () => upstream.destroy());
        }
      });
      client.on("end", () => upstream.end());
      upstream.pipe(client);
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
    dropAfterNextCommit: () => {
      dropAfterCommit = true;
    },
    async restore() {
      server = makeServer();
      await listen(port);
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}

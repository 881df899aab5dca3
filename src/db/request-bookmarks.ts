/**
 * Causal consistency across API processes. Within one process the driver's own bookmark manager
 * (`executeQueryBookmarkManager`, which executeQuery, @neo4j/graphql and the write path share)
 * makes every read wait for the writes this process committed. A request from a client that
 * wrote through another process brings that write's bookmark along; its reads then wait for it too,
 * on whichever cluster member serves them (on a single server every committed write is visible anyway).
 */
import type { BookmarkManager, Driver } from "neo4j-driver";

/** One request's bookmarks: the process's, plus those the client sent; what its transactions commit is kept for the answer. */
export class RequestBookmarks implements BookmarkManager {
  private latest: string[] = [];

  constructor(
    private readonly processBookmarks: BookmarkManager,
    private readonly given: readonly string[],
  ) {}

  async getBookmarks(): Promise<Iterable<string>> {
    return [...(await this.processBookmarks.getBookmarks()), ...this.given];
  }

  async updateBookmarks(previous: Iterable<string>, next: Iterable<string>): Promise<void> {
    this.latest = [...next];
    await this.processBookmarks.updateBookmarks(previous, next);
  }

  /** The bookmarks of this request's last transaction: send them with the next request, to any process. */
  get committed(): readonly string[] {
    return this.latest;
  }
}

/**
 * The driver as @neo4j/graphql sees it for one request: it opens its sessions with the driver's
 * `executeQueryBookmarkManager`, which this answers with the request's own.
 */
export function withBookmarks(driver: Driver, bookmarks: RequestBookmarks): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === "executeQueryBookmarkManager") return bookmarks;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

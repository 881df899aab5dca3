/**
 * Editors read their own writes on any API process. An editor's request that ran a transaction is
 * answered with its bookmark in `x-graph-bookmark`; sent back with the next request, through
 * whichever process, that request's reads wait until the graph they read has that write
 * (src/db/request-bookmarks.ts). Only requests with an editor's token use the header: anonymous
 * reads are served from caches keyed by the graph version, and a bookmark that must be waited for
 * is not a cost anonymous callers should be able to ask for.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { BookmarkManager } from "neo4j-driver";
import { RequestBookmarks } from "../db/request-bookmarks.js";

export const BOOKMARK_HEADER = "x-graph-bookmark";

/** Neo4j's bookmarks are short base64-like tokens; a client sends back what it was given, a few at most. */
const BOOKMARK = /^[\w:+/=.-]{1,512}$/;
const MAX_BOOKMARKS = 16;

const refused = (reason: string) =>
  new GraphQLError(`The ${BOOKMARK_HEADER} header was refused: ${reason}. Send back the value of the ${BOOKMARK_HEADER} header of an earlier answer, unchanged.`, {
    extensions: { code: "BAD_REQUEST", http: { status: 400 } },
  });

/** The bookmarks an editor's request brought (comma-separated in the header, possibly repeated); a malformed value is a 400. */
export function bookmarksOfRequest(header: string | string[] | undefined, processBookmarks: BookmarkManager): RequestBookmarks {
  const values = (Array.isArray(header) ? header : header === undefined ? [] : [header]).flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
  if (values.length > MAX_BOOKMARKS) throw refused(`it holds ${values.length} bookmarks, at most ${MAX_BOOKMARKS} are accepted`);
  const malformed = values.find((value) => !BOOKMARK.test(value));
  if (malformed !== undefined) throw refused(`${JSON.stringify(malformed.slice(0, 40))} is not a bookmark`);
  return new RequestBookmarks(processBookmarks, values);
}

/** Puts the bookmark of an editor's request's last transaction into its answer. */
export const bookmarkAnswers: ApolloServerPlugin<{ bookmarks?: RequestBookmarks }> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const committed = contextValue.bookmarks?.committed ?? [];
        if (committed.length > 0) response.http.headers.set(BOOKMARK_HEADER, committed.join(","));
      },
    };
  },
};

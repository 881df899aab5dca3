import { describe, expect, it } from "vitest";
import { MAX_REVISIONS_PAGE } from "../writes/revisions.js";
import { DEFAULT_LIMIT, FeedParameterError, afterOf, languageOf, lastEventIdOf, limitOf, sinceOf, singleValues } from "./parameters.js";

/** The refusal `run` throws, as the parts a caller sees. */
function refusal(run: () => unknown): { parameter: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof FeedParameterError) return { parameter: error.parameter, message: error.message };
    throw error;
  }
  throw new Error("expected a FeedParameterError");
}

describe("Change feed: parameters", () => {
  it("takes the allowed parameters once each, and names an unknown or repeated one", () => {
    expect(singleValues({ after: "3", limit: "10" }, ["after", "limit"])).toEqual({ after: "3", limit: "10" });
    expect(refusal(() => singleValues({ afer: "3" }, ["since", "after", "limit"]))).toEqual({
      parameter: "afer",
      message: 'Unknown parameter "afer". This address takes "since", "after", "limit".',
    });
    expect(refusal(() => singleValues({ limit: ["1", "2"] }, ["limit"]))).toEqual({
      parameter: "limit",
      message: 'Parameter "limit" must be given once, as a plain value; got ["1","2"].',
    });
  });

  it("reads limit from 1 to the page size, and defaults it", () => {
    expect(limitOf(undefined)).toBe(DEFAULT_LIMIT);
    expect(limitOf("1")).toBe(1);
    expect(limitOf(String(MAX_REVISIONS_PAGE))).toBe(MAX_REVISIONS_PAGE);
    for (const bad of ["0", String(MAX_REVISIONS_PAGE + 1), "-1", "1.5", "ten", "", "1e2"]) {
      expect(refusal(() => limitOf(bad))).toEqual({ parameter: "limit", message: `Parameter "limit" must be a whole number from 1 to ${MAX_REVISIONS_PAGE}; got ${JSON.stringify(bad)}.` });
    }
  });

  it("reads after and Last-Event-ID as revision ids, with the rule GraphQL's cursors use", () => {
    expect(afterOf(undefined)).toBeNull();
    expect(afterOf("12")).toBe(12);
    expect(lastEventIdOf("12")).toBe(12);
    // An EventSource that has seen no event yet sends no header; an empty one means the same.
    expect(lastEventIdOf("")).toBeNull();
    expect(refusal(() => afterOf("0"))).toEqual({ parameter: "after", message: 'Parameter "after" must be a revision id (a positive whole number, e.g. an earlier page\'s endCursor); got "0".' });
    expect(refusal(() => lastEventIdOf("abc")).parameter).toBe("Last-Event-ID");
    expect(refusal(() => lastEventIdOf("abc")).message).toMatch(/^Header "Last-Event-ID" must be a revision id/);
  });

  it("reads since as an ISO 8601 date or time, in UTC", () => {
    expect(sinceOf("2026-12-01")).toBe("2026-12-01T00:00:00.000Z");
    expect(sinceOf("2026-12-01T10:00:00+01:00")).toBe("2026-12-01T09:00:00.000Z");
    expect(refusal(() => sinceOf("yesterday"))).toEqual({
      parameter: "since",
      message: 'Parameter "since" must be an ISO 8601 date or time, e.g. 2026-12-01 or 2026-12-01T09:00:00Z; got "yesterday".',
    });
  });

  it("speaks Dutch unless ?lang=en or the Accept-Language header prefers English", () => {
    const accepts = (preferred: string | false) => () => preferred;
    expect(languageOf(undefined, accepts(false))).toBe("nl");
    expect(languageOf(undefined, accepts("en"))).toBe("en");
    expect(languageOf("nl", accepts("en"))).toBe("nl");
    expect(languageOf("en", accepts("nl"))).toBe("en");
    expect(refusal(() => languageOf("de", accepts("nl")))).toEqual({ parameter: "lang", message: 'Parameter "lang" must be "nl" or "en"; got "de".' });
  });
});

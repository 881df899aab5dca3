import { describe, expect, it } from "vitest";
import { matchesIfNoneMatch } from "./answer-caching.js";

describe("Answer caching: If-None-Match", () => {
  const etag = 'W/"12.mf3k2a9c.abc.def"';

  it.each([
    ['W/"12.mf3k2a9c.abc.def"', true],
    ['"12.mf3k2a9c.abc.def"', true],
    ['W/"11.mf3k2a8x.abc.def", W/"12.mf3k2a9c.abc.def"', true],
    ["*", true],
    ['W/"11.mf3k2a8x.abc.def"', false],
    ["", false],
    [undefined, false],
  ])("%j matches: %s", (ifNoneMatch, expected) => {
    expect(matchesIfNoneMatch(ifNoneMatch, etag)).toBe(expected);
  });
});

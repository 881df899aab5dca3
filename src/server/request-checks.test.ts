import { describe, expect, it } from "vitest";
import { nestsDeeperThan } from "./request-checks.js";

describe("Request checks: nesting depth", () => {
  const nested = (depth: number): unknown => {
    let value: unknown = "leaf";
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { NOT: value };
    return value;
  };

  it("counts objects and lists, not scalars", () => {
    expect(nestsDeeperThan("text", 0)).toBe(false);
    expect(nestsDeeperThan({ a: 1 }, 0)).toBe(true);
    expect(nestsDeeperThan({ a: 1 }, 1)).toBe(false);
    expect(nestsDeeperThan(nested(5), 5)).toBe(false);
    expect(nestsDeeperThan(nested(6), 5)).toBe(true);
  });

  it("finds the deepest branch among shallow ones", () => {
    // The outer object and c's object are two levels; nested(n) adds n.
    expect(nestsDeeperThan({ a: 1, b: [1, 2], c: { d: nested(7) } }, 8)).toBe(true);
    expect(nestsDeeperThan({ a: 1, b: [1, 2], c: { d: nested(6) } }, 8)).toBe(false);
  });

  it("survives nesting far deeper than any stack", () => {
    let value: unknown = {};
    for (let i = 0; i < 200_000; i++) value = { NOT: value };
    expect(nestsDeeperThan(value, 20)).toBe(true);
  });
});

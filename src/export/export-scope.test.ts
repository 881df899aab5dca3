import { describe, expect, it } from "vitest";
import { ExportParameterError, MAX_EXPORT_DEPTH, scopeOf, selectionOf } from "./export-scope.js";

/** The parameter and message a refused query names. */
function refusal(query: Record<string, unknown>): { parameter: string; message: string } {
  try {
    scopeOf(query);
  } catch (error) {
    if (error instanceof ExportParameterError) return { parameter: error.parameter, message: error.message };
    throw error;
  }
  throw new Error(`scopeOf accepted ${JSON.stringify(query)}`);
}

describe("Exports: scopeOf", () => {
  it("reads the whole graph, a neighbourhood or paths, with defaults filled in", () => {
    expect(scopeOf({})).toEqual({ kind: "graph" });
    expect(scopeOf({ root: "mijn-pad" })).toEqual({ kind: "neighbourhood", root: "mijn-pad", depth: 1 });
    expect(scopeOf({ root: "mijn-pad", depth: "3" })).toEqual({ kind: "neighbourhood", root: "mijn-pad", depth: 3 });
    expect(scopeOf({ from: "a", to: "b" })).toEqual({ kind: "path", from: "a", to: "b", k: 1, maxHops: 6 });
    expect(selectionOf(scopeOf({ from: "a", to: "b", k: "2" }))).toEqual({ from: "a", to: "b", k: "2", maxHops: "6" });
    expect(selectionOf(scopeOf({}))).toEqual({});
  });

  it("refuses, naming parameter, value and what is allowed", () => {
    expect(refusal({ root: "x", depth: String(MAX_EXPORT_DEPTH + 1) })).toEqual({ parameter: "depth", message: `Parameter "depth" must be a whole number from 1 to ${MAX_EXPORT_DEPTH}; got "4".` });
    expect(refusal({ root: "x", depth: "1e3" }).parameter).toBe("depth");
    expect(refusal({ root: "x", depth: "0" }).parameter).toBe("depth");
    expect(refusal({ depth: "2" })).toEqual({ parameter: "depth", message: 'Parameter "depth" needs "root": the neighbourhood of which node?' });
    expect(refusal({ from: "a" })).toEqual({ parameter: "to", message: 'A path export needs both "from" and "to"; "to" is missing.' });
    expect(refusal({ root: "x", to: "b" }).parameter).toBe("to");
    expect(refusal({ from: "a", to: "b", maxHops: "11" }).parameter).toBe("maxHops");
    expect(refusal({ k: "2" }).parameter).toBe("k");
    expect(refusal({ root: "" }).parameter).toBe("root");
    expect(refusal({ rot: "x" })).toEqual({ parameter: "rot", message: 'Unknown parameter "rot". This address takes "root", "depth", "from", "to", "k", "maxHops".' });
    expect(refusal({ root: ["a", "b"] }).parameter).toBe("root");
  });
});

import { describe, expect, it } from "vitest";
import { EMPTY_STATE, readState, writeState } from "./url-state.js";

describe("Explorer: state in the URL", () => {
  it("round-trips every part of the state", () => {
    const state = { focus: ["mijn-pad", "platform-expex"], theme: "normaliseren", region: "haaglanden", pathFrom: "a", pathTo: "b" };
    expect(writeState(state)).toBe("?focus=mijn-pad&focus=platform-expex&theme=normaliseren&region=haaglanden&from=a&to=b");
    expect(readState(writeState(state))).toEqual(state);
  });

  it("writes nothing for the empty state and reads an empty query as it", () => {
    expect(writeState(EMPTY_STATE)).toBe("");
    expect(readState("")).toEqual(EMPTY_STATE);
  });

  it("ignores empty and repeated ids, and a path end without a start", () => {
    expect(readState("?focus=&focus=samen&focus=samen&theme=&to=b")).toEqual({ ...EMPTY_STATE, focus: ["samen"] });
  });
});

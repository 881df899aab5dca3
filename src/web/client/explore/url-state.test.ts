import { describe, expect, it } from "vitest";
import { EMPTY_STATE, readState, writeState } from "./url-state.js";

describe("Explorer: state in the URL", () => {
  it("round-trips every part of the state", () => {
    const state = { focus: ["mijn-pad", "platform-expex"], theme: "normaliseren", region: "haaglanden", pathFrom: "a", pathTo: "b", pathChoice: 2 };
    expect(writeState(state)).toBe("?focus=mijn-pad&focus=platform-expex&theme=normaliseren&region=haaglanden&from=a&to=b&path=2");
    expect(readState(writeState(state))).toEqual(state);
  });

  it("writes nothing for the empty state and reads an empty query as it", () => {
    expect(writeState(EMPTY_STATE)).toBe("");
    expect(readState("")).toEqual(EMPTY_STATE);
  });

  it("ignores empty and repeated ids, and a path end without a start", () => {
    expect(readState("?focus=&focus=samen&focus=samen&theme=&to=b")).toEqual({ ...EMPTY_STATE, focus: ["samen"] });
  });

  it("leaves the first path out of the link, and reads a path choice only with both ends", () => {
    expect(writeState({ ...EMPTY_STATE, pathFrom: "a", pathTo: "b", pathChoice: 1 })).toBe("?from=a&to=b");
    expect(writeState({ ...EMPTY_STATE, pathFrom: "a", pathChoice: 2 })).toBe("?from=a");
    expect(readState("?from=a&path=2")).toEqual({ ...EMPTY_STATE, pathFrom: "a" });
    for (const choice of ["0", "-1", "1.5", "two", ""]) {
      expect(readState(`?from=a&to=b&path=${choice}`)).toEqual({ ...EMPTY_STATE, pathFrom: "a", pathTo: "b", pathChoice: 1 });
    }
  });
});

import { describe, expect, it } from "vitest";
import { EMPTY_STATE, readState, writeState } from "./url-state.js";

describe("Explorer: state in the URL", () => {
  it("round-trips every part of the state", () => {
    const state = { focus: ["mijn-pad", "platform-expex"], selected: "mijn-pad|PART_OF|platform-expex", theme: "normaliseren", region: "haaglanden", pathFrom: "a", pathTo: "b", pathChoice: 2, lang: "en" as const, view: "list" as const, question: { kind: "partners" as const, theme: "normaliseren", region: "friesland", where: "outside" as const } };
    expect(writeState(state)).toBe("?focus=mijn-pad&focus=platform-expex&selected=mijn-pad%7CPART_OF%7Cplatform-expex&theme=normaliseren&region=haaglanden&from=a&to=b&path=2&view=list&ask=partners&ask-theme=normaliseren&ask-region=friesland&ask-where=outside&lang=en");
    expect(readState(writeState(state))).toEqual(state);
  });

  it("writes nothing for the empty state (Dutch) and reads an empty query as it", () => {
    expect(writeState(EMPTY_STATE)).toBe("");
    expect(EMPTY_STATE.lang).toBe("nl");
    expect(readState("")).toEqual(EMPTY_STATE);
  });

  it("reads a question only with its theme, and its region's side only with a region", () => {
    expect(readState("?ask=partners&ask-region=friesland").question).toBeNull();
    expect(readState("?ask=partners&ask-theme=normaliseren&ask-where=outside").question).toEqual({ kind: "partners", theme: "normaliseren", region: null, where: "outside" });
    expect(writeState({ ...EMPTY_STATE, question: { kind: "partners", theme: "normaliseren", region: null, where: "outside" } })).toBe("?ask=partners&ask-theme=normaliseren");
    expect(readState("?ask=region&ask-region=holland-rijnland").question).toEqual({ kind: "region", region: "holland-rijnland" });
    expect(readState("?ask=region").question).toBeNull();
    expect(writeState({ ...EMPTY_STATE, question: { kind: "region", region: "holland-rijnland" } })).toBe("?ask=region&ask-region=holland-rijnland");
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

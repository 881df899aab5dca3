import { describe, expect, it } from "vitest";
import { documentSubject } from "./document-subject.js";
import type { Mention } from "./mentions.js";

const mention = (id: string, label: string, start: number, how: Mention["how"] = "name"): Mention => ({ id, label, name: id, surface: id, start, end: start + 1, first: 0, last: 0, how });

describe("Suggest: what a text is about", () => {
  it("is the network or practice named most, its opening counted double", () => {
    const sentenceOf = (offset: number) => offset; // one sentence per offset
    expect(documentSubject([mention("samen", "Network", 0), mention("mijn-pad", "Practice", 10), mention("mijn-pad", "Practice", 11), mention("samen", "Network", 12)], sentenceOf)?.id).toBe("samen");
    expect(documentSubject([mention("samen", "Network", 10), mention("mijn-pad", "Practice", 11), mention("mijn-pad", "Practice", 12), mention("samen", "Network", 13), mention("mijn-pad", "Practice", 14)], sentenceOf)?.id).toBe("mijn-pad");
  });

  it("is nothing when no network or practice is named twice by name", () => {
    const sentenceOf = () => 0;
    expect(documentSubject([mention("samen", "Network", 0), mention("jes", "Organisation", 1), mention("jes", "Organisation", 2), mention("samen", "Network", 3, "stand-in")], sentenceOf)).toBeNull();
  });
});

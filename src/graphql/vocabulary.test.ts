import type { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import type { ReadQuery } from "../db/neo4j.js";
import { normaliseName } from "../model/text.js";
import type { GraphVersion } from "./graph-version.js";
import { Vocabulary } from "./vocabulary.js";

describe("Vocabulary: normaliseName", () => {
  it("ignores case, accents and punctuation", () => {
    expect(normaliseName("  Fryslân ")).toBe("fryslan");
    expect(normaliseName("Zuid-Holland")).toBe("zuid holland");
    expect(normaliseName("NORMALISEREN")).toBe(normaliseName("normaliseren"));
  });
});

const TERMS = [
  { id: "normaliseren", name: "Normaliseren", label: "Theme", names: ["normaliseren", "Normaliseren", "Normalising", "normalisation"] },
  { id: "opvoeden", name: "Opvoeden", label: "Theme", names: ["opvoeden", "Opvoeden", "Parenting", null] },
  { id: "friesland", name: "Friesland", label: "Region", names: ["friesland", "Friesland", "Fryslân"] },
];

const AT_FIRST: GraphVersion = { revision: 1, tag: "1.a" };

/** A vocabulary over TERMS, counting how often it reads them. */
function vocabulary(): { vocabulary: Vocabulary; reads: () => number } {
  let reads = 0;
  const read = (async () => {
    reads++;
    return { records: TERMS.map((term) => ({ get: (key: keyof typeof term) => term[key] })) };
  }) as unknown as ReadQuery;
  return { vocabulary: new Vocabulary(read), reads: () => reads };
}

/** The vocabulary as a request at `version` sees it. */
const at = (v: Vocabulary, version: GraphVersion = AT_FIRST) => v.at(async () => version);

async function refusal(promise: Promise<unknown>): Promise<GraphQLError> {
  try {
    await promise;
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error("expected a refusal");
}

describe("Vocabulary: resolve", () => {
  it.each([
    ["Theme", "normalising", "normaliseren"],
    ["Theme", "NORMALISEREN", "normaliseren"],
    ["Theme", "Parenting", "opvoeden"],
    ["Region", "fryslan", "friesland"],
    ["Region", "Fryslân", "friesland"],
  ] as const)("%s %j is %s", async (label, text, id) => {
    expect(await at(vocabulary().vocabulary).resolve(label, text, "theme")).toBe(id);
  });

  it("refuses an unknown name with BAD_USER_INPUT, naming the argument and the closest names", async () => {
    const error = await refusal(at(vocabulary().vocabulary).resolve("Theme", "normalisng", "theme"));
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "theme", suggestions: ["Normaliseren", "Opvoeden"] });
    expect(error.message).toBe('Unknown theme "normalisng" in argument "theme". Closest known: Normaliseren, Opvoeden.');
  });

  it("keeps a region's name apart from a theme's", async () => {
    expect((await refusal(at(vocabulary().vocabulary).resolve("Theme", "Friesland", "theme"))).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("cuts a very long unknown name in its message", async () => {
    const error = await refusal(at(vocabulary().vocabulary).resolve("Region", "x".repeat(5000), "region"));
    expect(error.message).toContain(`"${"x".repeat(100)}…"`);
    expect(error.message.length).toBeLessThan(300);
  });

  it("reads the names once per graph version, and again for any other version, a reset graph's equal number included", async () => {
    const { vocabulary: v, reads } = vocabulary();
    await Promise.all([at(v).resolve("Theme", "opvoeden", "theme"), at(v).resolve("Region", "friesland", "region")]);
    await at(v).resolve("Theme", "opvoeden", "theme");
    expect(reads()).toBe(1);
    await at(v, { revision: 2, tag: "2.b" }).resolve("Theme", "opvoeden", "theme");
    expect(reads()).toBe(2);
    await at(v, { revision: 2, tag: "2.c" }).resolve("Theme", "opvoeden", "theme");
    expect(reads()).toBe(3);
  });
});

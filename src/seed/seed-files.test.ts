import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GRAPH_MODEL } from "../model/graph-model.js";
import { SeedValidationError, nodeFileOf, readSeedData } from "./seed-files.js";

const SOURCE_TEXT = "Het werkplaats\nSAMEN werkt aan normaliseren van opvoeden.";

/** The smallest valid seed directory, with `override` replacing whole files. */
async function seedDir(override: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "seeds-"));
  await mkdir(path.join(dir, "nodes"));
  await mkdir(path.join(dir, "evidence"));
  await mkdir(path.join(dir, "sources"));
  const files: Record<string, string> = {
    ...Object.fromEntries(GRAPH_MODEL.nodeTypes.map((node) => [`nodes/${nodeFileOf(node)}`, "[]"])),
    "nodes/networks.yaml": "- {id: samen, name: SAMEN, kind: WORKPLACE, description: A workplace.}",
    "nodes/themes.yaml": "- {id: normaliseren, name: Normaliseren, nameEn: Normalising, description: A theme.}",
    "nodes/sources.yaml": "- {id: src-1, name: Source one, description: A text., language: nl}",
    "sources/src-1.txt": SOURCE_TEXT,
    "evidence/src-1.yaml": '- {from: samen, type: FOCUSES_ON, to: normaliseren, quote: "SAMEN werkt aan normaliseren"}',
    ...override,
  };
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(dir, file), content);
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await readSeedData(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe("Seed files: readSeedData", () => {
  it("reads nodes and facts, quotes whitespace-normalised, aliases defaulted", async () => {
    const data = await readSeedData(await seedDir());
    expect(data.nodes).toContainEqual({
      label: "Network",
      properties: { id: "samen", name: "SAMEN", kind: "WORKPLACE", description: "A workplace.", aliases: [] },
    });
    // The quote's place in the stored text, and the version of that text, as the API stores them.
    const [text] = [...data.sourceTexts.values()];
    expect(data.facts).toEqual([
      {
        source: "src-1",
        from: "samen",
        type: "FOCUSES_ON",
        to: "normaliseren",
        properties: { source: "src-1", basis: "QUOTE", quote: "SAMEN werkt aan normaliseren", role: null, inferred: null, note: null, quoteStart: 15, quoteEnd: 43, sourceVersion: text?.contentHash, stale: null },
      },
    ]);
    expect(text?.text.slice(15, 43)).toBe("SAMEN werkt aan normaliseren");
  });

  it("names file, record and field of a bad value", async () => {
    const dir = await seedDir({ "nodes/networks.yaml": "- {id: samen, name: SAMEN, kind: CLUB, description: A workplace.}" });
    const problems = await problemsOf(dir);
    expect(problems[0]).toMatch(/^nodes\/networks\.yaml: record 1 \(id "samen"\), field "kind": /);
  });

  it("holds seed text to the API's text rules: invisible names and control characters are refused", async () => {
    const dir = await seedDir({ "nodes/networks.yaml": '- {id: samen, name: "\\u200b\\u200b", kind: WORKPLACE, description: "A work\\u0000place."}' });
    expect(await problemsOf(dir)).toEqual([
      'nodes/networks.yaml: record 1 (id "samen"), field "name": must not be blank (spaces and invisible characters only)',
      'nodes/networks.yaml: record 1 (id "samen"), field "description": contains the control character U+0000 at position 6; only tab and line breaks are allowed',
      // The refused record is not loaded, so the evidence about it has no node to point at.
      'evidence/src-1.yaml: record 1, field "from": no node has id "samen"',
    ]);
  });

  it("rejects a quote that does not name both ends, unless the record says which words stand for them or marks it inferred", async () => {
    const record = (extra: string) => ({ "evidence/src-1.yaml": `- {from: samen, type: FOCUSES_ON, to: normaliseren, quote: "Het werkplaats", ${extra}}` });
    expect(await problemsOf(await seedDir(record("role: x")))).toEqual([
      'evidence/src-1.yaml: record 1 (samen FOCUSES_ON normaliseren), field "quote": quote: the quote does not name "SAMEN" (from); quote a sentence that names it, or say which word stands for it with refers: { from: "<word in the quote>" }; and the quote does not name "Normaliseren" (to); quote a sentence that names it, or say which word stands for it with refers: { to: "<word in the quote>" }; or mark the link inferred: true with a note.',
    ]);
    expect(await problemsOf(await seedDir({ "evidence/src-1.yaml": '- {from: samen, type: FOCUSES_ON, to: normaliseren, quote: "Het werkplaats SAMEN werkt aan normaliseren", refers: {from: "Het werkplaats"}}' }))).toEqual([]);
    expect(await problemsOf(await seedDir(record("refers: {from: werkplaats, to: SAMEN}")))).toEqual([
      'evidence/src-1.yaml: record 1 (samen FOCUSES_ON normaliseren), field "refers.to": refers.to: refers.to "SAMEN" is not in the quote; or mark the link inferred: true with a note.',
    ]);
    expect(await problemsOf(await seedDir(record("inferred: true")))).toEqual([
      'evidence/src-1.yaml: record 1 (samen FOCUSES_ON normaliseren), field "note": note is required when the link is inferred: say why it follows from the quote.',
    ]);
    const inferred = await readSeedData(await seedDir(record('inferred: true, note: "The workplace is the subject of the text."')));
    expect(inferred.facts).toMatchObject([{ properties: { inferred: true, note: "The workplace is the subject of the text." } }]);
  });

  it("takes reference knowledge, without a quote, only on the links the model allows, citing a reference work", async () => {
    const regions = "- {id: heerenveen, name: Heerenveen, kind: MUNICIPALITY}\n- {id: friesland, name: Friesland, kind: PROVINCE}";
    const sources = "- {id: src-1, name: Source one, description: A text., language: nl}\n- {id: cbs, name: CBS areas, description: A reference work., language: nl}";
    const reference = (record: string) => seedDir({ "nodes/regions.yaml": regions, "nodes/sources.yaml": sources, "evidence/cbs.yaml": record });
    const good = await readSeedData(await reference('- {from: heerenveen, type: PART_OF, to: friesland, basis: REFERENCE, note: "CBS: Heerenveen, Fryslân"}'));
    expect(good.facts).toContainEqual({
      source: "cbs",
      from: "heerenveen",
      type: "PART_OF",
      to: "friesland",
      properties: { source: "cbs", basis: "REFERENCE", quote: null, role: null, inferred: null, note: "CBS: Heerenveen, Fryslân", quoteStart: null, quoteEnd: null, sourceVersion: null, stale: null },
    });
    // Every relationship the model does not mark @referenceKnowledge needs a quote.
    expect(await problemsOf(await reference('- {from: samen, type: FOCUSES_ON, to: normaliseren, basis: REFERENCE, note: "Known."}'))).toEqual([
      expect.stringMatching(/^evidence\/cbs\.yaml: record 1 \(samen FOCUSES_ON normaliseren\), field "basis": basis: FOCUSES_ON Network → Theme needs a quote from a source \(basis QUOTE\); reference knowledge is allowed only for .*Region → Region \(PART_OF\)/),
    ]);
    expect(await problemsOf(await reference("- {from: heerenveen, type: PART_OF, to: friesland, basis: REFERENCE}"))).toEqual([
      expect.stringContaining('field "note": note is required for reference knowledge'),
    ]);
    expect(await problemsOf(await reference('- {from: heerenveen, type: PART_OF, to: friesland, basis: REFERENCE, quote: "Heerenveen", note: "CBS"}'))).toEqual([
      expect.stringContaining('field "quote": quote: reference knowledge carries no quote'),
    ]);
    // A quote needs a text to be verified against; the reference work has none.
    expect(await problemsOf(await reference('- {from: heerenveen, type: PART_OF, to: friesland, quote: "Heerenveen in Friesland"}'))).toEqual([
      'evidence/cbs.yaml: record 1 (heerenveen PART_OF friesland): source "cbs" has no text file sources/cbs.txt to verify the quote against (only reference knowledge, basis: REFERENCE, goes without)',
    ]);
  });

  it("rejects a quote that is not in its source", async () => {
    const dir = await seedDir({
      "evidence/src-1.yaml": '- {from: samen, type: FOCUSES_ON, to: normaliseren, quote: "SAMEN works on normaliseren"}',
    });
    expect(await problemsOf(dir)).toEqual([
      'evidence/src-1.yaml: record 1 (samen FOCUSES_ON normaliseren), field "quote": quote is not found verbatim in source "src-1"; its closest sentence is: "SAMEN werkt aan normaliseren van opvoeden.". Quote the source exactly (case, spelling and punctuation; whitespace and the shape of quote marks may differ).',
    ]);
  });

  it("rejects dangling references and relationships between the wrong labels", async () => {
    const dir = await seedDir({
      "evidence/src-1.yaml":
        '- {from: samen, type: FOCUSES_ON, to: nowhere, quote: "SAMEN werkt aan normaliseren"}\n' +
        '- {from: normaliseren, type: MEMBER_OF, to: samen, quote: "SAMEN werkt aan normaliseren"}',
    });
    expect(await problemsOf(dir)).toEqual([
      'evidence/src-1.yaml: record 1, field "to": no node has id "nowhere"',
      'evidence/src-1.yaml: record 2, field "type": MEMBER_OF cannot join Theme → Network; allowed: Organisation → Network',
    ]);
  });

  it("rejects an id used twice across types", async () => {
    const dir = await seedDir({ "nodes/regions.yaml": "- {id: samen, name: Samen, kind: PROVINCE, description: A region.}" });
    expect(await problemsOf(dir)).toEqual([
      'nodes/regions.yaml: record 1 (id "samen"), field "id": "samen" is already used by a Network; ids are unique across all types',
    ]);
  });
});

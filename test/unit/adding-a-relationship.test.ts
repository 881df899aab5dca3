/**
 * The README's "Adding a node type or a relationship", proved on a scratch copy of schema/ with one
 * relationship type more (an organisation HOSTS a network): with nothing but the SDL changed, the
 * derived model knows it, the seed validator accepts records of it and refuses wrong endpoints,
 * and the writes follow it.
 */
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "../../src/graphql/schema.js";
import { deriveGraphModel } from "../../src/model/derive-model.js";
import { GRAPH_MODEL, endpointsOf, type GraphModel } from "../../src/model/graph-model.js";
import { printModel } from "../../src/model/print-model.js";
import { readTypeDefs } from "../../src/model/schema-files.js";
import { SeedValidationError, nodeFileOf, readSeedData } from "../../src/seed/seed-files.js";
import { checkEndpoints } from "../../src/writes/link-writes.js";

/** schema/ as it is, with `hosts` on Organisation and `hostedBy` on Network. */
async function scratchSchema(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "schema-"));
  const sdl = readTypeDefs()
    .replace(/(type Organisation implements Entity[^{]*\{)/, '$1\n  hosts: [Network!]! @relationship(type: "HOSTS", direction: OUT, properties: "Fact")')
    .replace(/(type Network implements Entity[^{]*\{)/, '$1\n  hostedBy: [Organisation!]! @relationship(type: "HOSTS", direction: IN, properties: "Fact")');
  await writeFile(path.join(dir, "entities.graphql"), sdl);
  return readTypeDefs(dir);
}

const SOURCE_TEXT = "Het Jeugdhuis is gastheer van de werkplaats SAMEN.";

async function seedsWith(model: GraphModel, evidence: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "seeds-"));
  for (const sub of ["nodes", "evidence", "sources"]) await mkdir(path.join(dir, sub));
  const files: Record<string, string> = {
    ...Object.fromEntries(model.nodeTypes.map((node) => [`nodes/${nodeFileOf(node)}`, "[]"])),
    "nodes/organisations.yaml": "- {id: jeugdhuis, name: Het Jeugdhuis, kind: CARE_PROVIDER}",
    "nodes/networks.yaml": "- {id: samen, name: SAMEN, kind: WORKPLACE}",
    "nodes/sources.yaml": "- {id: src-1, name: Source one, language: nl}",
    "sources/src-1.txt": SOURCE_TEXT,
    "evidence/src-1.yaml": evidence,
  };
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(dir, file), content);
  return dir;
}

async function seedProblems(model: GraphModel, evidence: string): Promise<string[]> {
  try {
    await readSeedData(await seedsWith(model, evidence), model);
    return [];
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
}

const HOSTS = '- {from: jeugdhuis, type: HOSTS, to: samen, quote: "Het Jeugdhuis is gastheer van de werkplaats SAMEN"}';
const HOSTS_REVERSED = '- {from: samen, type: HOSTS, to: jeugdhuis, quote: "Het Jeugdhuis is gastheer van de werkplaats SAMEN"}';

describe("Adding a relationship: only schema/ changes", () => {
  it("the derived model has the new type, with its field on both ends", async () => {
    const model = deriveGraphModel(await scratchSchema());
    expect(endpointsOf(model, "HOSTS")).toEqual([{ from: "Organisation", to: "Network", fromField: "hosts", toField: "hostedBy", referenceKnowledge: false }]);
    expect(printModel(model)).toContain('"type": "HOSTS"');
  });

  it("the seed validator accepts records of it and refuses them between the wrong types", async () => {
    const model = deriveGraphModel(await scratchSchema());
    const data = await readSeedData(await seedsWith(model, HOSTS), model);
    expect(data.facts).toMatchObject([
      { source: "src-1", from: "jeugdhuis", type: "HOSTS", to: "samen", properties: { quote: "Het Jeugdhuis is gastheer van de werkplaats SAMEN", quoteStart: 0, quoteEnd: 49 } },
    ]);
    expect(await seedProblems(model, HOSTS_REVERSED)).toEqual([
      'evidence/src-1.yaml: record 1, field "type": HOSTS cannot join Network → Organisation; allowed: Organisation → Network',
    ]);
  });

  it("the project's own model does not know it (the scratch schema made the difference)", async () => {
    const problems = await seedProblems(deriveGraphModel(readTypeDefs()), HOSTS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^evidence\/src-1\.yaml: record 1, field "type": Invalid option/);
  });

  it("the writes follow it: the API's link takes HOSTS, between the model's types only", async () => {
    const schema = await buildSchema({ typeDefs: await scratchSchema() });
    const relationshipTypes = schema.getType("RelationshipType");
    expect(isEnumType(relationshipTypes) && relationshipTypes.getValues().map((v) => v.name)).toContain("HOSTS");
    const model = deriveGraphModel(await scratchSchema());
    expect(() => checkEndpoints(model, "HOSTS", "Organisation", "Network")).not.toThrow();
    expect(() => checkEndpoints(model, "HOSTS", "Network", "Organisation")).toThrow(
      "HOSTS cannot join Network → Organisation (the other way round it is allowed: swap from and to); it joins Organisation → Network.",
    );
    expect(() => checkEndpoints(GRAPH_MODEL, "HOSTS", "Organisation", "Network")).toThrow(/^type must be one of .*; got "HOSTS"\.$/);
  });
});

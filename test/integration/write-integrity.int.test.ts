/**
 * What an editor's write may not do to the graph, tried for every node type, field and
 * relationship type of the model (write-cases.ts): text must be visible text, required fields
 * stay, ids follow the id rule and are unique across types, a link joins entities that exist and
 * that its type may join, with evidence its source states, naming both ends; a cited source or a
 * linked entity stays; a request makes one write; a write based on an old revision is refused.
 * After every refusal the graph and its history are exactly as they were.
 */
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../src/graphql/schema.js";
import { GRAPH_MODEL, LABELS, SOURCE_LABEL, endpointsOf, type FieldModel } from "../../src/model/graph-model.js";
import { writableFields } from "../../src/writes/field-checks.js";
import { bearer, graphFingerprint, seedAndServe, stopServing, testConfig, type TestApi } from "./harness.js";
import {
  ENDPOINTS,
  ENTITY_TYPES,
  LINKED_SOURCE,
  SOURCE,
  SOURCE_TEXT,
  SOURCE_TYPE,
  SPARE_SOURCE,
  buildScratchWorld,
  documentOf,
  fullFields,
  idOf,
  latestRevisionReader,
  nameOf,
  type ScratchWorld,
} from "./write-cases.js";

const { database } = testConfig().neo4j;

/** Text a reader cannot see, or that is not text: each must be refused wherever text is stored. */
const BAD_TEXT: [string, string][] = [
  ["spaces", "   "],
  ["zero-width spaces", "\u200b\u200b\u200b"],
  ["a byte-order mark and joiners", "\ufeff\u200b\u200d"],
  ["a Hangul filler and a soft hyphen", "\u3164\u00ad"],
  ["a NUL character", "Mijn\u0000Pad"],
  ["a control character", "Mijn\u0007Pad"],
  ["an unpaired surrogate", "Mijn \ud800 Pad"],
];

const BAD_IDS = ["Not A Slug", "UPPERCASE", "double--dash", "-leading", "trailing_", "ümlaut", "a".repeat(81), ""];

let schema: GraphQLSchema;
let driver: Driver;
let api: TestApi;
let editor: string;
let world: ScratchWorld;
let baseline: string;

beforeAll(async () => {
  ({ driver, api } = await seedAndServe());
  schema = await buildSchema();
  editor = await bearer({ roles: ["editor"] }, { expiresIn: "1h" });
  world = await buildScratchWorld(driver);
  baseline = await graphFingerprint(driver);
});
afterAll(() => stopServing(api, driver));
// After every test, refused or not, the graph and its history are as the scratch world left them.
afterEach(async () => {
  expect(await graphFingerprint(driver)).toBe(baseline);
});

interface Refusal {
  name: string;
  field: string;
  variables: Record<string, unknown>;
  code?: string;
  /** The `extensions.argument` the refusal must name. */
  argument: string;
  message?: RegExp | string;
}

/** Sends each write as an editor and lists every answer that is not the expected refusal. */
async function refusals(cases: readonly Refusal[]): Promise<string[]> {
  const problems: string[] = [];
  for (const c of cases) {
    const answer = await api.query(documentOf(schema, c.field, Object.keys(c.variables)), c.variables, { authorization: editor });
    const error = answer.errors?.[0];
    const messageOk = c.message === undefined || (typeof c.message === "string" ? error?.message.includes(c.message) : c.message.test(error?.message ?? ""));
    const refused = answer.data == null && error?.extensions?.code === (c.code ?? "BAD_USER_INPUT") && error.extensions.argument === c.argument && messageOk;
    if (!refused) problems.push(`${c.name}: ${answer.status} ${JSON.stringify(error ?? answer.data).slice(0, 300)}`);
  }
  return problems;
}

const isText = (field: FieldModel) => !field.values && (field.type === "String" || field.type === "ID");
/** A field's value made of `bad`: the value itself, or the second item of a list. */
const badValue = (field: FieldModel, bad: string) => (field.list ? ["fine", bad] : bad);
const badPath = (prefix: string, field: FieldModel) => `${prefix}.${field.name}${field.list ? "[1]" : ""}`;

describe("Write integrity: stored text is visible text", () => {
  it("refuses blank, invisible and control-character text in every text field of every node type, on create and on update, naming the field", async () => {
    const cases: Refusal[] = [];
    for (const node of [...ENTITY_TYPES, SOURCE_TYPE]) {
      const source = node.label === SOURCE_LABEL;
      const text = writableFields(node).filter(isText);
      expect(text.length, `${node.label} has text fields`).toBeGreaterThan(0);
      for (const field of text) {
        for (const [what, bad] of BAD_TEXT) {
          const fields = { ...fullFields(node, "A fine name"), [field.name]: badValue(field, bad) };
          cases.push(
            source
              ? { name: `addSource ${field.name} of ${what}`, field: "addSource", variables: { input: { id: "test-bad-text", text: "Fine text.", ...fields } }, argument: badPath("input", field) }
              : { name: `createEntity ${node.label} ${field.name} of ${what}`, field: "createEntity", variables: { type: node.entityType, id: "test-bad-text", fields }, argument: badPath("fields", field) },
            {
              name: `updateEntity ${node.label} ${field.name} of ${what}`,
              field: "updateEntity",
              variables: { id: source ? SOURCE : idOf(node.label, "a"), fields: { [field.name]: badValue(field, bad) } },
              argument: badPath("fields", field),
            },
          );
        }
      }
    }
    // Every node type was tried, on create and on update.
    expect(new Set(cases.filter((c) => c.field === "updateEntity").map((c) => c.name.split(" ")[1]))).toEqual(new Set(LABELS));
    expect(new Set(cases.filter((c) => c.field !== "updateEntity").map((c) => c.name.split(" ")[1]))).toEqual(new Set([...LABELS.filter((l) => l !== SOURCE_LABEL), ...writableFields(SOURCE_TYPE).filter(isText).map((f) => f.name)]));
    expect(await refusals(cases)).toEqual([]);
  }, 300_000);

  it("refuses it in a source's text, in every field of evidence, and in a write's comment", async () => {
    const endpoint = ENDPOINTS[0];
    if (!endpoint) throw new Error("the model has no relationship");
    const linkTo = { from: idOf(endpoint.from, "a"), type: endpoint.type, to: idOf(endpoint.to, "b") };
    const evidence = { source: SOURCE, quote: endpoint.named };
    const cases: Refusal[] = BAD_TEXT.flatMap(([what, bad]) => [
      { name: `addSource text of ${what}`, field: "addSource", variables: { input: { ...fullFields(SOURCE_TYPE, "A fine name"), text: bad } }, argument: "input.text" },
      { name: `reviseSource text of ${what}`, field: "reviseSource", variables: { id: SPARE_SOURCE, text: bad }, argument: "text" },
      ...["quote", "role", "note"].map((property) => ({
        name: `link evidence.${property} of ${what}`,
        field: "link",
        variables: { ...linkTo, evidence: { ...evidence, ...(property === "note" ? { inferred: true } : {}), [property]: bad } },
        argument: `evidence.${property}`,
      })),
      ...(["from", "to"] as const).map((end) => ({ name: `link evidence.refers.${end} of ${what}`, field: "link", variables: { ...linkTo, evidence: { ...evidence, refers: { [end]: bad } } }, argument: `evidence.refers.${end}` })),
      { name: `updateEntity comment of ${what}`, field: "updateEntity", variables: { id: idOf(endpoint.from, "a"), fields: { description: "Fine" }, comment: bad }, argument: "comment" },
    ]);
    expect(await refusals(cases)).toEqual([]);
  }, 120_000);
});

describe("Write integrity: fields follow the model", () => {
  it("refuses clearing a required field, and a create without one, for every node type", async () => {
    const cases: Refusal[] = [];
    for (const node of [...ENTITY_TYPES, SOURCE_TYPE]) {
      const source = node.label === SOURCE_LABEL;
      for (const field of writableFields(node).filter((f) => f.required && !f.list)) {
        cases.push({ name: `updateEntity ${node.label} ${field.name}: null`, field: "updateEntity", variables: { id: source ? SOURCE : idOf(node.label, "a"), fields: { [field.name]: null } }, argument: `fields.${field.name}`, message: "cannot be cleared" });
        const { [field.name]: _left, ...without } = fullFields(node, "A fine name");
        // A source's name defaults to its title: leave both out.
        const { title: _title, ...withoutTitle } = without;
        cases.push(
          source
            ? { name: `addSource without ${field.name}`, field: "addSource", variables: { input: { text: "Fine text.", ...(field.name === "name" ? withoutTitle : without) } }, argument: `input.${field.name}`, message: "is required" }
            : { name: `createEntity ${node.label} without ${field.name}`, field: "createEntity", variables: { type: node.entityType, id: "test-missing", fields: without }, argument: `fields.${field.name}`, message: "is required" },
        );
      }
    }
    // name everywhere, and the other required fields (kind, nameEn, language).
    expect(cases.length).toBeGreaterThanOrEqual(2 * (GRAPH_MODEL.nodeTypes.length + 2));
    expect(await refusals(cases)).toEqual([]);
  }, 120_000);

  it("refuses a field the node type does not have, a value not among its type's values and text not in a field's format", async () => {
    const everyField = [...new Set(GRAPH_MODEL.nodeTypes.flatMap((node) => writableFields(node).map((f) => f.name)))];
    const cases: Refusal[] = [];
    for (const node of [...ENTITY_TYPES, SOURCE_TYPE]) {
      const id = node.label === SOURCE_LABEL ? SOURCE : idOf(node.label, "a");
      const own = writableFields(node);
      for (const name of everyField.filter((f) => !own.some((o) => o.name === f))) {
        cases.push({ name: `updateEntity ${node.label} with ${name}`, field: "updateEntity", variables: { id, fields: { [name]: "Some text" } }, argument: `fields.${name}`, message: `${node.label} has no field "${name}"` });
      }
      for (const field of own.filter((f) => f.values)) {
        cases.push({ name: `updateEntity ${node.label} ${field.name} NOT_A_VALUE`, field: "updateEntity", variables: { id, fields: { [field.name]: "NOT_A_VALUE" } }, argument: `fields.${field.name}`, message: (field.values ?? []).join(", ") });
      }
      for (const field of own.filter((f) => f.format)) {
        cases.push({ name: `updateEntity ${node.label} ${field.name} in no format`, field: "updateEntity", variables: { id, fields: { [field.name]: "not in the format" } }, argument: `fields.${field.name}`, message: field.format?.description });
        cases.push({
          name: `addSource ${field.name} in no format`,
          field: "addSource",
          variables: { input: { text: "Fine text.", ...fullFields(node, "A fine name"), [field.name]: "not in the format" } },
          argument: `input.${field.name}`,
          message: field.format?.description,
        });
      }
    }
    // Every node type lacks some field another type has, and the model has enums and formats to try.
    expect(new Set(cases.map((c) => c.name.split(" ")[1]))).toEqual(new Set([...LABELS, "published", "url", "language"]));
    expect(await refusals(cases)).toEqual([]);
  }, 120_000);

  it("refuses an update that changes nothing named, and a Source made by createEntity (it needs its text)", async () => {
    expect(
      await refusals([
        { name: "updateEntity fields {}", field: "updateEntity", variables: { id: idOf("Theme", "a"), fields: {} }, argument: "fields" },
        { name: "createEntity SOURCE", field: "createEntity", variables: { type: SOURCE_TYPE.entityType, id: "test-source", fields: { name: "A source" } }, argument: "type", message: "addSource" },
      ]),
    ).toEqual([]);
  });
});

describe("Write integrity: ids", () => {
  it("refuses ids that break the id rule, for every node type and for sources", async () => {
    const cases: Refusal[] = BAD_IDS.flatMap((id) => [
      ...ENTITY_TYPES.map((node) => ({ name: `createEntity ${node.label} ${JSON.stringify(id)}`, field: "createEntity", variables: { type: node.entityType, id, fields: fullFields(node, "A fine name") }, argument: "id", message: "must be an id" })),
      { name: `addSource ${JSON.stringify(id)}`, field: "addSource", variables: { input: { id, text: "Fine text.", ...fullFields(SOURCE_TYPE, "A fine name") } }, argument: "input.id", message: "must be an id" },
    ]);
    expect(await refusals(cases)).toEqual([]);
  }, 120_000);

  it("refuses an id that any entity of any type has, naming that type", async () => {
    const cases: Refusal[] = [];
    const taken = [...ENTITY_TYPES.map((node) => ({ label: node.label, id: idOf(node.label, "a") })), { label: SOURCE_LABEL, id: SOURCE }];
    for (const node of ENTITY_TYPES) {
      for (const { label, id } of taken) {
        cases.push({ name: `createEntity ${node.label} with the id of a ${label}`, field: "createEntity", variables: { type: node.entityType, id, fields: fullFields(node, "A fine name") }, argument: "id", message: `already used by a ${label}` });
      }
    }
    for (const { label, id } of taken) {
      cases.push({ name: `addSource with the id of a ${label}`, field: "addSource", variables: { input: { id, text: "Fine text.", ...fullFields(SOURCE_TYPE, "A fine name") } }, argument: "input.id", message: `already used by a ${label}` });
    }
    expect(cases).toHaveLength((ENTITY_TYPES.length + 1) * LABELS.length);
    expect(await refusals(cases)).toEqual([]);
  }, 120_000);
});

describe("Write integrity: links", () => {
  it("refuses a link whose start or end does not exist (NOT_FOUND naming it)", async () => {
    const cases: Refusal[] = ENDPOINTS.flatMap((e) => [
      { name: `link ${e.type} from nothing`, field: "link", variables: { from: "test-no-such-entity", type: e.type, to: idOf(e.to, "b"), evidence: { source: SOURCE, quote: e.named } }, code: "NOT_FOUND", argument: "from" },
      { name: `link ${e.type} to nothing`, field: "link", variables: { from: idOf(e.from, "a"), type: e.type, to: "test-no-such-entity", evidence: { source: SOURCE, quote: e.named } }, code: "NOT_FOUND", argument: "to" },
    ]);
    expect(await refusals(cases)).toEqual([]);
  }, 60_000);

  it("refuses every pair of node types a relationship type may not join, either way round, saying when swapping would do", async () => {
    const cases: Refusal[] = [];
    const idFor = (label: string, end: "a" | "b") => (label === SOURCE_LABEL ? SPARE_SOURCE : idOf(label, end));
    for (const { type } of GRAPH_MODEL.relationshipTypes) {
      const allowed = endpointsOf(GRAPH_MODEL, type);
      for (const from of LABELS) {
        for (const to of LABELS) {
          if (allowed.some((e) => e.from === from && e.to === to)) continue;
          const reversed = allowed.some((e) => e.from === to && e.to === from);
          cases.push({
            name: `link ${type} ${from} → ${to}${reversed ? " (reversed)" : ""}`,
            field: "link",
            variables: { from: idFor(from, "a"), type, to: idFor(to, "b"), evidence: { source: SOURCE, quote: "Scratch sources for the write tests." } },
            argument: "type",
            message: reversed ? "swap from and to" : new RegExp(`^${type} cannot join ${from} → ${to}; it joins`),
          });
        }
      }
    }
    // Every allowed pair that is not its own reverse was tried the wrong way round.
    const reversible = ENDPOINTS.filter((e) => e.from !== e.to);
    expect(cases.filter((c) => c.name.endsWith("(reversed)")).length).toBe(reversible.length);
    expect(cases).toHaveLength(GRAPH_MODEL.relationshipTypes.length * LABELS.length ** 2 - ENDPOINTS.length);
    expect(await refusals(cases)).toEqual([]);
  }, 300_000);

  it("refuses evidence from a source that does not exist, or from an entity that is not a source (NOT_FOUND)", async () => {
    const e = ENDPOINTS[0];
    if (!e) throw new Error("the model has no relationship");
    const link = { from: idOf(e.from, "a"), type: e.type, to: idOf(e.to, "b") };
    expect(
      await refusals([
        { name: "unknown source", field: "link", variables: { ...link, evidence: { source: "test-no-such-source", quote: e.named } }, code: "NOT_FOUND", argument: "evidence.source" },
        { name: "a practice as source", field: "link", variables: { ...link, evidence: { source: idOf("Practice", "b"), quote: e.named } }, code: "NOT_FOUND", argument: "evidence.source" },
      ]),
    ).toEqual([]);
  });

  it("refuses, for every endpoint, a quote not in the source (naming its closest sentence), a quote that does not name an end, refers words not in the quote, and inferred without a note", async () => {
    const cases: Refusal[] = ENDPOINTS.flatMap((e) => {
      const link = { from: idOf(e.from, "a"), type: e.type, to: idOf(e.to, "b") };
      // One letter's case changed: not verbatim, and nearest to the sentence it came from.
      const misquoted = e.named.replace("Scratch", "scratch");
      return [
        { name: `${e.type} misquoted`, field: "link", variables: { ...link, evidence: { source: SOURCE, quote: misquoted } }, argument: "evidence.quote", message: `its closest sentence is: "${e.named}"` },
        { name: `${e.type} quote without the start`, field: "link", variables: { ...link, evidence: { source: SOURCE, quote: e.weFrom } }, argument: "evidence.quote", message: `does not name "${nameOf(e.from, "a")}" (from)` },
        { name: `${e.type} quote without the end`, field: "link", variables: { ...link, evidence: { source: SOURCE, quote: e.itTo } }, argument: "evidence.quote", message: `does not name "${nameOf(e.to, "b")}" (to)` },
        { name: `${e.type} refers not in the quote`, field: "link", variables: { ...link, evidence: { source: SOURCE, quote: e.weFrom, refers: { from: "they" } } }, argument: "evidence.refers.from", message: `refers.from "they" is not in the quote` },
        { name: `${e.type} implied, not marked`, field: "link", variables: { ...link, evidence: { source: SOURCE, quote: e.implied } }, argument: "evidence.quote" },
        { name: `${e.type} inferred without note`, field: "link", variables: { ...link, evidence: { source: SOURCE, quote: e.implied, inferred: true } }, argument: "evidence.note" },
      ];
    });
    // The closest sentence comes from the source's text, as the test wrote it.
    for (const e of ENDPOINTS) expect(SOURCE_TEXT.split("\n")).toContain(e.named);
    expect(await refusals(cases)).toEqual([]);
  }, 120_000);

  it("refuses unlinking evidence that is not there (NOT_FOUND)", async () => {
    const cases: Refusal[] = ENDPOINTS.map((e) => ({
      name: `unlink ${e.type} citing a source that does not state it`,
      field: "unlink",
      variables: { from: idOf(e.from, "a"), type: e.type, to: idOf(e.to, "b"), source: SPARE_SOURCE },
      code: "NOT_FOUND",
      argument: "from",
    }));
    expect(await refusals(cases)).toEqual([]);
  });
});

describe("Write integrity: deletions that would take knowledge with them", () => {
  it("refuses deleting a cited source, saying how many relationships cite it", async () => {
    const seedSource = "004_efa2b08d00db0bc5";
    const cases: Refusal[] = [];
    for (const [id, expected] of [
      [LINKED_SOURCE, ENDPOINTS.length],
      [seedSource, await citations(seedSource)],
    ] as const) {
      expect(expected).toBeGreaterThan(1);
      cases.push({ name: `deleteEntity ${id}`, field: "deleteEntity", variables: { id }, argument: "id", message: `is cited as the evidence of ${expected} relationships` });
    }
    expect(await refusals(cases)).toEqual([]);
  });

  it("refuses deleting a linked entity of every node type, counting its relationships by type", async () => {
    const cases: Refusal[] = [];
    for (const node of ENTITY_TYPES) {
      for (const end of ["a", "b"] as const) {
        // The scratch world links every `-a` to a `-b` once for each endpoint (wc-source-linked's evidence).
        const counts = new Map<string, number>();
        for (const e of ENDPOINTS) if ((end === "a" ? e.from : e.to) === node.label) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
        if (counts.size === 0) continue;
        // In code-unit order, as the API lists them (PARTNER_IN before PART_OF).
        const listed = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([type, n]) => `${n} ${type}`);
        cases.push({ name: `deleteEntity ${idOf(node.label, end)}`, field: "deleteEntity", variables: { id: idOf(node.label, end) }, argument: "id", message: `still has relationships (${listed.join(", ")})` });
      }
    }
    // Every node type starts some relationship type.
    expect(cases.filter((c) => c.name.endsWith("-a"))).toHaveLength(ENTITY_TYPES.length);
    expect(await refusals(cases)).toEqual([]);
  });
});

describe("Write integrity: one write per request, based on what is there", () => {
  it("refuses a request with two root fields, aliased or through a fragment, and writes neither", async () => {
    const rename = (id: string) => `updateEntity(id: "${id}", fields: { description: "Changed by a two-field request" }) { revision { id } }`;
    for (const query of [
      `mutation { a: ${rename(idOf("Theme", "a"))} b: ${rename(idOf("Theme", "b"))} }`,
      `mutation { ${rename(idOf("Theme", "a"))} deleteEntity(id: "${idOf("Theme", "loose")}") { revision { id } } }`,
      `mutation { ...Both } fragment Both on Mutation { a: ${rename(idOf("Theme", "a"))} b: ${rename(idOf("Theme", "b"))} }`,
    ]) {
      const { data, errors } = await api.query(query, {}, { authorization: editor });
      expect({ query, data, code: errors?.[0]?.extensions?.code }).toEqual({ query, data: undefined, code: "BAD_USER_INPUT" });
      expect(errors?.[0]?.message).toMatch(/exactly one change/);
    }
  });

  it("refuses a write based on an older revision than the entity's latest (CONFLICT, naming the latest)", async () => {
    const id = idOf("Practice", "a");
    const latest = await latestRevisionReader(driver)(id);
    // `-a` ends were created in one revision and linked in a later one.
    expect(latest).toBe(world.linked);
    const e = ENDPOINTS[0];
    if (!e) throw new Error("the model has no relationship");
    const cases: Refusal[] = [
      { name: "updateEntity", field: "updateEntity", variables: { id, fields: { description: "Based on an old revision" }, expectedRevision: world.created } },
      { name: "deleteEntity", field: "deleteEntity", variables: { id: idOf("Practice", "loose"), expectedRevision: "1" } },
      { name: "link", field: "link", variables: { from: id, type: e.type, to: idOf(e.to, "b"), evidence: { source: SOURCE, quote: e.named }, expectedRevision: world.created } },
      { name: "unlink", field: "unlink", variables: { from: id, type: e.type, to: idOf(e.to, "b"), source: LINKED_SOURCE, expectedRevision: world.created } },
      { name: "reviseSource", field: "reviseSource", variables: { id: SPARE_SOURCE, text: "Revised text.", expectedRevision: "1" } },
    ].map((c) => ({ ...c, code: "CONFLICT", argument: "expectedRevision", message: "has changed since revision" }));
    expect(await refusals(cases)).toEqual([]);
    const answer = await api.query(documentOf(schema, "updateEntity", ["id", "fields", "expectedRevision"]), cases[0]?.variables, { authorization: editor });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", latestRevision: latest });
  });

  it("refuses reverting a revision whose items a later one changed (CONFLICT), and a revision that does not exist (NOT_FOUND)", async () => {
    expect(
      await refusals([
        { name: "revert the world's creation", field: "revert", variables: { revision: world.created }, code: "CONFLICT", argument: "revision", message: `revision ${world.linked}` },
        { name: "revert nothing", field: "revert", variables: { revision: "999999" }, code: "NOT_FOUND", argument: "revision" },
      ]),
    ).toEqual([]);
  });
});

async function citations(source: string): Promise<number> {
  const result = await driver.executeQuery("MATCH ()-[r]->() WHERE r.source = $source RETURN count(r) AS n", { source }, { database });
  return Number(result.records[0]?.get("n"));
}

/**
 * The open-data exports (issue 16) against the seeded graph: each format read by a real parser
 * (the jsonld processor with the context the API publishes, csv-parse, fast-xml-parser, and
 * networkx where python3 has it), counts and contents checked against the seed files, and the round
 * trip: an export loaded into an emptied Neo4j by the project's own loader gives the same graph,
 * every piece of evidence included. Then what every public GET promises: manifest, ETag and 304,
 * parameters refused by name, CORS and the rate limit's headers.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import jsonld from "jsonld";
import type { Driver, Session } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readQuery } from "../../src/db/neo4j.js";
import { checkedSeedData, readCsvExport, readJsonLdExport } from "../../src/export/import-export.js";
import { SCHEMA_ORG, SCHEMA_ORG_TYPES } from "../../src/export/jsonld-export.js";
import { GRAPH_MODEL, type Label } from "../../src/model/graph-model.js";
import { loadSeedData } from "../../src/seed/load-graph.js";
import { isGraphEmpty } from "../../src/seed/seed-graph.js";
import { readGraphVersion } from "../../src/writes/revisions.js";
import { bearer, log, resetToSeed, startTestApi, testConfig, testDriver, type TestApi } from "./harness.js";
import { seedFacts, type SeedFacts } from "./seed-facts.js";

const LICENCE = "CC-BY-4.0";
const EDITOR = { sub: "export-editor", name: "Els Editor", roles: ["editor"] };

interface Snapshot {
  nodes: { labels: string[]; properties: Record<string, unknown> }[];
  relationships: { from: string; type: string; to: string; properties: Record<string, unknown> }[];
  sourceTexts: { hash: string; text: string }[];
}

let driver: Driver;
let api: TestApi;
let base: string;
let facts: SeedFacts;
/** The seeded graph as the database holds it, read before any export. */
let seeded: Snapshot;

const database = () => testConfig().neo4j.database;

/** The graph: entities, every relationship between them (of any type) and the source texts. */
async function snapshot(): Promise<Snapshot> {
  const db = database();
  const [nodes, relationships, texts] = await Promise.all([
    driver.executeQuery("MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id", {}, { database: db }),
    driver.executeQuery("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY from, type, to, r.source", {}, { database: db }),
    driver.executeQuery("MATCH (t:SourceText) RETURN t.hash AS hash, t.text AS text ORDER BY hash", {}, { database: db }),
  ]);
  return {
    nodes: nodes.records.map((r) => ({ labels: [...(r.get("labels") as string[])].sort(), properties: r.get("properties") as Record<string, unknown> })),
    relationships: relationships.records.map((r) => ({ from: r.get("from"), type: r.get("type"), to: r.get("to"), properties: r.get("properties") })),
    sourceTexts: texts.records.map((r) => ({ hash: r.get("hash"), text: r.get("text") })),
  };
}

/** The part of a snapshot on the nodes `ids`. */
function partOf(whole: Snapshot, ids: Set<string>): Snapshot {
  const nodes = whole.nodes.filter((n) => ids.has(n.properties.id as string));
  const hashes = new Set(nodes.map((n) => n.properties.contentHash).filter((h) => h !== undefined));
  return {
    nodes,
    relationships: whole.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)),
    sourceTexts: whole.sourceTexts.filter((t) => hashes.has(t.hash)),
  };
}

/**
 * Empties the test database, loads an export read back as seed data with the seed loader, and
 * answers what the graph then is; the seeds are loaded again afterwards, for the tests that follow.
 */
async function loadedIntoEmptyGraph(read: Awaited<ReturnType<typeof readJsonLdExport>>): Promise<Snapshot> {
  await driver.executeQuery("MATCH (n) WHERE NOT n:__TestDatabase AND NOT n:__Neo4jMigration DETACH DELETE n", {}, { database: database() });
  expect(await isGraphEmpty(driver, database())).toBe(true);
  try {
    await loadSeedData(driver, database(), checkedSeedData(read, facts.data.sourceTexts), { reset: false }, log);
    return await snapshot();
  } finally {
    await resetToSeed(driver);
  }
}

async function get(address: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${address}`, { headers });
}

/** The context the API publishes, fetched once over HTTP: the only document the jsonld processor may load. */
async function publishedContextLoader(): Promise<(url: string) => Promise<{ contextUrl: undefined; documentUrl: string; document: unknown }>> {
  const response = await get("/export/context.jsonld");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
  const context = (await response.json()) as unknown;
  return async (url: string) => {
    if (url !== `${base}/export/context.jsonld`) throw new Error(`the test loads no other document (asked for ${url})`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };
}

const linksOf = (seedFacts: SeedFacts["data"]["facts"]) => new Set(seedFacts.map((f) => `${f.from} ${f.type} ${f.to}`)).size;

/** The node ids within `depth` links of `root` (either direction), from the seed files, and the sources their evidence cites. */
function seedNeighbourhood(root: string, depth: number): Set<string> {
  let frontier = new Set([root]);
  const found = new Set([root]);
  for (let hop = 0; hop < depth; hop++) {
    const next = new Set<string>();
    for (const id of frontier) for (const n of facts.neighbours(id)) if (!found.has(n)) next.add(n);
    for (const id of next) found.add(id);
    frontier = next;
  }
  const cited = facts.data.facts.filter((f) => found.has(f.from) && found.has(f.to)).map((f) => f.source);
  return new Set([...found, ...cited]);
}

beforeAll(async () => {
  driver = testDriver();
  await resetToSeed(driver);
  api = await startTestApi(driver, { exports: { licence: LICENCE }, http: { corsOrigins: ["*"] } });
  base = api.url.replace(/\/graphql$/, "");
  facts = await seedFacts();
  seeded = await snapshot();
});

afterAll(async () => {
  // The round trips leave the graph as seeded but with another history: later files start from the seeds.
  if (driver) await resetToSeed(driver);
  await api?.close();
  await driver?.close();
});

describe("Exports: JSON-LD", () => {
  it("expands with the jsonld processor and the published context: a manifest, every node with its schema.org type, a statement with its citation per piece of evidence", async () => {
    const response = await get("/export/graph.jsonld");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    const document = (await response.json()) as Record<string, unknown>;
    const version = await readGraphVersion(readQuery(driver, database()));
    expect(document).toMatchObject({
      "@id": `${base}/export/graph.jsonld`,
      "@type": "Dataset",
      graphVersion: version.tag,
      licence: LICENCE,
      selection: "",
      nodes: facts.data.nodes.length,
      links: linksOf(facts.data.facts),
      evidence: facts.data.facts.length,
    });
    const expanded = (await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader: (await publishedContextLoader()) as never })) as Record<string, unknown>[];
    const items = expanded[0]?.["@graph"] as Record<string, { "@id"?: string; "@value"?: unknown }[] | string[] | string>[];
    const entity = (id: string) => `${base}/e/${id}`;
    for (const node of facts.data.nodes) {
      const item = items.find((i) => i["@id"] === entity(node.properties.id));
      expect(item?.["@type"]).toEqual([`${base}/export/vocab#${node.label}`, `${SCHEMA_ORG}${SCHEMA_ORG_TYPES[node.label as Label]}`]);
      expect(item?.[`${SCHEMA_ORG}name`]).toEqual([{ "@value": node.properties.name }]);
    }
    const statements = items.filter((i) => (i["@type"] as string[]).includes("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"));
    expect(statements).toHaveLength(facts.data.facts.length);
    for (const fact of facts.data.facts) {
      const rdf = (name: string) => `http://www.w3.org/1999/02/22-rdf-syntax-ns#${name}`;
      const statement = statements.find(
        (s) =>
          (s[rdf("subject")] as { "@id": string }[])[0]?.["@id"] === entity(fact.from) &&
          (s[rdf("predicate")] as { "@id": string }[])[0]?.["@id"] === `${base}/export/vocab#${fact.type}` &&
          (s[rdf("object")] as { "@id": string }[])[0]?.["@id"] === entity(fact.to) &&
          (s["http://www.w3.org/ns/prov#wasDerivedFrom"] as { "@id": string }[])[0]?.["@id"] === entity(fact.source),
      );
      // Reference knowledge (a region in its province) cites its reference work, with no quotation.
      expect(statement?.[`${SCHEMA_ORG}citation`]).toEqual(
        fact.properties.basis === "REFERENCE"
          ? undefined
          : [{ "@type": [`${SCHEMA_ORG}Quotation`], [`${SCHEMA_ORG}text`]: [{ "@value": fact.properties.quote }], [`${SCHEMA_ORG}isPartOf`]: [{ "@id": entity(fact.source) }] }],
      );
    }
  });

  it("round trip: the whole graph loaded into an empty Neo4j by the seed loader is the graph exported, every evidence included", async () => {
    const document = (await (await get("/export/graph.jsonld")).json()) as unknown;
    expect(await loadedIntoEmptyGraph(await readJsonLdExport(document))).toEqual(seeded);
  });

  it("round trip of a neighbourhood: its nodes (as the seed files have them), the links among them and the sources they cite", async () => {
    const document = (await (await get("/export/graph.jsonld?root=mijn-pad&depth=2")).json()) as { nodes: number; evidence: number };
    const ids = seedNeighbourhood("mijn-pad", 2);
    const expected = partOf(seeded, ids);
    expect(expected.relationships.length).toBeGreaterThan(10);
    expect({ nodes: document.nodes, evidence: document.evidence }).toEqual({ nodes: ids.size, evidence: expected.relationships.length });
    expect(await loadedIntoEmptyGraph(await readJsonLdExport(document))).toEqual(expected);
  });
});

describe("Exports: CSV", () => {
  it.skipIf(spawnSync("unzip", ["-v"]).status !== 0)("a zip of manifest.json, nodes.csv and edges.csv; UTF-8 with BOM, ';'-separated, a header row, one row per node and per piece of evidence", async () => {
    const response = await get("/export/graph.csv.zip");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="graph.csv.zip"');
    // Read by Info-ZIP's unzip, a reader independent of the one that writes it.
    const zip = path.join(mkdtempSync(path.join(tmpdir(), "csv-zip-")), "graph.csv.zip");
    writeFileSync(zip, Buffer.from(await response.arrayBuffer()));
    const listing = execFileSync("unzip", ["-Z1", zip]).toString().split("\n").filter(Boolean);
    expect(listing).toEqual(["manifest.json", "nodes.csv", "edges.csv"]);
    const file = (name: string) => execFileSync("unzip", ["-p", zip, name]);
    expect(JSON.parse(file("manifest.json").toString())).toMatchObject({ licence: LICENCE, selection: {}, nodes: facts.data.nodes.length, evidence: facts.data.facts.length });
    for (const [name, rows] of [["nodes.csv", facts.data.nodes.length], ["edges.csv", facts.data.facts.length]] as const) {
      const csv = file(name);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records = parseCsv(csv, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
      expect(records).toHaveLength(rows);
    }
    const edges = parseCsv(file("edges.csv"), { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    for (const fact of facts.data.facts) {
      // An empty cell where reference knowledge has no quote.
      expect(edges).toContainEqual(expect.objectContaining({ from: fact.from, type: fact.type, to: fact.to, source: fact.source, basis: fact.properties.basis, quote: fact.properties.quote ?? "" }));
    }
  });

  it("round trip: the whole graph loaded into an empty Neo4j by the seed loader is the graph exported, every evidence included", async () => {
    const zip = Buffer.from(await (await get("/export/graph.csv.zip")).arrayBuffer());
    expect(await loadedIntoEmptyGraph(await readCsvExport(zip))).toEqual(seeded);
  });
});

describe("Exports: GraphML", () => {
  const graphMl = async (address: string) => {
    const response = await get(address);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/graphml+xml; charset=utf-8");
    return response.text();
  };

  it("is valid XML with a declared key for every value: every node, and an edge with source and quote per piece of evidence", async () => {
    const xml = await graphMl("/export/graph.graphml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _p, _l, isAttribute) => !isAttribute && ["key", "node", "edge", "data"].includes(name), parseTagValue: false }).parse(xml) as {
      graphml: { key: { id: string; "attr.name": string }[]; graph: { node: { id: string; data: { key: string; "#text": string }[] }[]; edge: { source: string; target: string; data: { key: string; "#text": string }[] }[] } };
    };
    const { key: keys, graph } = parsed.graphml;
    expect(new Set(keys.filter((k) => k.id.startsWith("n_")).map((k) => k["attr.name"]))).toEqual(new Set(["label", "nodeType", ...GRAPH_MODEL.nodeTypes.flatMap((n) => n.fields.map((f) => f.name))]));
    expect(new Set(keys.filter((k) => k.id.startsWith("e_")).map((k) => k["attr.name"]))).toEqual(new Set(["label", ...GRAPH_MODEL.evidence.fields.map((f) => f.name)]));
    expect(graph.node.map((n) => n.id).sort()).toEqual(facts.data.nodes.map((n) => n.properties.id).sort());
    const value = (data: { key: string; "#text": string }[], key: string) => data.find((d) => d.key === key)?.["#text"];
    const edges = graph.edge.map((e) => ({ from: e.source, to: e.target, type: value(e.data, "e_label"), source: value(e.data, "e_source"), quote: value(e.data, "e_quote") }));
    expect(edges.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
      facts.data.facts.map((f) => ({ from: f.from, to: f.to, type: f.type, source: f.source, quote: f.properties.quote ?? undefined })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });

  it.skipIf(spawnSync("python3", ["-c", "import networkx"]).status !== 0)("networkx reads it: the nodes, one edge per piece of evidence, its attributes typed", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "graphml-")), "graph.graphml");
    writeFileSync(file, await graphMl("/export/graph.graphml"));
    const script = `
import json, sys, networkx
g = networkx.read_graphml(sys.argv[1])
starts = [d["quoteStart"] for _, _, d in g.edges(data=True) if "quote" in d]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
  "quoted": sum(1 for _, _, d in g.edges(data=True) if d.get("quote")), "intStarts": all(isinstance(s, int) for s in starts),
  "graph": {k: g.graph[k] for k in ("nodes", "evidence", "licence")}}))`;
    const read = JSON.parse(execFileSync("python3", ["-c", script, file]).toString()) as Record<string, unknown>;
    expect(read).toEqual({
      nodes: facts.data.nodes.length,
      edges: facts.data.facts.length,
      directed: true,
      quoted: facts.data.facts.filter((f) => f.properties.basis === "QUOTE").length,
      intStarts: true,
      graph: { nodes: facts.data.nodes.length, evidence: facts.data.facts.length, licence: LICENCE },
    });
  });
});

describe("Exports: a path", () => {
  it("holds the nodes and links of the shortest path, as the paths question finds it, with every piece of their evidence and the sources cited", async () => {
    const { data } = await api.query<{ paths: { nodes: { id: string }[]; edges: { from: string; to: string; type: string }[] }[] }>(
      '{ paths(from: "mijn-pad", to: "nederland", k: 1) { nodes { id } edges { from to type } } }',
    );
    const path = data!.paths[0]!;
    expect(path.edges.length).toBeGreaterThan(1);
    const exported = await readJsonLdExport(await (await get("/export/graph.jsonld?from=mijn-pad&to=nederland")).json());
    const onPath = (f: { from: string; type: string; to: string }) => path.edges.some((e) => e.from === f.from && e.type === f.type && e.to === f.to);
    const evidence = facts.data.facts.filter(onPath);
    const sources = new Set(evidence.map((f) => f.source));
    expect(exported.nodes.map((n) => n.properties.id).sort()).toEqual([...new Set([...path.nodes.map((n) => n.id), ...sources])].sort());
    expect(exported.evidence.map((e) => ({ ...e, properties: { source: e.properties.source, quote: e.properties.quote } })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
      evidence.map((f) => ({ from: f.from, type: f.type, to: f.to, properties: { source: f.source, quote: f.properties.quote } })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });
});

describe("Exports: what every public GET promises", () => {
  const formats = ["/export/graph.jsonld", "/export/graph.graphml", "/export/graph.csv.zip"];

  it.each(formats)("%s: refuses bad parameters by name (400), a node that does not exist (404), other methods (405)", async (address) => {
    const errorOf = async (response: Response) => ({ status: response.status, ...((await response.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]?.extensions });
    expect(await errorOf(await get(`${address}?root=mijn-pad&depth=4`))).toEqual({ status: 400, code: "BAD_USER_INPUT", parameter: "depth" });
    expect(await errorOf(await get(`${address}?root=mijn-pad&deep=2`))).toEqual({ status: 400, code: "BAD_USER_INPUT", parameter: "deep" });
    expect(await errorOf(await get(`${address}?root=nowhere`))).toEqual({ status: 404, code: "NOT_FOUND", parameter: "root" });
    expect(await errorOf(await get(`${address}?from=mijn-pad&to=nowhere`))).toEqual({ status: 404, code: "NOT_FOUND", parameter: "to" });
    expect(await errorOf(await get(`${address}?from=mijn-pad&to=nederland&maxHops=11`))).toEqual({ status: 400, code: "BAD_USER_INPUT", parameter: "maxHops" });
    expect(await errorOf(await fetch(`${base}${address}`, { method: "POST" }))).toEqual({ status: 405, code: "METHOD_NOT_ALLOWED" });
    // A refusal belongs to no graph version: not to be kept.
    expect((await get(`${address}?root=nowhere`)).headers.get("cache-control")).toBe("no-store");
  });

  it.each(formats)("%s: an ETag of graph version and request, 304 while the graph is unchanged, a new one after a write; CORS for any origin, rate limited", async (address) => {
    const first = await get(`${address}?root=mijn-pad`, { origin: "https://partner.example" });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("ratelimit")).toMatch(/r=\d+/);
    const again = await get(`${address}?root=mijn-pad`, { "if-none-match": etag });
    expect([again.status, await again.text()]).toEqual([304, ""]);
    const other = await get(`${address}?root=mijn-pad&depth=2`);
    expect(other.headers.get("etag")).not.toBe(etag);
    const { errors } = await api.query(`mutation ($description: String!) { updateEntity(id: "mijn-pad", fields: { description: $description }, comment: "export ETag test") { revision { id } } }`, { description: `Changed for the ETag of ${address}.` }, { authorization: await bearer(EDITOR) });
    expect(errors).toBeUndefined();
    const after = await get(`${address}?root=mijn-pad`, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  it("HEAD answers the headers of GET without a body", async () => {
    const head = await fetch(`${base}/export/graph.graphml`, { method: "HEAD" });
    expect([head.status, head.headers.get("content-type"), head.headers.get("etag") !== null, await head.text()]).toEqual([200, "application/graphml+xml; charset=utf-8", true, ""]);
  });

  it("exports only the model: no history, source texts or bookkeeping", async () => {
    const document = (await (await get("/export/graph.jsonld")).json()) as { "@graph": { "@type": string[] | string }[] };
    const types = new Set(document["@graph"].map((item) => [item["@type"]].flat()[0]));
    expect(types).toEqual(new Set([...facts.data.nodes.map((n) => n.label), "Statement"]));
  });
});

describe("Exports: at most EXPORTS_MAX at once per process", () => {
  /** The driver, but every explicit transaction (an export's) waits for `gate`; `reached` resolves when one does. */
  function gatedDriver(gate: Promise<void>, reached: () => void): Driver {
    const gatedSession = (session: Session): Session =>
      new Proxy(session, {
        get(target, property) {
          if (property === "beginTransaction") {
            // The driver's TransactionPromise, with its awaiting held back until the gate opens.
            return (...args: Parameters<Session["beginTransaction"]>) => {
              const tx = target.beginTransaction(...args);
              reached();
              return new Proxy(tx, {
                get(inner, name, receiver) {
                  if (name === "then") return (...then: Parameters<typeof tx.then>) => gate.then(() => inner.then(...then));
                  return Reflect.get(inner, name, receiver);
                },
              });
            };
          }
          const value: unknown = Reflect.get(target, property);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    return new Proxy(driver, {
      get(target, property) {
        if (property === "session") return (...args: Parameters<Driver["session"]>) => gatedSession(target.session(...args));
        const value: unknown = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  it("refuses one more with 503 and Retry-After while the allowed ones stream, and takes it once one has finished", async () => {
    let open!: () => void;
    let reached!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const waiting = new Promise<void>((resolve) => (reached = resolve));
    const gated = await startTestApi(gatedDriver(gate, reached), { exports: { maxConcurrent: 1 } });
    try {
      const address = `${gated.url.replace(/\/graphql$/, "")}/export/graph.graphml?root=mijn-pad`;
      const first = fetch(address);
      await waiting;
      const refused = await fetch(address);
      expect([refused.status, refused.headers.get("retry-after"), ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code]).toEqual([503, "10", "TOO_MANY_EXPORTS"]);
      open();
      const answered = await first;
      expect([answered.status, (await answered.text()).includes("<graphml")]).toEqual([200, true]);
      expect((await fetch(address)).status).toBe(200);
    } finally {
      open();
      await gated.close();
    }
  });
});


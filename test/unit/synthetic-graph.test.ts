import { describe, expect, it } from "vitest";
import { generateSyntheticGraph, type NodeRow } from "../../bench/synthetic-graph.js";
import { SourceTexts } from "../../bench/synthetic-texts.js";
import { GRAPH_MODEL, labelOf } from "../../src/model/graph-model.js";
import { contentHashOf, locateQuote, normaliseSourceText } from "../../src/model/quotes.js";
import { verifyEvidence } from "../../src/writes/evidence-checks.js";
import { checkEndpoints } from "../../src/writes/link-writes.js";
import { checkSourceText } from "../../src/writes/source-writes.js";

describe("Benchmark: the synthetic graph follows the graph model", () => {
  const graph = generateSyntheticGraph(500);

  it("has nodes of every node type, each with its type's required fields", () => {
    for (const node of GRAPH_MODEL.nodeTypes) {
      const rows = graph.nodes[node.label as keyof typeof graph.nodes];
      expect(rows.length, node.label).toBeGreaterThan(0);
      for (const field of node.fields.filter((f) => f.required)) expect(rows.every((row) => row[field.name] != null), `${node.label}.${field.name}`).toBe(true);
    }
  });

  it("has relationships for every pair of types every relationship type joins, and no others", () => {
    const expected = GRAPH_MODEL.relationshipTypes.flatMap(({ type, endpoints }) => endpoints.map((e) => `${e.from}-[:${type}]->${e.to}`));
    const made = graph.facts.filter((group) => group.rows.length > 0).map((group) => `${group.from}-[:${group.type}]->${group.to}`);
    expect(new Set(made)).toEqual(new Set(expected));
  });
});

// Verifying a quote reads its source's whole text, so these checks use a small graph: every
// fact and every write link of it, through the functions the API's `link` calls.
describe("Benchmark: the synthetic graph's evidence passes the API's write checks", () => {
  const graph = generateSyntheticGraph(150, { writes: 300 });
  const entities = new Map(Object.values(graph.nodes).flat().map((n) => [n.id, n]));
  const texts = new Map(graph.sourceTexts.map((t) => [t.source, t]));
  const asEnd = (id: string) => {
    const node = entities.get(id) as NodeRow;
    return { id, name: node.name, aliases: node.aliases };
  };
  const textOf = (source: string) => {
    const row = texts.get(source);
    if (!row) throw new Error(`source ${source} has no text`);
    return { text: row.text, contentHash: row.hash };
  };

  it("gives every source one text, stored as the API stores texts, and its hash as the source's contentHash", () => {
    expect(graph.sourceTexts.map((t) => t.source).sort()).toEqual(graph.nodes.Source.map((s) => s.id).sort());
    for (const source of graph.nodes.Source) {
      const { text, contentHash } = textOf(source.id);
      expect(checkSourceText("text", text), source.id).toBe(text);
      expect(normaliseSourceText(text)).toBe(text);
      expect(contentHashOf(text)).toBe(contentHash);
      expect(source.contentHash).toBe(contentHash);
      expect(source.language).toBe("nl");
    }
  });

  it("has every fact's quote verbatim in its source's text, naming both ends", () => {
    let verified = 0;
    for (const group of graph.facts) {
      for (const fact of group.rows) {
        const properties = verifyEvidence(textOf(fact.source), { source: fact.source, quote: fact.quote }, { from: asEnd(fact.from), to: asEnd(fact.to) });
        const location = locateQuote(textOf(fact.source).text, fact.quote);
        expect(properties).toMatchObject({ source: fact.source, quote: fact.quote, quoteStart: location?.start, quoteEnd: location?.end, sourceVersion: textOf(fact.source).contentHash });
        verified++;
      }
    }
    expect(verified).toBe(graph.facts.reduce((sum, g) => sum + g.rows.length, 0));
  });

  it("has write links the graph lacks, between entities the model lets them join, each with a quote of its source naming both ends", () => {
    expect(graph.lookup.writes).toHaveLength(300);
    const linked = new Set(graph.facts.flatMap((g) => g.rows.map((r) => `${g.type}|${r.from}|${r.to}`)));
    const keys = graph.lookup.writes.map((w) => `${w.type}|${w.from}|${w.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const w of graph.lookup.writes) {
      expect(linked.has(`${w.type}|${w.from}|${w.to}`), `${w.from} ${w.type} ${w.to} is already in the graph`).toBe(false);
      const [from, to] = [entities.get(w.from) as NodeRow, entities.get(w.to) as NodeRow];
      expect(() => checkEndpoints(GRAPH_MODEL, w.type, labelOf(from.type), labelOf(to.type))).not.toThrow();
      expect(verifyEvidence(textOf(w.source), { source: w.source, quote: w.quote }, { from: asEnd(w.from), to: asEnd(w.to) })).toMatchObject({ quote: w.quote });
    }
  });

  it("is the same graph, texts included, every time", () => {
    const again = generateSyntheticGraph(150, { writes: 300 });
    expect(again.sourceTexts).toEqual(graph.sourceTexts);
    expect(again.lookup.writes).toEqual(graph.lookup.writes);
    expect(again.facts).toEqual(graph.facts);
  });

  it("keeps the graph it makes without write links unchanged by them, but for the sources' texts", () => {
    const without = generateSyntheticGraph(150, { writes: 0 });
    expect(without.facts).toEqual(graph.facts);
    const withoutHash = (rows: NodeRow[]) => rows.map(({ contentHash: _hash, ...row }) => row);
    expect(withoutHash(without.nodes.Source)).toEqual(withoutHash(graph.nodes.Source));
    expect(without.nodes.Practice).toEqual(graph.nodes.Practice);
  });
});

describe("Benchmark: source texts stay within what the API accepts", () => {
  it("puts a sentence for a full source into the next source with room", () => {
    const texts = new SourceTexts(["Jaarverslag A", "Factsheet B"], 70);
    expect(texts.add(0, "Stichting Kompas is partner in Leernetwerk Hoog.")).toBe(0);
    expect(texts.add(0, "Fonds Zee financiert Mijn Pad.")).toBe(1);
    expect(texts.text(0).text).toBe("Jaarverslag A\n\nStichting Kompas is partner in Leernetwerk Hoog.\n");
    expect(texts.text(1).text).toBe("Factsheet B\n\nFonds Zee financiert Mijn Pad.\n");
    expect(() => texts.add(1, "A sentence far too long for what either source has left of its budget.")).toThrow(/no source has room/);
  });
});

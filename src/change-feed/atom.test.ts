import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseAtomFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import type { RevisionRecord } from "../writes/revisions.js";
import { entryId, renderAtomFeed, xml } from "./atom.js";

const ORIGIN = "https://kg.example.org";

const updated: RevisionRecord = {
  id: "7",
  seq: 7,
  at: "2026-12-02T10:00:00.000Z",
  actor: { id: "u-1", name: "Anna <de Vries> & co" },
  operation: "updateEntity",
  comment: "Beschrijving aangevuld \u0007 met \"citaat\"",
  summary: "updateEntity: changed Practice mijn-pad",
  changes: [{ kind: "entity", id: "mijn-pad", label: "Practice", before: { description: "a" }, after: { description: "b" } }],
  reverts: null,
};
const deleted: RevisionRecord = {
  ...updated,
  id: "8",
  seq: 8,
  at: "2026-12-03T11:00:00.000Z",
  comment: null,
  operation: "deleteEntity",
  summary: "deleteEntity: deleted Theme oud-thema",
  changes: [{ kind: "entity", id: "oud-thema", label: "Theme", before: { name: "Oud" }, after: null }],
};
const linked: RevisionRecord = {
  ...updated,
  id: "9",
  seq: 9,
  at: "2026-12-03T12:00:00.000Z",
  operation: "link",
  comment: null,
  summary: "link: linked mijn-pad ADDRESSES normaliseren (source 000_abc)",
  changes: [{ kind: "relationship", type: "ADDRESSES", from: "mijn-pad", to: "normaliseren", source: "000_abc", before: null, after: { quote: "q" } }],
};

function render(language: "nl" | "en") {
  return renderAtomFeed({ revisions: [linked, deleted, updated], language, origin: ORIGIN, hostName: "kg.example.org", selfUrl: `${ORIGIN}/changes.atom`, updated: linked.at });
}

describe("Change feed: Atom", () => {
  it("is well-formed XML in the Atom namespace, in the feed's language", () => {
    const text = render("nl");
    expect(XMLValidator.validate(text)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false }).parse(text) as { feed: Record<string, unknown> };
    expect(root.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(root.feed["@_xml:lang"]).toBe("nl");
  });

  it("has an entry per revision in the given order, with its title, author, time, id and links to the explorer", () => {
    const feed = parseAtomFeed(render("en"));
    expect(feed.title?.value).toBe("Changes to the youth-care knowledge graph");
    expect(feed.id).toBe(`${ORIGIN}/changes.atom`);
    expect(feed.updated).toBe(linked.at);
    expect(feed.links?.find((l) => l.rel === "self")?.href).toBe(`${ORIGIN}/changes.atom`);
    expect(feed.entries?.map((e) => e.title?.value)).toEqual([`Revision 9: ${linked.summary}`, `Revision 8: ${deleted.summary}`, `Revision 7: ${updated.summary}`]);
    expect(feed.entries?.map((e) => e.id)).toEqual(["tag:kg.example.org,2026-12-03:revision:9", "tag:kg.example.org,2026-12-03:revision:8", "tag:kg.example.org,2026-12-02:revision:7"]);
    expect(feed.entries?.map((e) => e.updated)).toEqual([linked.at, deleted.at, updated.at]);
    expect(feed.entries?.[2]?.authors).toEqual([{ name: "Anna <de Vries> & co" }]);

    const [link, deletion, update] = feed.entries ?? [];
    expect(link?.links?.filter((l) => l.rel === "alternate").map((l) => l.href)).toEqual([`${ORIGIN}/explore?focus=mijn-pad&focus=normaliseren`]);
    expect(link?.links?.filter((l) => l.rel === "related").map((l) => l.href)).toEqual(["mijn-pad", "normaliseren", "000_abc"].map((id) => `${ORIGIN}/explore?focus=${id}`));
    // What a revision deleted cannot be shown: its entry links to the revision itself.
    expect(deletion?.links).toEqual([{ rel: "alternate", type: "text/html", href: `${ORIGIN}/changes?after=7&limit=1` }]);
    const many = { ...linked, changes: Array.from({ length: 4 }, (_, i) => ({ ...linked.changes[0]!, to: `thema-${i}` })) };
    const seedLike = parseAtomFeed(renderAtomFeed({ revisions: [many], language: "en", origin: ORIGIN, hostName: "kg.example.org", selfUrl: ORIGIN, updated: many.at }));
    expect(seedLike.entries?.[0]?.links?.find((l) => l.rel === "alternate")?.href).toBe(`${ORIGIN}/changes?after=8&limit=1`);
    expect(seedLike.entries?.[0]?.links?.filter((l) => l.rel === "related")).toHaveLength(6);
    expect(update?.summary?.value).toBe("Beschrijving aangevuld \uFFFD met \"citaat\"");
    expect(update?.content?.value).toContain("<strong>Comment:</strong> Beschrijving aangevuld \uFFFD met &quot;citaat&quot;");
    expect(update?.content?.value).toContain(`<a href="${ORIGIN}/explore?focus=mijn-pad">mijn-pad</a>`);
  });

  it("speaks Dutch by default and links the other language", () => {
    const feed = parseAtomFeed(render("nl"));
    expect(feed.title?.value).toBe("Wijzigingen in de kennisgraaf jeugd");
    expect(feed.entries?.[0]?.title?.value).toBe(`Revisie 9: ${linked.summary}`);
    expect(feed.links?.find((l) => l.hreflang === "en")?.href).toBe(`${ORIGIN}/changes.atom?lang=en`);
  });

  it("escapes markup, and replaces what XML cannot carry", () => {
    expect(xml(`<a href="x">&'\u0000\uD800`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD\uFFFD");
    expect(xml("😀")).toBe("😀");
  });

  it("makes entry ids from the host's name, or localhost when the host is no DNS name", () => {
    expect(entryId("KG.example.org", updated)).toBe("tag:kg.example.org,2026-12-02:revision:7");
    expect(entryId("[::1]", updated)).toBe("tag:localhost,2026-12-02:revision:7");
  });
});

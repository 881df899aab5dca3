/**
 * The change feed as Atom 1.0 (RFC 4287), for feed readers: one entry per revision, newest first,
 * rendered from the revisions at request time (an erasure that rewrites revisions reaches the feed
 * at once; nothing rendered is stored). The feed's own words are Dutch or English; a revision's
 * summary and its changes are shown as the API stores them.
 */
import { describeChange, type RevisionRecord } from "../writes/revisions.js";
import type { Language } from "./parameters.js";
import { entitiesShown, explorerPath, mainEntities } from "./revision-view.js";

const ATOM_NS = "http://www.w3.org/2005/Atom";
/** A revision's content lists this many changes and links this many entities; the rest are counted. */
const SHOWN_CHANGES = 20;
const SHOWN_ENTITIES = 20;
/** Up to this many changes (an entity and its links, say) a revision is about one thing. */
const ONE_THING = 3;

interface FeedWords {
  title: string;
  subtitle: string;
  entryTitle: (revision: RevisionRecord) => string;
  comment: string;
  by: (author: string, operation: string) => string;
  moreChanges: (n: number) => string;
  inExplorer: string;
  otherLanguage: string;
}

export const FEED_WORDS: Record<Language, FeedWords> = {
  nl: {
    title: "Wijzigingen in de kennisgraaf jeugd",
    subtitle: "Elke wijziging in de kennisgraaf, de nieuwste eerst: wat er veranderde, door wie en waarom.",
    entryTitle: (r) => `Revisie ${r.id}: ${r.summary}`,
    comment: "Toelichting",
    by: (author, operation) => `Door ${author} (${operation}).`,
    moreChanges: (n) => `… en nog ${n} ${n === 1 ? "wijziging" : "wijzigingen"}`,
    inExplorer: "In de verkenner",
    otherLanguage: "English",
  },
  en: {
    title: "Changes to the youth-care knowledge graph",
    subtitle: "Every change to the knowledge graph, newest first: what changed, who changed it and why.",
    entryTitle: (r) => `Revision ${r.id}: ${r.summary}`,
    comment: "Comment",
    by: (author, operation) => `By ${author} (${operation}).`,
    moreChanges: (n) => `… and ${n} more ${n === 1 ? "change" : "changes"}`,
    inExplorer: "In the explorer",
    otherLanguage: "Nederlands",
  },
};

// XML 1.0 allows neither these characters nor lone surrogates, even escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text (or an attribute's value) as XML, escaped; characters XML cannot carry become U+FFFD. */
export const xml = (text: string): string => text.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const html = xml;

const DNS_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

/**
 * A revision's entry id, a tag URI (RFC 4151): the host that serves the feed and the day the revision
 * was committed, so it stays the same on every fetch, and a graph loaded anew (whose revision 2 is
 * another change) does not reuse the ids of the old one.
 */
export function entryId(hostName: string, revision: RevisionRecord): string {
  const authority = DNS_NAME.test(hostName) ? hostName.toLowerCase() : "localhost";
  return `tag:${authority},${revision.at.slice(0, 10)}:revision:${revision.id}`;
}

export interface AtomFeedInput {
  /** Newest first. */
  revisions: RevisionRecord[];
  language: Language;
  /** The API's public origin, e.g. https://kg.example.org: links in a feed must be absolute to work in a reader. */
  origin: string;
  hostName: string;
  /** The address this feed was fetched from. */
  selfUrl: string;
  /** When the feed last changed: its newest revision's time (an empty graph: now). */
  updated: string;
}

export function renderAtomFeed(input: AtomFeedInput): string {
  const { language, origin } = input;
  const words = FEED_WORDS[language];
  const other = language === "nl" ? "en" : "nl";
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="${ATOM_NS}" xml:lang="${language}">`,
    `  <id>${xml(`${origin}/changes.atom`)}</id>`,
    `  <title type="text">${xml(words.title)}</title>`,
    `  <subtitle type="text">${xml(words.subtitle)}</subtitle>`,
    `  <updated>${xml(input.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(input.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${origin}/explore`)}"/>`,
    `  <link rel="alternate" type="application/atom+xml" hreflang="${other}" title="${xml(FEED_WORDS[language].otherLanguage)}" href="${xml(`${origin}/changes.atom?lang=${other}`)}"/>`,
    `  <generator>youth-care-kg</generator>`,
    ...input.revisions.map((revision) => renderEntry(revision, input)),
    `</feed>`,
    "",
  ].join("\n");
}

function renderEntry(revision: RevisionRecord, input: AtomFeedInput): string {
  const { origin } = input;
  const words = FEED_WORDS[input.language];
  const main = mainEntities(revision);
  // A revision about one thing opens on it in the explorer; one of many changes (a seed load), or
  // one that only deleted, has no one thing to show: its link is the revision itself, as JSON.
  const alternate = main.length > 0 && revision.changes.length <= ONE_THING ? `${origin}${explorerPath(main)}` : `${origin}/changes?after=${revision.seq - 1}&limit=1`;
  const entities = entitiesShown(revision);
  return [
    `  <entry>`,
    `    <id>${xml(entryId(input.hostName, revision))}</id>`,
    `    <title type="text">${xml(words.entryTitle(revision))}</title>`,
    `    <updated>${xml(revision.at)}</updated>`,
    `    <published>${xml(revision.at)}</published>`,
    `    <author><name>${xml(revision.actor.name)}</name></author>`,
    `    <category term="${xml(revision.operation)}"/>`,
    `    <link rel="alternate" type="text/html" href="${xml(alternate)}"/>`,
    ...entities.slice(0, SHOWN_ENTITIES).map((id) => `    <link rel="related" type="text/html" title="${xml(id)}" href="${xml(`${origin}${explorerPath([id])}`)}"/>`),
    `    <summary type="text">${xml(revision.comment ?? revision.summary)}</summary>`,
    `    <content type="html">${xml(entryHtml(revision, entities, input))}</content>`,
    `  </entry>`,
  ].join("\n");
}

/** The entry's body as HTML (escaped once more into the feed's XML). */
function entryHtml(revision: RevisionRecord, entities: string[], input: AtomFeedInput): string {
  const words = FEED_WORDS[input.language];
  const changes = revision.changes.slice(0, SHOWN_CHANGES).map((change) => `<li>${html(describeChange(change))}</li>`);
  if (revision.changes.length > SHOWN_CHANGES) changes.push(`<li>${html(words.moreChanges(revision.changes.length - SHOWN_CHANGES))}</li>`);
  const links = entities.slice(0, SHOWN_ENTITIES).map((id) => `<a href="${html(`${input.origin}${explorerPath([id])}`)}">${html(id)}</a>`);
  return [
    ...(revision.comment === null ? [] : [`<p><strong>${html(words.comment)}:</strong> ${html(revision.comment)}</p>`]),
    `<p>${html(words.by(revision.actor.name, revision.operation))}</p>`,
    `<ul>${changes.join("")}</ul>`,
    ...(links.length === 0 ? [] : [`<p>${html(words.inExplorer)}: ${links.join(", ")}</p>`]),
  ].join("");
}

/**
 * The pages' languages: Dutch by default, English on request. One module for every page and embed
 * (landing, explorer, embeds, and the pages to come), so a word is translated once:
 *   - the language is read from the URL (`?lang=en`; Dutch needs no parameter) or, for an embed,
 *     from its `lang` attribute;
 *   - `messages(lang)` gives the page texts (messages.ts); page-language.ts fills a static page's
 *     `data-i18n` elements from them and keeps the language switch;
 *   - numbers and the sources' publication dates are formatted per language;
 *   - node types, relationship types and theme names are named per language (themes carry both
 *     names in the graph: `name` is Dutch, `nameEn` English);
 *   - the API's error codes become visitor text: the API's own messages stay English (they are for
 *     developers), so pages show these instead and log the API's to the console.
 */
import type { GRAPH_MODEL } from "../../../model/__generated__/graph-model.js";
import type { EntityType } from "./node-types.js";
import { MESSAGES, type Messages } from "./messages.js";

export type { Messages };

export type Lang = "nl" | "en";
export const DEFAULT_LANG: Lang = "nl";
/** The URL parameter that carries the language; absent means Dutch. */
export const LANG_PARAM = "lang";

/** The language a value names: "en" (or "en-GB", "EN") is English, anything else Dutch. */
export function langFrom(value: string | null | undefined): Lang {
  return value?.trim().toLowerCase().split("-")[0] === "en" ? "en" : DEFAULT_LANG;
}

/** The language a page's query string asks for. */
export function langOfSearch(search: string): Lang {
  return langFrom(new URLSearchParams(search).get(LANG_PARAM));
}

/** `url` in `lang`: Dutch leaves the parameter out, so a plain link stays plain. */
export function withLang(url: string | URL, lang: Lang): string {
  const target = new URL(url, "http://placeholder.invalid");
  if (lang === DEFAULT_LANG) target.searchParams.delete(LANG_PARAM);
  else target.searchParams.set(LANG_PARAM, lang);
  // Relative in, relative out: the base above only parses it.
  return typeof url === "string" && !/^[a-z]+:/i.test(url) ? `${target.pathname}${target.search}${target.hash}` : target.href;
}

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

const LOCALES: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/**
 * A source's publication date as the graph holds it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), written
 * out: "5 maart 2021" / "5 March 2021", "maart 2021", "2021". Anything else is shown as it is.
 */
export function formatPublished(published: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published);
  if (match === null) return published;
  const [, year, month, day] = match;
  if (month === undefined) return year ?? published;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? "1")));
  if (Number.isNaN(date.getTime())) return published;
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", year: "numeric", month: "long", ...(day === undefined ? {} : { day: "numeric" }) };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

const TYPE_NAMES: Record<Lang, Record<EntityType, string>> = {
  nl: { PRACTICE: "Praktijk", ORGANISATION: "Organisatie", NETWORK: "Netwerk", REGION: "Regio", THEME: "Thema", PERSON: "Persoon", SOURCE: "Bron" },
  en: { PRACTICE: "Practice", ORGANISATION: "Organisation", NETWORK: "Network", REGION: "Region", THEME: "Theme", PERSON: "Person", SOURCE: "Source" },
};

/** A node type as a reader says it, e.g. "Praktijk" / "Practice". */
export function typeName(type: EntityType, lang: Lang): string {
  return TYPE_NAMES[lang][type];
}

/** Every relationship type the model declares: a new one fails the type check until it has a Dutch name. */
type RelationshipType = (typeof GRAPH_MODEL)["relationshipTypes"][number]["type"];

/** Read from the relationship's start to its end: "Mijn Pad · deel van · Regionaal Leernetwerk Jeugd". */
const RELATION_NAMES_NL: Record<RelationshipType, string> = {
  ADDRESSES: "gaat over",
  APPLIES: "past toe",
  BROADER: "valt onder",
  COVERS: "werkt in",
  DERIVED_FROM: "afgeleid van",
  DEVELOPED: "ontwikkelde",
  FOCUSES_ON: "richt zich op",
  FUNDS: "financiert",
  INVOLVED_IN: "betrokken bij",
  LOCATED_IN: "gevestigd in",
  MEMBER_OF: "lid van",
  PART_OF: "deel van",
  PARTNER_IN: "partner bij",
  COOPERATES_WITH: "werkt samen met",
  SUPPORTS: "ondersteunt",
  RELATED_TO: "verwant aan",
  RUNS: "voert uit",
  SUCCEEDS: "volgt op",
  VOLUME_OF: "deel uit de reeks",
  WORKS_AT: "werkt bij",
};

/**
 * A relationship type as a reader says it: `DERIVED_FROM` → "afgeleid van" / "derived from"; the
 * role the source gives (e.g. "partner", "lector") follows in brackets, as the source words it.
 */
export function relationName(type: string, role: string | null, lang: Lang): string {
  const words = lang === "nl" && type in RELATION_NAMES_NL ? RELATION_NAMES_NL[type as RelationshipType] : type.toLowerCase().replaceAll("_", " ");
  return role === null ? words : `${words} (${role})`;
}

/** A theme's name in `lang` (the graph keeps both); other nodes have one name. */
export function themeName(theme: { name: string; nameEn?: string | null }, lang: Lang): string {
  return lang === "en" && theme.nameEn ? theme.nameEn : theme.name;
}

/** Why a request failed, as `requestGraphQL` reports it (graphql-client.ts). */
export interface FailedRequest {
  kind: "unreachable" | "http" | "graphql";
  code?: string;
}

/**
 * What a visitor reads when a request fails: never the API's English developer message (pages log
 * that to the console), but what happened in their language.
 */
export function failureText(failure: FailedRequest, lang: Lang): string {
  const text = messages(lang);
  if (failure.kind !== "graphql") return text.errorUnavailable;
  switch (failure.code) {
    case "NOT_FOUND":
      return text.errorNotFound;
    case "BAD_USER_INPUT":
    case "GRAPHQL_VALIDATION_FAILED":
      return text.errorBadInput;
    case "TOO_MANY_REQUESTS":
      return text.errorTooMany;
    default:
      return text.errorOther;
  }
}

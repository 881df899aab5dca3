/**
 * Turns the names people type for a theme or region ("normalising", "Normaliseren", "Fryslân")
 * into ids: matched against id, Dutch and English name and aliases, ignoring case, accents and
 * punctuation. Unknown names are a BAD_USER_INPUT that lists the closest known names.
 * The names are read once per graph version (graph-version.ts), so a theme added through any API
 * process is known to every process's next request.
 */
import { distance } from "fastest-levenshtein";
import { normaliseName } from "../model/text.js";
import { badUserInput } from "./errors.js";
import type { ReadQuery } from "../db/neo4j.js";
import type { GraphVersion } from "./graph-version.js";

type VocabularyLabel = "Theme" | "Region";

interface Term {
  id: string;
  name: string;
  keys: string[];
}


const TERMS_QUERY = `
  MATCH (n:Theme) RETURN n.id AS id, n.name AS name, 'Theme' AS label, [n.id, n.name, n.nameEn] + coalesce(n.aliases, []) AS names
  UNION ALL
  MATCH (n:Region) RETURN n.id AS id, n.name AS name, 'Region' AS label, [n.id, n.name] + coalesce(n.aliases, []) AS names`;

/** Longer than any theme or region name. */
const MAX_NAME_LENGTH = 100;

/** The Vocabulary as a request sees it: the names as of the request's graph version. */
export interface RequestVocabulary {
  /** The id of the theme or region that `text` names; throws BAD_USER_INPUT naming `argument` otherwise. */
  resolve(label: VocabularyLabel, text: string, argument: string): Promise<string>;
}

/** One per process: themes and regions are few and change rarely, so their names are read once per graph version, not per request. */
export class Vocabulary {
  private terms: Promise<Map<VocabularyLabel, Term[]>> | undefined;
  /** The graph version `terms` were read at. */
  private termsVersion: string | undefined;

  constructor(private readonly read: ReadQuery) {}

  /** The names as of `version` (a request's, read once per request). */
  at(version: () => Promise<GraphVersion>): RequestVocabulary {
    return { resolve: async (label, text, argument) => this.resolve(label, text, argument, (await version()).tag) };
  }

  private async resolve(label: VocabularyLabel, text: string, argument: string, version: string): Promise<string> {
    const terms = (await this.load(version)).get(label) ?? [];
    const wanted = normaliseName(text);
    const match = terms.find((t) => t.keys.includes(wanted));
    if (match) return match.id;
    // No name is this long; comparing a longer text letter by letter would only cost time.
    const compared = wanted.slice(0, MAX_NAME_LENGTH);
    const closest = terms
      .map((t) => ({ name: t.name, d: Math.min(...t.keys.map((k) => distance(k, compared))) }))
      .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
      .slice(0, 5)
      .map((t) => t.name);
    throw badUserInput(
      `Unknown ${label.toLowerCase()} "${text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH)}…` : text}" in argument "${argument}". Closest known: ${closest.join(", ")}.`,
      argument,
      { suggestions: closest },
    );
  }

  private load(version: string): Promise<Map<VocabularyLabel, Term[]>> {
    // Any other version, older or newer, reads again: equal numbers of two histories (a reset graph) differ in their tags only.
    if (this.terms && this.termsVersion === version) return this.terms;
    this.termsVersion = version;
    const loading = this.read<{ id: string; name: string; label: VocabularyLabel; names: (string | null)[] }>(TERMS_QUERY).then(
      (result) => {
        const byLabel = new Map<VocabularyLabel, Term[]>([
          ["Theme", []],
          ["Region", []],
        ]);
        for (const record of result.records) {
          const label = record.get("label");
          const keys = record
            .get("names")
            .filter((n): n is string => typeof n === "string")
            .map(normaliseName);
          byLabel.get(label)?.push({ id: record.get("id"), name: record.get("name"), keys });
        }
        return byLabel;
      },
    );
    // A failed read (Neo4j away) is not kept: the next request tries again.
    loading.catch(() => {
      if (this.terms === loading) this.terms = undefined;
    });
    this.terms = loading;
    return loading;
  }
}

/**
 * Turns the names people type for a theme or region ("normalising", "Normaliseren", "Fryslân")
 * into ids: matched against id, Dutch and English name and aliases, ignoring case, accents and
 * punctuation. Unknown names are a BAD_USER_INPUT that lists the closest known names.
 */
import { distance } from "fastest-levenshtein";
import { badUserInput } from "./errors.js";
import type { ReadQuery } from "../db/neo4j.js";

type VocabularyLabel = "Theme" | "Region";

interface Term {
  id: string;
  name: string;
  keys: string[];
}

export const normaliseName = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const TERMS_QUERY = `
  MATCH (n)
  WHERE (n:Theme OR n:Region)
  RETURN n.id AS id, n.name AS name, labels(n) AS labels,
         [n.id, n.name, n.nameEn] + coalesce(n.aliases, []) AS names`;

export class Vocabulary {
  private terms: Promise<Map<VocabularyLabel, Term[]>> | undefined;

  constructor(private readonly read: ReadQuery) {}

  /** The id of the theme or region that `text` names; throws BAD_USER_INPUT naming `argument` otherwise. */
  async resolve(label: VocabularyLabel, text: string, argument: string): Promise<string> {
    const terms = (await this.load()).get(label) ?? [];
    const wanted = normaliseName(text);
    const match = terms.find((t) => t.keys.includes(wanted));
    if (match) return match.id;
    const closest = terms
      .map((t) => ({ name: t.name, d: Math.min(...t.keys.map((k) => distance(k, wanted))) }))
      .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
      .slice(0, 5)
      .map((t) => t.name);
    throw badUserInput(
      `Unknown ${label.toLowerCase()} "${text}" in argument "${argument}". Closest known: ${closest.join(", ")}.`,
      argument,
      { suggestions: closest },
    );
  }

  private load(): Promise<Map<VocabularyLabel, Term[]>> {
    this.terms ??= this.read<{ id: string; name: string; labels: string[]; names: (string | null)[] }>(TERMS_QUERY).then(
      (result) => {
        const byLabel = new Map<VocabularyLabel, Term[]>([
          ["Theme", []],
          ["Region", []],
        ]);
        for (const record of result.records) {
          const label: VocabularyLabel = record.get("labels").includes("Theme") ? "Theme" : "Region";
          const keys = record
            .get("names")
            .filter((n): n is string => typeof n === "string")
            .map(normaliseName);
          byLabel.get(label)?.push({ id: record.get("id"), name: record.get("name"), keys });
        }
        return byLabel;
      },
    );
    return this.terms;
  }
}

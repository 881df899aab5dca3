/**
 * New entities, proposed from the ways these texts introduce them: organisations by the word that
 * begins their name ("Hogeschool …", "gemeente …", "Stichting …"), people by the role beside
 * their name ("Noortje Pannebakker, projectleider", "lector Han de Ruiter"), practices by a short
 * name in quote marks (‘Mijn Pad’). Each proposal gets the id the model's id rule gives its name
 * (src/model/ids.ts) and, for an organisation, the `kind` its word suggests (createEntity needs one).
 */
import { idForName, idProblem } from "../model/ids.js";
import type { Mention } from "./mentions.js";
import type { Word } from "./text-units.js";

export interface ProposedEntity extends Mention {
  how: "pattern";
  /** The id createEntity would be given: the name's words joined by '-'. */
  id: string;
  /** Fields createEntity needs beyond the name (an organisation's kind). */
  fields: Record<string, string>;
  /** The words that made it a proposal. */
  because: string;
}

/** Words that begin an organisation's name, with the kind they suggest. */
export const ORGANISATION_WORDS: ReadonlyMap<string, string> = new Map([
  ["hogeschool", "UNIVERSITY_OF_APPLIED_SCIENCES"],
  ["universiteit", "UNIVERSITY"],
  ["gemeente", "MUNICIPALITY"],
  ["stichting", "OTHER"],
  ["vereniging", "PROFESSIONAL_ASSOCIATION"],
  ["ministerie", "GOVERNMENT"],
  ["instituut", "KNOWLEDGE_INSTITUTE"],
  ["ggd", "CARE_PROVIDER"],
]);

/** Roles that introduce a person. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "projectleider",
  "lector",
  "beleidsadviseur",
  "beleidsregisseur",
  "beleidsmedewerker",
  "onderzoeker",
  "promovendus",
  "hoogleraar",
  "voorzitter",
  "programmavoorzitter",
  "coordinator",
  "directeur",
  "wethouder",
  "strateeg",
  "docent",
  "adviseur",
  "programmamanager",
]);

/** Words between a first name and a surname. */
const PARTICLES: ReadonlySet<string> = new Set(["de", "van", "der", "den", "ter", "ten", "het", "in", "t"]);

/** The id a new entity would get (the model's rule, idForName), or null for a name that gives no valid id. */
export function proposedId(name: string): string | null {
  const id = idForName(name);
  return idProblem(id) === null ? id : null;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function proposal(text: string, words: readonly Word[], first: number, last: number, label: string, because: string, fields: Record<string, string> = {}, name?: string): ProposedEntity | null {
  const start = (words[first] as Word).start;
  const end = (words[last] as Word).end;
  const surface = text.slice(start, end);
  const finalName = name ?? surface;
  const id = proposedId(finalName);
  if (id === null) return null;
  return { id, label, name: finalName, surface, start, end, first, last, how: "pattern", fields, because };
}

/** A run of capitalised words (with particles inside, not at its end) from word `i`; the index of its last word, or -1. */
function capitalisedRun(words: readonly Word[], i: number, options: { leadingParticle?: boolean } = {}, max = 4): number {
  let last = -1;
  for (let j = i; j < words.length && j < i + max + 2; j++) {
    const w = words[j] as Word;
    if (w.capitalised) last = j;
    // "Hogeschool van Amsterdam", "Stichting voor Jeugd": an organisation's name may go on with a particle.
    else if (!((PARTICLES.has(w.norm) || (options.leadingParticle === true && w.norm === "voor")) && (last >= 0 || options.leadingParticle === true))) break;
    if (j > i && w.start - (words[j - 1] as Word).end > 1) break;
  }
  return last;
}

/** Proposals of new entities in a sentence's words; the caller drops those overlapping known mentions. */
export function proposeEntities(text: string, words: readonly Word[]): ProposedEntity[] {
  const proposals: (ProposedEntity | null)[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // Organisations: "Hogeschool Utrecht", "gemeente Groningen", "Stichting Jeugdwerk Noord".
    const kind = ORGANISATION_WORDS.get(w.norm);
    if (kind !== undefined && i + 1 < words.length) {
      const last = capitalisedRun(words, i + 1, { leadingParticle: true });
      if (last > i) {
        const surface = text.slice(w.start, (words[last] as Word).end);
        proposals.push(proposal(text, words, i, last, "Organisation", w.surface, { kind }, capitalise(surface)));
      }
    }
    // People: a role right before or after a name of two capitalised words or more.
    if (w.capitalised && !w.allCaps && i + 1 < words.length) {
      const last = capitalisedRun(words, i);
      if (last > i && (words[last] as Word).capitalised) {
        const before = words[i - 1];
        const after = words[last + 1];
        const role = [before, after].find((r) => r !== undefined && ROLE_WORDS.has(r.norm));
        if (role) proposals.push(proposal(text, words, i, last, "Person", role.surface));
      }
    }
  }
  // Practices: a short capitalised name in quote marks, not a quoted sentence.
  for (const match of text.matchAll(/[‘“"']([\p{Lu}][^‘’“”"'.!?\n]{2,60})[’”"']/gu)) {
    const inner = match[1] as string;
    const start = (match.index ?? 0) + 1;
    const first = words.findIndex((x) => x.start === start);
    const last = words.findIndex((x) => x.end === start + inner.trimEnd().length);
    if (first < 0 || last < first || last - first > 5) continue;
    proposals.push(proposal(text, words, first, last, "Practice", "quote marks"));
  }
  return proposals.filter((p): p is ProposedEntity => p !== null);
}

/**
 * The domain's words for relationships: which Dutch words in a sentence say which relationship
 * type. This table is domain knowledge and lives only here; which types may join which entities
 * comes from the graph model (link-types.ts), so a cue only ever chooses among the types the model
 * allows for the pair found.
 *
 * A cue is written in compared form (lowercase, no accents), its words matched as word beginnings
 * ("gefinancierd" matches "gefinancierde"); `…` stands for up to four words in between
 * ("past … toe" matches "past de methode toe").
 */

export interface Cue {
  cue: string;
  type: string;
}

export const CUE_WORDS: readonly Cue[] = [
  { cue: "lid van", type: "MEMBER_OF" },
  { cue: "leden", type: "MEMBER_OF" },
  { cue: "aangesloten", type: "MEMBER_OF" },
  { cue: "deelnemende", type: "MEMBER_OF" },
  { cue: "deelnemer", type: "MEMBER_OF" },
  { cue: "partner", type: "PARTNER_IN" },
  { cue: "samenwerkingspartner", type: "PARTNER_IN" },
  { cue: "samenwerking met", type: "COOPERATES_WITH" },
  { cue: "samenwerking tussen", type: "COOPERATES_WITH" },
  { cue: "werkt samen met", type: "COOPERATES_WITH" },
  { cue: "werken samen", type: "COOPERATES_WITH" },
  { cue: "werkt bij", type: "WORKS_AT" },
  { cue: "werkzaam bij", type: "WORKS_AT" },
  { cue: "in dienst van", type: "WORKS_AT" },
  { cue: "lector aan", type: "WORKS_AT" },
  { cue: "lector bij", type: "WORKS_AT" },
  { cue: "onderzoeker bij", type: "WORKS_AT" },
  { cue: "onderzoeker aan", type: "WORKS_AT" },
  { cue: "hoogleraar aan", type: "WORKS_AT" },
  { cue: "docent aan", type: "WORKS_AT" },
  { cue: "beleidsadviseur", type: "WORKS_AT" },
  { cue: "beleidsregisseur", type: "WORKS_AT" },
  { cue: "strateeg", type: "WORKS_AT" },
  { cue: "wethouder", type: "WORKS_AT" },
  { cue: "ontwikkeld door", type: "DEVELOPED" },
  { cue: "ontwikkelde", type: "DEVELOPED" },
  { cue: "ontwikkelen", type: "DEVELOPED" },
  { cue: "ontwikkeld", type: "DEVELOPED" },
  { cue: "bedacht", type: "DEVELOPED" },
  { cue: "past … toe", type: "APPLIES" },
  { cue: "passen … toe", type: "APPLIES" },
  { cue: "toegepast", type: "APPLIES" },
  { cue: "werkt met", type: "APPLIES" },
  { cue: "werken met", type: "APPLIES" },
  { cue: "ingezet", type: "APPLIES" },
  { cue: "gebruikt", type: "APPLIES" },
  { cue: "gefinancierd", type: "FUNDS" },
  { cue: "financier", type: "FUNDS" },
  { cue: "subsidie", type: "FUNDS" },
  { cue: "gesubsidieerd", type: "FUNDS" },
  { cue: "uitgevoerd", type: "RUNS" },
  { cue: "uitvoering", type: "RUNS" },
  { cue: "richt zich op", type: "FOCUSES_ON" },
  { cue: "richten zich op", type: "FOCUSES_ON" },
  { cue: "focus op", type: "FOCUSES_ON" },
  { cue: "thema", type: "FOCUSES_ON" },
  { cue: "werkt aan", type: "FOCUSES_ON" },
  { cue: "werken aan", type: "FOCUSES_ON" },
  { cue: "centraal", type: "FOCUSES_ON" },
  { cue: "helpt", type: "ADDRESSES" },
  { cue: "gericht op", type: "ADDRESSES" },
  { cue: "ondersteunt", type: "ADDRESSES" },
  { cue: "onderdeel van", type: "PART_OF" },
  { cue: "maakt deel uit", type: "PART_OF" },
  { cue: "best practice", type: "PART_OF" },
  { cue: "valt onder", type: "PART_OF" },
  { cue: "vervolg op", type: "SUCCEEDS" },
  { cue: "opvolger", type: "SUCCEEDS" },
  { cue: "voortgekomen uit", type: "SUCCEEDS" },
  { cue: "gebaseerd op", type: "DERIVED_FROM" },
  { cue: "afgeleid van", type: "DERIVED_FROM" },
  { cue: "variant", type: "DERIVED_FROM" },
  { cue: "deel", type: "VOLUME_OF" },
  { cue: "reeks", type: "VOLUME_OF" },
  { cue: "ondersteund", type: "SUPPORTS" },
  { cue: "ondersteunen", type: "SUPPORTS" },
  { cue: "projectleider", type: "INVOLVED_IN" },
  { cue: "voorzitter", type: "INVOLVED_IN" },
  { cue: "coordinator", type: "INVOLVED_IN" },
  { cue: "betrokken bij", type: "INVOLVED_IN" },
  { cue: "visiegroep", type: "INVOLVED_IN" },
  { cue: "regio", type: "COVERS" },
  { cue: "gevestigd in", type: "LOCATED_IN" },
];

/**
 * Words that stand for an entity already named, by the kind of thing they call it: "deze
 * werkplaats", "dit leer- en onderzoeksnetwerk", "de methode". A word ending in one of these
 * (compounds: "onderzoeksnetwerk") after a determiner stands for the latest entity of that label
 * and, where given, that `kind` (the plural "de werkplaatsen" is the programme of workplaces).
 * The first noun a word ends in counts, so longer nouns come first.
 */
export const STAND_IN_NOUNS: readonly { noun: string; label: string; kind?: string }[] = [
  { noun: "werkplaatsen", label: "Network", kind: "PROGRAMME" },
  { noun: "werkplaats", label: "Network", kind: "WORKPLACE" },
  { noun: "leernetwerk", label: "Network", kind: "LEARNING_NETWORK" },
  { noun: "netwerk", label: "Network" },
  { noun: "programma", label: "Network", kind: "PROGRAMME" },
  { noun: "project", label: "Network", kind: "PROGRAMME" },
  { noun: "consortium", label: "Network", kind: "CONSORTIUM" },
  { noun: "platform", label: "Network", kind: "PLATFORM" },
  { noun: "methode", label: "Practice" },
  { noun: "methodiek", label: "Practice" },
  { noun: "aanpak", label: "Practice" },
  { noun: "training", label: "Practice" },
  { noun: "interventie", label: "Practice" },
  { noun: "handreiking", label: "Practice" },
  { noun: "wegwijzer", label: "Practice" },
];

/** The words before a stand-in noun that make it refer back ("deze werkplaats", not "een werkplaats"). */
export const DETERMINERS: ReadonlySet<string> = new Set(["de", "het", "deze", "dit", "die", "dat", "onze", "ons"]);

export interface CueHit {
  cue: string;
  type: string;
  /** Offsets of the words that matched, in the text. */
  start: number;
  end: number;
  /** Index of its first and last word in the words given. */
  first: number;
  last: number;
}

/** Whether a word in the text stands for a cue's word: the same, or it begins with it (cue words of six letters or more). */
const cueWordMatches = (word: string, cueWord: string): boolean => word === cueWord || (cueWord.length >= 6 && word.startsWith(cueWord));

const GAP = 4;

/** The cues found in a sentence's words (compared form), each with where it stands. */
export function cuesIn(words: readonly { norm: string; start: number; end: number }[], cues: readonly Cue[] = CUE_WORDS): CueHit[] {
  const hits: CueHit[] = [];
  for (const { cue, type } of cues) {
    const parts = cue.split(" ");
    for (let i = 0; i < words.length; i++) {
      let at = i;
      let ok = true;
      let gap = false;
      for (const part of parts) {
        if (part === "…") {
          gap = true;
          continue;
        }
        let found = -1;
        for (let j = at; j < Math.min(words.length, at + (gap ? GAP + 1 : 1)); j++) {
          if (cueWordMatches((words[j] as { norm: string }).norm, part)) {
            found = j;
            break;
          }
        }
        gap = false;
        if (found < 0) {
          ok = false;
          break;
        }
        at = found + 1;
      }
      if (ok) hits.push({ cue, type, first: i, last: at - 1, start: (words[i] as { start: number }).start, end: (words[at - 1] as { end: number }).end });
    }
  }
  return hits;
}

/**
 * Dutch-looking names for the synthetic graph, built from syllables and domain words, so that the
 * full-text search finds realistic hits: a word such as "Groeikompas" names a few dozen practices,
 * organisations and networks, and a whole name names one. Names are unique per type (sorting by
 * name is then a total order); ids are slugs of the names, unique across all types.
 */
import type { SeededRandom } from "./seeded-random.js";

const COMPOUND_HEADS = [
  "Kind", "Ouder", "Jeugd", "Gezin", "Buurt", "Samen", "Sterk", "Groei", "Leer", "Thuis", "Wijk", "Zorg",
  "Spel", "Taal", "Vrij", "Moed", "Veilig", "Opvoed", "School", "Talent", "Droom", "Stap", "Licht", "Hart",
  "Kans", "Steun", "Maat", "Brug", "Vaar", "Kompas", "Mee", "Door", "Zelf", "Toekomst", "Sport", "Vriend",
] as const;
const COMPOUND_TAILS = [
  "kompas", "wijzer", "kracht", "pad", "plan", "huis", "punt", "net", "lab", "tafel", "kring", "route",
  "spoor", "brug", "sleutel", "start", "kaart", "box", "coach", "dialoog", "lijn", "aanpak", "cirkel", "werk",
  "maatje", "haven", "tuin", "plein", "stroom", "basis", "bond", "wijs", "zicht", "kamer",
] as const;
const PRACTICE_QUALIFIERS = [
  "Thuis", "Plus", "Junior", "Basis", "Digitaal", "Groep", "Jong", "Ouders", "Tieners", "Peuters",
  "Wijkteam", "Op School", "Samen", "Light", "Intensief", "Online", "Buiten", "Vaders", "Moeders", "Extra",
] as const;
const PLACE_HEADS = [
  "Hoog", "Laag", "Oost", "West", "Noord", "Zuid", "Groot", "Klein", "Nieuw", "Oud", "Berg", "Ter", "Wester",
  "Ooster", "Zuider", "Noorder", "Vel", "Ven", "Hol", "Lo", "Wa", "Ro", "Ha", "El", "Ap", "Zand", "Heer", "Bree",
] as const;
const PLACE_MIDDLES = ["", "", "", "en", "er", "el", "ke", "de", "ter", "sen", "ling"] as const;
const PLACE_TAILS = [
  "ven", "dam", "veld", "horst", "broek", "wijk", "dijk", "rode", "hoven", "meer", "burg", "zijl", "wolde",
  "loo", "beek", "hout", "voort", "stede", "hem", "sum", "um", "drecht", "geest", "dorp", "kerk", "waard",
] as const;
const DISTRICTS = [
  "Centrum", "Noord", "Oost", "Zuid", "West", "De Horst", "Het Hof", "De Akkers", "Molenwijk", "Stationsbuurt",
  "Oude Dorp", "Nieuwland", "De Weide", "Kerkebuurt", "Havenkwartier", "Park", "De Vaart", "Bloemenbuurt",
] as const;
export const PROVINCES: ReadonlyArray<{ name: string; aliases: string[] }> = [
  { name: "Groningen", aliases: ["Grunn"] },
  { name: "Fryslân", aliases: ["Friesland", "Frisia"] },
  { name: "Drenthe", aliases: ["Drente"] },
  { name: "Overijssel", aliases: [] },
  { name: "Flevoland", aliases: [] },
  { name: "Gelderland", aliases: ["Gelre"] },
  { name: "Utrecht", aliases: ["Utrecht province"] },
  { name: "Noord-Holland", aliases: ["North Holland"] },
  { name: "Zuid-Holland", aliases: ["South Holland"] },
  { name: "Zeeland", aliases: [] },
  { name: "Noord-Brabant", aliases: ["Brabant", "North Brabant"] },
  { name: "Limburg", aliases: [] },
];
const FIRST_NAMES = [
  "Noortje", "Han", "Marlies", "Ron", "Carolien", "Jurja", "Anouk", "Bram", "Daan", "Eva", "Femke", "Gijs", "Hanneke",
  "Inge", "Joost", "Karin", "Lotte", "Maarten", "Niels", "Olga", "Pieter", "Quinten", "Roos", "Sanne", "Thijs",
  "Ursula", "Vera", "Wouter", "Yvonne", "Zoë", "Mirjam", "Sjoerd", "Tjitske", "Wietske", "Jelle", "Hidde", "Fenna",
  "Esther", "Mehmet", "Fatima", "Youssef", "Saskia", "Ingrid", "Koen", "Luuk", "Mila", "Sem", "Julia", "Lars",
  "Rianne", "Gerrit", "Hennie", "Ankie", "Bas", "Chantal", "Dirk", "Els", "Frank", "Greetje", "Harm",
] as const;
const SURNAME_PREFIXES = ["", "", "", "", "de ", "van ", "van der ", "van den ", "ter ", "van de ", "den "] as const;
const SURNAMES = [
  "Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
  "Brouwer", "Dijk", "Berg", "Ruiter", "Kennis", "Boumans", "Groot", "Steenmeijer", "Pannebakker", "Tuller",
  "Veen", "Wal", "Kok", "Jacobs", "Linden", "Postma", "Hoekstra", "Wijk", "Kramer", "Schouten", "Prins", "Huisman",
  "Willems", "Leeuwen", "Sanders", "Koster", "Graaf", "Maas", "Verhoeven", "Kuipers", "Bosch", "Haan", "Zwart",
  "Sikkema", "Yilmaz", "El Amrani", "Kaya", "Timmermans", "Wolters", "Hoogeveen", "Ploeg", "Molenaar", "Dam",
] as const;
const ROLES = [
  "project leader (projectleider)", "professor (lector)", "researcher (onderzoeker)", "policy officer (beleidsmedewerker)",
  "care worker (jeugdhulpverlener)", "programme manager (programmaleider)", "trainer", "parent representative (ouderlid)",
  "youth ambassador (jongerenambassadeur)", "strategist (strateeg)", "director (directeur)", "coordinator (coördinator)",
] as const;

/** Theme domains (the roots of the hierarchy), topics beneath them and qualifiers beneath those: [Dutch, English]. */
const THEME_DOMAINS: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, string]>]> = [
  ["Opgroeien", "Growing up", [
    ["Gezond en veilig opgroeien", "Growing up healthy and safe"], ["Talentontwikkeling", "Talent development"],
    ["Taalontwikkeling", "Language development"], ["Sport en bewegen", "Sport and exercise"], ["Mentale gezondheid", "Mental health"],
  ]],
  ["Opvoeden", "Parenting", [
    ["Opvoedondersteuning", "Parenting support"], ["Echtscheiding", "Divorce"], ["Kwetsbare gezinnen", "Vulnerable families"],
    ["Zorg voor kwetsbare zwangeren", "Care for vulnerable pregnant women"], ["Pleegzorg", "Foster care"],
  ]],
  ["Jeugdhulp", "Youth care", [
    ["Normaliseren", "Normalising"], ["Integraal werken", "Integrated working"], ["Jeugdbescherming", "Child protection"],
    ["Vroegsignalering", "Early detection"], ["Verslaving", "Addiction"], ["Digitale zorg", "Digital care"],
  ]],
  ["Onderwijs", "Education", [
    ["Onderwijs en zorg", "Education and care"], ["Schoolverzuim", "School absence"], ["Passend onderwijs", "Inclusive education"],
  ]],
  ["Bestaanszekerheid", "Livelihood security", [
    ["Armoede", "Poverty"], ["Wonen", "Housing"], ["Werk en inkomen", "Work and income"], ["Huiselijk geweld", "Domestic violence"],
  ]],
  ["Werkwijze", "Ways of working", [
    ["Kennisdeling", "Knowledge sharing"], ["Leren en implementeren", "Learning and implementing"], ["Vakmanschap", "Professional craft"],
    ["Ervaringsdeskundigheid", "Lived experience"], ["Participatie", "Participation"], ["Regie bij ouders en jongeren", "Control by parents and young people"],
  ]],
];
const THEME_QUALIFIERS = [
  ["bij jonge kinderen", "in young children"], ["in de wijk", "in the neighbourhood"], ["op school", "at school"],
  ["voor ouders", "for parents"], ["voor jongeren", "for young people"], ["in het gezin", "in the family"],
  ["bij tieners", "in teenagers"], ["voor professionals", "for professionals"], ["in de regio", "in the region"],
  ["na 18", "after 18"], ["thuis", "at home"], ["online", "online"], ["bij nieuwkomers", "for newcomers"],
  ["op het platteland", "in rural areas"], ["in de stad", "in the city"],
] as const;

export interface ThemeName {
  name: string;
  nameEn: string;
  /** Index of the broader theme in the same list, or null for a root. */
  broader: number | null;
}

/** Roots first, then topics, then qualified topics; at most `count`, roots and topics always included. */
export function themeNames(count: number): ThemeName[] {
  const themes: ThemeName[] = THEME_DOMAINS.map(([name, nameEn]) => ({ name, nameEn, broader: null }));
  const topics: Array<{ index: number; name: string; nameEn: string }> = [];
  THEME_DOMAINS.forEach(([, , domainTopics], domain) => {
    for (const [name, nameEn] of domainTopics) {
      topics.push({ index: themes.length, name, nameEn });
      themes.push({ name, nameEn, broader: domain });
    }
  });
  for (const [qualifier, qualifierEn] of THEME_QUALIFIERS) {
    for (const topic of topics) {
      themes.push({ name: `${topic.name} ${qualifier}`, nameEn: `${topic.nameEn} ${qualifierEn}`, broader: topic.index });
    }
  }
  return themes.slice(0, Math.max(count, THEME_DOMAINS.length + topics.length));
}

export const slug = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Hands out names unique per type and ids unique across all types. */
export class NameMaker {
  private readonly usedIds = new Set<string>();
  private readonly usedNames = new Map<string, Set<string>>();
  private readonly compoundWords: string[];
  private readonly pickCompound: () => number;

  constructor(private readonly random: SeededRandom) {
    this.compoundWords = random.shuffle(COMPOUND_HEADS.flatMap((head) => COMPOUND_TAILS.map((tail) => `${head}${tail}`)));
    // Some words are popular (many practices are "...kompas"), most are rare.
    this.pickCompound = random.zipf(this.compoundWords.length, 0.6);
  }

  /**
   * A name not yet used for `kind` (made unique with a place name, as organisations and projects
   * are, or else a numeral), and a fresh id for it.
   */
  claim(kind: string, wanted: string): { id: string; name: string } {
    const names = this.usedNames.get(kind) ?? new Set<string>();
    this.usedNames.set(kind, names);
    let name = wanted;
    for (let attempt = 0; names.has(name) && attempt < 3; attempt++) name = `${wanted} ${this.place()}`;
    for (let n = 2; names.has(name); n++) name = `${wanted} ${n}`;
    names.add(name);
    const base = slug(name) || kind;
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return { id, name };
  }

  compound(): string {
    return this.compoundWords[this.pickCompound()] as string;
  }

  practice(): string {
    const first = this.compound();
    if (this.random.chance(0.6)) return `${first} ${this.random.pick(PRACTICE_QUALIFIERS)}`;
    let second = this.compound();
    while (second === first) second = this.compound();
    return `${first} ${second}`;
  }

  place(): string {
    const middle = this.random.pick(PLACE_MIDDLES);
    return `${this.random.pick(PLACE_HEADS)}${middle}${this.random.pick(PLACE_TAILS)}`;
  }

  district(municipality: string): string {
    return `${municipality} ${this.random.pick(DISTRICTS)}`;
  }

  person(): { name: string; surname: string } {
    const surname = `${this.random.pick(SURNAME_PREFIXES)}${this.random.pick(SURNAMES)}`;
    return { name: `${this.random.pick(FIRST_NAMES)} ${surname}`, surname: surname.charAt(0).toUpperCase() + surname.slice(1) };
  }

  role(): string {
    return this.random.pick(ROLES);
  }
}

/** Initials of a name's capitalised words ("Academische Werkplaats Groeikompas" → "AWG"), as people abbreviate. */
export const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join("");

/**
 * Random GraphQL requests for the fuzz test, built from the API's own schema and a seeded PRNG
 * (so a failure can be replayed): well-typed queries with wild argument values, queries with
 * unknown fields and wrong types, mangled query text, bodies that are not GraphQL requests, costly
 * requests (huge and deeply nested filters, long and non-Latin search text), and an editor's
 * malformed writes: every mutation with wild arguments, aimed at an id no node can have.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";

/** mulberry32: small, fast and good enough to vary test input. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WILD_STRINGS = [
  "", " ", "mijn pad", "normaliseren", "Fryslân", "samen", '"', "\\", "*?~^", "a".repeat(500), "💥", "' OR 1=1 --", "${x}", "null",
  "a".repeat(1200), "漢".repeat(700), "青少年保健 ".repeat(10), "رعاية الشباب", "\u200b\u200b\u200b", "\ufeff\u200b\u200d", "Mijn\u0000Pad", "\u0007", "\ud800",
  Array.from({ length: 12 }, () => "x".repeat(900)).join(" "),
];
/** Breaks the id rule (src/model/ids.ts): no entity, source or revision has it, and none can be given it. */
export const NOT_AN_ID = "Fuzz: not an id";
const WILD_NUMBERS = [0, -1, 1, 3, 7, 1000, 2147483647, -2147483648, 1.5, Number.MAX_SAFE_INTEGER];

export interface RandomRequest {
  /** What is POSTed as the body (a string, so it need not be valid JSON). */
  body: string;
  description: string;
  /** Sent with an editor's token (the test adds it). */
  asEditor?: boolean;
}

export function randomRequests(schema: GraphQLSchema, seed: number, count: number): RandomRequest[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;

  const value = (type: GraphQLInputType, depth: number): unknown => {
    if (chance(0.05)) return pick([null, "wrong", 42, true, [], {}]);
    if (isNonNullType(type)) return value(type.ofType, depth);
    if (isListType(type)) return Array.from({ length: Math.floor(random() * 3) }, () => value(type.ofType as GraphQLInputType, depth + 1));
    if (isEnumType(type)) return chance(0.9) ? pick(type.getValues()).value : "NOT_A_VALUE";
    if (isInputObjectType(type)) {
      if (depth > 3) return {};
      const fields = Object.values(type.getFields());
      return Object.fromEntries(fields.filter(() => chance(0.3)).map((f) => [f.name, value(f.type, depth + 1)]));
    }
    if (isScalarType(type)) {
      if (type.name === "Int" || type.name === "Float") return pick(WILD_NUMBERS);
      if (type.name === "Boolean") return chance(0.5);
      return pick(WILD_STRINGS);
    }
    return null;
  };

  const selection = (field: GraphQLField<unknown, unknown>, depth: number): string => {
    const type = getNamedType(field.type);
    if (isScalarType(type) || isEnumType(type)) return "";
    if (depth > 4) return "{ __typename }";
    const candidates = isObjectType(type) ? Object.values(type.getFields()) : [];
    const chosen = candidates.filter(() => chance(0.25)).slice(0, 6);
    // Mostly at least one plain field, so most requests are answerable; sometimes none, to meet the API's refusals.
    const plain = candidates.find((f) => isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type)));
    if (plain && !chosen.includes(plain) && chance(0.9)) chosen.push(plain);
    const parts = chosen.map((f) => `${f.name} ${selection(f, depth + 1)}`);
    if (isAbstractType(type)) parts.push("id");
    if (chance(0.05)) parts.push("notAField");
    return `{ __typename ${parts.join(" ")} }`;
  };

  const typedQuery = (): RandomRequest => {
    const root = schema.getQueryType();
    const field = pick(Object.values(root?.getFields() ?? {}));
    const variables: Record<string, unknown> = {};
    const definitions: string[] = [];
    const args: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && chance(0.5)) continue;
      variables[arg.name] = value(arg.type, 0);
      definitions.push(`$${arg.name}: ${String(arg.type)}`);
      args.push(`${arg.name}: $${arg.name}`);
    }
    const query = `query Fuzz${definitions.length ? `(${definitions.join(", ")})` : ""} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection(field, 0)} }`;
    return { body: JSON.stringify({ query, variables }), description: `typed ${field.name}` };
  };

  const mangled = (): RandomRequest => {
    const base = typedQuery();
    const { query } = JSON.parse(base.body) as { query: string };
    const chars = [...query];
    for (let i = 0; i < 1 + Math.floor(random() * 5); i++) {
      const at = Math.floor(random() * chars.length);
      if (chance(0.5)) chars.splice(at, 1);
      else chars.splice(at, 0, pick(["{", "}", "(", ")", "$", "@", "...", ":", "!", "#", "\"", "\\u0000"]));
    }
    return { body: JSON.stringify({ query: chars.join("") }), description: "mangled query" };
  };

  const odd = (): RandomRequest =>
    pick([
      { body: "", description: "empty body" },
      { body: "null", description: "null body" },
      { body: "[]", description: "batch (not allowed)" },
      { body: JSON.stringify({ query: 42 }), description: "query not a string" },
      { body: JSON.stringify({ variables: {} }), description: "no query" },
      { body: JSON.stringify({ query: "{ search(text: \"x\") { score } }", variables: "not an object" }), description: "variables not an object" },
      { body: JSON.stringify({ query: "query A { __typename } query B { __typename }" }), description: "two operations, no name" },
      { body: JSON.stringify({ query: "subscription { x }" }), description: "subscription" },
      { body: JSON.stringify({ query: 'mutation { deleteEntity(id: "mijn-pad") { revision { id } } }' }), description: "anonymous mutation" },
      { body: String.fromCharCode(...Array.from({ length: 40 }, () => Math.floor(random() * 256))), description: "random bytes" },
    ]);

  const listFields = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((f) => f.args.some((a) => a.name === "where"));
  const bigFilter = (): Record<string, unknown> => {
    if (chance(0.5)) return { OR: Array.from({ length: pick([60, 500, 3000]) }, (_, i) => ({ id: { eq: `id-${i}` } })) };
    let where: Record<string, unknown> = { id: { eq: "mijn-pad" } };
    for (let i = 0, depth = pick([15, 25, 500, 1500]); i < depth; i++) where = { [pick(["NOT", "AND", "OR"])]: chance(0.5) ? where : [where] };
    return where;
  };
  const costly = (): RandomRequest => {
    if (chance(0.3)) {
      const text = pick(WILD_STRINGS);
      return { body: JSON.stringify({ query: "query ($t: String!) { search(text: $t) { entity { id } } }", variables: { t: text } }), description: `search for ${text.length} characters` };
    }
    const field = pick(listFields);
    const whereType = String(field.args.find((a) => a.name === "where")?.type);
    const where = bigFilter();
    const query = `query Costly($w: ${whereType}) { ${field.name}(where: $w) { __typename ${selection(field, 3).slice(1, -1)} } }`;
    return { body: JSON.stringify({ query, variables: { w: where } }), description: `costly ${field.name} filter` };
  };

  // An editor's write with wild arguments, in which every ID (given or optional) is one that breaks
  // the id rule, so no write can find or create anything: the graph must stay as it was.
  const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});
  const writeValue = (type: GraphQLInputType, depth: number): unknown => {
    if (isNonNullType(type)) return writeValue(type.ofType, depth);
    if (isListType(type)) return Array.from({ length: Math.floor(random() * 3) }, () => writeValue(type.ofType as GraphQLInputType, depth + 1));
    if (isScalarType(type) && type.name === "ID") return NOT_AN_ID;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || getNamedType(f.type).name === "ID" || chance(0.4));
      return Object.fromEntries(fields.map((f) => [f.name, writeValue(f.type, depth + 1)]));
    }
    return value(type, depth);
  };
  const malformedWrite = (): RandomRequest => {
    const field = pick(mutationFields);
    const args = field.args.filter((a) => isNonNullType(a.type) || getNamedType(a.type).name === "ID" || chance(0.5));
    const variables = Object.fromEntries(args.map((a) => [a.name, writeValue(a.type, 0)]));
    const query = `mutation Malformed${args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ")})` : ""} { ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : ""} { revision { id } } }`;
    return { body: JSON.stringify({ query, variables }), description: `editor's malformed ${field.name}`, asEditor: true };
  };

  return Array.from({ length: count }, () => {
    const r = random();
    return r < 0.5 ? typedQuery() : r < 0.7 ? mangled() : r < 0.8 ? odd() : r < 0.9 ? costly() : malformedWrite();
  });
}

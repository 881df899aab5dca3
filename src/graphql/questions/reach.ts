/**
 * How a practice, organisation or network reaches a region and a theme: the one statement of it,
 * used by themeCoverage, facets and gaps (and described to callers in schema/questions.graphql).
 *
 *   placed in a region   a network where it COVERS; a practice where a network it is PART_OF, or
 *                        that DEVELOPED it, is placed; an organisation where it is LOCATED_IN, and
 *                        where a network it is a MEMBER_OF is placed. Roll-up through the region
 *                        tree (Region PART_OF Region) is each question's business.
 *   works on a theme     a network that FOCUSES_ON it; a practice that ADDRESSES it; an organisation
 *                        that FOCUSES_ON it, is a MEMBER_OF a network that does, or DEVELOPED or
 *                        APPLIES a practice that ADDRESSES it.
 *
 * Each is a list of alternative MATCH clauses with both ends named, so a question can start from
 * either end (the planner picks the bound one) and join the alternatives with UNION (`unionOf`).
 */

/** The types these questions count, as `EntityType` values, with their labels. */
export const COUNTED_TYPES = { PRACTICE: "Practice", ORGANISATION: "Organisation", NETWORK: "Network" } as const;
export type CountedType = keyof typeof COUNTED_TYPES;
export const isCountedType = (type: string): type is CountedType => Object.hasOwn(COUNTED_TYPES, type);

/** A network is placed where it COVERS. */
export const networkCovers = (network: string, region: string) => `(${network}:Network)-[:COVERS]->(${region}:Region)`;

/** The networks that place a practice: those it is PART_OF and those that DEVELOPED it. */
export const practiceOfNetwork = (practice: string, network: string): string[] => [
  `MATCH (${practice}:Practice)-[:PART_OF]->(${network}:Network)`,
  `MATCH (${network}:Network)-[:DEVELOPED]->(${practice}:Practice)`,
];

/** An organisation is placed where it is LOCATED_IN and where a network it is a MEMBER_OF is placed. */
export const organisationIn = (organisation: string, region: string): string[] => [
  `MATCH (${organisation}:Organisation)-[:LOCATED_IN]->(${region}:Region)`,
  `MATCH (${organisation}:Organisation)-[:MEMBER_OF]->(${organisation}_network:Network) MATCH ${networkCovers(`${organisation}_network`, region)}`,
];

/** Per type, the MATCH clauses that place an entity `e` of it directly in region `r` (no roll-up). */
export const PLACED_IN: Record<CountedType, (e: string, r: string) => string[]> = {
  NETWORK: (e, r) => [`MATCH ${networkCovers(e, r)}`],
  PRACTICE: (e, r) => practiceOfNetwork(e, `${e}_network`).map((clause) => `${clause} MATCH ${networkCovers(`${e}_network`, r)}`),
  ORGANISATION: organisationIn,
};

/** Per type, the MATCH clauses by which an entity `e` of it works on theme `t`. */
export const WORKS_ON: Record<CountedType, (e: string, t: string) => string[]> = {
  NETWORK: (e, t) => [`MATCH (${e}:Network)-[:FOCUSES_ON]->(${t}:Theme)`],
  PRACTICE: (e, t) => [`MATCH (${e}:Practice)-[:ADDRESSES]->(${t}:Theme)`],
  ORGANISATION: (e, t) => [
    `MATCH (${e}:Organisation)-[:FOCUSES_ON]->(${t}:Theme)`,
    `MATCH (${e}:Organisation)-[:MEMBER_OF]->(:Network)-[:FOCUSES_ON]->(${t}:Theme)`,
    `MATCH (${e}:Organisation)-[:DEVELOPED|APPLIES]->(:Practice)-[:ADDRESSES]->(${t}:Theme)`,
  ],
};

const TYPES = Object.keys(COUNTED_TYPES) as CountedType[];

/** The clauses of every counted type: each names its label, so on a bound entity only its type's match. */
export const placedInAnyType = (e: string, r: string): string[] => TYPES.flatMap((type) => PLACED_IN[type](e, r));
export const worksOnAnyType = (e: string, t: string): string[] => TYPES.flatMap((type) => WORKS_ON[type](e, t));

/** The clauses joined by UNION (distinct rows), each returning `returns`: the body of a CALL subquery. */
export const unionOf = (clauses: readonly string[], returns: string): string => clauses.map((clause) => `${clause} RETURN ${returns}`).join("\nUNION\n");

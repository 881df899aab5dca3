/**
 * What the hand-written resolvers pass between each other: rows from Cypher. Entities come as
 * their stored properties (`n {.*}`), typed by the graph model (src/model/), enough for every
 * scalar field; the entity loader fetches more only when the client selects relationship fields
 * (see entity-loader.ts), and then passes the generated resolvers' answer on as it is.
 */
import type { EntityProperties } from "../model/graph-model.js";

/** An entity as a question's Cypher returns it: its stored properties. */
export type EntityRow = EntityProperties;

/** An entity on its way to GraphQL: a row, or the generated resolvers' answer, with the object type it is. */
export type EntityObject = (EntityRow | Record<string, unknown>) & { __resolveType?: string };

export interface EvidenceRow {
  sourceId: string;
  basis: "QUOTE" | "REFERENCE";
  quote: string | null;
  inferred: boolean;
  note: string | null;
  stale: boolean;
  sourceVersion: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
}

export interface PartnerOnThemeRow {
  organisation: EntityRow;
  viaCount: number;
  regions: EntityRow[];
  via: EntityRow[];
  evidence: EvidenceRow[];
}

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
}

export interface GraphEdgeRow {
  from: string;
  to: string;
  type: string;
  role: string | null;
  evidence: EvidenceRow[];
}

export interface GraphPathRow {
  nodes: EntityRow[];
  edges: GraphEdgeRow[];
}

export interface SubgraphRow extends GraphPathRow {
  truncated: boolean;
}

export interface SimilarPracticeRow {
  practice: EntityRow;
  score: number;
  shared: EntityRow[];
}

export interface ThemeCoverageRow {
  theme: EntityRow;
  region: EntityRow;
  practices: number;
  organisations: number;
  networks: number;
}

export interface FacetKeyRow {
  dimension: "THEME" | "REGION" | "TYPE" | "KIND";
  id: string;
  name: string;
  /** The theme or region the key stands for; null for TYPE and KIND. */
  entity: EntityRow | null;
}

export interface FacetBucketRow {
  keys: FacetKeyRow[];
  count: number;
}

export interface GapRegionRow {
  region: EntityRow;
  hops: number;
  practices: EntityRow[];
  practiceCount: number;
  organisations: EntityRow[];
  organisationCount: number;
  networks: EntityRow[];
  networkCount: number;
}

export interface GapRow {
  theme: EntityRow;
  nearest: GapRegionRow[];
}

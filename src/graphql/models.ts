/**
 * What the hand-written resolvers pass between each other: rows from Cypher. Entities come as
 * their stored properties (`n {.*}`), enough for every scalar field; the entity loader fetches
 * more only when the client selects relationship fields (see entity-loader.ts).
 */
export type EntityObject = Record<string, unknown>;

/** An entity as a question's Cypher returns it: its stored properties, `id` and `type` among them. */
export type EntityRow = EntityObject & { id: string; type: string };

export interface EvidenceRow {
  sourceId: string;
  quote: string;
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

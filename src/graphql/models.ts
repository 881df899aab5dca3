/**
 * What the hand-written resolvers pass between each other: rows of ids from Cypher. Entities are
 * fetched only when the client selects them (see entity-loader.ts).
 */
export type EntityObject = Record<string, unknown>;

export interface EvidenceRow {
  sourceId: string;
  quote: string;
}

export interface PartnerOnThemeRow {
  organisationId: string;
  regionIds: string[];
  viaIds: string[];
  evidence: EvidenceRow[];
}

export interface SearchHitRow {
  entityId: string;
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
  nodeIds: string[];
  edges: GraphEdgeRow[];
}

export interface SubgraphRow extends GraphPathRow {
  truncated: boolean;
}

export interface SimilarPracticeRow {
  practiceId: string;
  score: number;
  sharedIds: string[];
}

export interface ThemeCoverageRow {
  themeId: string;
  regionId: string;
  practices: number;
  organisations: number;
  networks: number;
}

/**
 * Every GraphQL document the browser code sends, with the shape of its answer. They use only the
 * public API; queries.test.ts checks each one against the printed schema, so a schema change that
 * breaks a page fails the unit tests rather than a person's browser.
 */
import type { EntityType } from "./node-types.js";

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface Evidence {
  quote: string;
  source: { id: string; name: string; title: string | null };
}

export interface GraphEdge {
  from: string;
  to: string;
  type: string;
  role: string | null;
  evidence: Evidence[];
}

export interface GraphNode extends EntityRef {
  description: string | null;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

const EDGE_FIELDS = "from to type role evidence { quote source { id name title } }";

// --- Explorer ---------------------------------------------------------------------------------

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) { entity { id name type } }
  }
`;
export interface SearchData {
  search: { entity: EntityRef }[];
}

export const NEIGHBOURHOOD = /* GraphQL */ `
  query ExplorerNeighbourhood($id: ID!, $limit: Int) {
    neighbourhood(id: $id, depth: 1, limit: $limit) {
      truncated
      nodes { id name type description }
      edges { ${EDGE_FIELDS} }
    }
  }
`;
export interface NeighbourhoodData {
  neighbourhood: Subgraph;
}

export const CONNECTION = /* GraphQL */ `
  query ExplorerConnection($from: ID!, $to: ID!) {
    connection(from: $from, to: $to) {
      nodes { id name type description }
      edges { ${EDGE_FIELDS} }
    }
  }
`;
export interface ConnectionData {
  connection: { nodes: GraphNode[]; edges: GraphEdge[] } | null;
}

export const FILTER_CHOICES = /* GraphQL */ `
  query ExplorerFilterChoices {
    themes(sort: [{ name: ASC }]) { id name }
    regions(sort: [{ name: ASC }]) { id name }
  }
`;
export interface FilterChoicesData {
  themes: { id: string; name: string }[];
  regions: { id: string; name: string }[];
}

/** The nodes one hop from a theme or region: what the explorer's filters call "linked". */
export const LINKED_NODES = /* GraphQL */ `
  query ExplorerLinkedNodes($id: ID!) {
    neighbourhood(id: $id, depth: 1, limit: 1000) { nodes { id } }
  }
`;
export interface LinkedNodesData {
  neighbourhood: { nodes: { id: string }[] };
}

// --- Embeds -----------------------------------------------------------------------------------

export const PRACTICE_CARD = /* GraphQL */ `
  query EmbedPractice($id: ID!) {
    practices(where: { id: { eq: $id } }, limit: 1) {
      id
      name
      description
      themes(sort: [{ name: ASC }]) { id name }
      developedBy(sort: [{ name: ASC }]) { id name }
      appliedBy(sort: [{ name: ASC }]) { id name }
      networks(sort: [{ name: ASC }]) { id name }
    }
  }
`;
export interface PracticeCardData {
  practices: {
    id: string;
    name: string;
    description: string | null;
    themes: { id: string; name: string }[];
    developedBy: { id: string; name: string }[];
    appliedBy: { id: string; name: string }[];
    networks: { id: string; name: string }[];
  }[];
}

export const PARTNER_LIST = /* GraphQL */ `
  query EmbedPartners($theme: String!, $region: String, $excludeRegion: String, $limit: Int) {
    partnersOnTheme(theme: $theme, region: $region, excludeRegion: $excludeRegion, limit: $limit) {
      organisation { id name }
      regions { id name }
      via { id name type }
    }
  }
`;
export interface PartnerListData {
  partnersOnTheme: {
    organisation: { id: string; name: string };
    regions: { id: string; name: string }[];
    via: EntityRef[];
  }[];
}

export const SMALL_GRAPH = /* GraphQL */ `
  query EmbedGraph($id: ID!, $limit: Int) {
    neighbourhood(id: $id, depth: 1, limit: $limit) {
      truncated
      nodes { id name type }
      edges { from to type role }
    }
  }
`;
export interface SmallGraphData {
  neighbourhood: {
    truncated: boolean;
    nodes: EntityRef[];
    edges: { from: string; to: string; type: string; role: string | null }[];
  };
}

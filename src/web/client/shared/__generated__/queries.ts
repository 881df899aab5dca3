/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kind of a node in the graph. */
export type EntityType =
  | 'NETWORK'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PRACTICE'
  | 'REGION'
  | 'SOURCE'
  | 'THEME';

/** How a relationship is known. */
export type EvidenceBasis =
  /** A source states it (or implies it, with `inferred`): `quote` is its sentence, verbatim. */
  | 'QUOTE'
  /** Reference knowledge the sources take for granted (which province a municipality lies in): `source` is the reference work it rests on, which the graph holds no text of, so there is no quote; `note` says what the reference gives. Allowed only on the relationships marked @referenceKnowledge. */
  | 'REFERENCE';

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ entity: { id: string, name: string, type: EntityType } }> };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, name: string, type: EntityType, description: string | null }>, edges: Array<{ from: string, to: string, type: string, role: string | null, evidence: Array<{ basis: EvidenceBasis, quote: string | null, inferred: boolean, note: string | null, stale: boolean, context: { before: string, after: string } | null, source: { id: string, name: string, title: string | null, publisher: string | null, published: string | null, url: string | null, language: string } }> }> } };

export type ExplorerPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  k: number;
}>;


export type ExplorerPathsQuery = { paths: Array<{ nodes: Array<{ id: string, name: string, type: EntityType, description: string | null }>, edges: Array<{ from: string, to: string, type: string, role: string | null, evidence: Array<{ basis: EvidenceBasis, quote: string | null, inferred: boolean, note: string | null, stale: boolean, context: { before: string, after: string } | null, source: { id: string, name: string, title: string | null, publisher: string | null, published: string | null, url: string | null, language: string } }> }> }> };

export type ExplorerFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerFilterChoicesQuery = { themes: Array<{ id: string, name: string, nameEn: string }>, regions: Array<{ id: string, name: string }> };

export type ExplorerPartnersOnThemeQueryVariables = Exact<{
  theme: string;
  region?: string | null | undefined;
  excludeRegion?: string | null | undefined;
}>;


export type ExplorerPartnersOnThemeQuery = { partnersOnTheme: Array<{ viaCount: number, organisation: { id: string, name: string }, regions: Array<{ id: string, name: string }>, via: Array<{ id: string, name: string, type: EntityType }>, evidence: Array<{ basis: EvidenceBasis, quote: string | null, inferred: boolean, note: string | null, stale: boolean, context: { before: string, after: string } | null, source: { id: string, name: string, title: string | null, publisher: string | null, published: string | null, url: string | null, language: string } }> }> };

export type ExplorerRegionQueryVariables = Exact<{
  region: string;
  id: string | number;
}>;


export type ExplorerRegionQuery = { themeCoverage: Array<{ practices: number, organisations: number, networks: number, theme: { id: string, name: string, nameEn: string } }>, regions: Array<{ id: string, name: string, networks: Array<{ id: string, name: string, practices: Array<{ id: string, name: string }> }>, organisations: Array<{ id: string, name: string }>, subRegions: Array<{ id: string, name: string, networks: Array<{ id: string, name: string, practices: Array<{ id: string, name: string }> }>, organisations: Array<{ id: string, name: string }>, subRegions: Array<{ id: string, name: string, networks: Array<{ id: string, name: string, practices: Array<{ id: string, name: string }> }>, organisations: Array<{ id: string, name: string }> }> }> }> };

export type ExplorerReachQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerReachQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, name: string, type: EntityType, description: string | null }>, edges: Array<{ from: string, to: string, type: string, role: string | null, evidence: Array<{ basis: EvidenceBasis, quote: string | null, inferred: boolean, note: string | null, stale: boolean, context: { before: string, after: string } | null, source: { id: string, name: string, title: string | null, publisher: string | null, published: string | null, url: string | null, language: string } }> }> } };

export type ExplorerLinkedNodesQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerLinkedNodesQuery = { neighbourhood: { nodes: Array<{ id: string }> } };

export type EmbedResolveEntityQueryVariables = Exact<{
  text: string | number;
  searchText: string;
  types?: Array<EntityType> | EntityType | null | undefined;
}>;


export type EmbedResolveEntityQuery = { entity: { id: string, name: string, type: EntityType } | null, search: Array<{ entity: { id: string, name: string, type: EntityType, aliases: Array<string> } }> };

export type EmbedVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbedVocabularyQuery = { themes: Array<{ id: string, name: string, nameEn: string, aliases: Array<string> }>, regions: Array<{ id: string, name: string, aliases: Array<string> }> };

export type EmbedPracticeQueryVariables = Exact<{
  id: string | number;
}>;


export type EmbedPracticeQuery = { practices: Array<{ id: string, name: string, description: string | null, themes: Array<{ id: string, name: string, nameEn: string }>, developedBy: Array<{ id: string, name: string }>, appliedBy: Array<{ id: string, name: string }>, networks: Array<{ id: string, name: string }> }> };

export type EmbedPartnersQueryVariables = Exact<{
  theme: string;
  region?: string | null | undefined;
  excludeRegion?: string | null | undefined;
  limit?: number | null | undefined;
  withEvidence: boolean;
}>;


export type EmbedPartnersQuery = { partnersOnTheme: Array<{ organisation: { id: string, name: string }, regions: Array<{ id: string, name: string }>, via: Array<{ id: string, name: string, type: EntityType }>, evidence?: Array<{ basis: EvidenceBasis, quote: string | null, inferred: boolean, note: string | null, stale: boolean, context: { before: string, after: string } | null, source: { id: string, name: string, title: string | null, publisher: string | null, published: string | null, url: string | null, language: string } }> }> };

export type EmbedGraphQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type EmbedGraphQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, name: string, type: EntityType }>, edges: Array<{ from: string, to: string, type: string, role: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExplorerSearchDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerSearch($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) {
    entity {
      id
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighbourhoodDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerNeighbourhood($id: ID!, $limit: Int) {
  neighbourhood(id: $id, depth: 1, limit: $limit) {
    truncated
    nodes {
      id
      name
      type
      description
    }
    edges {
      from
      to
      type
      role
      evidence {
        basis
        quote
        inferred
        note
        stale
        context {
          before
          after
        }
        source {
          id
          name
          title
          publisher
          published
          url
          language
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerPathsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $k: Int!) {
  paths(from: $from, to: $to, k: $k) {
    nodes {
      id
      name
      type
      description
    }
    edges {
      from
      to
      type
      role
      evidence {
        basis
        quote
        inferred
        note
        stale
        context {
          before
          after
        }
        source {
          id
          name
          title
          publisher
          published
          url
          language
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerFilterChoicesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerFilterChoices {
  themes(sort: [{name: ASC}]) {
    id
    name
    nameEn
  }
  regions(sort: [{name: ASC}]) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ExplorerFilterChoicesQuery, ExplorerFilterChoicesQueryVariables>;
export const ExplorerPartnersOnThemeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerPartnersOnTheme($theme: String!, $region: String, $excludeRegion: String) {
  partnersOnTheme(
    theme: $theme
    region: $region
    excludeRegion: $excludeRegion
    limit: 50
  ) {
    organisation {
      id
      name
    }
    regions {
      id
      name
    }
    viaCount
    via {
      id
      name
      type
    }
    evidence {
      basis
      quote
      inferred
      note
      stale
      context {
        before
        after
      }
      source {
        id
        name
        title
        publisher
        published
        url
        language
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPartnersOnThemeQuery, ExplorerPartnersOnThemeQueryVariables>;
export const ExplorerRegionDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerRegion($region: String!, $id: ID!) {
  themeCoverage(region: $region) {
    theme {
      id
      name
      nameEn
    }
    practices
    organisations
    networks
  }
  regions(where: {id: {eq: $id}}, limit: 1) {
    id
    name
    networks {
      id
      name
      practices {
        id
        name
      }
    }
    organisations {
      id
      name
    }
    subRegions {
      id
      name
      networks {
        id
        name
        practices {
          id
          name
        }
      }
      organisations {
        id
        name
      }
      subRegions {
        id
        name
        networks {
          id
          name
          practices {
            id
            name
          }
        }
        organisations {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerRegionQuery, ExplorerRegionQueryVariables>;
export const ExplorerReachDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerReach($id: ID!) {
  neighbourhood(id: $id, depth: 2, limit: 1000) {
    truncated
    nodes {
      id
      name
      type
      description
    }
    edges {
      from
      to
      type
      role
      evidence {
        basis
        quote
        inferred
        note
        stale
        context {
          before
          after
        }
        source {
          id
          name
          title
          publisher
          published
          url
          language
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerReachQuery, ExplorerReachQueryVariables>;
export const ExplorerLinkedNodesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerLinkedNodes($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 1000) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerLinkedNodesQuery, ExplorerLinkedNodesQueryVariables>;
export const EmbedResolveEntityDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EmbedResolveEntity($text: ID!, $searchText: String!, $types: [EntityType!]) {
  entity(id: $text) {
    id
    name
    type
  }
  search(text: $searchText, types: $types, limit: 5) {
    entity {
      id
      name
      type
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedResolveEntityQuery, EmbedResolveEntityQueryVariables>;
export const EmbedVocabularyDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EmbedVocabulary {
  themes {
    id
    name
    nameEn
    aliases
  }
  regions {
    id
    name
    aliases
  }
}
    `) as unknown as TypedDocumentString<EmbedVocabularyQuery, EmbedVocabularyQueryVariables>;
export const EmbedPracticeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EmbedPractice($id: ID!) {
  practices(where: {id: {eq: $id}}, limit: 1) {
    id
    name
    description
    themes(sort: [{name: ASC}]) {
      id
      name
      nameEn
    }
    developedBy(sort: [{name: ASC}]) {
      id
      name
    }
    appliedBy(sort: [{name: ASC}]) {
      id
      name
    }
    networks(sort: [{name: ASC}]) {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedPracticeQuery, EmbedPracticeQueryVariables>;
export const EmbedPartnersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EmbedPartners($theme: String!, $region: String, $excludeRegion: String, $limit: Int, $withEvidence: Boolean!) {
  partnersOnTheme(
    theme: $theme
    region: $region
    excludeRegion: $excludeRegion
    limit: $limit
  ) {
    organisation {
      id
      name
    }
    regions {
      id
      name
    }
    via {
      id
      name
      type
    }
    evidence @include(if: $withEvidence) {
      basis
      quote
      inferred
      note
      stale
      context {
        before
        after
      }
      source {
        id
        name
        title
        publisher
        published
        url
        language
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedPartnersQuery, EmbedPartnersQueryVariables>;
export const EmbedGraphDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EmbedGraph($id: ID!, $limit: Int) {
  neighbourhood(id: $id, depth: 1, limit: $limit) {
    truncated
    nodes {
      id
      name
      type
    }
    edges {
      from
      to
      type
      role
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedGraphQuery, EmbedGraphQueryVariables>;
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChangeAction =
  | 'CHANGED'
  | 'CREATED'
  | 'DELETED';

export type ChangeKind =
  | 'ENTITY'
  | 'RELATIONSHIP';

/** The fields of an entity a writer sets; each node type takes its own (see the type's fields). Null clears an optional field in an update. */
export type EntityFields = {
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  kind?: string | null | undefined;
  /** The document's language, a BCP 47 tag such as `nl` or `en`. */
  language?: string | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  /** Publication date as the text gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string | null | undefined;
  publisher?: string | null | undefined;
  roles?: Array<string> | null | undefined;
  title?: string | null | undefined;
  /** Where the document can be read, when known. */
  url?: string | null | undefined;
};

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

/** Evidence for a link: the source that states it and its verbatim quote, or (where the model allows it) the reference work it rests on. */
export type EvidenceInput = {
  /** QUOTE (a source's sentence states the link) or REFERENCE (reference knowledge such as a municipality's province: no quote, a note saying what the reference gives). */
  basis?: EvidenceBasis | null | undefined;
  /** The source implies the link without stating it; `note` must say why it follows. */
  inferred?: boolean | null | undefined;
  note?: string | null | undefined;
  /** The source's sentence or clause that states the link, verbatim (whitespace and the shape of quote marks may differ). Required for basis QUOTE, absent for REFERENCE. */
  quote?: string | null | undefined;
  /** Which words of the quote stand for an end the quote does not name ("we", "de werkplaats"). */
  refers?: RefersInput | null | undefined;
  role?: string | null | undefined;
  source: string | number;
};

export type RefersInput = {
  from?: string | null | undefined;
  to?: string | null | undefined;
};

/** The relationship types of the graph model. */
export type RelationshipType =
  | 'ADDRESSES'
  | 'APPLIES'
  | 'BROADER'
  | 'COOPERATES_WITH'
  | 'COVERS'
  | 'DERIVED_FROM'
  | 'DEVELOPED'
  | 'FOCUSES_ON'
  | 'FUNDS'
  | 'INVOLVED_IN'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'PARTNER_IN'
  | 'PART_OF'
  | 'RELATED_TO'
  | 'RUNS'
  | 'SUCCEEDS'
  | 'SUPPORTS'
  | 'VOLUME_OF'
  | 'WORKS_AT';

/** A source document: its fields, and its full text (quotes are verified against it). */
export type SourceInput = {
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** Optional: derived from the title and the text when left out. */
  id?: string | number | null | undefined;
  /** The document's language, a BCP 47 tag such as `nl` or `en`. */
  language?: string | null | undefined;
  name?: string | null | undefined;
  /** Publication date as the text gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string | null | undefined;
  publisher?: string | null | undefined;
  /** The document's full text (normalised to NFC with \n line endings). */
  text: string;
  title?: string | null | undefined;
  /** Where the document can be read, when known. */
  url?: string | null | undefined;
};

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

export type DeskViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskViewerQuery = { viewer: { id: string, name: string, roles: Array<string>, canEdit: boolean } | null };

export type DeskSearchQueryVariables = Exact<{
  text: string;
  types?: Array<EntityType> | EntityType | null | undefined;
}>;


export type DeskSearchQuery = { search: Array<{ entity:
      | (
        { id: string, name: string, type: EntityType, regions: Array<{ name: string }> }
        & { __typename: 'Network' }
      )
      | (
        { id: string, name: string, type: EntityType, locatedIn: Array<{ name: string }> }
        & { __typename: 'Organisation' }
      )
      | (
        { id: string, name: string, type: EntityType, worksAt: Array<{ name: string }> }
        & { __typename: 'Person' }
      )
      | (
        { id: string, name: string, type: EntityType, networks: Array<{ name: string }> }
        & { __typename: 'Practice' }
      )
      | (
        { id: string, name: string, type: EntityType, partOf: Array<{ name: string }> }
        & { __typename: 'Region' }
      )
      | (
        { id: string, name: string, type: EntityType }
        & { __typename: 'Source' | 'Theme' }
      )
     }> };

export type DeskSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskSourcesQuery = { sources: Array<{ id: string, name: string, title: string | null, publisher: string | null, published: string | null }> };

export type DeskSourceDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskSourceDocumentQuery = { sourceDocument: { text: string, source: { id: string, name: string, title: string | null, publisher: string | null, published: string | null, url: string | null } } | null };

export type DeskSuggestionsQueryVariables = Exact<{
  source: string | number;
}>;


export type DeskSuggestionsQuery = { suggestFacts: { source: string, facts: Array<{ quote: string, type: RelationshipType, confidence: number, because: Array<string>, statedBy: Array<string>, refers: { from: string | null, to: string | null } | null, from: { id: string, name: string, type: EntityType, isNew: boolean, kind: string | null, mention: string }, to: { id: string, name: string, type: EntityType, isNew: boolean, kind: string | null, mention: string } }> } };

export type DeskHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskHistoryQuery = { history: { hasMore: boolean, revisions: Array<{ id: string, at: string, operation: string, comment: string | null, summary: string, reverts: string | null, author: { name: string }, changes: Array<{ kind: ChangeKind, action: ChangeAction, id: string | null, from: string | null, type: string | null, to: string | null, source: string | null, fields: Array<{ field: string, before: string | null, after: string | null }> }> }> } };

export type DeskStaleEvidenceQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskStaleEvidenceQuery = { staleEvidence: Array<{ type: string, nearestSentence: string | null, from: { id: string, name: string, type: EntityType }, to: { id: string, name: string, type: EntityType }, evidence: { quote: string | null, source: { id: string, name: string } } }> };

export type DeskAddSourceMutationVariables = Exact<{
  input: SourceInput;
  comment?: string | null | undefined;
}>;


export type DeskAddSourceMutation = { addSource: { revision: { id: string, summary: string } | null, entity: { id: string, name: string } | null } };

export type DeskCreateEntityMutationVariables = Exact<{
  type: EntityType;
  id: string | number;
  fields: EntityFields;
  comment?: string | null | undefined;
}>;


export type DeskCreateEntityMutation = { createEntity: { revision: { id: string, summary: string } | null, entity: { id: string, name: string, type: EntityType } | null } };

export type DeskDeleteEntityMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type DeskDeleteEntityMutation = { deleteEntity: { revision: { id: string, summary: string } | null } };

export type DeskLinkMutationVariables = Exact<{
  from: string | number;
  type: RelationshipType;
  to: string | number;
  evidence: EvidenceInput;
  comment?: string | null | undefined;
}>;


export type DeskLinkMutation = { link: { revision: { id: string, summary: string } | null } };

export type DeskUnlinkMutationVariables = Exact<{
  from: string | number;
  type: RelationshipType;
  to: string | number;
  source: string | number;
  comment?: string | null | undefined;
}>;


export type DeskUnlinkMutation = { unlink: { revision: { id: string, summary: string } | null } };

export type DeskRevertMutationVariables = Exact<{
  revision: string | number;
  comment?: string | null | undefined;
}>;


export type DeskRevertMutation = { revert: { revision: { id: string, summary: string } | null } };

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
export const DeskViewerDocument = /*#__PURE__*/ new TypedDocumentString(`
    query DeskViewer {
  viewer {
    id
    name
    roles
    canEdit
  }
}
    `) as unknown as TypedDocumentString<DeskViewerQuery, DeskViewerQueryVariables>;
export const DeskSearchDocument = /*#__PURE__*/ new TypedDocumentString(`
    query DeskSearch($text: String!, $types: [EntityType!]) {
  search(text: $text, types: $types, limit: 8) {
    entity {
      __typename
      id
      name
      type
      ... on Organisation {
        locatedIn {
          name
        }
      }
      ... on Network {
        regions {
          name
        }
      }
      ... on Practice {
        networks {
          name
        }
      }
      ... on Region {
        partOf {
          name
        }
      }
      ... on Person {
        worksAt {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskSearchQuery, DeskSearchQueryVariables>;
export const DeskSourcesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query DeskSources {
  sources(sort: [{name: ASC}]) {
    id
    name
    title
    publisher
    published
  }
}
    `) as unknown as TypedDocumentString<DeskSourcesQuery, DeskSourcesQueryVariables>;
export const DeskSourceDocumentDocument = /*#__PURE__*/ new TypedDocumentString(`
    query DeskSourceDocument($id: ID!) {
  sourceDocument(id: $id) {
    text
    source {
      id
      name
      title
      publisher
      published
      url
    }
  }
}
    `) as unknown as TypedDocumentString<DeskSourceDocumentQuery, DeskSourceDocumentQueryVariables>;
export const DeskSuggestionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query DeskSuggestions($source: ID!) {
  suggestFacts(source: $source, limit: 100) {
    source
    facts {
      quote
      type
      confidence
      because
      statedBy
      refers {
        from
        to
      }
      from {
        id
        name
        type
        isNew
        kind
        mention
      }
      to {
        id
        name
        type
        isNew
        kind
        mention
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskSuggestionsQuery, DeskSuggestionsQueryVariables>;
export const DeskHistoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query DeskHistory($id: ID!) {
  history(id: $id, first: 20) {
    revisions {
      id
      at
      operation
      comment
      summary
      reverts
      author {
        name
      }
      changes {
        kind
        action
        id
        from
        type
        to
        source
        fields {
          field
          before
          after
        }
      }
    }
    hasMore
  }
}
    `) as unknown as TypedDocumentString<DeskHistoryQuery, DeskHistoryQueryVariables>;
export const DeskStaleEvidenceDocument = /*#__PURE__*/ new TypedDocumentString(`
    query DeskStaleEvidence {
  staleEvidence(limit: 100) {
    from {
      id
      name
      type
    }
    type
    to {
      id
      name
      type
    }
    evidence {
      quote
      source {
        id
        name
      }
    }
    nearestSentence
  }
}
    `) as unknown as TypedDocumentString<DeskStaleEvidenceQuery, DeskStaleEvidenceQueryVariables>;
export const DeskAddSourceDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeskAddSource($input: SourceInput!, $comment: String) {
  addSource(input: $input, comment: $comment) {
    revision {
      id
      summary
    }
    entity {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DeskAddSourceMutation, DeskAddSourceMutationVariables>;
export const DeskCreateEntityDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeskCreateEntity($type: EntityType!, $id: ID!, $fields: EntityFields!, $comment: String) {
  createEntity(type: $type, id: $id, fields: $fields, comment: $comment) {
    revision {
      id
      summary
    }
    entity {
      id
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<DeskCreateEntityMutation, DeskCreateEntityMutationVariables>;
export const DeskDeleteEntityDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeskDeleteEntity($id: ID!, $comment: String) {
  deleteEntity(id: $id, comment: $comment) {
    revision {
      id
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<DeskDeleteEntityMutation, DeskDeleteEntityMutationVariables>;
export const DeskLinkDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeskLink($from: ID!, $type: RelationshipType!, $to: ID!, $evidence: EvidenceInput!, $comment: String) {
  link(from: $from, type: $type, to: $to, evidence: $evidence, comment: $comment) {
    revision {
      id
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<DeskLinkMutation, DeskLinkMutationVariables>;
export const DeskUnlinkDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeskUnlink($from: ID!, $type: RelationshipType!, $to: ID!, $source: ID!, $comment: String) {
  unlink(from: $from, type: $type, to: $to, source: $source, comment: $comment) {
    revision {
      id
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<DeskUnlinkMutation, DeskUnlinkMutationVariables>;
export const DeskRevertDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeskRevert($revision: ID!, $comment: String) {
  revert(revision: $revision, comment: $comment) {
    revision {
      id
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<DeskRevertMutation, DeskRevertMutationVariables>;
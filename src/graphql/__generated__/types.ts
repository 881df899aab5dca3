import type { GraphQLResolveInfo } from 'graphql';
import type { EntityObject as EntityObjectModel, EvidenceRow as EvidenceRowModel, PartnerOnThemeRow as PartnerOnThemeRowModel, SearchHitRow as SearchHitRowModel, GraphEdgeRow as GraphEdgeRowModel, GraphPathRow as GraphPathRowModel, SubgraphRow as SubgraphRowModel, SimilarPracticeRow as SimilarPracticeRowModel, ThemeCoverageRow as ThemeCoverageRowModel, FacetKeyRow as FacetKeyRowModel, FacetBucketRow as FacetBucketRowModel, GapRow as GapRowModel, GapRegionRow as GapRegionRowModel } from '../models.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Who made a change: the token's `sub` and display name, or `seed` for the seed loader. */
export type Author = {
  __typename?: 'Author';
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ChangeAction =
  | 'CHANGED'
  | 'CREATED'
  | 'DELETED';

export type ChangeKind =
  | 'ENTITY'
  | 'RELATIONSHIP';

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

export type EntitiesConnection = {
  __typename?: 'EntitiesConnection';
  aggregate: EntityAggregate;
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Entity = {
  /** Other spellings, abbreviations and English names. */
  aliases: Array<Scalars['String']['output']>;
  /** A short English description, written for this graph. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable slug, e.g. `mijn-pad`. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: EntityType;
};

export type EntityAggregate = {
  __typename?: 'EntityAggregate';
  count: Count;
  node: EntityAggregateNode;
};

export type EntityAggregateNode = {
  __typename?: 'EntityAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/** The fields of an entity a writer sets; each node type takes its own (see the type's fields). Null clears an optional field in an update. */
export type EntityFields = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  /** The document's language, a BCP 47 tag such as `nl` or `en`. */
  language?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Publication date as the text gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the document can be read, when known. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type EntityImplementation =
  | 'Network'
  | 'Organisation'
  | 'Person'
  | 'Practice'
  | 'Region'
  | 'Source'
  | 'Theme';

/** Fields to sort Entities by. The order in which sorts are applied is not guaranteed when specifying many fields in one EntitySort object. */
export type EntitySort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
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

/** EntityType filters */
export type EntityTypeEnumScalarFilters = {
  eq?: InputMaybe<EntityType>;
  in?: InputMaybe<Array<EntityType>>;
};

export type EntityWhere = {
  AND?: InputMaybe<Array<EntityWhere>>;
  NOT?: InputMaybe<EntityWhere>;
  OR?: InputMaybe<Array<EntityWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  description?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  type?: InputMaybe<EntityTypeEnumScalarFilters>;
  typename?: InputMaybe<Array<EntityImplementation>>;
};

/** What an erasure removed and redacted; it names no one. */
export type ErasureResult = {
  __typename?: 'ErasureResult';
  /** Other entities whose text named them. */
  entities: Scalars['Int']['output'];
  /** Other relationships whose quote or note named them. */
  quotes: Scalars['Int']['output'];
  /** The person's own relationships, removed. */
  relationships: Scalars['Int']['output'];
  /** The erasure's revision: a tombstone with its date and reason. */
  revision: Revision;
  /** Revisions rewritten. */
  revisions: Scalars['Int']['output'];
  /** Stored versions of source texts that named them. */
  texts: Scalars['Int']['output'];
};

/** A relationship's evidence: the source that states it and the verbatim quote, or the reference work it rests on. */
export type Evidence = {
  __typename?: 'Evidence';
  /** QUOTE: the source states it in `quote`. REFERENCE: reference knowledge the sources take for granted (a municipality's province), no quote; `note` says what the reference gives. Never shown as a quote. */
  basis: EvidenceBasis;
  /** What surrounds the quote in its source: about a sentence either side (null when the graph holds no text for that version). */
  context?: Maybe<QuoteContext>;
  /** True when the source implies the relationship rather than stating it; `note` says why it follows. Never shown as a stated fact. */
  inferred: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The source's sentence that states the link, verbatim; null for reference knowledge. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The source that states it; for reference knowledge, the reference work (e.g. the CBS's list of municipalities). */
  source: Source;
  /** The version of the source's text the quote was last found in. */
  sourceVersion?: Maybe<Scalars['String']['output']>;
  /** True when a revision of the source no longer contains the quote; the link awaits an editor. */
  stale: Scalars['Boolean']['output'];
};

/** How a relationship is known. */
export type EvidenceBasis =
  /** A source states it (or implies it, with `inferred`): `quote` is its sentence, verbatim. */
  | 'QUOTE'
  /** Reference knowledge the sources take for granted (which province a municipality lies in): `source` is the reference work it rests on, which the graph holds no text of, so there is no quote; `note` says what the reference gives. Allowed only on the relationships marked @referenceKnowledge. */
  | 'REFERENCE';

/** EvidenceBasis filters */
export type EvidenceBasisEnumScalarFilters = {
  eq?: InputMaybe<EvidenceBasis>;
  in?: InputMaybe<Array<EvidenceBasis>>;
};

/** Evidence for a link: the source that states it and its verbatim quote, or (where the model allows it) the reference work it rests on. */
export type EvidenceInput = {
  /** QUOTE (a source's sentence states the link) or REFERENCE (reference knowledge such as a municipality's province: no quote, a note saying what the reference gives). */
  basis?: InputMaybe<EvidenceBasis>;
  /** The source implies the link without stating it; `note` must say why it follows. */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The source's sentence or clause that states the link, verbatim (whitespace and the shape of quote marks may differ). Required for basis QUOTE, absent for REFERENCE. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Which words of the quote stand for an end the quote does not name ("we", "de werkplaats"). */
  refers?: InputMaybe<RefersInput>;
  role?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['ID']['input'];
};

/** A combination of keys, one per dimension grouped by, and how many distinct entities have it. */
export type FacetBucket = {
  __typename?: 'FacetBucket';
  /** Distinct practices, organisations and networks with every key of the bucket; each entity counts once per bucket. */
  count: Scalars['Int']['output'];
  /** In the order of `groupBy`. */
  keys: Array<FacetKey>;
};

/** A dimension `facets` can group by. */
export type FacetDimension =
  /** The entity's kind within its type (a practice's METHOD, an organisation's UNIVERSITY, ...); kinds of different types are different buckets. */
  | 'KIND'
  /** The regions an entity is placed in (see ThemeCoverage), rolled up to `regionLevel`: one bucket per region of that kind. */
  | 'REGION'
  /** The themes an entity works on (see ThemeCoverage): one bucket per theme. */
  | 'THEME'
  /** The entity's type (PRACTICE, ORGANISATION or NETWORK). */
  | 'TYPE';

/** Which entities `facets` counts, and which of their themes and regions. */
export type FacetFilter = {
  /** Only these regions, their sub-regions included (ids, names or aliases; at most 100): an entity counts when it is placed in one, and REGION buckets are the regions of `regionLevel` that those placements roll up into. */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these themes (ids, Dutch or English names or aliases; at most 100): an entity counts when it works on one, and THEME buckets are these themes. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only entities of these types: PRACTICE, ORGANISATION, NETWORK (the default: all three; no other type works on themes or is placed in regions). */
  types?: InputMaybe<Array<EntityType>>;
};

/** One value of one dimension of a facet bucket. */
export type FacetKey = {
  __typename?: 'FacetKey';
  dimension: FacetDimension;
  /** The theme or region; null for TYPE and KIND. */
  entity?: Maybe<Entity>;
  /** A theme's or region's id; a type (`PRACTICE`); a kind with its type (`PRACTICE:METHOD`, as different types share kind names such as OTHER). */
  id: Scalars['ID']['output'];
  /** A theme's or region's name; the type or kind itself (`METHOD`) for TYPE and KIND. */
  name: Scalars['String']['output'];
};

export type Facets = {
  __typename?: 'Facets';
  /** By count, highest first, then by the keys' names; at most `limit`. */
  buckets: Array<FacetBucket>;
  /** True when `limit` cut buckets off. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * The edge properties for the following fields:
 * * Practice.themes
 * * Practice.networks
 * * Practice.developedBy
 * * Practice.developedByNetworks
 * * Practice.appliedBy
 * * Practice.fundedBy
 * * Practice.partners
 * * Practice.derivedFrom
 * * Practice.derivatives
 * * Practice.volumeOf
 * * Practice.volumes
 * * Practice.people
 * * Organisation.memberOf
 * * Organisation.locatedIn
 * * Organisation.themes
 * * Organisation.developed
 * * Organisation.applies
 * * Organisation.fundsNetworks
 * * Organisation.fundsPractices
 * * Organisation.runs
 * * Organisation.partnerInPractices
 * * Organisation.partnerInNetworks
 * * Organisation.cooperatesWith
 * * Organisation.cooperatedWithBy
 * * Organisation.people
 * * Network.members
 * * Network.regions
 * * Network.themes
 * * Network.practices
 * * Network.partOf
 * * Network.parts
 * * Network.succeeds
 * * Network.succeededBy
 * * Network.fundedBy
 * * Network.runBy
 * * Network.partners
 * * Network.supports
 * * Network.supportedBy
 * * Network.developed
 * * Network.people
 * * Region.partOf
 * * Region.subRegions
 * * Region.networks
 * * Region.organisations
 * * Theme.broader
 * * Theme.narrower
 * * Theme.related
 * * Theme.relatedFrom
 * * Theme.practices
 * * Theme.networks
 * * Theme.organisations
 * * Person.worksAt
 * * Person.networks
 * * Person.practices
 */
export type Fact = {
  __typename?: 'Fact';
  /** How the relationship is known: a quote from the source, or reference knowledge. */
  basis: EvidenceBasis;
  /** True when the source implies the relationship without stating it in so many words; `note` says why it follows. */
  inferred?: Maybe<Scalars['Boolean']['output']>;
  /** Why an inferred relationship follows from its quote. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sentence or clause of that source that states it, verbatim; null for reference knowledge. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Offset just after the quote's last character. */
  quoteEnd?: Maybe<Scalars['Int']['output']>;
  /** Where the quote stands in its source's text: offset of its first character (UTF-16 code units), set when the quote is verified. */
  quoteStart?: Maybe<Scalars['Int']['output']>;
  /** The role the relationship gives, where the source names one (e.g. `partner`, `lector`, `trains`). */
  role?: Maybe<Scalars['String']['output']>;
  /** Id of the `Source` that states this relationship. */
  source: Scalars['ID']['output'];
  /** The version (`contentHash`) of the source's text the quote was last found in. */
  sourceVersion?: Maybe<Scalars['String']['output']>;
  /** True when a revision of the source no longer contains the quote: the relationship awaits an editor (`staleEvidence`). */
  stale?: Maybe<Scalars['Boolean']['output']>;
};

export type FactAggregationWhereInput = {
  AND?: InputMaybe<Array<FactAggregationWhereInput>>;
  NOT?: InputMaybe<FactAggregationWhereInput>;
  OR?: InputMaybe<Array<FactAggregationWhereInput>>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  quote?: InputMaybe<StringScalarAggregationFilters>;
  quoteEnd?: InputMaybe<IntScalarAggregationFilters>;
  quoteStart?: InputMaybe<IntScalarAggregationFilters>;
  role?: InputMaybe<StringScalarAggregationFilters>;
  sourceVersion?: InputMaybe<StringScalarAggregationFilters>;
};

export type FactSort = {
  basis?: InputMaybe<SortDirection>;
  inferred?: InputMaybe<SortDirection>;
  note?: InputMaybe<SortDirection>;
  quote?: InputMaybe<SortDirection>;
  quoteEnd?: InputMaybe<SortDirection>;
  quoteStart?: InputMaybe<SortDirection>;
  role?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  sourceVersion?: InputMaybe<SortDirection>;
  stale?: InputMaybe<SortDirection>;
};

export type FactSuggestions = {
  __typename?: 'FactSuggestions';
  /** Best first, at most `limit`. */
  facts: Array<SuggestedFact>;
  /** Every entity the text names, known or proposed, in the order the text first names them. */
  mentions: Array<SuggestedEnd>;
  source: Scalars['ID']['output'];
  /** The version (contentHash) of the source's text the quotes and offsets are of. */
  sourceVersion: Scalars['String']['output'];
};

export type FactWhere = {
  AND?: InputMaybe<Array<FactWhere>>;
  NOT?: InputMaybe<FactWhere>;
  OR?: InputMaybe<Array<FactWhere>>;
  basis?: InputMaybe<EvidenceBasisEnumScalarFilters>;
  inferred?: InputMaybe<BooleanScalarFilters>;
  note?: InputMaybe<StringScalarFilters>;
  quote?: InputMaybe<StringScalarFilters>;
  quoteEnd?: InputMaybe<IntScalarFilters>;
  quoteStart?: InputMaybe<IntScalarFilters>;
  role?: InputMaybe<StringScalarFilters>;
  source?: InputMaybe<IdScalarFilters>;
  sourceVersion?: InputMaybe<StringScalarFilters>;
  stale?: InputMaybe<BooleanScalarFilters>;
};

/** One property of an item a revision changed, its values before and after as JSON (null: absent). */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** A theme a region lacks, and where it could learn it from. */
export type Gap = {
  __typename?: 'Gap';
  /** The regions nearest to the asked one (fewest PART_OF hops through a common larger region), then by name, where something placed there itself works on the theme; at most `nearest`. */
  nearest: Array<GapRegion>;
  theme: Theme;
};

/** A region that has a theme another region lacks, and what it has. */
export type GapRegion = {
  __typename?: 'GapRegion';
  /** PART_OF hops from the asked region, up to the nearest region both lie in and down again (Haaglanden to Friesland: up to Zuid-Holland, up to Nederland, down to Friesland, 3). */
  hops: Scalars['Int']['output'];
  networkCount: Scalars['Int']['output'];
  /** Networks that COVER the region itself and FOCUS_ON the theme, by name; at most `perRegion`. */
  networks: Array<Network>;
  organisationCount: Scalars['Int']['output'];
  /** Organisations placed in the region itself that work on the theme, by name; at most `perRegion`. */
  organisations: Array<Organisation>;
  /** How many such practices there are in all. */
  practiceCount: Scalars['Int']['output'];
  /** Practices placed in the region itself (not its sub-regions) that ADDRESS the theme, by name; at most `perRegion`. */
  practices: Array<Practice>;
  region: Region;
};

/** A relationship between two nodes, with all its evidence (one per source that states it). */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  evidence: Array<Evidence>;
  from: Scalars['ID']['output'];
  role?: Maybe<Scalars['String']['output']>;
  /** How many distinct sources state this relationship. */
  support: Scalars['Int']['output'];
  to: Scalars['ID']['output'];
  /** The relationship type, e.g. `MEMBER_OF`. */
  type: Scalars['String']['output'];
};

export type GraphPath = {
  __typename?: 'GraphPath';
  /** The edges in path order; an edge's direction is the stored one, which may run against the path. */
  edges: Array<GraphEdge>;
  /** The nodes in path order, from `from` to `to`. */
  nodes: Array<Entity>;
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  sum?: Maybe<Scalars['Int']['output']>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<IntScalarFilters>;
  min?: InputMaybe<IntScalarFilters>;
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** An item a revision touched: an entity, or one source's evidence for a relationship. */
export type ItemChange = {
  __typename?: 'ItemChange';
  action: ChangeAction;
  /** The properties that differ. */
  fields: Array<FieldChange>;
  /** The relationship's start, type, end and source (kind RELATIONSHIP). */
  from?: Maybe<Scalars['ID']['output']>;
  /** The entity's id (kind ENTITY). */
  id?: Maybe<Scalars['ID']['output']>;
  kind: ChangeKind;
  /** The entity's node type (kind ENTITY). */
  label?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['ID']['output']>;
  to?: Maybe<Scalars['ID']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a source document with its text; `id` is derived from the title when left out. */
  addSource: WriteResult;
  /** Creates an entity (not a Source: see addSource) with the fields of its type. */
  createEntity: WriteResult;
  /** Deletes an entity with no relationships left (and, for a source, no quotes citing it). */
  deleteEntity: WriteResult;
  /** Erases a person and every copy of their name the graph holds (quotes, source texts, history), under the AVG. Needs the role `privacy`; cannot be reverted. */
  erasePerson: ErasureResult;
  /** States a relationship with its evidence, verified against the source's text; linking again with the same source replaces its quote. */
  link: WriteResult;
  /** Undoes one revision, unless a later one changed the same items (CONFLICT). */
  revert: WriteResult;
  /** Replaces a source's text; every quote citing it is checked again in the same transaction. */
  reviseSource: SourceRevisionResult;
  /** Removes one source's evidence for a relationship; its history stays. */
  unlink: WriteResult;
  /** Changes the given fields; null clears an optional one. `expectedRevision`: the entity's revision you based the change on. */
  updateEntity: WriteResult;
};


export type MutationAddSourceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  input: SourceInput;
};


export type MutationCreateEntityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  fields: EntityFields;
  id: Scalars['ID']['input'];
  type: EntityType;
};


export type MutationDeleteEntityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedRevision?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationErasePersonArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationLinkArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  evidence: EvidenceInput;
  expectedRevision?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: RelationshipType;
};


export type MutationRevertArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  revision: Scalars['ID']['input'];
};


export type MutationReviseSourceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedRevision?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationUnlinkArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedRevision?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['ID']['input'];
  source: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: RelationshipType;
};


export type MutationUpdateEntityArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedRevision?: InputMaybe<Scalars['ID']['input']>;
  fields: EntityFields;
  id: Scalars['ID']['input'];
};

/** A workplace, learning network, platform, programme or consortium. */
export type Network = Entity & {
  __typename?: 'Network';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Practices it developed (a consortium, cooperating associations). */
  developed: Array<Practice>;
  developedConnection: NetworkDevelopedConnection;
  fundedBy: Array<Organisation>;
  fundedByConnection: NetworkFundedByConnection;
  id: Scalars['ID']['output'];
  kind: NetworkKind;
  members: Array<Organisation>;
  membersConnection: NetworkMembersConnection;
  name: Scalars['String']['output'];
  partOf: Array<Network>;
  partOfConnection: NetworkPartOfConnection;
  /** Organisations that take part in its work without being members. */
  partners: Array<Organisation>;
  partnersConnection: NetworkPartnersConnection;
  parts: Array<Network>;
  partsConnection: NetworkPartsConnection;
  people: Array<Person>;
  peopleConnection: NetworkPeopleConnection;
  practices: Array<Practice>;
  practicesConnection: NetworkPracticesConnection;
  regions: Array<Region>;
  regionsConnection: NetworkRegionsConnection;
  runBy: Array<Organisation>;
  runByConnection: NetworkRunByConnection;
  succeededBy: Array<Network>;
  succeededByConnection: NetworkSucceededByConnection;
  succeeds: Array<Network>;
  succeedsConnection: NetworkSucceedsConnection;
  supportedBy: Array<Network>;
  supportedByConnection: NetworkSupportedByConnection;
  /** Networks whose work it supports (SAMEN's project 4 supports its three learning networks). */
  supports: Array<Network>;
  supportsConnection: NetworkSupportsConnection;
  themes: Array<Theme>;
  themesConnection: NetworkThemesConnection;
  type: EntityType;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkDevelopedArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkDevelopedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkDevelopedConnectionSort>>;
  where?: InputMaybe<NetworkDevelopedConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkFundedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkFundedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkFundedByConnectionSort>>;
  where?: InputMaybe<NetworkFundedByConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkMembersConnectionSort>>;
  where?: InputMaybe<NetworkMembersConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPartOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkPartOfConnectionSort>>;
  where?: InputMaybe<NetworkPartOfConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPartnersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPartnersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkPartnersConnectionSort>>;
  where?: InputMaybe<NetworkPartnersConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPartsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPartsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkPartsConnectionSort>>;
  where?: InputMaybe<NetworkPartsConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPeopleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkPeopleConnectionSort>>;
  where?: InputMaybe<NetworkPeopleConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPracticesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkPracticesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkPracticesConnectionSort>>;
  where?: InputMaybe<NetworkPracticesConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkRegionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionSort>>;
  where?: InputMaybe<RegionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkRegionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkRegionsConnectionSort>>;
  where?: InputMaybe<NetworkRegionsConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkRunByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkRunByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkRunByConnectionSort>>;
  where?: InputMaybe<NetworkRunByConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkSucceededByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkSucceededByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSucceededByConnectionSort>>;
  where?: InputMaybe<NetworkSucceededByConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkSucceedsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkSucceedsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSucceedsConnectionSort>>;
  where?: InputMaybe<NetworkSucceedsConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkSupportedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkSupportedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSupportedByConnectionSort>>;
  where?: InputMaybe<NetworkSupportedByConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkSupportsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkSupportsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSupportsConnectionSort>>;
  where?: InputMaybe<NetworkSupportsConnectionWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkThemesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeSort>>;
  where?: InputMaybe<ThemeWhere>;
};


/** A workplace, learning network, platform, programme or consortium. */
export type NetworkThemesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkThemesConnectionSort>>;
  where?: InputMaybe<NetworkThemesConnectionWhere>;
};

export type NetworkAggregate = {
  __typename?: 'NetworkAggregate';
  count: Count;
  node: NetworkAggregateNode;
};

export type NetworkAggregateNode = {
  __typename?: 'NetworkAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkDevelopedConnection = {
  __typename?: 'NetworkDevelopedConnection';
  aggregate: NetworkPracticeDevelopedAggregateSelection;
  edges: Array<NetworkDevelopedRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkDevelopedConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkDevelopedConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkDevelopedConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkDevelopedConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkDevelopedNodeAggregationWhereInput>;
};

export type NetworkDevelopedConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkDevelopedConnections */
  aggregate?: InputMaybe<NetworkDevelopedConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkDevelopedConnections match this filter */
  all?: InputMaybe<NetworkDevelopedConnectionWhere>;
  /** Return Networks where none of the related NetworkDevelopedConnections match this filter */
  none?: InputMaybe<NetworkDevelopedConnectionWhere>;
  /** Return Networks where one of the related NetworkDevelopedConnections match this filter */
  single?: InputMaybe<NetworkDevelopedConnectionWhere>;
  /** Return Networks where some of the related NetworkDevelopedConnections match this filter */
  some?: InputMaybe<NetworkDevelopedConnectionWhere>;
};

export type NetworkDevelopedConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type NetworkDevelopedConnectionWhere = {
  AND?: InputMaybe<Array<NetworkDevelopedConnectionWhere>>;
  NOT?: InputMaybe<NetworkDevelopedConnectionWhere>;
  OR?: InputMaybe<Array<NetworkDevelopedConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type NetworkDevelopedNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkDevelopedNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkDevelopedNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkDevelopedNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkDevelopedRelationship = {
  __typename?: 'NetworkDevelopedRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  cursor: Scalars['String']['output'];
  node: Network;
};

export type NetworkFundedByConnection = {
  __typename?: 'NetworkFundedByConnection';
  aggregate: NetworkOrganisationFundedByAggregateSelection;
  edges: Array<NetworkFundedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkFundedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkFundedByConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkFundedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkFundedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkFundedByNodeAggregationWhereInput>;
};

export type NetworkFundedByConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkFundedByConnections */
  aggregate?: InputMaybe<NetworkFundedByConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkFundedByConnections match this filter */
  all?: InputMaybe<NetworkFundedByConnectionWhere>;
  /** Return Networks where none of the related NetworkFundedByConnections match this filter */
  none?: InputMaybe<NetworkFundedByConnectionWhere>;
  /** Return Networks where one of the related NetworkFundedByConnections match this filter */
  single?: InputMaybe<NetworkFundedByConnectionWhere>;
  /** Return Networks where some of the related NetworkFundedByConnections match this filter */
  some?: InputMaybe<NetworkFundedByConnectionWhere>;
};

export type NetworkFundedByConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type NetworkFundedByConnectionWhere = {
  AND?: InputMaybe<Array<NetworkFundedByConnectionWhere>>;
  NOT?: InputMaybe<NetworkFundedByConnectionWhere>;
  OR?: InputMaybe<Array<NetworkFundedByConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type NetworkFundedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkFundedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkFundedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkFundedByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkFundedByRelationship = {
  __typename?: 'NetworkFundedByRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type NetworkKind =
  | 'CONSORTIUM'
  | 'LEARNING_NETWORK'
  | 'PLATFORM'
  | 'PROGRAMME'
  | 'WORKPLACE';

/** NetworkKind filters */
export type NetworkKindEnumScalarFilters = {
  eq?: InputMaybe<NetworkKind>;
  in?: InputMaybe<Array<NetworkKind>>;
};

export type NetworkMembersConnection = {
  __typename?: 'NetworkMembersConnection';
  aggregate: NetworkOrganisationMembersAggregateSelection;
  edges: Array<NetworkMembersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkMembersConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkMembersConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkMembersConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkMembersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkMembersNodeAggregationWhereInput>;
};

export type NetworkMembersConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkMembersConnections */
  aggregate?: InputMaybe<NetworkMembersConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkMembersConnections match this filter */
  all?: InputMaybe<NetworkMembersConnectionWhere>;
  /** Return Networks where none of the related NetworkMembersConnections match this filter */
  none?: InputMaybe<NetworkMembersConnectionWhere>;
  /** Return Networks where one of the related NetworkMembersConnections match this filter */
  single?: InputMaybe<NetworkMembersConnectionWhere>;
  /** Return Networks where some of the related NetworkMembersConnections match this filter */
  some?: InputMaybe<NetworkMembersConnectionWhere>;
};

export type NetworkMembersConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type NetworkMembersConnectionWhere = {
  AND?: InputMaybe<Array<NetworkMembersConnectionWhere>>;
  NOT?: InputMaybe<NetworkMembersConnectionWhere>;
  OR?: InputMaybe<Array<NetworkMembersConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type NetworkMembersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkMembersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkMembersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkMembersNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkMembersRelationship = {
  __typename?: 'NetworkMembersRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type NetworkNetworkPartOfAggregateSelection = {
  __typename?: 'NetworkNetworkPartOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkNetworkPartOfEdgeAggregateSelection>;
  node?: Maybe<NetworkNetworkPartOfNodeAggregateSelection>;
};

export type NetworkNetworkPartOfEdgeAggregateSelection = {
  __typename?: 'NetworkNetworkPartOfEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkNetworkPartOfNodeAggregateSelection = {
  __typename?: 'NetworkNetworkPartOfNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkNetworkPartsAggregateSelection = {
  __typename?: 'NetworkNetworkPartsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkNetworkPartsEdgeAggregateSelection>;
  node?: Maybe<NetworkNetworkPartsNodeAggregateSelection>;
};

export type NetworkNetworkPartsEdgeAggregateSelection = {
  __typename?: 'NetworkNetworkPartsEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkNetworkPartsNodeAggregateSelection = {
  __typename?: 'NetworkNetworkPartsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkNetworkSucceededByAggregateSelection = {
  __typename?: 'NetworkNetworkSucceededByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkNetworkSucceededByEdgeAggregateSelection>;
  node?: Maybe<NetworkNetworkSucceededByNodeAggregateSelection>;
};

export type NetworkNetworkSucceededByEdgeAggregateSelection = {
  __typename?: 'NetworkNetworkSucceededByEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkNetworkSucceededByNodeAggregateSelection = {
  __typename?: 'NetworkNetworkSucceededByNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkNetworkSucceedsAggregateSelection = {
  __typename?: 'NetworkNetworkSucceedsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkNetworkSucceedsEdgeAggregateSelection>;
  node?: Maybe<NetworkNetworkSucceedsNodeAggregateSelection>;
};

export type NetworkNetworkSucceedsEdgeAggregateSelection = {
  __typename?: 'NetworkNetworkSucceedsEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkNetworkSucceedsNodeAggregateSelection = {
  __typename?: 'NetworkNetworkSucceedsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkNetworkSupportedByAggregateSelection = {
  __typename?: 'NetworkNetworkSupportedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkNetworkSupportedByEdgeAggregateSelection>;
  node?: Maybe<NetworkNetworkSupportedByNodeAggregateSelection>;
};

export type NetworkNetworkSupportedByEdgeAggregateSelection = {
  __typename?: 'NetworkNetworkSupportedByEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkNetworkSupportedByNodeAggregateSelection = {
  __typename?: 'NetworkNetworkSupportedByNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkNetworkSupportsAggregateSelection = {
  __typename?: 'NetworkNetworkSupportsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkNetworkSupportsEdgeAggregateSelection>;
  node?: Maybe<NetworkNetworkSupportsNodeAggregateSelection>;
};

export type NetworkNetworkSupportsEdgeAggregateSelection = {
  __typename?: 'NetworkNetworkSupportsEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkNetworkSupportsNodeAggregateSelection = {
  __typename?: 'NetworkNetworkSupportsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkOrganisationFundedByAggregateSelection = {
  __typename?: 'NetworkOrganisationFundedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkOrganisationFundedByEdgeAggregateSelection>;
  node?: Maybe<NetworkOrganisationFundedByNodeAggregateSelection>;
};

export type NetworkOrganisationFundedByEdgeAggregateSelection = {
  __typename?: 'NetworkOrganisationFundedByEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkOrganisationFundedByNodeAggregateSelection = {
  __typename?: 'NetworkOrganisationFundedByNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkOrganisationMembersAggregateSelection = {
  __typename?: 'NetworkOrganisationMembersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkOrganisationMembersEdgeAggregateSelection>;
  node?: Maybe<NetworkOrganisationMembersNodeAggregateSelection>;
};

export type NetworkOrganisationMembersEdgeAggregateSelection = {
  __typename?: 'NetworkOrganisationMembersEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkOrganisationMembersNodeAggregateSelection = {
  __typename?: 'NetworkOrganisationMembersNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkOrganisationPartnersAggregateSelection = {
  __typename?: 'NetworkOrganisationPartnersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkOrganisationPartnersEdgeAggregateSelection>;
  node?: Maybe<NetworkOrganisationPartnersNodeAggregateSelection>;
};

export type NetworkOrganisationPartnersEdgeAggregateSelection = {
  __typename?: 'NetworkOrganisationPartnersEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkOrganisationPartnersNodeAggregateSelection = {
  __typename?: 'NetworkOrganisationPartnersNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkOrganisationRunByAggregateSelection = {
  __typename?: 'NetworkOrganisationRunByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkOrganisationRunByEdgeAggregateSelection>;
  node?: Maybe<NetworkOrganisationRunByNodeAggregateSelection>;
};

export type NetworkOrganisationRunByEdgeAggregateSelection = {
  __typename?: 'NetworkOrganisationRunByEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkOrganisationRunByNodeAggregateSelection = {
  __typename?: 'NetworkOrganisationRunByNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkPartOfConnection = {
  __typename?: 'NetworkPartOfConnection';
  aggregate: NetworkNetworkPartOfAggregateSelection;
  edges: Array<NetworkPartOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkPartOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkPartOfConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkPartOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkPartOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkPartOfNodeAggregationWhereInput>;
};

export type NetworkPartOfConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkPartOfConnections */
  aggregate?: InputMaybe<NetworkPartOfConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkPartOfConnections match this filter */
  all?: InputMaybe<NetworkPartOfConnectionWhere>;
  /** Return Networks where none of the related NetworkPartOfConnections match this filter */
  none?: InputMaybe<NetworkPartOfConnectionWhere>;
  /** Return Networks where one of the related NetworkPartOfConnections match this filter */
  single?: InputMaybe<NetworkPartOfConnectionWhere>;
  /** Return Networks where some of the related NetworkPartOfConnections match this filter */
  some?: InputMaybe<NetworkPartOfConnectionWhere>;
};

export type NetworkPartOfConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type NetworkPartOfConnectionWhere = {
  AND?: InputMaybe<Array<NetworkPartOfConnectionWhere>>;
  NOT?: InputMaybe<NetworkPartOfConnectionWhere>;
  OR?: InputMaybe<Array<NetworkPartOfConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type NetworkPartOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkPartOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkPartOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkPartOfNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkPartOfRelationship = {
  __typename?: 'NetworkPartOfRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type NetworkPartnersConnection = {
  __typename?: 'NetworkPartnersConnection';
  aggregate: NetworkOrganisationPartnersAggregateSelection;
  edges: Array<NetworkPartnersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkPartnersConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkPartnersConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkPartnersConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkPartnersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkPartnersNodeAggregationWhereInput>;
};

export type NetworkPartnersConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkPartnersConnections */
  aggregate?: InputMaybe<NetworkPartnersConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkPartnersConnections match this filter */
  all?: InputMaybe<NetworkPartnersConnectionWhere>;
  /** Return Networks where none of the related NetworkPartnersConnections match this filter */
  none?: InputMaybe<NetworkPartnersConnectionWhere>;
  /** Return Networks where one of the related NetworkPartnersConnections match this filter */
  single?: InputMaybe<NetworkPartnersConnectionWhere>;
  /** Return Networks where some of the related NetworkPartnersConnections match this filter */
  some?: InputMaybe<NetworkPartnersConnectionWhere>;
};

export type NetworkPartnersConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type NetworkPartnersConnectionWhere = {
  AND?: InputMaybe<Array<NetworkPartnersConnectionWhere>>;
  NOT?: InputMaybe<NetworkPartnersConnectionWhere>;
  OR?: InputMaybe<Array<NetworkPartnersConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type NetworkPartnersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkPartnersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkPartnersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkPartnersNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkPartnersRelationship = {
  __typename?: 'NetworkPartnersRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type NetworkPartsConnection = {
  __typename?: 'NetworkPartsConnection';
  aggregate: NetworkNetworkPartsAggregateSelection;
  edges: Array<NetworkPartsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkPartsConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkPartsConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkPartsConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkPartsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkPartsNodeAggregationWhereInput>;
};

export type NetworkPartsConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkPartsConnections */
  aggregate?: InputMaybe<NetworkPartsConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkPartsConnections match this filter */
  all?: InputMaybe<NetworkPartsConnectionWhere>;
  /** Return Networks where none of the related NetworkPartsConnections match this filter */
  none?: InputMaybe<NetworkPartsConnectionWhere>;
  /** Return Networks where one of the related NetworkPartsConnections match this filter */
  single?: InputMaybe<NetworkPartsConnectionWhere>;
  /** Return Networks where some of the related NetworkPartsConnections match this filter */
  some?: InputMaybe<NetworkPartsConnectionWhere>;
};

export type NetworkPartsConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type NetworkPartsConnectionWhere = {
  AND?: InputMaybe<Array<NetworkPartsConnectionWhere>>;
  NOT?: InputMaybe<NetworkPartsConnectionWhere>;
  OR?: InputMaybe<Array<NetworkPartsConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type NetworkPartsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkPartsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkPartsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkPartsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkPartsRelationship = {
  __typename?: 'NetworkPartsRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type NetworkPeopleConnection = {
  __typename?: 'NetworkPeopleConnection';
  aggregate: NetworkPersonPeopleAggregateSelection;
  edges: Array<NetworkPeopleRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkPeopleConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkPeopleConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkPeopleConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkPeopleConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkPeopleNodeAggregationWhereInput>;
};

export type NetworkPeopleConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkPeopleConnections */
  aggregate?: InputMaybe<NetworkPeopleConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkPeopleConnections match this filter */
  all?: InputMaybe<NetworkPeopleConnectionWhere>;
  /** Return Networks where none of the related NetworkPeopleConnections match this filter */
  none?: InputMaybe<NetworkPeopleConnectionWhere>;
  /** Return Networks where one of the related NetworkPeopleConnections match this filter */
  single?: InputMaybe<NetworkPeopleConnectionWhere>;
  /** Return Networks where some of the related NetworkPeopleConnections match this filter */
  some?: InputMaybe<NetworkPeopleConnectionWhere>;
};

export type NetworkPeopleConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PersonSort>;
};

export type NetworkPeopleConnectionWhere = {
  AND?: InputMaybe<Array<NetworkPeopleConnectionWhere>>;
  NOT?: InputMaybe<NetworkPeopleConnectionWhere>;
  OR?: InputMaybe<Array<NetworkPeopleConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type NetworkPeopleNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkPeopleNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkPeopleNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkPeopleNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkPeopleRelationship = {
  __typename?: 'NetworkPeopleRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: Fact;
};

export type NetworkPersonPeopleAggregateSelection = {
  __typename?: 'NetworkPersonPeopleAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkPersonPeopleEdgeAggregateSelection>;
  node?: Maybe<NetworkPersonPeopleNodeAggregateSelection>;
};

export type NetworkPersonPeopleEdgeAggregateSelection = {
  __typename?: 'NetworkPersonPeopleEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkPersonPeopleNodeAggregateSelection = {
  __typename?: 'NetworkPersonPeopleNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkPracticeDevelopedAggregateSelection = {
  __typename?: 'NetworkPracticeDevelopedAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkPracticeDevelopedEdgeAggregateSelection>;
  node?: Maybe<NetworkPracticeDevelopedNodeAggregateSelection>;
};

export type NetworkPracticeDevelopedEdgeAggregateSelection = {
  __typename?: 'NetworkPracticeDevelopedEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkPracticeDevelopedNodeAggregateSelection = {
  __typename?: 'NetworkPracticeDevelopedNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkPracticePracticesAggregateSelection = {
  __typename?: 'NetworkPracticePracticesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkPracticePracticesEdgeAggregateSelection>;
  node?: Maybe<NetworkPracticePracticesNodeAggregateSelection>;
};

export type NetworkPracticePracticesEdgeAggregateSelection = {
  __typename?: 'NetworkPracticePracticesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkPracticePracticesNodeAggregateSelection = {
  __typename?: 'NetworkPracticePracticesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkPracticesConnection = {
  __typename?: 'NetworkPracticesConnection';
  aggregate: NetworkPracticePracticesAggregateSelection;
  edges: Array<NetworkPracticesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkPracticesConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkPracticesConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkPracticesConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkPracticesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkPracticesNodeAggregationWhereInput>;
};

export type NetworkPracticesConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkPracticesConnections */
  aggregate?: InputMaybe<NetworkPracticesConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkPracticesConnections match this filter */
  all?: InputMaybe<NetworkPracticesConnectionWhere>;
  /** Return Networks where none of the related NetworkPracticesConnections match this filter */
  none?: InputMaybe<NetworkPracticesConnectionWhere>;
  /** Return Networks where one of the related NetworkPracticesConnections match this filter */
  single?: InputMaybe<NetworkPracticesConnectionWhere>;
  /** Return Networks where some of the related NetworkPracticesConnections match this filter */
  some?: InputMaybe<NetworkPracticesConnectionWhere>;
};

export type NetworkPracticesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type NetworkPracticesConnectionWhere = {
  AND?: InputMaybe<Array<NetworkPracticesConnectionWhere>>;
  NOT?: InputMaybe<NetworkPracticesConnectionWhere>;
  OR?: InputMaybe<Array<NetworkPracticesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type NetworkPracticesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkPracticesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkPracticesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkPracticesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkPracticesRelationship = {
  __typename?: 'NetworkPracticesRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type NetworkRegionRegionsAggregateSelection = {
  __typename?: 'NetworkRegionRegionsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkRegionRegionsEdgeAggregateSelection>;
  node?: Maybe<NetworkRegionRegionsNodeAggregateSelection>;
};

export type NetworkRegionRegionsEdgeAggregateSelection = {
  __typename?: 'NetworkRegionRegionsEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkRegionRegionsNodeAggregateSelection = {
  __typename?: 'NetworkRegionRegionsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type NetworkRegionsConnection = {
  __typename?: 'NetworkRegionsConnection';
  aggregate: NetworkRegionRegionsAggregateSelection;
  edges: Array<NetworkRegionsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkRegionsConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkRegionsConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkRegionsConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkRegionsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkRegionsNodeAggregationWhereInput>;
};

export type NetworkRegionsConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkRegionsConnections */
  aggregate?: InputMaybe<NetworkRegionsConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkRegionsConnections match this filter */
  all?: InputMaybe<NetworkRegionsConnectionWhere>;
  /** Return Networks where none of the related NetworkRegionsConnections match this filter */
  none?: InputMaybe<NetworkRegionsConnectionWhere>;
  /** Return Networks where one of the related NetworkRegionsConnections match this filter */
  single?: InputMaybe<NetworkRegionsConnectionWhere>;
  /** Return Networks where some of the related NetworkRegionsConnections match this filter */
  some?: InputMaybe<NetworkRegionsConnectionWhere>;
};

export type NetworkRegionsConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<RegionSort>;
};

export type NetworkRegionsConnectionWhere = {
  AND?: InputMaybe<Array<NetworkRegionsConnectionWhere>>;
  NOT?: InputMaybe<NetworkRegionsConnectionWhere>;
  OR?: InputMaybe<Array<NetworkRegionsConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<RegionWhere>;
};

export type NetworkRegionsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkRegionsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkRegionsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkRegionsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkRegionsRelationship = {
  __typename?: 'NetworkRegionsRelationship';
  cursor: Scalars['String']['output'];
  node: Region;
  properties: Fact;
};

export type NetworkRelationshipFilters = {
  /** Filter type where all of the related Networks match this filter */
  all?: InputMaybe<NetworkWhere>;
  /** Filter type where none of the related Networks match this filter */
  none?: InputMaybe<NetworkWhere>;
  /** Filter type where one of the related Networks match this filter */
  single?: InputMaybe<NetworkWhere>;
  /** Filter type where some of the related Networks match this filter */
  some?: InputMaybe<NetworkWhere>;
};

export type NetworkRunByConnection = {
  __typename?: 'NetworkRunByConnection';
  aggregate: NetworkOrganisationRunByAggregateSelection;
  edges: Array<NetworkRunByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkRunByConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkRunByConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkRunByConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkRunByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkRunByNodeAggregationWhereInput>;
};

export type NetworkRunByConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkRunByConnections */
  aggregate?: InputMaybe<NetworkRunByConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkRunByConnections match this filter */
  all?: InputMaybe<NetworkRunByConnectionWhere>;
  /** Return Networks where none of the related NetworkRunByConnections match this filter */
  none?: InputMaybe<NetworkRunByConnectionWhere>;
  /** Return Networks where one of the related NetworkRunByConnections match this filter */
  single?: InputMaybe<NetworkRunByConnectionWhere>;
  /** Return Networks where some of the related NetworkRunByConnections match this filter */
  some?: InputMaybe<NetworkRunByConnectionWhere>;
};

export type NetworkRunByConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type NetworkRunByConnectionWhere = {
  AND?: InputMaybe<Array<NetworkRunByConnectionWhere>>;
  NOT?: InputMaybe<NetworkRunByConnectionWhere>;
  OR?: InputMaybe<Array<NetworkRunByConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type NetworkRunByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkRunByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkRunByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkRunByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkRunByRelationship = {
  __typename?: 'NetworkRunByRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

/** Fields to sort Networks by. The order in which sorts are applied is not guaranteed when specifying many fields in one NetworkSort object. */
export type NetworkSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
};

export type NetworkSucceededByConnection = {
  __typename?: 'NetworkSucceededByConnection';
  aggregate: NetworkNetworkSucceededByAggregateSelection;
  edges: Array<NetworkSucceededByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkSucceededByConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkSucceededByConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkSucceededByConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkSucceededByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkSucceededByNodeAggregationWhereInput>;
};

export type NetworkSucceededByConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkSucceededByConnections */
  aggregate?: InputMaybe<NetworkSucceededByConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkSucceededByConnections match this filter */
  all?: InputMaybe<NetworkSucceededByConnectionWhere>;
  /** Return Networks where none of the related NetworkSucceededByConnections match this filter */
  none?: InputMaybe<NetworkSucceededByConnectionWhere>;
  /** Return Networks where one of the related NetworkSucceededByConnections match this filter */
  single?: InputMaybe<NetworkSucceededByConnectionWhere>;
  /** Return Networks where some of the related NetworkSucceededByConnections match this filter */
  some?: InputMaybe<NetworkSucceededByConnectionWhere>;
};

export type NetworkSucceededByConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type NetworkSucceededByConnectionWhere = {
  AND?: InputMaybe<Array<NetworkSucceededByConnectionWhere>>;
  NOT?: InputMaybe<NetworkSucceededByConnectionWhere>;
  OR?: InputMaybe<Array<NetworkSucceededByConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type NetworkSucceededByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkSucceededByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkSucceededByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkSucceededByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkSucceededByRelationship = {
  __typename?: 'NetworkSucceededByRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type NetworkSucceedsConnection = {
  __typename?: 'NetworkSucceedsConnection';
  aggregate: NetworkNetworkSucceedsAggregateSelection;
  edges: Array<NetworkSucceedsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkSucceedsConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkSucceedsConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkSucceedsConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkSucceedsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkSucceedsNodeAggregationWhereInput>;
};

export type NetworkSucceedsConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkSucceedsConnections */
  aggregate?: InputMaybe<NetworkSucceedsConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkSucceedsConnections match this filter */
  all?: InputMaybe<NetworkSucceedsConnectionWhere>;
  /** Return Networks where none of the related NetworkSucceedsConnections match this filter */
  none?: InputMaybe<NetworkSucceedsConnectionWhere>;
  /** Return Networks where one of the related NetworkSucceedsConnections match this filter */
  single?: InputMaybe<NetworkSucceedsConnectionWhere>;
  /** Return Networks where some of the related NetworkSucceedsConnections match this filter */
  some?: InputMaybe<NetworkSucceedsConnectionWhere>;
};

export type NetworkSucceedsConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type NetworkSucceedsConnectionWhere = {
  AND?: InputMaybe<Array<NetworkSucceedsConnectionWhere>>;
  NOT?: InputMaybe<NetworkSucceedsConnectionWhere>;
  OR?: InputMaybe<Array<NetworkSucceedsConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type NetworkSucceedsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkSucceedsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkSucceedsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkSucceedsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkSucceedsRelationship = {
  __typename?: 'NetworkSucceedsRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type NetworkSupportedByConnection = {
  __typename?: 'NetworkSupportedByConnection';
  aggregate: NetworkNetworkSupportedByAggregateSelection;
  edges: Array<NetworkSupportedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkSupportedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkSupportedByConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkSupportedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkSupportedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkSupportedByNodeAggregationWhereInput>;
};

export type NetworkSupportedByConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkSupportedByConnections */
  aggregate?: InputMaybe<NetworkSupportedByConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkSupportedByConnections match this filter */
  all?: InputMaybe<NetworkSupportedByConnectionWhere>;
  /** Return Networks where none of the related NetworkSupportedByConnections match this filter */
  none?: InputMaybe<NetworkSupportedByConnectionWhere>;
  /** Return Networks where one of the related NetworkSupportedByConnections match this filter */
  single?: InputMaybe<NetworkSupportedByConnectionWhere>;
  /** Return Networks where some of the related NetworkSupportedByConnections match this filter */
  some?: InputMaybe<NetworkSupportedByConnectionWhere>;
};

export type NetworkSupportedByConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type NetworkSupportedByConnectionWhere = {
  AND?: InputMaybe<Array<NetworkSupportedByConnectionWhere>>;
  NOT?: InputMaybe<NetworkSupportedByConnectionWhere>;
  OR?: InputMaybe<Array<NetworkSupportedByConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type NetworkSupportedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkSupportedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkSupportedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkSupportedByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkSupportedByRelationship = {
  __typename?: 'NetworkSupportedByRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type NetworkSupportsConnection = {
  __typename?: 'NetworkSupportsConnection';
  aggregate: NetworkNetworkSupportsAggregateSelection;
  edges: Array<NetworkSupportsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkSupportsConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkSupportsConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkSupportsConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkSupportsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkSupportsNodeAggregationWhereInput>;
};

export type NetworkSupportsConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkSupportsConnections */
  aggregate?: InputMaybe<NetworkSupportsConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkSupportsConnections match this filter */
  all?: InputMaybe<NetworkSupportsConnectionWhere>;
  /** Return Networks where none of the related NetworkSupportsConnections match this filter */
  none?: InputMaybe<NetworkSupportsConnectionWhere>;
  /** Return Networks where one of the related NetworkSupportsConnections match this filter */
  single?: InputMaybe<NetworkSupportsConnectionWhere>;
  /** Return Networks where some of the related NetworkSupportsConnections match this filter */
  some?: InputMaybe<NetworkSupportsConnectionWhere>;
};

export type NetworkSupportsConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type NetworkSupportsConnectionWhere = {
  AND?: InputMaybe<Array<NetworkSupportsConnectionWhere>>;
  NOT?: InputMaybe<NetworkSupportsConnectionWhere>;
  OR?: InputMaybe<Array<NetworkSupportsConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type NetworkSupportsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkSupportsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkSupportsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkSupportsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkSupportsRelationship = {
  __typename?: 'NetworkSupportsRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type NetworkThemeThemesAggregateSelection = {
  __typename?: 'NetworkThemeThemesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<NetworkThemeThemesEdgeAggregateSelection>;
  node?: Maybe<NetworkThemeThemesNodeAggregateSelection>;
};

export type NetworkThemeThemesEdgeAggregateSelection = {
  __typename?: 'NetworkThemeThemesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type NetworkThemeThemesNodeAggregateSelection = {
  __typename?: 'NetworkThemeThemesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type NetworkThemesConnection = {
  __typename?: 'NetworkThemesConnection';
  aggregate: NetworkThemeThemesAggregateSelection;
  edges: Array<NetworkThemesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkThemesConnectionAggregateInput = {
  AND?: InputMaybe<Array<NetworkThemesConnectionAggregateInput>>;
  NOT?: InputMaybe<NetworkThemesConnectionAggregateInput>;
  OR?: InputMaybe<Array<NetworkThemesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<NetworkThemesNodeAggregationWhereInput>;
};

export type NetworkThemesConnectionFilters = {
  /** Filter Networks by aggregating results on related NetworkThemesConnections */
  aggregate?: InputMaybe<NetworkThemesConnectionAggregateInput>;
  /** Return Networks where all of the related NetworkThemesConnections match this filter */
  all?: InputMaybe<NetworkThemesConnectionWhere>;
  /** Return Networks where none of the related NetworkThemesConnections match this filter */
  none?: InputMaybe<NetworkThemesConnectionWhere>;
  /** Return Networks where one of the related NetworkThemesConnections match this filter */
  single?: InputMaybe<NetworkThemesConnectionWhere>;
  /** Return Networks where some of the related NetworkThemesConnections match this filter */
  some?: InputMaybe<NetworkThemesConnectionWhere>;
};

export type NetworkThemesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<ThemeSort>;
};

export type NetworkThemesConnectionWhere = {
  AND?: InputMaybe<Array<NetworkThemesConnectionWhere>>;
  NOT?: InputMaybe<NetworkThemesConnectionWhere>;
  OR?: InputMaybe<Array<NetworkThemesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<ThemeWhere>;
};

export type NetworkThemesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NetworkThemesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NetworkThemesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NetworkThemesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type NetworkThemesRelationship = {
  __typename?: 'NetworkThemesRelationship';
  cursor: Scalars['String']['output'];
  node: Theme;
  properties: Fact;
};

export type NetworkWhere = {
  AND?: InputMaybe<Array<NetworkWhere>>;
  NOT?: InputMaybe<NetworkWhere>;
  OR?: InputMaybe<Array<NetworkWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  description?: InputMaybe<StringScalarFilters>;
  developed?: InputMaybe<PracticeRelationshipFilters>;
  developedConnection?: InputMaybe<NetworkDevelopedConnectionFilters>;
  fundedBy?: InputMaybe<OrganisationRelationshipFilters>;
  fundedByConnection?: InputMaybe<NetworkFundedByConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<NetworkKindEnumScalarFilters>;
  members?: InputMaybe<OrganisationRelationshipFilters>;
  membersConnection?: InputMaybe<NetworkMembersConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  partOf?: InputMaybe<NetworkRelationshipFilters>;
  partOfConnection?: InputMaybe<NetworkPartOfConnectionFilters>;
  partners?: InputMaybe<OrganisationRelationshipFilters>;
  partnersConnection?: InputMaybe<NetworkPartnersConnectionFilters>;
  parts?: InputMaybe<NetworkRelationshipFilters>;
  partsConnection?: InputMaybe<NetworkPartsConnectionFilters>;
  people?: InputMaybe<PersonRelationshipFilters>;
  peopleConnection?: InputMaybe<NetworkPeopleConnectionFilters>;
  practices?: InputMaybe<PracticeRelationshipFilters>;
  practicesConnection?: InputMaybe<NetworkPracticesConnectionFilters>;
  regions?: InputMaybe<RegionRelationshipFilters>;
  regionsConnection?: InputMaybe<NetworkRegionsConnectionFilters>;
  runBy?: InputMaybe<OrganisationRelationshipFilters>;
  runByConnection?: InputMaybe<NetworkRunByConnectionFilters>;
  succeededBy?: InputMaybe<NetworkRelationshipFilters>;
  succeededByConnection?: InputMaybe<NetworkSucceededByConnectionFilters>;
  succeeds?: InputMaybe<NetworkRelationshipFilters>;
  succeedsConnection?: InputMaybe<NetworkSucceedsConnectionFilters>;
  supportedBy?: InputMaybe<NetworkRelationshipFilters>;
  supportedByConnection?: InputMaybe<NetworkSupportedByConnectionFilters>;
  supports?: InputMaybe<NetworkRelationshipFilters>;
  supportsConnection?: InputMaybe<NetworkSupportsConnectionFilters>;
  themes?: InputMaybe<ThemeRelationshipFilters>;
  themesConnection?: InputMaybe<NetworkThemesConnectionFilters>;
  type?: InputMaybe<EntityTypeEnumScalarFilters>;
};

export type NetworksConnection = {
  __typename?: 'NetworksConnection';
  aggregate: NetworkAggregate;
  edges: Array<NetworkEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An organisation: a municipality, university, care provider, school, funder, ... */
export type Organisation = Entity & {
  __typename?: 'Organisation';
  aliases: Array<Scalars['String']['output']>;
  applies: Array<Practice>;
  appliesConnection: OrganisationAppliesConnection;
  /** Organisations that say they work together with it. */
  cooperatedWithBy: Array<Organisation>;
  cooperatedWithByConnection: OrganisationCooperatedWithByConnection;
  /** Organisations it says it works together with. */
  cooperatesWith: Array<Organisation>;
  cooperatesWithConnection: OrganisationCooperatesWithConnection;
  description?: Maybe<Scalars['String']['output']>;
  developed: Array<Practice>;
  developedConnection: OrganisationDevelopedConnection;
  fundsNetworks: Array<Network>;
  fundsNetworksConnection: OrganisationFundsNetworksConnection;
  fundsPractices: Array<Practice>;
  fundsPracticesConnection: OrganisationFundsPracticesConnection;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  locatedIn: Array<Region>;
  locatedInConnection: OrganisationLocatedInConnection;
  memberOf: Array<Network>;
  memberOfConnection: OrganisationMemberOfConnection;
  name: Scalars['String']['output'];
  /** Networks whose work it takes part in without being a member (a school whose student works for a network's working group). */
  partnerInNetworks: Array<Network>;
  partnerInNetworksConnection: OrganisationPartnerInNetworksConnection;
  /** Practices it is a partner in, without developing or applying them. */
  partnerInPractices: Array<Practice>;
  partnerInPracticesConnection: OrganisationPartnerInPracticesConnection;
  people: Array<Person>;
  peopleConnection: OrganisationPeopleConnection;
  /** Programmes and networks it carries out for others (ZonMw executes AWTJ), without being a member. */
  runs: Array<Network>;
  runsConnection: OrganisationRunsConnection;
  themes: Array<Theme>;
  themesConnection: OrganisationThemesConnection;
  type: EntityType;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationAppliesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationAppliesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationAppliesConnectionSort>>;
  where?: InputMaybe<OrganisationAppliesConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationCooperatedWithByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationCooperatedWithByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationCooperatedWithByConnectionSort>>;
  where?: InputMaybe<OrganisationCooperatedWithByConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationCooperatesWithArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationCooperatesWithConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationCooperatesWithConnectionSort>>;
  where?: InputMaybe<OrganisationCooperatesWithConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationDevelopedArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationDevelopedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationDevelopedConnectionSort>>;
  where?: InputMaybe<OrganisationDevelopedConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationFundsNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationFundsNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationFundsNetworksConnectionSort>>;
  where?: InputMaybe<OrganisationFundsNetworksConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationFundsPracticesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationFundsPracticesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationFundsPracticesConnectionSort>>;
  where?: InputMaybe<OrganisationFundsPracticesConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationLocatedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionSort>>;
  where?: InputMaybe<RegionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationLocatedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationLocatedInConnectionSort>>;
  where?: InputMaybe<OrganisationLocatedInConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationMemberOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationMemberOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationMemberOfConnectionSort>>;
  where?: InputMaybe<OrganisationMemberOfConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationPartnerInNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationPartnerInNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationPartnerInNetworksConnectionSort>>;
  where?: InputMaybe<OrganisationPartnerInNetworksConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationPartnerInPracticesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationPartnerInPracticesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationPartnerInPracticesConnectionSort>>;
  where?: InputMaybe<OrganisationPartnerInPracticesConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationPeopleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationPeopleConnectionSort>>;
  where?: InputMaybe<OrganisationPeopleConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationRunsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationRunsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationRunsConnectionSort>>;
  where?: InputMaybe<OrganisationRunsConnectionWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationThemesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeSort>>;
  where?: InputMaybe<ThemeWhere>;
};


/** An organisation: a municipality, university, care provider, school, funder, ... */
export type OrganisationThemesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationThemesConnectionSort>>;
  where?: InputMaybe<OrganisationThemesConnectionWhere>;
};

export type OrganisationAggregate = {
  __typename?: 'OrganisationAggregate';
  count: Count;
  node: OrganisationAggregateNode;
};

export type OrganisationAggregateNode = {
  __typename?: 'OrganisationAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationAppliesConnection = {
  __typename?: 'OrganisationAppliesConnection';
  aggregate: OrganisationPracticeAppliesAggregateSelection;
  edges: Array<OrganisationAppliesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationAppliesConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationAppliesConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationAppliesConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationAppliesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationAppliesNodeAggregationWhereInput>;
};

export type OrganisationAppliesConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationAppliesConnections */
  aggregate?: InputMaybe<OrganisationAppliesConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationAppliesConnections match this filter */
  all?: InputMaybe<OrganisationAppliesConnectionWhere>;
  /** Return Organisations where none of the related OrganisationAppliesConnections match this filter */
  none?: InputMaybe<OrganisationAppliesConnectionWhere>;
  /** Return Organisations where one of the related OrganisationAppliesConnections match this filter */
  single?: InputMaybe<OrganisationAppliesConnectionWhere>;
  /** Return Organisations where some of the related OrganisationAppliesConnections match this filter */
  some?: InputMaybe<OrganisationAppliesConnectionWhere>;
};

export type OrganisationAppliesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type OrganisationAppliesConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationAppliesConnectionWhere>>;
  NOT?: InputMaybe<OrganisationAppliesConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationAppliesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type OrganisationAppliesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationAppliesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationAppliesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationAppliesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationAppliesRelationship = {
  __typename?: 'OrganisationAppliesRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type OrganisationCooperatedWithByConnection = {
  __typename?: 'OrganisationCooperatedWithByConnection';
  aggregate: OrganisationOrganisationCooperatedWithByAggregateSelection;
  edges: Array<OrganisationCooperatedWithByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationCooperatedWithByConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationCooperatedWithByConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationCooperatedWithByConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationCooperatedWithByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationCooperatedWithByNodeAggregationWhereInput>;
};

export type OrganisationCooperatedWithByConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationCooperatedWithByConnections */
  aggregate?: InputMaybe<OrganisationCooperatedWithByConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationCooperatedWithByConnections match this filter */
  all?: InputMaybe<OrganisationCooperatedWithByConnectionWhere>;
  /** Return Organisations where none of the related OrganisationCooperatedWithByConnections match this filter */
  none?: InputMaybe<OrganisationCooperatedWithByConnectionWhere>;
  /** Return Organisations where one of the related OrganisationCooperatedWithByConnections match this filter */
  single?: InputMaybe<OrganisationCooperatedWithByConnectionWhere>;
  /** Return Organisations where some of the related OrganisationCooperatedWithByConnections match this filter */
  some?: InputMaybe<OrganisationCooperatedWithByConnectionWhere>;
};

export type OrganisationCooperatedWithByConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type OrganisationCooperatedWithByConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationCooperatedWithByConnectionWhere>>;
  NOT?: InputMaybe<OrganisationCooperatedWithByConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationCooperatedWithByConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type OrganisationCooperatedWithByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationCooperatedWithByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationCooperatedWithByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationCooperatedWithByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationCooperatedWithByRelationship = {
  __typename?: 'OrganisationCooperatedWithByRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type OrganisationCooperatesWithConnection = {
  __typename?: 'OrganisationCooperatesWithConnection';
  aggregate: OrganisationOrganisationCooperatesWithAggregateSelection;
  edges: Array<OrganisationCooperatesWithRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationCooperatesWithConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationCooperatesWithConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationCooperatesWithConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationCooperatesWithConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationCooperatesWithNodeAggregationWhereInput>;
};

export type OrganisationCooperatesWithConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationCooperatesWithConnections */
  aggregate?: InputMaybe<OrganisationCooperatesWithConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationCooperatesWithConnections match this filter */
  all?: InputMaybe<OrganisationCooperatesWithConnectionWhere>;
  /** Return Organisations where none of the related OrganisationCooperatesWithConnections match this filter */
  none?: InputMaybe<OrganisationCooperatesWithConnectionWhere>;
  /** Return Organisations where one of the related OrganisationCooperatesWithConnections match this filter */
  single?: InputMaybe<OrganisationCooperatesWithConnectionWhere>;
  /** Return Organisations where some of the related OrganisationCooperatesWithConnections match this filter */
  some?: InputMaybe<OrganisationCooperatesWithConnectionWhere>;
};

export type OrganisationCooperatesWithConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type OrganisationCooperatesWithConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationCooperatesWithConnectionWhere>>;
  NOT?: InputMaybe<OrganisationCooperatesWithConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationCooperatesWithConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type OrganisationCooperatesWithNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationCooperatesWithNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationCooperatesWithNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationCooperatesWithNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationCooperatesWithRelationship = {
  __typename?: 'OrganisationCooperatesWithRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type OrganisationDevelopedConnection = {
  __typename?: 'OrganisationDevelopedConnection';
  aggregate: OrganisationPracticeDevelopedAggregateSelection;
  edges: Array<OrganisationDevelopedRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationDevelopedConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationDevelopedConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationDevelopedConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationDevelopedConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationDevelopedNodeAggregationWhereInput>;
};

export type OrganisationDevelopedConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationDevelopedConnections */
  aggregate?: InputMaybe<OrganisationDevelopedConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationDevelopedConnections match this filter */
  all?: InputMaybe<OrganisationDevelopedConnectionWhere>;
  /** Return Organisations where none of the related OrganisationDevelopedConnections match this filter */
  none?: InputMaybe<OrganisationDevelopedConnectionWhere>;
  /** Return Organisations where one of the related OrganisationDevelopedConnections match this filter */
  single?: InputMaybe<OrganisationDevelopedConnectionWhere>;
  /** Return Organisations where some of the related OrganisationDevelopedConnections match this filter */
  some?: InputMaybe<OrganisationDevelopedConnectionWhere>;
};

export type OrganisationDevelopedConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type OrganisationDevelopedConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationDevelopedConnectionWhere>>;
  NOT?: InputMaybe<OrganisationDevelopedConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationDevelopedConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type OrganisationDevelopedNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationDevelopedNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationDevelopedNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationDevelopedNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationDevelopedRelationship = {
  __typename?: 'OrganisationDevelopedRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type OrganisationFundsNetworksConnection = {
  __typename?: 'OrganisationFundsNetworksConnection';
  aggregate: OrganisationNetworkFundsNetworksAggregateSelection;
  edges: Array<OrganisationFundsNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationFundsNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationFundsNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationFundsNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationFundsNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationFundsNetworksNodeAggregationWhereInput>;
};

export type OrganisationFundsNetworksConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationFundsNetworksConnections */
  aggregate?: InputMaybe<OrganisationFundsNetworksConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationFundsNetworksConnections match this filter */
  all?: InputMaybe<OrganisationFundsNetworksConnectionWhere>;
  /** Return Organisations where none of the related OrganisationFundsNetworksConnections match this filter */
  none?: InputMaybe<OrganisationFundsNetworksConnectionWhere>;
  /** Return Organisations where one of the related OrganisationFundsNetworksConnections match this filter */
  single?: InputMaybe<OrganisationFundsNetworksConnectionWhere>;
  /** Return Organisations where some of the related OrganisationFundsNetworksConnections match this filter */
  some?: InputMaybe<OrganisationFundsNetworksConnectionWhere>;
};

export type OrganisationFundsNetworksConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type OrganisationFundsNetworksConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationFundsNetworksConnectionWhere>>;
  NOT?: InputMaybe<OrganisationFundsNetworksConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationFundsNetworksConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type OrganisationFundsNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationFundsNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationFundsNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationFundsNetworksNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationFundsNetworksRelationship = {
  __typename?: 'OrganisationFundsNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type OrganisationFundsPracticesConnection = {
  __typename?: 'OrganisationFundsPracticesConnection';
  aggregate: OrganisationPracticeFundsPracticesAggregateSelection;
  edges: Array<OrganisationFundsPracticesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationFundsPracticesConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationFundsPracticesConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationFundsPracticesConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationFundsPracticesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationFundsPracticesNodeAggregationWhereInput>;
};

export type OrganisationFundsPracticesConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationFundsPracticesConnections */
  aggregate?: InputMaybe<OrganisationFundsPracticesConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationFundsPracticesConnections match this filter */
  all?: InputMaybe<OrganisationFundsPracticesConnectionWhere>;
  /** Return Organisations where none of the related OrganisationFundsPracticesConnections match this filter */
  none?: InputMaybe<OrganisationFundsPracticesConnectionWhere>;
  /** Return Organisations where one of the related OrganisationFundsPracticesConnections match this filter */
  single?: InputMaybe<OrganisationFundsPracticesConnectionWhere>;
  /** Return Organisations where some of the related OrganisationFundsPracticesConnections match this filter */
  some?: InputMaybe<OrganisationFundsPracticesConnectionWhere>;
};

export type OrganisationFundsPracticesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type OrganisationFundsPracticesConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationFundsPracticesConnectionWhere>>;
  NOT?: InputMaybe<OrganisationFundsPracticesConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationFundsPracticesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type OrganisationFundsPracticesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationFundsPracticesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationFundsPracticesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationFundsPracticesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationFundsPracticesRelationship = {
  __typename?: 'OrganisationFundsPracticesRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type OrganisationKind =
  | 'CARE_PROVIDER'
  | 'CLIENT_ORGANISATION'
  | 'FUNDER'
  | 'GOVERNMENT'
  | 'KNOWLEDGE_INSTITUTE'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'PROFESSIONAL_ASSOCIATION'
  | 'SCHOOL'
  | 'UNIVERSITY'
  | 'UNIVERSITY_OF_APPLIED_SCIENCES';

/** OrganisationKind filters */
export type OrganisationKindEnumScalarFilters = {
  eq?: InputMaybe<OrganisationKind>;
  in?: InputMaybe<Array<OrganisationKind>>;
};

export type OrganisationLocatedInConnection = {
  __typename?: 'OrganisationLocatedInConnection';
  aggregate: OrganisationRegionLocatedInAggregateSelection;
  edges: Array<OrganisationLocatedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationLocatedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationLocatedInConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationLocatedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationLocatedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationLocatedInNodeAggregationWhereInput>;
};

export type OrganisationLocatedInConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationLocatedInConnections */
  aggregate?: InputMaybe<OrganisationLocatedInConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationLocatedInConnections match this filter */
  all?: InputMaybe<OrganisationLocatedInConnectionWhere>;
  /** Return Organisations where none of the related OrganisationLocatedInConnections match this filter */
  none?: InputMaybe<OrganisationLocatedInConnectionWhere>;
  /** Return Organisations where one of the related OrganisationLocatedInConnections match this filter */
  single?: InputMaybe<OrganisationLocatedInConnectionWhere>;
  /** Return Organisations where some of the related OrganisationLocatedInConnections match this filter */
  some?: InputMaybe<OrganisationLocatedInConnectionWhere>;
};

export type OrganisationLocatedInConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<RegionSort>;
};

export type OrganisationLocatedInConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationLocatedInConnectionWhere>>;
  NOT?: InputMaybe<OrganisationLocatedInConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationLocatedInConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<RegionWhere>;
};

export type OrganisationLocatedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationLocatedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationLocatedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationLocatedInNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationLocatedInRelationship = {
  __typename?: 'OrganisationLocatedInRelationship';
  cursor: Scalars['String']['output'];
  node: Region;
  properties: Fact;
};

export type OrganisationMemberOfConnection = {
  __typename?: 'OrganisationMemberOfConnection';
  aggregate: OrganisationNetworkMemberOfAggregateSelection;
  edges: Array<OrganisationMemberOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationMemberOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationMemberOfConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationMemberOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationMemberOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationMemberOfNodeAggregationWhereInput>;
};

export type OrganisationMemberOfConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationMemberOfConnections */
  aggregate?: InputMaybe<OrganisationMemberOfConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationMemberOfConnections match this filter */
  all?: InputMaybe<OrganisationMemberOfConnectionWhere>;
  /** Return Organisations where none of the related OrganisationMemberOfConnections match this filter */
  none?: InputMaybe<OrganisationMemberOfConnectionWhere>;
  /** Return Organisations where one of the related OrganisationMemberOfConnections match this filter */
  single?: InputMaybe<OrganisationMemberOfConnectionWhere>;
  /** Return Organisations where some of the related OrganisationMemberOfConnections match this filter */
  some?: InputMaybe<OrganisationMemberOfConnectionWhere>;
};

export type OrganisationMemberOfConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type OrganisationMemberOfConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationMemberOfConnectionWhere>>;
  NOT?: InputMaybe<OrganisationMemberOfConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationMemberOfConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type OrganisationMemberOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationMemberOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationMemberOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationMemberOfNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationMemberOfRelationship = {
  __typename?: 'OrganisationMemberOfRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type OrganisationNetworkFundsNetworksAggregateSelection = {
  __typename?: 'OrganisationNetworkFundsNetworksAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationNetworkFundsNetworksEdgeAggregateSelection>;
  node?: Maybe<OrganisationNetworkFundsNetworksNodeAggregateSelection>;
};

export type OrganisationNetworkFundsNetworksEdgeAggregateSelection = {
  __typename?: 'OrganisationNetworkFundsNetworksEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationNetworkFundsNetworksNodeAggregateSelection = {
  __typename?: 'OrganisationNetworkFundsNetworksNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationNetworkMemberOfAggregateSelection = {
  __typename?: 'OrganisationNetworkMemberOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationNetworkMemberOfEdgeAggregateSelection>;
  node?: Maybe<OrganisationNetworkMemberOfNodeAggregateSelection>;
};

export type OrganisationNetworkMemberOfEdgeAggregateSelection = {
  __typename?: 'OrganisationNetworkMemberOfEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationNetworkMemberOfNodeAggregateSelection = {
  __typename?: 'OrganisationNetworkMemberOfNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationNetworkPartnerInNetworksAggregateSelection = {
  __typename?: 'OrganisationNetworkPartnerInNetworksAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationNetworkPartnerInNetworksEdgeAggregateSelection>;
  node?: Maybe<OrganisationNetworkPartnerInNetworksNodeAggregateSelection>;
};

export type OrganisationNetworkPartnerInNetworksEdgeAggregateSelection = {
  __typename?: 'OrganisationNetworkPartnerInNetworksEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationNetworkPartnerInNetworksNodeAggregateSelection = {
  __typename?: 'OrganisationNetworkPartnerInNetworksNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationNetworkRunsAggregateSelection = {
  __typename?: 'OrganisationNetworkRunsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationNetworkRunsEdgeAggregateSelection>;
  node?: Maybe<OrganisationNetworkRunsNodeAggregateSelection>;
};

export type OrganisationNetworkRunsEdgeAggregateSelection = {
  __typename?: 'OrganisationNetworkRunsEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationNetworkRunsNodeAggregateSelection = {
  __typename?: 'OrganisationNetworkRunsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationOrganisationCooperatedWithByAggregateSelection = {
  __typename?: 'OrganisationOrganisationCooperatedWithByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationOrganisationCooperatedWithByEdgeAggregateSelection>;
  node?: Maybe<OrganisationOrganisationCooperatedWithByNodeAggregateSelection>;
};

export type OrganisationOrganisationCooperatedWithByEdgeAggregateSelection = {
  __typename?: 'OrganisationOrganisationCooperatedWithByEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationOrganisationCooperatedWithByNodeAggregateSelection = {
  __typename?: 'OrganisationOrganisationCooperatedWithByNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationOrganisationCooperatesWithAggregateSelection = {
  __typename?: 'OrganisationOrganisationCooperatesWithAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationOrganisationCooperatesWithEdgeAggregateSelection>;
  node?: Maybe<OrganisationOrganisationCooperatesWithNodeAggregateSelection>;
};

export type OrganisationOrganisationCooperatesWithEdgeAggregateSelection = {
  __typename?: 'OrganisationOrganisationCooperatesWithEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationOrganisationCooperatesWithNodeAggregateSelection = {
  __typename?: 'OrganisationOrganisationCooperatesWithNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationPartnerInNetworksConnection = {
  __typename?: 'OrganisationPartnerInNetworksConnection';
  aggregate: OrganisationNetworkPartnerInNetworksAggregateSelection;
  edges: Array<OrganisationPartnerInNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationPartnerInNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationPartnerInNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationPartnerInNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationPartnerInNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationPartnerInNetworksNodeAggregationWhereInput>;
};

export type OrganisationPartnerInNetworksConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationPartnerInNetworksConnections */
  aggregate?: InputMaybe<OrganisationPartnerInNetworksConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationPartnerInNetworksConnections match this filter */
  all?: InputMaybe<OrganisationPartnerInNetworksConnectionWhere>;
  /** Return Organisations where none of the related OrganisationPartnerInNetworksConnections match this filter */
  none?: InputMaybe<OrganisationPartnerInNetworksConnectionWhere>;
  /** Return Organisations where one of the related OrganisationPartnerInNetworksConnections match this filter */
  single?: InputMaybe<OrganisationPartnerInNetworksConnectionWhere>;
  /** Return Organisations where some of the related OrganisationPartnerInNetworksConnections match this filter */
  some?: InputMaybe<OrganisationPartnerInNetworksConnectionWhere>;
};

export type OrganisationPartnerInNetworksConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type OrganisationPartnerInNetworksConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationPartnerInNetworksConnectionWhere>>;
  NOT?: InputMaybe<OrganisationPartnerInNetworksConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationPartnerInNetworksConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type OrganisationPartnerInNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationPartnerInNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationPartnerInNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationPartnerInNetworksNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationPartnerInNetworksRelationship = {
  __typename?: 'OrganisationPartnerInNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type OrganisationPartnerInPracticesConnection = {
  __typename?: 'OrganisationPartnerInPracticesConnection';
  aggregate: OrganisationPracticePartnerInPracticesAggregateSelection;
  edges: Array<OrganisationPartnerInPracticesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationPartnerInPracticesConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationPartnerInPracticesConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationPartnerInPracticesConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationPartnerInPracticesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationPartnerInPracticesNodeAggregationWhereInput>;
};

export type OrganisationPartnerInPracticesConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationPartnerInPracticesConnections */
  aggregate?: InputMaybe<OrganisationPartnerInPracticesConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationPartnerInPracticesConnections match this filter */
  all?: InputMaybe<OrganisationPartnerInPracticesConnectionWhere>;
  /** Return Organisations where none of the related OrganisationPartnerInPracticesConnections match this filter */
  none?: InputMaybe<OrganisationPartnerInPracticesConnectionWhere>;
  /** Return Organisations where one of the related OrganisationPartnerInPracticesConnections match this filter */
  single?: InputMaybe<OrganisationPartnerInPracticesConnectionWhere>;
  /** Return Organisations where some of the related OrganisationPartnerInPracticesConnections match this filter */
  some?: InputMaybe<OrganisationPartnerInPracticesConnectionWhere>;
};

export type OrganisationPartnerInPracticesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type OrganisationPartnerInPracticesConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationPartnerInPracticesConnectionWhere>>;
  NOT?: InputMaybe<OrganisationPartnerInPracticesConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationPartnerInPracticesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type OrganisationPartnerInPracticesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationPartnerInPracticesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationPartnerInPracticesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationPartnerInPracticesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationPartnerInPracticesRelationship = {
  __typename?: 'OrganisationPartnerInPracticesRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type OrganisationPeopleConnection = {
  __typename?: 'OrganisationPeopleConnection';
  aggregate: OrganisationPersonPeopleAggregateSelection;
  edges: Array<OrganisationPeopleRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationPeopleConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationPeopleConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationPeopleConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationPeopleConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationPeopleNodeAggregationWhereInput>;
};

export type OrganisationPeopleConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationPeopleConnections */
  aggregate?: InputMaybe<OrganisationPeopleConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationPeopleConnections match this filter */
  all?: InputMaybe<OrganisationPeopleConnectionWhere>;
  /** Return Organisations where none of the related OrganisationPeopleConnections match this filter */
  none?: InputMaybe<OrganisationPeopleConnectionWhere>;
  /** Return Organisations where one of the related OrganisationPeopleConnections match this filter */
  single?: InputMaybe<OrganisationPeopleConnectionWhere>;
  /** Return Organisations where some of the related OrganisationPeopleConnections match this filter */
  some?: InputMaybe<OrganisationPeopleConnectionWhere>;
};

export type OrganisationPeopleConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PersonSort>;
};

export type OrganisationPeopleConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationPeopleConnectionWhere>>;
  NOT?: InputMaybe<OrganisationPeopleConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationPeopleConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type OrganisationPeopleNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationPeopleNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationPeopleNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationPeopleNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationPeopleRelationship = {
  __typename?: 'OrganisationPeopleRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: Fact;
};

export type OrganisationPersonPeopleAggregateSelection = {
  __typename?: 'OrganisationPersonPeopleAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationPersonPeopleEdgeAggregateSelection>;
  node?: Maybe<OrganisationPersonPeopleNodeAggregateSelection>;
};

export type OrganisationPersonPeopleEdgeAggregateSelection = {
  __typename?: 'OrganisationPersonPeopleEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationPersonPeopleNodeAggregateSelection = {
  __typename?: 'OrganisationPersonPeopleNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationPracticeAppliesAggregateSelection = {
  __typename?: 'OrganisationPracticeAppliesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationPracticeAppliesEdgeAggregateSelection>;
  node?: Maybe<OrganisationPracticeAppliesNodeAggregateSelection>;
};

export type OrganisationPracticeAppliesEdgeAggregateSelection = {
  __typename?: 'OrganisationPracticeAppliesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationPracticeAppliesNodeAggregateSelection = {
  __typename?: 'OrganisationPracticeAppliesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationPracticeDevelopedAggregateSelection = {
  __typename?: 'OrganisationPracticeDevelopedAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationPracticeDevelopedEdgeAggregateSelection>;
  node?: Maybe<OrganisationPracticeDevelopedNodeAggregateSelection>;
};

export type OrganisationPracticeDevelopedEdgeAggregateSelection = {
  __typename?: 'OrganisationPracticeDevelopedEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationPracticeDevelopedNodeAggregateSelection = {
  __typename?: 'OrganisationPracticeDevelopedNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationPracticeFundsPracticesAggregateSelection = {
  __typename?: 'OrganisationPracticeFundsPracticesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationPracticeFundsPracticesEdgeAggregateSelection>;
  node?: Maybe<OrganisationPracticeFundsPracticesNodeAggregateSelection>;
};

export type OrganisationPracticeFundsPracticesEdgeAggregateSelection = {
  __typename?: 'OrganisationPracticeFundsPracticesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationPracticeFundsPracticesNodeAggregateSelection = {
  __typename?: 'OrganisationPracticeFundsPracticesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationPracticePartnerInPracticesAggregateSelection = {
  __typename?: 'OrganisationPracticePartnerInPracticesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationPracticePartnerInPracticesEdgeAggregateSelection>;
  node?: Maybe<OrganisationPracticePartnerInPracticesNodeAggregateSelection>;
};

export type OrganisationPracticePartnerInPracticesEdgeAggregateSelection = {
  __typename?: 'OrganisationPracticePartnerInPracticesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationPracticePartnerInPracticesNodeAggregateSelection = {
  __typename?: 'OrganisationPracticePartnerInPracticesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationRegionLocatedInAggregateSelection = {
  __typename?: 'OrganisationRegionLocatedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationRegionLocatedInEdgeAggregateSelection>;
  node?: Maybe<OrganisationRegionLocatedInNodeAggregateSelection>;
};

export type OrganisationRegionLocatedInEdgeAggregateSelection = {
  __typename?: 'OrganisationRegionLocatedInEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationRegionLocatedInNodeAggregateSelection = {
  __typename?: 'OrganisationRegionLocatedInNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrganisationRelationshipFilters = {
  /** Filter type where all of the related Organisations match this filter */
  all?: InputMaybe<OrganisationWhere>;
  /** Filter type where none of the related Organisations match this filter */
  none?: InputMaybe<OrganisationWhere>;
  /** Filter type where one of the related Organisations match this filter */
  single?: InputMaybe<OrganisationWhere>;
  /** Filter type where some of the related Organisations match this filter */
  some?: InputMaybe<OrganisationWhere>;
};

export type OrganisationRunsConnection = {
  __typename?: 'OrganisationRunsConnection';
  aggregate: OrganisationNetworkRunsAggregateSelection;
  edges: Array<OrganisationRunsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationRunsConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationRunsConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationRunsConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationRunsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationRunsNodeAggregationWhereInput>;
};

export type OrganisationRunsConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationRunsConnections */
  aggregate?: InputMaybe<OrganisationRunsConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationRunsConnections match this filter */
  all?: InputMaybe<OrganisationRunsConnectionWhere>;
  /** Return Organisations where none of the related OrganisationRunsConnections match this filter */
  none?: InputMaybe<OrganisationRunsConnectionWhere>;
  /** Return Organisations where one of the related OrganisationRunsConnections match this filter */
  single?: InputMaybe<OrganisationRunsConnectionWhere>;
  /** Return Organisations where some of the related OrganisationRunsConnections match this filter */
  some?: InputMaybe<OrganisationRunsConnectionWhere>;
};

export type OrganisationRunsConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type OrganisationRunsConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationRunsConnectionWhere>>;
  NOT?: InputMaybe<OrganisationRunsConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationRunsConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type OrganisationRunsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationRunsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationRunsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationRunsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationRunsRelationship = {
  __typename?: 'OrganisationRunsRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

/** Fields to sort Organisations by. The order in which sorts are applied is not guaranteed when specifying many fields in one OrganisationSort object. */
export type OrganisationSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
};

export type OrganisationThemeThemesAggregateSelection = {
  __typename?: 'OrganisationThemeThemesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrganisationThemeThemesEdgeAggregateSelection>;
  node?: Maybe<OrganisationThemeThemesNodeAggregateSelection>;
};

export type OrganisationThemeThemesEdgeAggregateSelection = {
  __typename?: 'OrganisationThemeThemesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type OrganisationThemeThemesNodeAggregateSelection = {
  __typename?: 'OrganisationThemeThemesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type OrganisationThemesConnection = {
  __typename?: 'OrganisationThemesConnection';
  aggregate: OrganisationThemeThemesAggregateSelection;
  edges: Array<OrganisationThemesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationThemesConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganisationThemesConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganisationThemesConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganisationThemesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<OrganisationThemesNodeAggregationWhereInput>;
};

export type OrganisationThemesConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationThemesConnections */
  aggregate?: InputMaybe<OrganisationThemesConnectionAggregateInput>;
  /** Return Organisations where all of the related OrganisationThemesConnections match this filter */
  all?: InputMaybe<OrganisationThemesConnectionWhere>;
  /** Return Organisations where none of the related OrganisationThemesConnections match this filter */
  none?: InputMaybe<OrganisationThemesConnectionWhere>;
  /** Return Organisations where one of the related OrganisationThemesConnections match this filter */
  single?: InputMaybe<OrganisationThemesConnectionWhere>;
  /** Return Organisations where some of the related OrganisationThemesConnections match this filter */
  some?: InputMaybe<OrganisationThemesConnectionWhere>;
};

export type OrganisationThemesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<ThemeSort>;
};

export type OrganisationThemesConnectionWhere = {
  AND?: InputMaybe<Array<OrganisationThemesConnectionWhere>>;
  NOT?: InputMaybe<OrganisationThemesConnectionWhere>;
  OR?: InputMaybe<Array<OrganisationThemesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<ThemeWhere>;
};

export type OrganisationThemesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganisationThemesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganisationThemesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganisationThemesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganisationThemesRelationship = {
  __typename?: 'OrganisationThemesRelationship';
  cursor: Scalars['String']['output'];
  node: Theme;
  properties: Fact;
};

export type OrganisationWhere = {
  AND?: InputMaybe<Array<OrganisationWhere>>;
  NOT?: InputMaybe<OrganisationWhere>;
  OR?: InputMaybe<Array<OrganisationWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  applies?: InputMaybe<PracticeRelationshipFilters>;
  appliesConnection?: InputMaybe<OrganisationAppliesConnectionFilters>;
  cooperatedWithBy?: InputMaybe<OrganisationRelationshipFilters>;
  cooperatedWithByConnection?: InputMaybe<OrganisationCooperatedWithByConnectionFilters>;
  cooperatesWith?: InputMaybe<OrganisationRelationshipFilters>;
  cooperatesWithConnection?: InputMaybe<OrganisationCooperatesWithConnectionFilters>;
  description?: InputMaybe<StringScalarFilters>;
  developed?: InputMaybe<PracticeRelationshipFilters>;
  developedConnection?: InputMaybe<OrganisationDevelopedConnectionFilters>;
  fundsNetworks?: InputMaybe<NetworkRelationshipFilters>;
  fundsNetworksConnection?: InputMaybe<OrganisationFundsNetworksConnectionFilters>;
  fundsPractices?: InputMaybe<PracticeRelationshipFilters>;
  fundsPracticesConnection?: InputMaybe<OrganisationFundsPracticesConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<OrganisationKindEnumScalarFilters>;
  locatedIn?: InputMaybe<RegionRelationshipFilters>;
  locatedInConnection?: InputMaybe<OrganisationLocatedInConnectionFilters>;
  memberOf?: InputMaybe<NetworkRelationshipFilters>;
  memberOfConnection?: InputMaybe<OrganisationMemberOfConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  partnerInNetworks?: InputMaybe<NetworkRelationshipFilters>;
  partnerInNetworksConnection?: InputMaybe<OrganisationPartnerInNetworksConnectionFilters>;
  partnerInPractices?: InputMaybe<PracticeRelationshipFilters>;
  partnerInPracticesConnection?: InputMaybe<OrganisationPartnerInPracticesConnectionFilters>;
  people?: InputMaybe<PersonRelationshipFilters>;
  peopleConnection?: InputMaybe<OrganisationPeopleConnectionFilters>;
  runs?: InputMaybe<NetworkRelationshipFilters>;
  runsConnection?: InputMaybe<OrganisationRunsConnectionFilters>;
  themes?: InputMaybe<ThemeRelationshipFilters>;
  themesConnection?: InputMaybe<OrganisationThemesConnectionFilters>;
  type?: InputMaybe<EntityTypeEnumScalarFilters>;
};

export type OrganisationsConnection = {
  __typename?: 'OrganisationsConnection';
  aggregate: OrganisationAggregate;
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An organisation that works on a theme, and how. */
export type PartnerOnTheme = {
  __typename?: 'PartnerOnTheme';
  /** The evidence of its direct focus on the theme and of the links through the networks and practices in `via`. */
  evidence: Array<Evidence>;
  organisation: Organisation;
  /** The regions the organisation is in, directly or through the networks it belongs to. */
  regions: Array<Region>;
  /** The first `viaLimit` of those networks and practices, by id (empty when it works on the theme directly only). */
  via: Array<Entity>;
  /** How many networks and practices connect it to the theme; partners are ranked on this. */
  viaCount: Scalars['Int']['output'];
};

export type PeopleConnection = {
  __typename?: 'PeopleConnection';
  aggregate: PersonAggregate;
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A person named in the sources, with the roles they hold. */
export type Person = Entity & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  networks: Array<Network>;
  networksConnection: PersonNetworksConnection;
  practices: Array<Practice>;
  practicesConnection: PersonPracticesConnection;
  roles: Array<Scalars['String']['output']>;
  type: EntityType;
  worksAt: Array<Organisation>;
  worksAtConnection: PersonWorksAtConnection;
};


/** A person named in the sources, with the roles they hold. */
export type PersonNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A person named in the sources, with the roles they hold. */
export type PersonNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonNetworksConnectionSort>>;
  where?: InputMaybe<PersonNetworksConnectionWhere>;
};


/** A person named in the sources, with the roles they hold. */
export type PersonPracticesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** A person named in the sources, with the roles they hold. */
export type PersonPracticesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonPracticesConnectionSort>>;
  where?: InputMaybe<PersonPracticesConnectionWhere>;
};


/** A person named in the sources, with the roles they hold. */
export type PersonWorksAtArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A person named in the sources, with the roles they hold. */
export type PersonWorksAtConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonWorksAtConnectionSort>>;
  where?: InputMaybe<PersonWorksAtConnectionWhere>;
};

export type PersonAggregate = {
  __typename?: 'PersonAggregate';
  count: Count;
  node: PersonAggregateNode;
};

export type PersonAggregateNode = {
  __typename?: 'PersonAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonNetworkNetworksAggregateSelection = {
  __typename?: 'PersonNetworkNetworksAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PersonNetworkNetworksEdgeAggregateSelection>;
  node?: Maybe<PersonNetworkNetworksNodeAggregateSelection>;
};

export type PersonNetworkNetworksEdgeAggregateSelection = {
  __typename?: 'PersonNetworkNetworksEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PersonNetworkNetworksNodeAggregateSelection = {
  __typename?: 'PersonNetworkNetworksNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonNetworksConnection = {
  __typename?: 'PersonNetworksConnection';
  aggregate: PersonNetworkNetworksAggregateSelection;
  edges: Array<PersonNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PersonNetworksNodeAggregationWhereInput>;
};

export type PersonNetworksConnectionFilters = {
  /** Filter People by aggregating results on related PersonNetworksConnections */
  aggregate?: InputMaybe<PersonNetworksConnectionAggregateInput>;
  /** Return People where all of the related PersonNetworksConnections match this filter */
  all?: InputMaybe<PersonNetworksConnectionWhere>;
  /** Return People where none of the related PersonNetworksConnections match this filter */
  none?: InputMaybe<PersonNetworksConnectionWhere>;
  /** Return People where one of the related PersonNetworksConnections match this filter */
  single?: InputMaybe<PersonNetworksConnectionWhere>;
  /** Return People where some of the related PersonNetworksConnections match this filter */
  some?: InputMaybe<PersonNetworksConnectionWhere>;
};

export type PersonNetworksConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type PersonNetworksConnectionWhere = {
  AND?: InputMaybe<Array<PersonNetworksConnectionWhere>>;
  NOT?: InputMaybe<PersonNetworksConnectionWhere>;
  OR?: InputMaybe<Array<PersonNetworksConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type PersonNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonNetworksNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonNetworksRelationship = {
  __typename?: 'PersonNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type PersonOrganisationWorksAtAggregateSelection = {
  __typename?: 'PersonOrganisationWorksAtAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PersonOrganisationWorksAtEdgeAggregateSelection>;
  node?: Maybe<PersonOrganisationWorksAtNodeAggregateSelection>;
};

export type PersonOrganisationWorksAtEdgeAggregateSelection = {
  __typename?: 'PersonOrganisationWorksAtEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PersonOrganisationWorksAtNodeAggregateSelection = {
  __typename?: 'PersonOrganisationWorksAtNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonPracticePracticesAggregateSelection = {
  __typename?: 'PersonPracticePracticesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PersonPracticePracticesEdgeAggregateSelection>;
  node?: Maybe<PersonPracticePracticesNodeAggregateSelection>;
};

export type PersonPracticePracticesEdgeAggregateSelection = {
  __typename?: 'PersonPracticePracticesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PersonPracticePracticesNodeAggregateSelection = {
  __typename?: 'PersonPracticePracticesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonPracticesConnection = {
  __typename?: 'PersonPracticesConnection';
  aggregate: PersonPracticePracticesAggregateSelection;
  edges: Array<PersonPracticesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonPracticesConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonPracticesConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonPracticesConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonPracticesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PersonPracticesNodeAggregationWhereInput>;
};

export type PersonPracticesConnectionFilters = {
  /** Filter People by aggregating results on related PersonPracticesConnections */
  aggregate?: InputMaybe<PersonPracticesConnectionAggregateInput>;
  /** Return People where all of the related PersonPracticesConnections match this filter */
  all?: InputMaybe<PersonPracticesConnectionWhere>;
  /** Return People where none of the related PersonPracticesConnections match this filter */
  none?: InputMaybe<PersonPracticesConnectionWhere>;
  /** Return People where one of the related PersonPracticesConnections match this filter */
  single?: InputMaybe<PersonPracticesConnectionWhere>;
  /** Return People where some of the related PersonPracticesConnections match this filter */
  some?: InputMaybe<PersonPracticesConnectionWhere>;
};

export type PersonPracticesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type PersonPracticesConnectionWhere = {
  AND?: InputMaybe<Array<PersonPracticesConnectionWhere>>;
  NOT?: InputMaybe<PersonPracticesConnectionWhere>;
  OR?: InputMaybe<Array<PersonPracticesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type PersonPracticesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonPracticesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonPracticesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonPracticesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonPracticesRelationship = {
  __typename?: 'PersonPracticesRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type PersonRelationshipFilters = {
  /** Filter type where all of the related People match this filter */
  all?: InputMaybe<PersonWhere>;
  /** Filter type where none of the related People match this filter */
  none?: InputMaybe<PersonWhere>;
  /** Filter type where one of the related People match this filter */
  single?: InputMaybe<PersonWhere>;
  /** Filter type where some of the related People match this filter */
  some?: InputMaybe<PersonWhere>;
};

/** Fields to sort People by. The order in which sorts are applied is not guaranteed when specifying many fields in one PersonSort object. */
export type PersonSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
};

export type PersonWhere = {
  AND?: InputMaybe<Array<PersonWhere>>;
  NOT?: InputMaybe<PersonWhere>;
  OR?: InputMaybe<Array<PersonWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  description?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  networks?: InputMaybe<NetworkRelationshipFilters>;
  networksConnection?: InputMaybe<PersonNetworksConnectionFilters>;
  practices?: InputMaybe<PracticeRelationshipFilters>;
  practicesConnection?: InputMaybe<PersonPracticesConnectionFilters>;
  roles?: InputMaybe<StringListFilters>;
  type?: InputMaybe<EntityTypeEnumScalarFilters>;
  worksAt?: InputMaybe<OrganisationRelationshipFilters>;
  worksAtConnection?: InputMaybe<PersonWorksAtConnectionFilters>;
};

export type PersonWorksAtConnection = {
  __typename?: 'PersonWorksAtConnection';
  aggregate: PersonOrganisationWorksAtAggregateSelection;
  edges: Array<PersonWorksAtRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonWorksAtConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonWorksAtConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonWorksAtConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonWorksAtConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PersonWorksAtNodeAggregationWhereInput>;
};

export type PersonWorksAtConnectionFilters = {
  /** Filter People by aggregating results on related PersonWorksAtConnections */
  aggregate?: InputMaybe<PersonWorksAtConnectionAggregateInput>;
  /** Return People where all of the related PersonWorksAtConnections match this filter */
  all?: InputMaybe<PersonWorksAtConnectionWhere>;
  /** Return People where none of the related PersonWorksAtConnections match this filter */
  none?: InputMaybe<PersonWorksAtConnectionWhere>;
  /** Return People where one of the related PersonWorksAtConnections match this filter */
  single?: InputMaybe<PersonWorksAtConnectionWhere>;
  /** Return People where some of the related PersonWorksAtConnections match this filter */
  some?: InputMaybe<PersonWorksAtConnectionWhere>;
};

export type PersonWorksAtConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type PersonWorksAtConnectionWhere = {
  AND?: InputMaybe<Array<PersonWorksAtConnectionWhere>>;
  NOT?: InputMaybe<PersonWorksAtConnectionWhere>;
  OR?: InputMaybe<Array<PersonWorksAtConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type PersonWorksAtNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonWorksAtNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonWorksAtNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonWorksAtNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonWorksAtRelationship = {
  __typename?: 'PersonWorksAtRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

/** A best practice: a method, intervention, training, tool or guide. */
export type Practice = Entity & {
  __typename?: 'Practice';
  aliases: Array<Scalars['String']['output']>;
  appliedBy: Array<Organisation>;
  appliedByConnection: PracticeAppliedByConnection;
  derivatives: Array<Practice>;
  derivativesConnection: PracticeDerivativesConnection;
  derivedFrom: Array<Practice>;
  derivedFromConnection: PracticeDerivedFromConnection;
  description?: Maybe<Scalars['String']['output']>;
  developedBy: Array<Organisation>;
  developedByConnection: PracticeDevelopedByConnection;
  /** Consortia and cooperating bodies (networks) that developed it, e.g. a regional consortium's blueprint. */
  developedByNetworks: Array<Network>;
  developedByNetworksConnection: PracticeDevelopedByNetworksConnection;
  fundedBy: Array<Organisation>;
  fundedByConnection: PracticeFundedByConnection;
  id: Scalars['ID']['output'];
  kind?: Maybe<PracticeKind>;
  name: Scalars['String']['output'];
  networks: Array<Network>;
  networksConnection: PracticeNetworksConnection;
  /** Organisations the practice arranges cooperation with (the Blueprint's Veilig Thuis), neither its developers nor its users. */
  partners: Array<Organisation>;
  partnersConnection: PracticePartnersConnection;
  people: Array<Person>;
  peopleConnection: PracticePeopleConnection;
  themes: Array<Theme>;
  themesConnection: PracticeThemesConnection;
  type: EntityType;
  /** The series this one is a volume of (one of the Wegwijzers), rather than derived from it. */
  volumeOf: Array<Practice>;
  volumeOfConnection: PracticeVolumeOfConnection;
  volumes: Array<Practice>;
  volumesConnection: PracticeVolumesConnection;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeAppliedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeAppliedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeAppliedByConnectionSort>>;
  where?: InputMaybe<PracticeAppliedByConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeDerivativesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeDerivativesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeDerivativesConnectionSort>>;
  where?: InputMaybe<PracticeDerivativesConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeDerivedFromArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeDerivedFromConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeDerivedFromConnectionSort>>;
  where?: InputMaybe<PracticeDerivedFromConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeDevelopedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeDevelopedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeDevelopedByConnectionSort>>;
  where?: InputMaybe<PracticeDevelopedByConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeDevelopedByNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeDevelopedByNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeDevelopedByNetworksConnectionSort>>;
  where?: InputMaybe<PracticeDevelopedByNetworksConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeFundedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeFundedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeFundedByConnectionSort>>;
  where?: InputMaybe<PracticeFundedByConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeNetworksConnectionSort>>;
  where?: InputMaybe<PracticeNetworksConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticePartnersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticePartnersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticePartnersConnectionSort>>;
  where?: InputMaybe<PracticePartnersConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticePeopleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticePeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticePeopleConnectionSort>>;
  where?: InputMaybe<PracticePeopleConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeThemesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeSort>>;
  where?: InputMaybe<ThemeWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeThemesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeThemesConnectionSort>>;
  where?: InputMaybe<PracticeThemesConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeVolumeOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeVolumeOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeVolumeOfConnectionSort>>;
  where?: InputMaybe<PracticeVolumeOfConnectionWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeVolumesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** A best practice: a method, intervention, training, tool or guide. */
export type PracticeVolumesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeVolumesConnectionSort>>;
  where?: InputMaybe<PracticeVolumesConnectionWhere>;
};

export type PracticeAggregate = {
  __typename?: 'PracticeAggregate';
  count: Count;
  node: PracticeAggregateNode;
};

export type PracticeAggregateNode = {
  __typename?: 'PracticeAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticeAppliedByConnection = {
  __typename?: 'PracticeAppliedByConnection';
  aggregate: PracticeOrganisationAppliedByAggregateSelection;
  edges: Array<PracticeAppliedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeAppliedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeAppliedByConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeAppliedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeAppliedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeAppliedByNodeAggregationWhereInput>;
};

export type PracticeAppliedByConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeAppliedByConnections */
  aggregate?: InputMaybe<PracticeAppliedByConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeAppliedByConnections match this filter */
  all?: InputMaybe<PracticeAppliedByConnectionWhere>;
  /** Return Practices where none of the related PracticeAppliedByConnections match this filter */
  none?: InputMaybe<PracticeAppliedByConnectionWhere>;
  /** Return Practices where one of the related PracticeAppliedByConnections match this filter */
  single?: InputMaybe<PracticeAppliedByConnectionWhere>;
  /** Return Practices where some of the related PracticeAppliedByConnections match this filter */
  some?: InputMaybe<PracticeAppliedByConnectionWhere>;
};

export type PracticeAppliedByConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type PracticeAppliedByConnectionWhere = {
  AND?: InputMaybe<Array<PracticeAppliedByConnectionWhere>>;
  NOT?: InputMaybe<PracticeAppliedByConnectionWhere>;
  OR?: InputMaybe<Array<PracticeAppliedByConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type PracticeAppliedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeAppliedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeAppliedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeAppliedByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeAppliedByRelationship = {
  __typename?: 'PracticeAppliedByRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type PracticeDerivativesConnection = {
  __typename?: 'PracticeDerivativesConnection';
  aggregate: PracticePracticeDerivativesAggregateSelection;
  edges: Array<PracticeDerivativesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeDerivativesConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeDerivativesConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeDerivativesConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeDerivativesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeDerivativesNodeAggregationWhereInput>;
};

export type PracticeDerivativesConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeDerivativesConnections */
  aggregate?: InputMaybe<PracticeDerivativesConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeDerivativesConnections match this filter */
  all?: InputMaybe<PracticeDerivativesConnectionWhere>;
  /** Return Practices where none of the related PracticeDerivativesConnections match this filter */
  none?: InputMaybe<PracticeDerivativesConnectionWhere>;
  /** Return Practices where one of the related PracticeDerivativesConnections match this filter */
  single?: InputMaybe<PracticeDerivativesConnectionWhere>;
  /** Return Practices where some of the related PracticeDerivativesConnections match this filter */
  some?: InputMaybe<PracticeDerivativesConnectionWhere>;
};

export type PracticeDerivativesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type PracticeDerivativesConnectionWhere = {
  AND?: InputMaybe<Array<PracticeDerivativesConnectionWhere>>;
  NOT?: InputMaybe<PracticeDerivativesConnectionWhere>;
  OR?: InputMaybe<Array<PracticeDerivativesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type PracticeDerivativesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeDerivativesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeDerivativesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeDerivativesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeDerivativesRelationship = {
  __typename?: 'PracticeDerivativesRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type PracticeDerivedFromConnection = {
  __typename?: 'PracticeDerivedFromConnection';
  aggregate: PracticePracticeDerivedFromAggregateSelection;
  edges: Array<PracticeDerivedFromRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeDerivedFromConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeDerivedFromConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeDerivedFromConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeDerivedFromConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeDerivedFromNodeAggregationWhereInput>;
};

export type PracticeDerivedFromConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeDerivedFromConnections */
  aggregate?: InputMaybe<PracticeDerivedFromConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeDerivedFromConnections match this filter */
  all?: InputMaybe<PracticeDerivedFromConnectionWhere>;
  /** Return Practices where none of the related PracticeDerivedFromConnections match this filter */
  none?: InputMaybe<PracticeDerivedFromConnectionWhere>;
  /** Return Practices where one of the related PracticeDerivedFromConnections match this filter */
  single?: InputMaybe<PracticeDerivedFromConnectionWhere>;
  /** Return Practices where some of the related PracticeDerivedFromConnections match this filter */
  some?: InputMaybe<PracticeDerivedFromConnectionWhere>;
};

export type PracticeDerivedFromConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type PracticeDerivedFromConnectionWhere = {
  AND?: InputMaybe<Array<PracticeDerivedFromConnectionWhere>>;
  NOT?: InputMaybe<PracticeDerivedFromConnectionWhere>;
  OR?: InputMaybe<Array<PracticeDerivedFromConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type PracticeDerivedFromNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeDerivedFromNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeDerivedFromNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeDerivedFromNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeDerivedFromRelationship = {
  __typename?: 'PracticeDerivedFromRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type PracticeDevelopedByConnection = {
  __typename?: 'PracticeDevelopedByConnection';
  aggregate: PracticeOrganisationDevelopedByAggregateSelection;
  edges: Array<PracticeDevelopedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeDevelopedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeDevelopedByConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeDevelopedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeDevelopedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeDevelopedByNodeAggregationWhereInput>;
};

export type PracticeDevelopedByConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeDevelopedByConnections */
  aggregate?: InputMaybe<PracticeDevelopedByConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeDevelopedByConnections match this filter */
  all?: InputMaybe<PracticeDevelopedByConnectionWhere>;
  /** Return Practices where none of the related PracticeDevelopedByConnections match this filter */
  none?: InputMaybe<PracticeDevelopedByConnectionWhere>;
  /** Return Practices where one of the related PracticeDevelopedByConnections match this filter */
  single?: InputMaybe<PracticeDevelopedByConnectionWhere>;
  /** Return Practices where some of the related PracticeDevelopedByConnections match this filter */
  some?: InputMaybe<PracticeDevelopedByConnectionWhere>;
};

export type PracticeDevelopedByConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type PracticeDevelopedByConnectionWhere = {
  AND?: InputMaybe<Array<PracticeDevelopedByConnectionWhere>>;
  NOT?: InputMaybe<PracticeDevelopedByConnectionWhere>;
  OR?: InputMaybe<Array<PracticeDevelopedByConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type PracticeDevelopedByNetworksConnection = {
  __typename?: 'PracticeDevelopedByNetworksConnection';
  aggregate: PracticeNetworkDevelopedByNetworksAggregateSelection;
  edges: Array<PracticeDevelopedByNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeDevelopedByNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeDevelopedByNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeDevelopedByNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeDevelopedByNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeDevelopedByNetworksNodeAggregationWhereInput>;
};

export type PracticeDevelopedByNetworksConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeDevelopedByNetworksConnections */
  aggregate?: InputMaybe<PracticeDevelopedByNetworksConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeDevelopedByNetworksConnections match this filter */
  all?: InputMaybe<PracticeDevelopedByNetworksConnectionWhere>;
  /** Return Practices where none of the related PracticeDevelopedByNetworksConnections match this filter */
  none?: InputMaybe<PracticeDevelopedByNetworksConnectionWhere>;
  /** Return Practices where one of the related PracticeDevelopedByNetworksConnections match this filter */
  single?: InputMaybe<PracticeDevelopedByNetworksConnectionWhere>;
  /** Return Practices where some of the related PracticeDevelopedByNetworksConnections match this filter */
  some?: InputMaybe<PracticeDevelopedByNetworksConnectionWhere>;
};

export type PracticeDevelopedByNetworksConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type PracticeDevelopedByNetworksConnectionWhere = {
  AND?: InputMaybe<Array<PracticeDevelopedByNetworksConnectionWhere>>;
  NOT?: InputMaybe<PracticeDevelopedByNetworksConnectionWhere>;
  OR?: InputMaybe<Array<PracticeDevelopedByNetworksConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type PracticeDevelopedByNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeDevelopedByNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeDevelopedByNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeDevelopedByNetworksNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeDevelopedByNetworksRelationship = {
  __typename?: 'PracticeDevelopedByNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type PracticeDevelopedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeDevelopedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeDevelopedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeDevelopedByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeDevelopedByRelationship = {
  __typename?: 'PracticeDevelopedByRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type PracticeEdge = {
  __typename?: 'PracticeEdge';
  cursor: Scalars['String']['output'];
  node: Practice;
};

export type PracticeFundedByConnection = {
  __typename?: 'PracticeFundedByConnection';
  aggregate: PracticeOrganisationFundedByAggregateSelection;
  edges: Array<PracticeFundedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeFundedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeFundedByConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeFundedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeFundedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeFundedByNodeAggregationWhereInput>;
};

export type PracticeFundedByConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeFundedByConnections */
  aggregate?: InputMaybe<PracticeFundedByConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeFundedByConnections match this filter */
  all?: InputMaybe<PracticeFundedByConnectionWhere>;
  /** Return Practices where none of the related PracticeFundedByConnections match this filter */
  none?: InputMaybe<PracticeFundedByConnectionWhere>;
  /** Return Practices where one of the related PracticeFundedByConnections match this filter */
  single?: InputMaybe<PracticeFundedByConnectionWhere>;
  /** Return Practices where some of the related PracticeFundedByConnections match this filter */
  some?: InputMaybe<PracticeFundedByConnectionWhere>;
};

export type PracticeFundedByConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type PracticeFundedByConnectionWhere = {
  AND?: InputMaybe<Array<PracticeFundedByConnectionWhere>>;
  NOT?: InputMaybe<PracticeFundedByConnectionWhere>;
  OR?: InputMaybe<Array<PracticeFundedByConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type PracticeFundedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeFundedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeFundedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeFundedByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeFundedByRelationship = {
  __typename?: 'PracticeFundedByRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type PracticeKind =
  | 'GUIDE'
  | 'INTERVENTION'
  | 'METHOD'
  | 'OTHER'
  | 'TOOL'
  | 'TRAINING';

/** PracticeKind filters */
export type PracticeKindEnumScalarFilters = {
  eq?: InputMaybe<PracticeKind>;
  in?: InputMaybe<Array<PracticeKind>>;
};

export type PracticeNetworkDevelopedByNetworksAggregateSelection = {
  __typename?: 'PracticeNetworkDevelopedByNetworksAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticeNetworkDevelopedByNetworksEdgeAggregateSelection>;
  node?: Maybe<PracticeNetworkDevelopedByNetworksNodeAggregateSelection>;
};

export type PracticeNetworkDevelopedByNetworksEdgeAggregateSelection = {
  __typename?: 'PracticeNetworkDevelopedByNetworksEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticeNetworkDevelopedByNetworksNodeAggregateSelection = {
  __typename?: 'PracticeNetworkDevelopedByNetworksNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticeNetworkNetworksAggregateSelection = {
  __typename?: 'PracticeNetworkNetworksAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticeNetworkNetworksEdgeAggregateSelection>;
  node?: Maybe<PracticeNetworkNetworksNodeAggregateSelection>;
};

export type PracticeNetworkNetworksEdgeAggregateSelection = {
  __typename?: 'PracticeNetworkNetworksEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticeNetworkNetworksNodeAggregateSelection = {
  __typename?: 'PracticeNetworkNetworksNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticeNetworksConnection = {
  __typename?: 'PracticeNetworksConnection';
  aggregate: PracticeNetworkNetworksAggregateSelection;
  edges: Array<PracticeNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeNetworksNodeAggregationWhereInput>;
};

export type PracticeNetworksConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeNetworksConnections */
  aggregate?: InputMaybe<PracticeNetworksConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeNetworksConnections match this filter */
  all?: InputMaybe<PracticeNetworksConnectionWhere>;
  /** Return Practices where none of the related PracticeNetworksConnections match this filter */
  none?: InputMaybe<PracticeNetworksConnectionWhere>;
  /** Return Practices where one of the related PracticeNetworksConnections match this filter */
  single?: InputMaybe<PracticeNetworksConnectionWhere>;
  /** Return Practices where some of the related PracticeNetworksConnections match this filter */
  some?: InputMaybe<PracticeNetworksConnectionWhere>;
};

export type PracticeNetworksConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type PracticeNetworksConnectionWhere = {
  AND?: InputMaybe<Array<PracticeNetworksConnectionWhere>>;
  NOT?: InputMaybe<PracticeNetworksConnectionWhere>;
  OR?: InputMaybe<Array<PracticeNetworksConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type PracticeNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeNetworksNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeNetworksRelationship = {
  __typename?: 'PracticeNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type PracticeOrganisationAppliedByAggregateSelection = {
  __typename?: 'PracticeOrganisationAppliedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticeOrganisationAppliedByEdgeAggregateSelection>;
  node?: Maybe<PracticeOrganisationAppliedByNodeAggregateSelection>;
};

export type PracticeOrganisationAppliedByEdgeAggregateSelection = {
  __typename?: 'PracticeOrganisationAppliedByEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticeOrganisationAppliedByNodeAggregateSelection = {
  __typename?: 'PracticeOrganisationAppliedByNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticeOrganisationDevelopedByAggregateSelection = {
  __typename?: 'PracticeOrganisationDevelopedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticeOrganisationDevelopedByEdgeAggregateSelection>;
  node?: Maybe<PracticeOrganisationDevelopedByNodeAggregateSelection>;
};

export type PracticeOrganisationDevelopedByEdgeAggregateSelection = {
  __typename?: 'PracticeOrganisationDevelopedByEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticeOrganisationDevelopedByNodeAggregateSelection = {
  __typename?: 'PracticeOrganisationDevelopedByNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticeOrganisationFundedByAggregateSelection = {
  __typename?: 'PracticeOrganisationFundedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticeOrganisationFundedByEdgeAggregateSelection>;
  node?: Maybe<PracticeOrganisationFundedByNodeAggregateSelection>;
};

export type PracticeOrganisationFundedByEdgeAggregateSelection = {
  __typename?: 'PracticeOrganisationFundedByEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticeOrganisationFundedByNodeAggregateSelection = {
  __typename?: 'PracticeOrganisationFundedByNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticeOrganisationPartnersAggregateSelection = {
  __typename?: 'PracticeOrganisationPartnersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticeOrganisationPartnersEdgeAggregateSelection>;
  node?: Maybe<PracticeOrganisationPartnersNodeAggregateSelection>;
};

export type PracticeOrganisationPartnersEdgeAggregateSelection = {
  __typename?: 'PracticeOrganisationPartnersEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticeOrganisationPartnersNodeAggregateSelection = {
  __typename?: 'PracticeOrganisationPartnersNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticePartnersConnection = {
  __typename?: 'PracticePartnersConnection';
  aggregate: PracticeOrganisationPartnersAggregateSelection;
  edges: Array<PracticePartnersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticePartnersConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticePartnersConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticePartnersConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticePartnersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticePartnersNodeAggregationWhereInput>;
};

export type PracticePartnersConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticePartnersConnections */
  aggregate?: InputMaybe<PracticePartnersConnectionAggregateInput>;
  /** Return Practices where all of the related PracticePartnersConnections match this filter */
  all?: InputMaybe<PracticePartnersConnectionWhere>;
  /** Return Practices where none of the related PracticePartnersConnections match this filter */
  none?: InputMaybe<PracticePartnersConnectionWhere>;
  /** Return Practices where one of the related PracticePartnersConnections match this filter */
  single?: InputMaybe<PracticePartnersConnectionWhere>;
  /** Return Practices where some of the related PracticePartnersConnections match this filter */
  some?: InputMaybe<PracticePartnersConnectionWhere>;
};

export type PracticePartnersConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type PracticePartnersConnectionWhere = {
  AND?: InputMaybe<Array<PracticePartnersConnectionWhere>>;
  NOT?: InputMaybe<PracticePartnersConnectionWhere>;
  OR?: InputMaybe<Array<PracticePartnersConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type PracticePartnersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticePartnersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticePartnersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticePartnersNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticePartnersRelationship = {
  __typename?: 'PracticePartnersRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type PracticePeopleConnection = {
  __typename?: 'PracticePeopleConnection';
  aggregate: PracticePersonPeopleAggregateSelection;
  edges: Array<PracticePeopleRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticePeopleConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticePeopleConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticePeopleConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticePeopleConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticePeopleNodeAggregationWhereInput>;
};

export type PracticePeopleConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticePeopleConnections */
  aggregate?: InputMaybe<PracticePeopleConnectionAggregateInput>;
  /** Return Practices where all of the related PracticePeopleConnections match this filter */
  all?: InputMaybe<PracticePeopleConnectionWhere>;
  /** Return Practices where none of the related PracticePeopleConnections match this filter */
  none?: InputMaybe<PracticePeopleConnectionWhere>;
  /** Return Practices where one of the related PracticePeopleConnections match this filter */
  single?: InputMaybe<PracticePeopleConnectionWhere>;
  /** Return Practices where some of the related PracticePeopleConnections match this filter */
  some?: InputMaybe<PracticePeopleConnectionWhere>;
};

export type PracticePeopleConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PersonSort>;
};

export type PracticePeopleConnectionWhere = {
  AND?: InputMaybe<Array<PracticePeopleConnectionWhere>>;
  NOT?: InputMaybe<PracticePeopleConnectionWhere>;
  OR?: InputMaybe<Array<PracticePeopleConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type PracticePeopleNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticePeopleNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticePeopleNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticePeopleNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticePeopleRelationship = {
  __typename?: 'PracticePeopleRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: Fact;
};

export type PracticePersonPeopleAggregateSelection = {
  __typename?: 'PracticePersonPeopleAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticePersonPeopleEdgeAggregateSelection>;
  node?: Maybe<PracticePersonPeopleNodeAggregateSelection>;
};

export type PracticePersonPeopleEdgeAggregateSelection = {
  __typename?: 'PracticePersonPeopleEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticePersonPeopleNodeAggregateSelection = {
  __typename?: 'PracticePersonPeopleNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticePracticeDerivativesAggregateSelection = {
  __typename?: 'PracticePracticeDerivativesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticePracticeDerivativesEdgeAggregateSelection>;
  node?: Maybe<PracticePracticeDerivativesNodeAggregateSelection>;
};

export type PracticePracticeDerivativesEdgeAggregateSelection = {
  __typename?: 'PracticePracticeDerivativesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticePracticeDerivativesNodeAggregateSelection = {
  __typename?: 'PracticePracticeDerivativesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticePracticeDerivedFromAggregateSelection = {
  __typename?: 'PracticePracticeDerivedFromAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticePracticeDerivedFromEdgeAggregateSelection>;
  node?: Maybe<PracticePracticeDerivedFromNodeAggregateSelection>;
};

export type PracticePracticeDerivedFromEdgeAggregateSelection = {
  __typename?: 'PracticePracticeDerivedFromEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticePracticeDerivedFromNodeAggregateSelection = {
  __typename?: 'PracticePracticeDerivedFromNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticePracticeVolumeOfAggregateSelection = {
  __typename?: 'PracticePracticeVolumeOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticePracticeVolumeOfEdgeAggregateSelection>;
  node?: Maybe<PracticePracticeVolumeOfNodeAggregateSelection>;
};

export type PracticePracticeVolumeOfEdgeAggregateSelection = {
  __typename?: 'PracticePracticeVolumeOfEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticePracticeVolumeOfNodeAggregateSelection = {
  __typename?: 'PracticePracticeVolumeOfNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticePracticeVolumesAggregateSelection = {
  __typename?: 'PracticePracticeVolumesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticePracticeVolumesEdgeAggregateSelection>;
  node?: Maybe<PracticePracticeVolumesNodeAggregateSelection>;
};

export type PracticePracticeVolumesEdgeAggregateSelection = {
  __typename?: 'PracticePracticeVolumesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticePracticeVolumesNodeAggregateSelection = {
  __typename?: 'PracticePracticeVolumesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PracticeRelationshipFilters = {
  /** Filter type where all of the related Practices match this filter */
  all?: InputMaybe<PracticeWhere>;
  /** Filter type where none of the related Practices match this filter */
  none?: InputMaybe<PracticeWhere>;
  /** Filter type where one of the related Practices match this filter */
  single?: InputMaybe<PracticeWhere>;
  /** Filter type where some of the related Practices match this filter */
  some?: InputMaybe<PracticeWhere>;
};

/** Fields to sort Practices by. The order in which sorts are applied is not guaranteed when specifying many fields in one PracticeSort object. */
export type PracticeSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
};

export type PracticeThemeThemesAggregateSelection = {
  __typename?: 'PracticeThemeThemesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PracticeThemeThemesEdgeAggregateSelection>;
  node?: Maybe<PracticeThemeThemesNodeAggregateSelection>;
};

export type PracticeThemeThemesEdgeAggregateSelection = {
  __typename?: 'PracticeThemeThemesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type PracticeThemeThemesNodeAggregateSelection = {
  __typename?: 'PracticeThemeThemesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type PracticeThemesConnection = {
  __typename?: 'PracticeThemesConnection';
  aggregate: PracticeThemeThemesAggregateSelection;
  edges: Array<PracticeThemesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeThemesConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeThemesConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeThemesConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeThemesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeThemesNodeAggregationWhereInput>;
};

export type PracticeThemesConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeThemesConnections */
  aggregate?: InputMaybe<PracticeThemesConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeThemesConnections match this filter */
  all?: InputMaybe<PracticeThemesConnectionWhere>;
  /** Return Practices where none of the related PracticeThemesConnections match this filter */
  none?: InputMaybe<PracticeThemesConnectionWhere>;
  /** Return Practices where one of the related PracticeThemesConnections match this filter */
  single?: InputMaybe<PracticeThemesConnectionWhere>;
  /** Return Practices where some of the related PracticeThemesConnections match this filter */
  some?: InputMaybe<PracticeThemesConnectionWhere>;
};

export type PracticeThemesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<ThemeSort>;
};

export type PracticeThemesConnectionWhere = {
  AND?: InputMaybe<Array<PracticeThemesConnectionWhere>>;
  NOT?: InputMaybe<PracticeThemesConnectionWhere>;
  OR?: InputMaybe<Array<PracticeThemesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<ThemeWhere>;
};

export type PracticeThemesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeThemesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeThemesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeThemesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeThemesRelationship = {
  __typename?: 'PracticeThemesRelationship';
  cursor: Scalars['String']['output'];
  node: Theme;
  properties: Fact;
};

export type PracticeVolumeOfConnection = {
  __typename?: 'PracticeVolumeOfConnection';
  aggregate: PracticePracticeVolumeOfAggregateSelection;
  edges: Array<PracticeVolumeOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeVolumeOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeVolumeOfConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeVolumeOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeVolumeOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeVolumeOfNodeAggregationWhereInput>;
};

export type PracticeVolumeOfConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeVolumeOfConnections */
  aggregate?: InputMaybe<PracticeVolumeOfConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeVolumeOfConnections match this filter */
  all?: InputMaybe<PracticeVolumeOfConnectionWhere>;
  /** Return Practices where none of the related PracticeVolumeOfConnections match this filter */
  none?: InputMaybe<PracticeVolumeOfConnectionWhere>;
  /** Return Practices where one of the related PracticeVolumeOfConnections match this filter */
  single?: InputMaybe<PracticeVolumeOfConnectionWhere>;
  /** Return Practices where some of the related PracticeVolumeOfConnections match this filter */
  some?: InputMaybe<PracticeVolumeOfConnectionWhere>;
};

export type PracticeVolumeOfConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type PracticeVolumeOfConnectionWhere = {
  AND?: InputMaybe<Array<PracticeVolumeOfConnectionWhere>>;
  NOT?: InputMaybe<PracticeVolumeOfConnectionWhere>;
  OR?: InputMaybe<Array<PracticeVolumeOfConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type PracticeVolumeOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeVolumeOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeVolumeOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeVolumeOfNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeVolumeOfRelationship = {
  __typename?: 'PracticeVolumeOfRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type PracticeVolumesConnection = {
  __typename?: 'PracticeVolumesConnection';
  aggregate: PracticePracticeVolumesAggregateSelection;
  edges: Array<PracticeVolumesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeVolumesConnectionAggregateInput = {
  AND?: InputMaybe<Array<PracticeVolumesConnectionAggregateInput>>;
  NOT?: InputMaybe<PracticeVolumesConnectionAggregateInput>;
  OR?: InputMaybe<Array<PracticeVolumesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<PracticeVolumesNodeAggregationWhereInput>;
};

export type PracticeVolumesConnectionFilters = {
  /** Filter Practices by aggregating results on related PracticeVolumesConnections */
  aggregate?: InputMaybe<PracticeVolumesConnectionAggregateInput>;
  /** Return Practices where all of the related PracticeVolumesConnections match this filter */
  all?: InputMaybe<PracticeVolumesConnectionWhere>;
  /** Return Practices where none of the related PracticeVolumesConnections match this filter */
  none?: InputMaybe<PracticeVolumesConnectionWhere>;
  /** Return Practices where one of the related PracticeVolumesConnections match this filter */
  single?: InputMaybe<PracticeVolumesConnectionWhere>;
  /** Return Practices where some of the related PracticeVolumesConnections match this filter */
  some?: InputMaybe<PracticeVolumesConnectionWhere>;
};

export type PracticeVolumesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type PracticeVolumesConnectionWhere = {
  AND?: InputMaybe<Array<PracticeVolumesConnectionWhere>>;
  NOT?: InputMaybe<PracticeVolumesConnectionWhere>;
  OR?: InputMaybe<Array<PracticeVolumesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type PracticeVolumesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PracticeVolumesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PracticeVolumesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PracticeVolumesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PracticeVolumesRelationship = {
  __typename?: 'PracticeVolumesRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type PracticeWhere = {
  AND?: InputMaybe<Array<PracticeWhere>>;
  NOT?: InputMaybe<PracticeWhere>;
  OR?: InputMaybe<Array<PracticeWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  appliedBy?: InputMaybe<OrganisationRelationshipFilters>;
  appliedByConnection?: InputMaybe<PracticeAppliedByConnectionFilters>;
  derivatives?: InputMaybe<PracticeRelationshipFilters>;
  derivativesConnection?: InputMaybe<PracticeDerivativesConnectionFilters>;
  derivedFrom?: InputMaybe<PracticeRelationshipFilters>;
  derivedFromConnection?: InputMaybe<PracticeDerivedFromConnectionFilters>;
  description?: InputMaybe<StringScalarFilters>;
  developedBy?: InputMaybe<OrganisationRelationshipFilters>;
  developedByConnection?: InputMaybe<PracticeDevelopedByConnectionFilters>;
  developedByNetworks?: InputMaybe<NetworkRelationshipFilters>;
  developedByNetworksConnection?: InputMaybe<PracticeDevelopedByNetworksConnectionFilters>;
  fundedBy?: InputMaybe<OrganisationRelationshipFilters>;
  fundedByConnection?: InputMaybe<PracticeFundedByConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<PracticeKindEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  networks?: InputMaybe<NetworkRelationshipFilters>;
  networksConnection?: InputMaybe<PracticeNetworksConnectionFilters>;
  partners?: InputMaybe<OrganisationRelationshipFilters>;
  partnersConnection?: InputMaybe<PracticePartnersConnectionFilters>;
  people?: InputMaybe<PersonRelationshipFilters>;
  peopleConnection?: InputMaybe<PracticePeopleConnectionFilters>;
  themes?: InputMaybe<ThemeRelationshipFilters>;
  themesConnection?: InputMaybe<PracticeThemesConnectionFilters>;
  type?: InputMaybe<EntityTypeEnumScalarFilters>;
  volumeOf?: InputMaybe<PracticeRelationshipFilters>;
  volumeOfConnection?: InputMaybe<PracticeVolumeOfConnectionFilters>;
  volumes?: InputMaybe<PracticeRelationshipFilters>;
  volumesConnection?: InputMaybe<PracticeVolumesConnectionFilters>;
};

export type PracticesConnection = {
  __typename?: 'PracticesConnection';
  aggregate: PracticeAggregate;
  edges: Array<PracticeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every revision in commit order, from `since` (ISO 8601) or after the cursor `after` (`first` 1 to 100). */
  changes: RevisionPage;
  /**
   * The shortest path between two nodes, or null when there is none within `maxHops` (1 to 10); of
   * equally short paths, the first by node ids. The path follows only the model's relationships. Its
   * inner nodes are people, organisations, networks and practices; only when no such path exists within
   * `maxHops` may they be themes and regions too (a broad theme or a region joins almost anything).
   * `via` names the types inner nodes may have instead (no fallback then; the ends may be of any type);
   * `avoid` names up to 100 nodes no path passes through.
   */
  connection?: Maybe<GraphPath>;
  entities: Array<Entity>;
  entitiesConnection: EntitiesConnection;
  /** Any node by id. */
  entity?: Maybe<Entity>;
  /**
   * Counts grouped by any of theme, region, type and kind in one call, for dashboards (like OpenAlex's
   * `group_by`). A bucket is one key per dimension of `groupBy` (1 to 4 different dimensions, in that
   * order), and counts the distinct practices, organisations and networks that have every key: each
   * entity once per bucket, and in as many buckets as it has keys (a practice on two themes counts
   * under both). An entity works on themes and is placed in regions as ThemeCoverage says; REGION
   * rolls each placement up the region tree to its regions of kind `regionLevel` (a placement above
   * that level, or in a branch without one, has no REGION key). An entity without a key on a grouped
   * dimension (no theme, no region at that level, no kind) is in no bucket. `filter` narrows the
   * entities, themes and regions counted (see FacetFilter). Buckets come by count, highest first, then
   * by the keys' names; at most `limit` (1 to 1000).
   */
  facets: Facets;
  /**
   * Themes worked on elsewhere but not in `region` (an id, a Dutch or English name or an alias): no
   * practice, organisation or network there or in its sub-regions works on it (themeCoverage(region)
   * has no row for it). Each comes with the `nearest` (1 to 10) regions, by PART_OF hops through a
   * common larger region and then name, where something placed in that region itself works on the
   * theme, and what: the first `perRegion` (0 to 50) practices, organisations and networks of each, by
   * name, with their counts. By theme name.
   */
  gaps: Array<Gap>;
  /** The revisions that touched an entity, its relationships or quotes citing it, newest first (`first` 1 to 100). */
  history: RevisionPage;
  /** The nodes and edges around a node, for graph views. `depth` 1 to 3; `limit` caps the nodes (1 to 1000). */
  neighbourhood: Subgraph;
  networks: Array<Network>;
  networksConnection: NetworksConnection;
  organisations: Array<Organisation>;
  organisationsConnection: OrganisationsConnection;
  /**
   * Organisations that work on a theme: directly, through a network they are a member of, or through
   * a practice they developed or apply. `theme`, `region` and `excludeRegion` take an id, a Dutch or
   * English name or an alias; a region includes its sub-regions. Ranked by `viaCount`, then name;
   * `limit` 1 to 1000 partners, `viaLimit` 0 to 1000 networks and practices shown per partner.
   */
  partnersOnTheme: Array<PartnerOnTheme>;
  /**
   * The `k` (1 to 10) shortest distinct paths between two nodes, as `connection` finds them (the same
   * `maxHops`, `via`, `avoid` and fallback), by length, then node ids; fewer when fewer exist. Two paths
   * are distinct when their nodes differ; where two nodes are joined by relationships of several types,
   * a path shows the first type by name.
   */
  paths: Array<GraphPath>;
  people: Array<Person>;
  peopleConnection: PeopleConnection;
  practices: Array<Practice>;
  practicesConnection: PracticesConnection;
  regions: Array<Region>;
  regionsConnection: RegionsConnection;
  /** One revision with its changes. */
  revision?: Maybe<Revision>;
  /**
   * Type-ahead over names, English names and aliases: tolerant of case, accents, a half-typed last
   * word, word endings and typos. Things whose names the text stands for come first (the whole name,
   * then its beginning, then its words), at most `limit` (1 to 100). Descriptions are searched when
   * no name matches, or, with `descriptions: true`, fill what names leave of `limit`.
   */
  search: Array<SearchHit>;
  /** Practices in other networks that resemble this one through shared themes, networks and organisations. */
  similarPractices: Array<SimilarPractice>;
  /** A source's current text, for editors (the role `editor`): public readers see a quote's context only, as the sources' licences allow. */
  sourceDocument?: Maybe<SourceDocument>;
  sources: Array<Source>;
  sourcesConnection: SourcesConnection;
  /** Relationships whose quote their source's current text no longer contains (`limit` 1 to 1000). */
  staleEvidence: Array<StaleEvidence>;
  /** Candidate facts in a source's text (`limit` 1 to 500), best first. Editors only: it reads the source's whole text. How well it does: README, "Suggested facts". */
  suggestFacts: FactSuggestions;
  /**
   * Per region and theme: how many practices, organisations and networks work on the theme there (see
   * ThemeCoverage for what each count counts). `region` (an id, a Dutch or English name or an alias)
   * limits it to one region; without it, every region. A region's sub-regions roll up into it. Only
   * pairs with at least one count above zero are listed: a theme nobody in the region works on, and a
   * region where nothing counts, are left out rather than shown as zeros. Evidence marked inferred
   * counts like stated evidence; the region tree (Region PART_OF Region) mostly rests on reference
   * knowledge (basis REFERENCE: a municipality in its province), which counts too.
   */
  themeCoverage: Array<ThemeCoverage>;
  themes: Array<Theme>;
  themesConnection: ThemesConnection;
  /** The asker, from the request's token; null without one (a token the API refuses is UNAUTHENTICATED). */
  viewer?: Maybe<Viewer>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConnectionArgs = {
  avoid?: InputMaybe<Array<Scalars['ID']['input']>>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  via?: InputMaybe<Array<EntityType>>;
};


export type QueryEntitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type QueryEntitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFacetsArgs = {
  filter?: InputMaybe<FacetFilter>;
  groupBy: Array<FacetDimension>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  regionLevel?: InputMaybe<RegionKind>;
};


export type QueryGapsArgs = {
  nearest?: InputMaybe<Scalars['Int']['input']>;
  perRegion?: InputMaybe<Scalars['Int']['input']>;
  region: Scalars['String']['input'];
};


export type QueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


export type QueryNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


export type QueryOrganisationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


export type QueryOrganisationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


export type QueryPartnersOnThemeArgs = {
  excludeRegion?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  theme: Scalars['String']['input'];
  viaLimit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  avoid?: InputMaybe<Array<Scalars['ID']['input']>>;
  from: Scalars['ID']['input'];
  k?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  via?: InputMaybe<Array<EntityType>>;
};


export type QueryPeopleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPracticesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


export type QueryPracticesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


export type QueryRegionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionSort>>;
  where?: InputMaybe<RegionWhere>;
};


export type QueryRegionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionSort>>;
  where?: InputMaybe<RegionWhere>;
};


export type QueryRevisionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  descriptions?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QuerySimilarPracticesArgs = {
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySourceDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


export type QuerySourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


export type QueryStaleEvidenceArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySuggestFactsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  source: Scalars['ID']['input'];
};


export type QueryThemeCoverageArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryThemesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeSort>>;
  where?: InputMaybe<ThemeWhere>;
};


export type QueryThemesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeSort>>;
  where?: InputMaybe<ThemeWhere>;
};

/** The text either side of a quote in its source. */
export type QuoteContext = {
  __typename?: 'QuoteContext';
  after: Scalars['String']['output'];
  before: Scalars['String']['output'];
};

export type RefersInput = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A country, province, youth-care region, municipality or neighbourhood. */
export type Region = Entity & {
  __typename?: 'Region';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: RegionKind;
  name: Scalars['String']['output'];
  networks: Array<Network>;
  networksConnection: RegionNetworksConnection;
  organisations: Array<Organisation>;
  organisationsConnection: RegionOrganisationsConnection;
  /** The larger regions this one lies in. */
  partOf: Array<Region>;
  partOfConnection: RegionPartOfConnection;
  subRegions: Array<Region>;
  subRegionsConnection: RegionSubRegionsConnection;
  type: EntityType;
};


/** A country, province, youth-care region, municipality or neighbourhood. */
export type RegionNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A country, province, youth-care region, municipality or neighbourhood. */
export type RegionNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionNetworksConnectionSort>>;
  where?: InputMaybe<RegionNetworksConnectionWhere>;
};


/** A country, province, youth-care region, municipality or neighbourhood. */
export type RegionOrganisationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A country, province, youth-care region, municipality or neighbourhood. */
export type RegionOrganisationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionOrganisationsConnectionSort>>;
  where?: InputMaybe<RegionOrganisationsConnectionWhere>;
};


/** A country, province, youth-care region, municipality or neighbourhood. */
export type RegionPartOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionSort>>;
  where?: InputMaybe<RegionWhere>;
};


/** A country, province, youth-care region, municipality or neighbourhood. */
export type RegionPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionPartOfConnectionSort>>;
  where?: InputMaybe<RegionPartOfConnectionWhere>;
};


/** A country, province, youth-care region, municipality or neighbourhood. */
export type RegionSubRegionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionSort>>;
  where?: InputMaybe<RegionWhere>;
};


/** A country, province, youth-care region, municipality or neighbourhood. */
export type RegionSubRegionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RegionSubRegionsConnectionSort>>;
  where?: InputMaybe<RegionSubRegionsConnectionWhere>;
};

export type RegionAggregate = {
  __typename?: 'RegionAggregate';
  count: Count;
  node: RegionAggregateNode;
};

export type RegionAggregateNode = {
  __typename?: 'RegionAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
};

export type RegionKind =
  | 'COUNTRY'
  | 'MUNICIPALITY'
  | 'NEIGHBOURHOOD'
  | 'PROVINCE'
  | 'YOUTH_CARE_REGION';

/** RegionKind filters */
export type RegionKindEnumScalarFilters = {
  eq?: InputMaybe<RegionKind>;
  in?: InputMaybe<Array<RegionKind>>;
};

export type RegionNetworkNetworksAggregateSelection = {
  __typename?: 'RegionNetworkNetworksAggregateSelection';
  count: CountConnection;
  edge?: Maybe<RegionNetworkNetworksEdgeAggregateSelection>;
  node?: Maybe<RegionNetworkNetworksNodeAggregateSelection>;
};

export type RegionNetworkNetworksEdgeAggregateSelection = {
  __typename?: 'RegionNetworkNetworksEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type RegionNetworkNetworksNodeAggregateSelection = {
  __typename?: 'RegionNetworkNetworksNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type RegionNetworksConnection = {
  __typename?: 'RegionNetworksConnection';
  aggregate: RegionNetworkNetworksAggregateSelection;
  edges: Array<RegionNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegionNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<RegionNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<RegionNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<RegionNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<RegionNetworksNodeAggregationWhereInput>;
};

export type RegionNetworksConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionNetworksConnections */
  aggregate?: InputMaybe<RegionNetworksConnectionAggregateInput>;
  /** Return Regions where all of the related RegionNetworksConnections match this filter */
  all?: InputMaybe<RegionNetworksConnectionWhere>;
  /** Return Regions where none of the related RegionNetworksConnections match this filter */
  none?: InputMaybe<RegionNetworksConnectionWhere>;
  /** Return Regions where one of the related RegionNetworksConnections match this filter */
  single?: InputMaybe<RegionNetworksConnectionWhere>;
  /** Return Regions where some of the related RegionNetworksConnections match this filter */
  some?: InputMaybe<RegionNetworksConnectionWhere>;
};

export type RegionNetworksConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type RegionNetworksConnectionWhere = {
  AND?: InputMaybe<Array<RegionNetworksConnectionWhere>>;
  NOT?: InputMaybe<RegionNetworksConnectionWhere>;
  OR?: InputMaybe<Array<RegionNetworksConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type RegionNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RegionNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RegionNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RegionNetworksNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type RegionNetworksRelationship = {
  __typename?: 'RegionNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type RegionOrganisationOrganisationsAggregateSelection = {
  __typename?: 'RegionOrganisationOrganisationsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<RegionOrganisationOrganisationsEdgeAggregateSelection>;
  node?: Maybe<RegionOrganisationOrganisationsNodeAggregateSelection>;
};

export type RegionOrganisationOrganisationsEdgeAggregateSelection = {
  __typename?: 'RegionOrganisationOrganisationsEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type RegionOrganisationOrganisationsNodeAggregateSelection = {
  __typename?: 'RegionOrganisationOrganisationsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type RegionOrganisationsConnection = {
  __typename?: 'RegionOrganisationsConnection';
  aggregate: RegionOrganisationOrganisationsAggregateSelection;
  edges: Array<RegionOrganisationsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegionOrganisationsConnectionAggregateInput = {
  AND?: InputMaybe<Array<RegionOrganisationsConnectionAggregateInput>>;
  NOT?: InputMaybe<RegionOrganisationsConnectionAggregateInput>;
  OR?: InputMaybe<Array<RegionOrganisationsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<RegionOrganisationsNodeAggregationWhereInput>;
};

export type RegionOrganisationsConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionOrganisationsConnections */
  aggregate?: InputMaybe<RegionOrganisationsConnectionAggregateInput>;
  /** Return Regions where all of the related RegionOrganisationsConnections match this filter */
  all?: InputMaybe<RegionOrganisationsConnectionWhere>;
  /** Return Regions where none of the related RegionOrganisationsConnections match this filter */
  none?: InputMaybe<RegionOrganisationsConnectionWhere>;
  /** Return Regions where one of the related RegionOrganisationsConnections match this filter */
  single?: InputMaybe<RegionOrganisationsConnectionWhere>;
  /** Return Regions where some of the related RegionOrganisationsConnections match this filter */
  some?: InputMaybe<RegionOrganisationsConnectionWhere>;
};

export type RegionOrganisationsConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type RegionOrganisationsConnectionWhere = {
  AND?: InputMaybe<Array<RegionOrganisationsConnectionWhere>>;
  NOT?: InputMaybe<RegionOrganisationsConnectionWhere>;
  OR?: InputMaybe<Array<RegionOrganisationsConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type RegionOrganisationsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RegionOrganisationsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RegionOrganisationsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RegionOrganisationsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type RegionOrganisationsRelationship = {
  __typename?: 'RegionOrganisationsRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type RegionPartOfConnection = {
  __typename?: 'RegionPartOfConnection';
  aggregate: RegionRegionPartOfAggregateSelection;
  edges: Array<RegionPartOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegionPartOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<RegionPartOfConnectionAggregateInput>>;
  NOT?: InputMaybe<RegionPartOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<RegionPartOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<RegionPartOfNodeAggregationWhereInput>;
};

export type RegionPartOfConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionPartOfConnections */
  aggregate?: InputMaybe<RegionPartOfConnectionAggregateInput>;
  /** Return Regions where all of the related RegionPartOfConnections match this filter */
  all?: InputMaybe<RegionPartOfConnectionWhere>;
  /** Return Regions where none of the related RegionPartOfConnections match this filter */
  none?: InputMaybe<RegionPartOfConnectionWhere>;
  /** Return Regions where one of the related RegionPartOfConnections match this filter */
  single?: InputMaybe<RegionPartOfConnectionWhere>;
  /** Return Regions where some of the related RegionPartOfConnections match this filter */
  some?: InputMaybe<RegionPartOfConnectionWhere>;
};

export type RegionPartOfConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<RegionSort>;
};

export type RegionPartOfConnectionWhere = {
  AND?: InputMaybe<Array<RegionPartOfConnectionWhere>>;
  NOT?: InputMaybe<RegionPartOfConnectionWhere>;
  OR?: InputMaybe<Array<RegionPartOfConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<RegionWhere>;
};

export type RegionPartOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RegionPartOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RegionPartOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RegionPartOfNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type RegionPartOfRelationship = {
  __typename?: 'RegionPartOfRelationship';
  cursor: Scalars['String']['output'];
  node: Region;
  properties: Fact;
};

export type RegionRegionPartOfAggregateSelection = {
  __typename?: 'RegionRegionPartOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<RegionRegionPartOfEdgeAggregateSelection>;
  node?: Maybe<RegionRegionPartOfNodeAggregateSelection>;
};

export type RegionRegionPartOfEdgeAggregateSelection = {
  __typename?: 'RegionRegionPartOfEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type RegionRegionPartOfNodeAggregateSelection = {
  __typename?: 'RegionRegionPartOfNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type RegionRegionSubRegionsAggregateSelection = {
  __typename?: 'RegionRegionSubRegionsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<RegionRegionSubRegionsEdgeAggregateSelection>;
  node?: Maybe<RegionRegionSubRegionsNodeAggregateSelection>;
};

export type RegionRegionSubRegionsEdgeAggregateSelection = {
  __typename?: 'RegionRegionSubRegionsEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type RegionRegionSubRegionsNodeAggregateSelection = {
  __typename?: 'RegionRegionSubRegionsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type RegionRelationshipFilters = {
  /** Filter type where all of the related Regions match this filter */
  all?: InputMaybe<RegionWhere>;
  /** Filter type where none of the related Regions match this filter */
  none?: InputMaybe<RegionWhere>;
  /** Filter type where one of the related Regions match this filter */
  single?: InputMaybe<RegionWhere>;
  /** Filter type where some of the related Regions match this filter */
  some?: InputMaybe<RegionWhere>;
};

/** Fields to sort Regions by. The order in which sorts are applied is not guaranteed when specifying many fields in one RegionSort object. */
export type RegionSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
};

export type RegionSubRegionsConnection = {
  __typename?: 'RegionSubRegionsConnection';
  aggregate: RegionRegionSubRegionsAggregateSelection;
  edges: Array<RegionSubRegionsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegionSubRegionsConnectionAggregateInput = {
  AND?: InputMaybe<Array<RegionSubRegionsConnectionAggregateInput>>;
  NOT?: InputMaybe<RegionSubRegionsConnectionAggregateInput>;
  OR?: InputMaybe<Array<RegionSubRegionsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<RegionSubRegionsNodeAggregationWhereInput>;
};

export type RegionSubRegionsConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionSubRegionsConnections */
  aggregate?: InputMaybe<RegionSubRegionsConnectionAggregateInput>;
  /** Return Regions where all of the related RegionSubRegionsConnections match this filter */
  all?: InputMaybe<RegionSubRegionsConnectionWhere>;
  /** Return Regions where none of the related RegionSubRegionsConnections match this filter */
  none?: InputMaybe<RegionSubRegionsConnectionWhere>;
  /** Return Regions where one of the related RegionSubRegionsConnections match this filter */
  single?: InputMaybe<RegionSubRegionsConnectionWhere>;
  /** Return Regions where some of the related RegionSubRegionsConnections match this filter */
  some?: InputMaybe<RegionSubRegionsConnectionWhere>;
};

export type RegionSubRegionsConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<RegionSort>;
};

export type RegionSubRegionsConnectionWhere = {
  AND?: InputMaybe<Array<RegionSubRegionsConnectionWhere>>;
  NOT?: InputMaybe<RegionSubRegionsConnectionWhere>;
  OR?: InputMaybe<Array<RegionSubRegionsConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<RegionWhere>;
};

export type RegionSubRegionsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RegionSubRegionsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RegionSubRegionsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RegionSubRegionsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type RegionSubRegionsRelationship = {
  __typename?: 'RegionSubRegionsRelationship';
  cursor: Scalars['String']['output'];
  node: Region;
  properties: Fact;
};

export type RegionWhere = {
  AND?: InputMaybe<Array<RegionWhere>>;
  NOT?: InputMaybe<RegionWhere>;
  OR?: InputMaybe<Array<RegionWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  description?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<RegionKindEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  networks?: InputMaybe<NetworkRelationshipFilters>;
  networksConnection?: InputMaybe<RegionNetworksConnectionFilters>;
  organisations?: InputMaybe<OrganisationRelationshipFilters>;
  organisationsConnection?: InputMaybe<RegionOrganisationsConnectionFilters>;
  partOf?: InputMaybe<RegionRelationshipFilters>;
  partOfConnection?: InputMaybe<RegionPartOfConnectionFilters>;
  subRegions?: InputMaybe<RegionRelationshipFilters>;
  subRegionsConnection?: InputMaybe<RegionSubRegionsConnectionFilters>;
  type?: InputMaybe<EntityTypeEnumScalarFilters>;
};

export type RegionsConnection = {
  __typename?: 'RegionsConnection';
  aggregate: RegionAggregate;
  edges: Array<RegionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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

/** One change to the graph, from any door (an editor's mutation, a seed load, a source's revision, a revert). */
export type Revision = {
  __typename?: 'Revision';
  /** When it was committed (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  author: Author;
  changes: Array<ItemChange>;
  comment?: Maybe<Scalars['String']['output']>;
  /** Revisions are numbered in the order they were committed; the latest one is the graph's version. */
  id: Scalars['ID']['output'];
  /** The mutation (or `seed`) that made it. */
  operation: Scalars['String']['output'];
  /** The revision this one undid, for a revert. */
  reverts?: Maybe<Scalars['ID']['output']>;
  /** One readable line, e.g. `link: linked mijn-pad ADDRESSES normaliseren (source …)`. */
  summary: Scalars['String']['output'];
};

export type RevisionPage = {
  __typename?: 'RevisionPage';
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More revisions follow: pass `endCursor` as `after`. */
  hasMore: Scalars['Boolean']['output'];
  revisions: Array<Revision>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** Relevance; higher is better. Comparable only within one search. */
  score: Scalars['Float']['output'];
};

export type SimilarPractice = {
  __typename?: 'SimilarPractice';
  practice: Practice;
  /** Weighted overlap: shared themes and networks count more than shared organisations. */
  score: Scalars['Float']['output'];
  /** The themes, networks and organisations both practices share. */
  shared: Array<Entity>;
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

/** A source document; every relationship's `Fact.source` names one. */
export type Source = Entity & {
  __typename?: 'Source';
  aliases: Array<Scalars['String']['output']>;
  /** The version of the document's text the graph holds: the SHA-256 of its stored form. The text itself is kept for verifying quotes and is served only as the context of a quote. */
  contentHash?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The source id: the document's file name without `.txt`. */
  id: Scalars['ID']['output'];
  /** The document's language, a BCP 47 tag such as `nl` or `en`. */
  language: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Publication date as the text gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: EntityType;
  /** Where the document can be read, when known. */
  url?: Maybe<Scalars['String']['output']>;
};

export type SourceAggregate = {
  __typename?: 'SourceAggregate';
  count: Count;
  node: SourceAggregateNode;
};

export type SourceAggregateNode = {
  __typename?: 'SourceAggregateNode';
  contentHash: StringAggregateSelection;
  description: StringAggregateSelection;
  language: StringAggregateSelection;
  name: StringAggregateSelection;
  published: StringAggregateSelection;
  publisher: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

/** A source's current text, for an editor citing it. */
export type SourceDocument = {
  __typename?: 'SourceDocument';
  source: Source;
  /** The text as the graph holds it (normalised: NFC, `\n` line endings); quotes are verified against it. */
  text: Scalars['String']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

/** A source document: its fields, and its full text (quotes are verified against it). */
export type SourceInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional: derived from the title and the text when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The document's language, a BCP 47 tag such as `nl` or `en`. */
  language?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Publication date as the text gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The document's full text (normalised to NFC with \n line endings). */
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the document can be read, when known. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SourceRevisionResult = {
  __typename?: 'SourceRevisionResult';
  revision?: Maybe<Revision>;
  source: Source;
  /** Quotes it no longer contains, now marked stale. */
  stale: Scalars['Int']['output'];
  /** Quotes citing the source that the new text still contains (their places were updated). */
  stillFound: Scalars['Int']['output'];
};

/** Fields to sort Sources by. The order in which sorts are applied is not guaranteed when specifying many fields in one SourceSort object. */
export type SourceSort = {
  contentHash?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  language?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  published?: InputMaybe<SortDirection>;
  publisher?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type SourceWhere = {
  AND?: InputMaybe<Array<SourceWhere>>;
  NOT?: InputMaybe<SourceWhere>;
  OR?: InputMaybe<Array<SourceWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  contentHash?: InputMaybe<StringScalarFilters>;
  description?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  language?: InputMaybe<StringScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  published?: InputMaybe<StringScalarFilters>;
  publisher?: InputMaybe<StringScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
  type?: InputMaybe<EntityTypeEnumScalarFilters>;
  url?: InputMaybe<StringScalarFilters>;
};

export type SourcesConnection = {
  __typename?: 'SourcesConnection';
  aggregate: SourceAggregate;
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Evidence whose quote a revision of its source no longer contains. */
export type StaleEvidence = {
  __typename?: 'StaleEvidence';
  evidence: Evidence;
  from: Entity;
  /** The sentence of the source's current text most like the old quote, to cite again in its place; null when the text has none alike. */
  nearestSentence?: Maybe<Scalars['String']['output']>;
  to: Entity;
  type: Scalars['String']['output'];
};

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest?: Maybe<Scalars['String']['output']>;
  shortest?: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: InputMaybe<FloatScalarFilters>;
  longestLength?: InputMaybe<IntScalarFilters>;
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<Entity>;
  /** True when `limit` cut nodes off. */
  truncated: Scalars['Boolean']['output'];
};

/** An end of a suggested fact: an entity the graph has, or a new one to create first. */
export type SuggestedEnd = {
  __typename?: 'SuggestedEnd';
  /** The entity's id; for a new one, the id the model's id rule gives its name (createEntity's `id`). */
  id: Scalars['ID']['output'];
  /** Not in the graph yet: createEntity(type, id, fields: { name, kind }) before link. */
  isNew: Scalars['Boolean']['output'];
  /** For a new organisation, the kind its name suggests (createEntity needs one); null otherwise. */
  kind?: Maybe<Scalars['String']['output']>;
  /** The words of the quote that stand for it. */
  mention: Scalars['String']['output'];
  /** Its name in the graph; for a new one, the name as the text writes it. */
  name: Scalars['String']['output'];
  type: EntityType;
};

/** A relationship a source's text seems to state, with what `link` needs to record it. */
export type SuggestedFact = {
  __typename?: 'SuggestedFact';
  /** What triggered it: the cue words, the words standing for an end, the pattern that proposed a new end. */
  because: Array<Scalars['String']['output']>;
  /** 0 to 1: higher when a cue word says the type, when the model allows only one type for the pair, when both ends are named. */
  confidence: Scalars['Float']['output'];
  from: SuggestedEnd;
  /** The sentence (or a heading or sentence and the one after it) that states it: exactly the source's text from `quoteStart` to `quoteEnd`, so link's verification finds it. */
  quote: Scalars['String']['output'];
  quoteEnd: Scalars['Int']['output'];
  quoteStart: Scalars['Int']['output'];
  /** Set when the quote does not name an end by name, alias or id: pass it as link's `evidence.refers`. */
  refers?: Maybe<SuggestedRefers>;
  /** Other sources that already state this relationship. Relationships this source already states are not suggested. */
  statedBy: Array<Scalars['ID']['output']>;
  to: SuggestedEnd;
  /** In the model's direction: link(from, type, to). */
  type: RelationshipType;
};

/** Words of a quote that stand for an end it does not name (link's `evidence.refers`). */
export type SuggestedRefers = {
  __typename?: 'SuggestedRefers';
  from?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
};

/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type Theme = Entity & {
  __typename?: 'Theme';
  aliases: Array<Scalars['String']['output']>;
  broader: Array<Theme>;
  broaderConnection: ThemeBroaderConnection;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  narrower: Array<Theme>;
  narrowerConnection: ThemeNarrowerConnection;
  networks: Array<Network>;
  networksConnection: ThemeNetworksConnection;
  organisations: Array<Organisation>;
  organisationsConnection: ThemeOrganisationsConnection;
  practices: Array<Practice>;
  practicesConnection: ThemePracticesConnection;
  /** Themes that overlap with this one without being broader or narrower (SKOS related), where a text relates them. */
  related: Array<Theme>;
  relatedConnection: ThemeRelatedConnection;
  relatedFrom: Array<Theme>;
  relatedFromConnection: ThemeRelatedFromConnection;
  type: EntityType;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeBroaderArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeSort>>;
  where?: InputMaybe<ThemeWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeBroaderConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeBroaderConnectionSort>>;
  where?: InputMaybe<ThemeBroaderConnectionWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeNarrowerArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeSort>>;
  where?: InputMaybe<ThemeWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeNarrowerConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeNarrowerConnectionSort>>;
  where?: InputMaybe<ThemeNarrowerConnectionWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeNetworksArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NetworkSort>>;
  where?: InputMaybe<NetworkWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeNetworksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeNetworksConnectionSort>>;
  where?: InputMaybe<ThemeNetworksConnectionWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeOrganisationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganisationSort>>;
  where?: InputMaybe<OrganisationWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeOrganisationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeOrganisationsConnectionSort>>;
  where?: InputMaybe<ThemeOrganisationsConnectionWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemePracticesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PracticeSort>>;
  where?: InputMaybe<PracticeWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemePracticesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemePracticesConnectionSort>>;
  where?: InputMaybe<ThemePracticesConnectionWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeRelatedArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeSort>>;
  where?: InputMaybe<ThemeWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeRelatedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeRelatedConnectionSort>>;
  where?: InputMaybe<ThemeRelatedConnectionWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeRelatedFromArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeSort>>;
  where?: InputMaybe<ThemeWhere>;
};


/** A theme the network works on. `name` is Dutch, `nameEn` English. */
export type ThemeRelatedFromConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ThemeRelatedFromConnectionSort>>;
  where?: InputMaybe<ThemeRelatedFromConnectionWhere>;
};

export type ThemeAggregate = {
  __typename?: 'ThemeAggregate';
  count: Count;
  node: ThemeAggregateNode;
};

export type ThemeAggregateNode = {
  __typename?: 'ThemeAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ThemeBroaderConnection = {
  __typename?: 'ThemeBroaderConnection';
  aggregate: ThemeThemeBroaderAggregateSelection;
  edges: Array<ThemeBroaderRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThemeBroaderConnectionAggregateInput = {
  AND?: InputMaybe<Array<ThemeBroaderConnectionAggregateInput>>;
  NOT?: InputMaybe<ThemeBroaderConnectionAggregateInput>;
  OR?: InputMaybe<Array<ThemeBroaderConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<ThemeBroaderNodeAggregationWhereInput>;
};

export type ThemeBroaderConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeBroaderConnections */
  aggregate?: InputMaybe<ThemeBroaderConnectionAggregateInput>;
  /** Return Themes where all of the related ThemeBroaderConnections match this filter */
  all?: InputMaybe<ThemeBroaderConnectionWhere>;
  /** Return Themes where none of the related ThemeBroaderConnections match this filter */
  none?: InputMaybe<ThemeBroaderConnectionWhere>;
  /** Return Themes where one of the related ThemeBroaderConnections match this filter */
  single?: InputMaybe<ThemeBroaderConnectionWhere>;
  /** Return Themes where some of the related ThemeBroaderConnections match this filter */
  some?: InputMaybe<ThemeBroaderConnectionWhere>;
};

export type ThemeBroaderConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<ThemeSort>;
};

export type ThemeBroaderConnectionWhere = {
  AND?: InputMaybe<Array<ThemeBroaderConnectionWhere>>;
  NOT?: InputMaybe<ThemeBroaderConnectionWhere>;
  OR?: InputMaybe<Array<ThemeBroaderConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<ThemeWhere>;
};

export type ThemeBroaderNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ThemeBroaderNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ThemeBroaderNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ThemeBroaderNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ThemeBroaderRelationship = {
  __typename?: 'ThemeBroaderRelationship';
  cursor: Scalars['String']['output'];
  node: Theme;
  properties: Fact;
};

/** How much of the network works on one theme in one region: each count is of distinct entities, the region's sub-regions (PART_OF, any depth) included. */
export type ThemeCoverage = {
  __typename?: 'ThemeCoverage';
  /** Networks that COVER the region and FOCUS_ON the theme. */
  networks: Scalars['Int']['output'];
  /** Organisations LOCATED_IN the region or MEMBER_OF a network that COVERS it, that work on the theme: FOCUSES_ON it, are MEMBER_OF a network that does, or DEVELOPED or APPLY a practice that ADDRESSES it. */
  organisations: Scalars['Int']['output'];
  /** Practices that ADDRESS the theme and are PART_OF, or were DEVELOPED by, a network counted in `networks`' way for the region (whatever theme that network has). */
  practices: Scalars['Int']['output'];
  region: Region;
  theme: Theme;
};

export type ThemeEdge = {
  __typename?: 'ThemeEdge';
  cursor: Scalars['String']['output'];
  node: Theme;
};

export type ThemeNarrowerConnection = {
  __typename?: 'ThemeNarrowerConnection';
  aggregate: ThemeThemeNarrowerAggregateSelection;
  edges: Array<ThemeNarrowerRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThemeNarrowerConnectionAggregateInput = {
  AND?: InputMaybe<Array<ThemeNarrowerConnectionAggregateInput>>;
  NOT?: InputMaybe<ThemeNarrowerConnectionAggregateInput>;
  OR?: InputMaybe<Array<ThemeNarrowerConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<ThemeNarrowerNodeAggregationWhereInput>;
};

export type ThemeNarrowerConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeNarrowerConnections */
  aggregate?: InputMaybe<ThemeNarrowerConnectionAggregateInput>;
  /** Return Themes where all of the related ThemeNarrowerConnections match this filter */
  all?: InputMaybe<ThemeNarrowerConnectionWhere>;
  /** Return Themes where none of the related ThemeNarrowerConnections match this filter */
  none?: InputMaybe<ThemeNarrowerConnectionWhere>;
  /** Return Themes where one of the related ThemeNarrowerConnections match this filter */
  single?: InputMaybe<ThemeNarrowerConnectionWhere>;
  /** Return Themes where some of the related ThemeNarrowerConnections match this filter */
  some?: InputMaybe<ThemeNarrowerConnectionWhere>;
};

export type ThemeNarrowerConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<ThemeSort>;
};

export type ThemeNarrowerConnectionWhere = {
  AND?: InputMaybe<Array<ThemeNarrowerConnectionWhere>>;
  NOT?: InputMaybe<ThemeNarrowerConnectionWhere>;
  OR?: InputMaybe<Array<ThemeNarrowerConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<ThemeWhere>;
};

export type ThemeNarrowerNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ThemeNarrowerNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ThemeNarrowerNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ThemeNarrowerNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ThemeNarrowerRelationship = {
  __typename?: 'ThemeNarrowerRelationship';
  cursor: Scalars['String']['output'];
  node: Theme;
  properties: Fact;
};

export type ThemeNetworkNetworksAggregateSelection = {
  __typename?: 'ThemeNetworkNetworksAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ThemeNetworkNetworksEdgeAggregateSelection>;
  node?: Maybe<ThemeNetworkNetworksNodeAggregateSelection>;
};

export type ThemeNetworkNetworksEdgeAggregateSelection = {
  __typename?: 'ThemeNetworkNetworksEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type ThemeNetworkNetworksNodeAggregateSelection = {
  __typename?: 'ThemeNetworkNetworksNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ThemeNetworksConnection = {
  __typename?: 'ThemeNetworksConnection';
  aggregate: ThemeNetworkNetworksAggregateSelection;
  edges: Array<ThemeNetworksRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThemeNetworksConnectionAggregateInput = {
  AND?: InputMaybe<Array<ThemeNetworksConnectionAggregateInput>>;
  NOT?: InputMaybe<ThemeNetworksConnectionAggregateInput>;
  OR?: InputMaybe<Array<ThemeNetworksConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<ThemeNetworksNodeAggregationWhereInput>;
};

export type ThemeNetworksConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeNetworksConnections */
  aggregate?: InputMaybe<ThemeNetworksConnectionAggregateInput>;
  /** Return Themes where all of the related ThemeNetworksConnections match this filter */
  all?: InputMaybe<ThemeNetworksConnectionWhere>;
  /** Return Themes where none of the related ThemeNetworksConnections match this filter */
  none?: InputMaybe<ThemeNetworksConnectionWhere>;
  /** Return Themes where one of the related ThemeNetworksConnections match this filter */
  single?: InputMaybe<ThemeNetworksConnectionWhere>;
  /** Return Themes where some of the related ThemeNetworksConnections match this filter */
  some?: InputMaybe<ThemeNetworksConnectionWhere>;
};

export type ThemeNetworksConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<NetworkSort>;
};

export type ThemeNetworksConnectionWhere = {
  AND?: InputMaybe<Array<ThemeNetworksConnectionWhere>>;
  NOT?: InputMaybe<ThemeNetworksConnectionWhere>;
  OR?: InputMaybe<Array<ThemeNetworksConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<NetworkWhere>;
};

export type ThemeNetworksNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ThemeNetworksNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ThemeNetworksNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ThemeNetworksNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ThemeNetworksRelationship = {
  __typename?: 'ThemeNetworksRelationship';
  cursor: Scalars['String']['output'];
  node: Network;
  properties: Fact;
};

export type ThemeOrganisationOrganisationsAggregateSelection = {
  __typename?: 'ThemeOrganisationOrganisationsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ThemeOrganisationOrganisationsEdgeAggregateSelection>;
  node?: Maybe<ThemeOrganisationOrganisationsNodeAggregateSelection>;
};

export type ThemeOrganisationOrganisationsEdgeAggregateSelection = {
  __typename?: 'ThemeOrganisationOrganisationsEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type ThemeOrganisationOrganisationsNodeAggregateSelection = {
  __typename?: 'ThemeOrganisationOrganisationsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ThemeOrganisationsConnection = {
  __typename?: 'ThemeOrganisationsConnection';
  aggregate: ThemeOrganisationOrganisationsAggregateSelection;
  edges: Array<ThemeOrganisationsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThemeOrganisationsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ThemeOrganisationsConnectionAggregateInput>>;
  NOT?: InputMaybe<ThemeOrganisationsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ThemeOrganisationsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<ThemeOrganisationsNodeAggregationWhereInput>;
};

export type ThemeOrganisationsConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeOrganisationsConnections */
  aggregate?: InputMaybe<ThemeOrganisationsConnectionAggregateInput>;
  /** Return Themes where all of the related ThemeOrganisationsConnections match this filter */
  all?: InputMaybe<ThemeOrganisationsConnectionWhere>;
  /** Return Themes where none of the related ThemeOrganisationsConnections match this filter */
  none?: InputMaybe<ThemeOrganisationsConnectionWhere>;
  /** Return Themes where one of the related ThemeOrganisationsConnections match this filter */
  single?: InputMaybe<ThemeOrganisationsConnectionWhere>;
  /** Return Themes where some of the related ThemeOrganisationsConnections match this filter */
  some?: InputMaybe<ThemeOrganisationsConnectionWhere>;
};

export type ThemeOrganisationsConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<OrganisationSort>;
};

export type ThemeOrganisationsConnectionWhere = {
  AND?: InputMaybe<Array<ThemeOrganisationsConnectionWhere>>;
  NOT?: InputMaybe<ThemeOrganisationsConnectionWhere>;
  OR?: InputMaybe<Array<ThemeOrganisationsConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<OrganisationWhere>;
};

export type ThemeOrganisationsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ThemeOrganisationsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ThemeOrganisationsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ThemeOrganisationsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ThemeOrganisationsRelationship = {
  __typename?: 'ThemeOrganisationsRelationship';
  cursor: Scalars['String']['output'];
  node: Organisation;
  properties: Fact;
};

export type ThemePracticePracticesAggregateSelection = {
  __typename?: 'ThemePracticePracticesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ThemePracticePracticesEdgeAggregateSelection>;
  node?: Maybe<ThemePracticePracticesNodeAggregateSelection>;
};

export type ThemePracticePracticesEdgeAggregateSelection = {
  __typename?: 'ThemePracticePracticesEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type ThemePracticePracticesNodeAggregateSelection = {
  __typename?: 'ThemePracticePracticesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ThemePracticesConnection = {
  __typename?: 'ThemePracticesConnection';
  aggregate: ThemePracticePracticesAggregateSelection;
  edges: Array<ThemePracticesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThemePracticesConnectionAggregateInput = {
  AND?: InputMaybe<Array<ThemePracticesConnectionAggregateInput>>;
  NOT?: InputMaybe<ThemePracticesConnectionAggregateInput>;
  OR?: InputMaybe<Array<ThemePracticesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<ThemePracticesNodeAggregationWhereInput>;
};

export type ThemePracticesConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemePracticesConnections */
  aggregate?: InputMaybe<ThemePracticesConnectionAggregateInput>;
  /** Return Themes where all of the related ThemePracticesConnections match this filter */
  all?: InputMaybe<ThemePracticesConnectionWhere>;
  /** Return Themes where none of the related ThemePracticesConnections match this filter */
  none?: InputMaybe<ThemePracticesConnectionWhere>;
  /** Return Themes where one of the related ThemePracticesConnections match this filter */
  single?: InputMaybe<ThemePracticesConnectionWhere>;
  /** Return Themes where some of the related ThemePracticesConnections match this filter */
  some?: InputMaybe<ThemePracticesConnectionWhere>;
};

export type ThemePracticesConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<PracticeSort>;
};

export type ThemePracticesConnectionWhere = {
  AND?: InputMaybe<Array<ThemePracticesConnectionWhere>>;
  NOT?: InputMaybe<ThemePracticesConnectionWhere>;
  OR?: InputMaybe<Array<ThemePracticesConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<PracticeWhere>;
};

export type ThemePracticesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ThemePracticesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ThemePracticesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ThemePracticesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ThemePracticesRelationship = {
  __typename?: 'ThemePracticesRelationship';
  cursor: Scalars['String']['output'];
  node: Practice;
  properties: Fact;
};

export type ThemeRelatedConnection = {
  __typename?: 'ThemeRelatedConnection';
  aggregate: ThemeThemeRelatedAggregateSelection;
  edges: Array<ThemeRelatedRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThemeRelatedConnectionAggregateInput = {
  AND?: InputMaybe<Array<ThemeRelatedConnectionAggregateInput>>;
  NOT?: InputMaybe<ThemeRelatedConnectionAggregateInput>;
  OR?: InputMaybe<Array<ThemeRelatedConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<ThemeRelatedNodeAggregationWhereInput>;
};

export type ThemeRelatedConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeRelatedConnections */
  aggregate?: InputMaybe<ThemeRelatedConnectionAggregateInput>;
  /** Return Themes where all of the related ThemeRelatedConnections match this filter */
  all?: InputMaybe<ThemeRelatedConnectionWhere>;
  /** Return Themes where none of the related ThemeRelatedConnections match this filter */
  none?: InputMaybe<ThemeRelatedConnectionWhere>;
  /** Return Themes where one of the related ThemeRelatedConnections match this filter */
  single?: InputMaybe<ThemeRelatedConnectionWhere>;
  /** Return Themes where some of the related ThemeRelatedConnections match this filter */
  some?: InputMaybe<ThemeRelatedConnectionWhere>;
};

export type ThemeRelatedConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<ThemeSort>;
};

export type ThemeRelatedConnectionWhere = {
  AND?: InputMaybe<Array<ThemeRelatedConnectionWhere>>;
  NOT?: InputMaybe<ThemeRelatedConnectionWhere>;
  OR?: InputMaybe<Array<ThemeRelatedConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<ThemeWhere>;
};

export type ThemeRelatedFromConnection = {
  __typename?: 'ThemeRelatedFromConnection';
  aggregate: ThemeThemeRelatedFromAggregateSelection;
  edges: Array<ThemeRelatedFromRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThemeRelatedFromConnectionAggregateInput = {
  AND?: InputMaybe<Array<ThemeRelatedFromConnectionAggregateInput>>;
  NOT?: InputMaybe<ThemeRelatedFromConnectionAggregateInput>;
  OR?: InputMaybe<Array<ThemeRelatedFromConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<FactAggregationWhereInput>;
  node?: InputMaybe<ThemeRelatedFromNodeAggregationWhereInput>;
};

export type ThemeRelatedFromConnectionFilters = {
  /** Filter Themes by aggregating results on related ThemeRelatedFromConnections */
  aggregate?: InputMaybe<ThemeRelatedFromConnectionAggregateInput>;
  /** Return Themes where all of the related ThemeRelatedFromConnections match this filter */
  all?: InputMaybe<ThemeRelatedFromConnectionWhere>;
  /** Return Themes where none of the related ThemeRelatedFromConnections match this filter */
  none?: InputMaybe<ThemeRelatedFromConnectionWhere>;
  /** Return Themes where one of the related ThemeRelatedFromConnections match this filter */
  single?: InputMaybe<ThemeRelatedFromConnectionWhere>;
  /** Return Themes where some of the related ThemeRelatedFromConnections match this filter */
  some?: InputMaybe<ThemeRelatedFromConnectionWhere>;
};

export type ThemeRelatedFromConnectionSort = {
  edge?: InputMaybe<FactSort>;
  node?: InputMaybe<ThemeSort>;
};

export type ThemeRelatedFromConnectionWhere = {
  AND?: InputMaybe<Array<ThemeRelatedFromConnectionWhere>>;
  NOT?: InputMaybe<ThemeRelatedFromConnectionWhere>;
  OR?: InputMaybe<Array<ThemeRelatedFromConnectionWhere>>;
  edge?: InputMaybe<FactWhere>;
  node?: InputMaybe<ThemeWhere>;
};

export type ThemeRelatedFromNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ThemeRelatedFromNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ThemeRelatedFromNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ThemeRelatedFromNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ThemeRelatedFromRelationship = {
  __typename?: 'ThemeRelatedFromRelationship';
  cursor: Scalars['String']['output'];
  node: Theme;
  properties: Fact;
};

export type ThemeRelatedNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ThemeRelatedNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ThemeRelatedNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ThemeRelatedNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ThemeRelatedRelationship = {
  __typename?: 'ThemeRelatedRelationship';
  cursor: Scalars['String']['output'];
  node: Theme;
  properties: Fact;
};

export type ThemeRelationshipFilters = {
  /** Filter type where all of the related Themes match this filter */
  all?: InputMaybe<ThemeWhere>;
  /** Filter type where none of the related Themes match this filter */
  none?: InputMaybe<ThemeWhere>;
  /** Filter type where one of the related Themes match this filter */
  single?: InputMaybe<ThemeWhere>;
  /** Filter type where some of the related Themes match this filter */
  some?: InputMaybe<ThemeWhere>;
};

/** Fields to sort Themes by. The order in which sorts are applied is not guaranteed when specifying many fields in one ThemeSort object. */
export type ThemeSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  nameEn?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
};

export type ThemeThemeBroaderAggregateSelection = {
  __typename?: 'ThemeThemeBroaderAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ThemeThemeBroaderEdgeAggregateSelection>;
  node?: Maybe<ThemeThemeBroaderNodeAggregateSelection>;
};

export type ThemeThemeBroaderEdgeAggregateSelection = {
  __typename?: 'ThemeThemeBroaderEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type ThemeThemeBroaderNodeAggregateSelection = {
  __typename?: 'ThemeThemeBroaderNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ThemeThemeNarrowerAggregateSelection = {
  __typename?: 'ThemeThemeNarrowerAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ThemeThemeNarrowerEdgeAggregateSelection>;
  node?: Maybe<ThemeThemeNarrowerNodeAggregateSelection>;
};

export type ThemeThemeNarrowerEdgeAggregateSelection = {
  __typename?: 'ThemeThemeNarrowerEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type ThemeThemeNarrowerNodeAggregateSelection = {
  __typename?: 'ThemeThemeNarrowerNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ThemeThemeRelatedAggregateSelection = {
  __typename?: 'ThemeThemeRelatedAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ThemeThemeRelatedEdgeAggregateSelection>;
  node?: Maybe<ThemeThemeRelatedNodeAggregateSelection>;
};

export type ThemeThemeRelatedEdgeAggregateSelection = {
  __typename?: 'ThemeThemeRelatedEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type ThemeThemeRelatedFromAggregateSelection = {
  __typename?: 'ThemeThemeRelatedFromAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ThemeThemeRelatedFromEdgeAggregateSelection>;
  node?: Maybe<ThemeThemeRelatedFromNodeAggregateSelection>;
};

export type ThemeThemeRelatedFromEdgeAggregateSelection = {
  __typename?: 'ThemeThemeRelatedFromEdgeAggregateSelection';
  note: StringAggregateSelection;
  quote: StringAggregateSelection;
  quoteEnd: IntAggregateSelection;
  quoteStart: IntAggregateSelection;
  role: StringAggregateSelection;
  sourceVersion: StringAggregateSelection;
};

export type ThemeThemeRelatedFromNodeAggregateSelection = {
  __typename?: 'ThemeThemeRelatedFromNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ThemeThemeRelatedNodeAggregateSelection = {
  __typename?: 'ThemeThemeRelatedNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ThemeWhere = {
  AND?: InputMaybe<Array<ThemeWhere>>;
  NOT?: InputMaybe<ThemeWhere>;
  OR?: InputMaybe<Array<ThemeWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  broader?: InputMaybe<ThemeRelationshipFilters>;
  broaderConnection?: InputMaybe<ThemeBroaderConnectionFilters>;
  description?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  nameEn?: InputMaybe<StringScalarFilters>;
  narrower?: InputMaybe<ThemeRelationshipFilters>;
  narrowerConnection?: InputMaybe<ThemeNarrowerConnectionFilters>;
  networks?: InputMaybe<NetworkRelationshipFilters>;
  networksConnection?: InputMaybe<ThemeNetworksConnectionFilters>;
  organisations?: InputMaybe<OrganisationRelationshipFilters>;
  organisationsConnection?: InputMaybe<ThemeOrganisationsConnectionFilters>;
  practices?: InputMaybe<PracticeRelationshipFilters>;
  practicesConnection?: InputMaybe<ThemePracticesConnectionFilters>;
  related?: InputMaybe<ThemeRelationshipFilters>;
  relatedConnection?: InputMaybe<ThemeRelatedConnectionFilters>;
  relatedFrom?: InputMaybe<ThemeRelationshipFilters>;
  relatedFromConnection?: InputMaybe<ThemeRelatedFromConnectionFilters>;
  type?: InputMaybe<EntityTypeEnumScalarFilters>;
};

export type ThemesConnection = {
  __typename?: 'ThemesConnection';
  aggregate: ThemeAggregate;
  edges: Array<ThemeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Who a request's token says is asking, and what they may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** May write (has the role `editor`). */
  canEdit: Scalars['Boolean']['output'];
  /** The token's subject. */
  id: Scalars['String']['output'];
  /** The name revisions record for their writes. */
  name: Scalars['String']['output'];
  /** The roles the API grants the token (`editor`, `privacy`). */
  roles: Array<Scalars['String']['output']>;
};

/** What a write did. */
export type WriteResult = {
  __typename?: 'WriteResult';
  /** The entity written; for `link` and `unlink`, the `from` end; null after `deleteEntity`. */
  entity?: Maybe<Entity>;
  /** The revision it made; null when it changed nothing (the graph already said so). */
  revision?: Maybe<Revision>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Author: ResolverTypeWrapper<Author>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanScalarFilters: BooleanScalarFilters;
  ChangeAction: ChangeAction;
  ChangeKind: ChangeKind;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Count: ResolverTypeWrapper<Count>;
  CountConnection: ResolverTypeWrapper<CountConnection>;
  EntitiesConnection: ResolverTypeWrapper<Omit<EntitiesConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  Entity: ResolverTypeWrapper<EntityObjectModel>;
  EntityAggregate: ResolverTypeWrapper<EntityAggregate>;
  EntityAggregateNode: ResolverTypeWrapper<EntityAggregateNode>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFields: EntityFields;
  EntityImplementation: EntityImplementation;
  EntitySort: EntitySort;
  EntityType: EntityType;
  EntityTypeEnumScalarFilters: EntityTypeEnumScalarFilters;
  EntityWhere: EntityWhere;
  ErasureResult: ResolverTypeWrapper<ErasureResult>;
  Evidence: ResolverTypeWrapper<EvidenceRowModel>;
  EvidenceBasis: EvidenceBasis;
  EvidenceBasisEnumScalarFilters: EvidenceBasisEnumScalarFilters;
  EvidenceInput: EvidenceInput;
  FacetBucket: ResolverTypeWrapper<FacetBucketRowModel>;
  FacetDimension: FacetDimension;
  FacetFilter: FacetFilter;
  FacetKey: ResolverTypeWrapper<FacetKeyRowModel>;
  Facets: ResolverTypeWrapper<Omit<Facets, 'buckets'> & { buckets: Array<ResolversTypes['FacetBucket']> }>;
  Fact: ResolverTypeWrapper<Fact>;
  FactAggregationWhereInput: FactAggregationWhereInput;
  FactSort: FactSort;
  FactSuggestions: ResolverTypeWrapper<FactSuggestions>;
  FactWhere: FactWhere;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatScalarFilters: FloatScalarFilters;
  Gap: ResolverTypeWrapper<GapRowModel>;
  GapRegion: ResolverTypeWrapper<GapRegionRowModel>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRowModel>;
  GraphPath: ResolverTypeWrapper<GraphPathRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDScalarFilters: IdScalarFilters;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntAggregateSelection: ResolverTypeWrapper<IntAggregateSelection>;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  ItemChange: ResolverTypeWrapper<ItemChange>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<EntityObjectModel>;
  NetworkAggregate: ResolverTypeWrapper<NetworkAggregate>;
  NetworkAggregateNode: ResolverTypeWrapper<NetworkAggregateNode>;
  NetworkDevelopedConnection: ResolverTypeWrapper<Omit<NetworkDevelopedConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkDevelopedRelationship']> }>;
  NetworkDevelopedConnectionAggregateInput: NetworkDevelopedConnectionAggregateInput;
  NetworkDevelopedConnectionFilters: NetworkDevelopedConnectionFilters;
  NetworkDevelopedConnectionSort: NetworkDevelopedConnectionSort;
  NetworkDevelopedConnectionWhere: NetworkDevelopedConnectionWhere;
  NetworkDevelopedNodeAggregationWhereInput: NetworkDevelopedNodeAggregationWhereInput;
  NetworkDevelopedRelationship: ResolverTypeWrapper<Omit<NetworkDevelopedRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  NetworkEdge: ResolverTypeWrapper<Omit<NetworkEdge, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkFundedByConnection: ResolverTypeWrapper<Omit<NetworkFundedByConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkFundedByRelationship']> }>;
  NetworkFundedByConnectionAggregateInput: NetworkFundedByConnectionAggregateInput;
  NetworkFundedByConnectionFilters: NetworkFundedByConnectionFilters;
  NetworkFundedByConnectionSort: NetworkFundedByConnectionSort;
  NetworkFundedByConnectionWhere: NetworkFundedByConnectionWhere;
  NetworkFundedByNodeAggregationWhereInput: NetworkFundedByNodeAggregationWhereInput;
  NetworkFundedByRelationship: ResolverTypeWrapper<Omit<NetworkFundedByRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  NetworkKind: NetworkKind;
  NetworkKindEnumScalarFilters: NetworkKindEnumScalarFilters;
  NetworkMembersConnection: ResolverTypeWrapper<Omit<NetworkMembersConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkMembersRelationship']> }>;
  NetworkMembersConnectionAggregateInput: NetworkMembersConnectionAggregateInput;
  NetworkMembersConnectionFilters: NetworkMembersConnectionFilters;
  NetworkMembersConnectionSort: NetworkMembersConnectionSort;
  NetworkMembersConnectionWhere: NetworkMembersConnectionWhere;
  NetworkMembersNodeAggregationWhereInput: NetworkMembersNodeAggregationWhereInput;
  NetworkMembersRelationship: ResolverTypeWrapper<Omit<NetworkMembersRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  NetworkNetworkPartOfAggregateSelection: ResolverTypeWrapper<NetworkNetworkPartOfAggregateSelection>;
  NetworkNetworkPartOfEdgeAggregateSelection: ResolverTypeWrapper<NetworkNetworkPartOfEdgeAggregateSelection>;
  NetworkNetworkPartOfNodeAggregateSelection: ResolverTypeWrapper<NetworkNetworkPartOfNodeAggregateSelection>;
  NetworkNetworkPartsAggregateSelection: ResolverTypeWrapper<NetworkNetworkPartsAggregateSelection>;
  NetworkNetworkPartsEdgeAggregateSelection: ResolverTypeWrapper<NetworkNetworkPartsEdgeAggregateSelection>;
  NetworkNetworkPartsNodeAggregateSelection: ResolverTypeWrapper<NetworkNetworkPartsNodeAggregateSelection>;
  NetworkNetworkSucceededByAggregateSelection: ResolverTypeWrapper<NetworkNetworkSucceededByAggregateSelection>;
  NetworkNetworkSucceededByEdgeAggregateSelection: ResolverTypeWrapper<NetworkNetworkSucceededByEdgeAggregateSelection>;
  NetworkNetworkSucceededByNodeAggregateSelection: ResolverTypeWrapper<NetworkNetworkSucceededByNodeAggregateSelection>;
  NetworkNetworkSucceedsAggregateSelection: ResolverTypeWrapper<NetworkNetworkSucceedsAggregateSelection>;
  NetworkNetworkSucceedsEdgeAggregateSelection: ResolverTypeWrapper<NetworkNetworkSucceedsEdgeAggregateSelection>;
  NetworkNetworkSucceedsNodeAggregateSelection: ResolverTypeWrapper<NetworkNetworkSucceedsNodeAggregateSelection>;
  NetworkNetworkSupportedByAggregateSelection: ResolverTypeWrapper<NetworkNetworkSupportedByAggregateSelection>;
  NetworkNetworkSupportedByEdgeAggregateSelection: ResolverTypeWrapper<NetworkNetworkSupportedByEdgeAggregateSelection>;
  NetworkNetworkSupportedByNodeAggregateSelection: ResolverTypeWrapper<NetworkNetworkSupportedByNodeAggregateSelection>;
  NetworkNetworkSupportsAggregateSelection: ResolverTypeWrapper<NetworkNetworkSupportsAggregateSelection>;
  NetworkNetworkSupportsEdgeAggregateSelection: ResolverTypeWrapper<NetworkNetworkSupportsEdgeAggregateSelection>;
  NetworkNetworkSupportsNodeAggregateSelection: ResolverTypeWrapper<NetworkNetworkSupportsNodeAggregateSelection>;
  NetworkOrganisationFundedByAggregateSelection: ResolverTypeWrapper<NetworkOrganisationFundedByAggregateSelection>;
  NetworkOrganisationFundedByEdgeAggregateSelection: ResolverTypeWrapper<NetworkOrganisationFundedByEdgeAggregateSelection>;
  NetworkOrganisationFundedByNodeAggregateSelection: ResolverTypeWrapper<NetworkOrganisationFundedByNodeAggregateSelection>;
  NetworkOrganisationMembersAggregateSelection: ResolverTypeWrapper<NetworkOrganisationMembersAggregateSelection>;
  NetworkOrganisationMembersEdgeAggregateSelection: ResolverTypeWrapper<NetworkOrganisationMembersEdgeAggregateSelection>;
  NetworkOrganisationMembersNodeAggregateSelection: ResolverTypeWrapper<NetworkOrganisationMembersNodeAggregateSelection>;
  NetworkOrganisationPartnersAggregateSelection: ResolverTypeWrapper<NetworkOrganisationPartnersAggregateSelection>;
  NetworkOrganisationPartnersEdgeAggregateSelection: ResolverTypeWrapper<NetworkOrganisationPartnersEdgeAggregateSelection>;
  NetworkOrganisationPartnersNodeAggregateSelection: ResolverTypeWrapper<NetworkOrganisationPartnersNodeAggregateSelection>;
  NetworkOrganisationRunByAggregateSelection: ResolverTypeWrapper<NetworkOrganisationRunByAggregateSelection>;
  NetworkOrganisationRunByEdgeAggregateSelection: ResolverTypeWrapper<NetworkOrganisationRunByEdgeAggregateSelection>;
  NetworkOrganisationRunByNodeAggregateSelection: ResolverTypeWrapper<NetworkOrganisationRunByNodeAggregateSelection>;
  NetworkPartOfConnection: ResolverTypeWrapper<Omit<NetworkPartOfConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkPartOfRelationship']> }>;
  NetworkPartOfConnectionAggregateInput: NetworkPartOfConnectionAggregateInput;
  NetworkPartOfConnectionFilters: NetworkPartOfConnectionFilters;
  NetworkPartOfConnectionSort: NetworkPartOfConnectionSort;
  NetworkPartOfConnectionWhere: NetworkPartOfConnectionWhere;
  NetworkPartOfNodeAggregationWhereInput: NetworkPartOfNodeAggregationWhereInput;
  NetworkPartOfRelationship: ResolverTypeWrapper<Omit<NetworkPartOfRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkPartnersConnection: ResolverTypeWrapper<Omit<NetworkPartnersConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkPartnersRelationship']> }>;
  NetworkPartnersConnectionAggregateInput: NetworkPartnersConnectionAggregateInput;
  NetworkPartnersConnectionFilters: NetworkPartnersConnectionFilters;
  NetworkPartnersConnectionSort: NetworkPartnersConnectionSort;
  NetworkPartnersConnectionWhere: NetworkPartnersConnectionWhere;
  NetworkPartnersNodeAggregationWhereInput: NetworkPartnersNodeAggregationWhereInput;
  NetworkPartnersRelationship: ResolverTypeWrapper<Omit<NetworkPartnersRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  NetworkPartsConnection: ResolverTypeWrapper<Omit<NetworkPartsConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkPartsRelationship']> }>;
  NetworkPartsConnectionAggregateInput: NetworkPartsConnectionAggregateInput;
  NetworkPartsConnectionFilters: NetworkPartsConnectionFilters;
  NetworkPartsConnectionSort: NetworkPartsConnectionSort;
  NetworkPartsConnectionWhere: NetworkPartsConnectionWhere;
  NetworkPartsNodeAggregationWhereInput: NetworkPartsNodeAggregationWhereInput;
  NetworkPartsRelationship: ResolverTypeWrapper<Omit<NetworkPartsRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkPeopleConnection: ResolverTypeWrapper<Omit<NetworkPeopleConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkPeopleRelationship']> }>;
  NetworkPeopleConnectionAggregateInput: NetworkPeopleConnectionAggregateInput;
  NetworkPeopleConnectionFilters: NetworkPeopleConnectionFilters;
  NetworkPeopleConnectionSort: NetworkPeopleConnectionSort;
  NetworkPeopleConnectionWhere: NetworkPeopleConnectionWhere;
  NetworkPeopleNodeAggregationWhereInput: NetworkPeopleNodeAggregationWhereInput;
  NetworkPeopleRelationship: ResolverTypeWrapper<Omit<NetworkPeopleRelationship, 'node'> & { node: ResolversTypes['Person'] }>;
  NetworkPersonPeopleAggregateSelection: ResolverTypeWrapper<NetworkPersonPeopleAggregateSelection>;
  NetworkPersonPeopleEdgeAggregateSelection: ResolverTypeWrapper<NetworkPersonPeopleEdgeAggregateSelection>;
  NetworkPersonPeopleNodeAggregateSelection: ResolverTypeWrapper<NetworkPersonPeopleNodeAggregateSelection>;
  NetworkPracticeDevelopedAggregateSelection: ResolverTypeWrapper<NetworkPracticeDevelopedAggregateSelection>;
  NetworkPracticeDevelopedEdgeAggregateSelection: ResolverTypeWrapper<NetworkPracticeDevelopedEdgeAggregateSelection>;
  NetworkPracticeDevelopedNodeAggregateSelection: ResolverTypeWrapper<NetworkPracticeDevelopedNodeAggregateSelection>;
  NetworkPracticePracticesAggregateSelection: ResolverTypeWrapper<NetworkPracticePracticesAggregateSelection>;
  NetworkPracticePracticesEdgeAggregateSelection: ResolverTypeWrapper<NetworkPracticePracticesEdgeAggregateSelection>;
  NetworkPracticePracticesNodeAggregateSelection: ResolverTypeWrapper<NetworkPracticePracticesNodeAggregateSelection>;
  NetworkPracticesConnection: ResolverTypeWrapper<Omit<NetworkPracticesConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkPracticesRelationship']> }>;
  NetworkPracticesConnectionAggregateInput: NetworkPracticesConnectionAggregateInput;
  NetworkPracticesConnectionFilters: NetworkPracticesConnectionFilters;
  NetworkPracticesConnectionSort: NetworkPracticesConnectionSort;
  NetworkPracticesConnectionWhere: NetworkPracticesConnectionWhere;
  NetworkPracticesNodeAggregationWhereInput: NetworkPracticesNodeAggregationWhereInput;
  NetworkPracticesRelationship: ResolverTypeWrapper<Omit<NetworkPracticesRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  NetworkRegionRegionsAggregateSelection: ResolverTypeWrapper<NetworkRegionRegionsAggregateSelection>;
  NetworkRegionRegionsEdgeAggregateSelection: ResolverTypeWrapper<NetworkRegionRegionsEdgeAggregateSelection>;
  NetworkRegionRegionsNodeAggregateSelection: ResolverTypeWrapper<NetworkRegionRegionsNodeAggregateSelection>;
  NetworkRegionsConnection: ResolverTypeWrapper<Omit<NetworkRegionsConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkRegionsRelationship']> }>;
  NetworkRegionsConnectionAggregateInput: NetworkRegionsConnectionAggregateInput;
  NetworkRegionsConnectionFilters: NetworkRegionsConnectionFilters;
  NetworkRegionsConnectionSort: NetworkRegionsConnectionSort;
  NetworkRegionsConnectionWhere: NetworkRegionsConnectionWhere;
  NetworkRegionsNodeAggregationWhereInput: NetworkRegionsNodeAggregationWhereInput;
  NetworkRegionsRelationship: ResolverTypeWrapper<Omit<NetworkRegionsRelationship, 'node'> & { node: ResolversTypes['Region'] }>;
  NetworkRelationshipFilters: NetworkRelationshipFilters;
  NetworkRunByConnection: ResolverTypeWrapper<Omit<NetworkRunByConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkRunByRelationship']> }>;
  NetworkRunByConnectionAggregateInput: NetworkRunByConnectionAggregateInput;
  NetworkRunByConnectionFilters: NetworkRunByConnectionFilters;
  NetworkRunByConnectionSort: NetworkRunByConnectionSort;
  NetworkRunByConnectionWhere: NetworkRunByConnectionWhere;
  NetworkRunByNodeAggregationWhereInput: NetworkRunByNodeAggregationWhereInput;
  NetworkRunByRelationship: ResolverTypeWrapper<Omit<NetworkRunByRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  NetworkSort: NetworkSort;
  NetworkSucceededByConnection: ResolverTypeWrapper<Omit<NetworkSucceededByConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkSucceededByRelationship']> }>;
  NetworkSucceededByConnectionAggregateInput: NetworkSucceededByConnectionAggregateInput;
  NetworkSucceededByConnectionFilters: NetworkSucceededByConnectionFilters;
  NetworkSucceededByConnectionSort: NetworkSucceededByConnectionSort;
  NetworkSucceededByConnectionWhere: NetworkSucceededByConnectionWhere;
  NetworkSucceededByNodeAggregationWhereInput: NetworkSucceededByNodeAggregationWhereInput;
  NetworkSucceededByRelationship: ResolverTypeWrapper<Omit<NetworkSucceededByRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkSucceedsConnection: ResolverTypeWrapper<Omit<NetworkSucceedsConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkSucceedsRelationship']> }>;
  NetworkSucceedsConnectionAggregateInput: NetworkSucceedsConnectionAggregateInput;
  NetworkSucceedsConnectionFilters: NetworkSucceedsConnectionFilters;
  NetworkSucceedsConnectionSort: NetworkSucceedsConnectionSort;
  NetworkSucceedsConnectionWhere: NetworkSucceedsConnectionWhere;
  NetworkSucceedsNodeAggregationWhereInput: NetworkSucceedsNodeAggregationWhereInput;
  NetworkSucceedsRelationship: ResolverTypeWrapper<Omit<NetworkSucceedsRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkSupportedByConnection: ResolverTypeWrapper<Omit<NetworkSupportedByConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkSupportedByRelationship']> }>;
  NetworkSupportedByConnectionAggregateInput: NetworkSupportedByConnectionAggregateInput;
  NetworkSupportedByConnectionFilters: NetworkSupportedByConnectionFilters;
  NetworkSupportedByConnectionSort: NetworkSupportedByConnectionSort;
  NetworkSupportedByConnectionWhere: NetworkSupportedByConnectionWhere;
  NetworkSupportedByNodeAggregationWhereInput: NetworkSupportedByNodeAggregationWhereInput;
  NetworkSupportedByRelationship: ResolverTypeWrapper<Omit<NetworkSupportedByRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkSupportsConnection: ResolverTypeWrapper<Omit<NetworkSupportsConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkSupportsRelationship']> }>;
  NetworkSupportsConnectionAggregateInput: NetworkSupportsConnectionAggregateInput;
  NetworkSupportsConnectionFilters: NetworkSupportsConnectionFilters;
  NetworkSupportsConnectionSort: NetworkSupportsConnectionSort;
  NetworkSupportsConnectionWhere: NetworkSupportsConnectionWhere;
  NetworkSupportsNodeAggregationWhereInput: NetworkSupportsNodeAggregationWhereInput;
  NetworkSupportsRelationship: ResolverTypeWrapper<Omit<NetworkSupportsRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkThemeThemesAggregateSelection: ResolverTypeWrapper<NetworkThemeThemesAggregateSelection>;
  NetworkThemeThemesEdgeAggregateSelection: ResolverTypeWrapper<NetworkThemeThemesEdgeAggregateSelection>;
  NetworkThemeThemesNodeAggregateSelection: ResolverTypeWrapper<NetworkThemeThemesNodeAggregateSelection>;
  NetworkThemesConnection: ResolverTypeWrapper<Omit<NetworkThemesConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkThemesRelationship']> }>;
  NetworkThemesConnectionAggregateInput: NetworkThemesConnectionAggregateInput;
  NetworkThemesConnectionFilters: NetworkThemesConnectionFilters;
  NetworkThemesConnectionSort: NetworkThemesConnectionSort;
  NetworkThemesConnectionWhere: NetworkThemesConnectionWhere;
  NetworkThemesNodeAggregationWhereInput: NetworkThemesNodeAggregationWhereInput;
  NetworkThemesRelationship: ResolverTypeWrapper<Omit<NetworkThemesRelationship, 'node'> & { node: ResolversTypes['Theme'] }>;
  NetworkWhere: NetworkWhere;
  NetworksConnection: ResolverTypeWrapper<Omit<NetworksConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkEdge']> }>;
  Organisation: ResolverTypeWrapper<EntityObjectModel>;
  OrganisationAggregate: ResolverTypeWrapper<OrganisationAggregate>;
  OrganisationAggregateNode: ResolverTypeWrapper<OrganisationAggregateNode>;
  OrganisationAppliesConnection: ResolverTypeWrapper<Omit<OrganisationAppliesConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationAppliesRelationship']> }>;
  OrganisationAppliesConnectionAggregateInput: OrganisationAppliesConnectionAggregateInput;
  OrganisationAppliesConnectionFilters: OrganisationAppliesConnectionFilters;
  OrganisationAppliesConnectionSort: OrganisationAppliesConnectionSort;
  OrganisationAppliesConnectionWhere: OrganisationAppliesConnectionWhere;
  OrganisationAppliesNodeAggregationWhereInput: OrganisationAppliesNodeAggregationWhereInput;
  OrganisationAppliesRelationship: ResolverTypeWrapper<Omit<OrganisationAppliesRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  OrganisationCooperatedWithByConnection: ResolverTypeWrapper<Omit<OrganisationCooperatedWithByConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationCooperatedWithByRelationship']> }>;
  OrganisationCooperatedWithByConnectionAggregateInput: OrganisationCooperatedWithByConnectionAggregateInput;
  OrganisationCooperatedWithByConnectionFilters: OrganisationCooperatedWithByConnectionFilters;
  OrganisationCooperatedWithByConnectionSort: OrganisationCooperatedWithByConnectionSort;
  OrganisationCooperatedWithByConnectionWhere: OrganisationCooperatedWithByConnectionWhere;
  OrganisationCooperatedWithByNodeAggregationWhereInput: OrganisationCooperatedWithByNodeAggregationWhereInput;
  OrganisationCooperatedWithByRelationship: ResolverTypeWrapper<Omit<OrganisationCooperatedWithByRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationCooperatesWithConnection: ResolverTypeWrapper<Omit<OrganisationCooperatesWithConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationCooperatesWithRelationship']> }>;
  OrganisationCooperatesWithConnectionAggregateInput: OrganisationCooperatesWithConnectionAggregateInput;
  OrganisationCooperatesWithConnectionFilters: OrganisationCooperatesWithConnectionFilters;
  OrganisationCooperatesWithConnectionSort: OrganisationCooperatesWithConnectionSort;
  OrganisationCooperatesWithConnectionWhere: OrganisationCooperatesWithConnectionWhere;
  OrganisationCooperatesWithNodeAggregationWhereInput: OrganisationCooperatesWithNodeAggregationWhereInput;
  OrganisationCooperatesWithRelationship: ResolverTypeWrapper<Omit<OrganisationCooperatesWithRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationDevelopedConnection: ResolverTypeWrapper<Omit<OrganisationDevelopedConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationDevelopedRelationship']> }>;
  OrganisationDevelopedConnectionAggregateInput: OrganisationDevelopedConnectionAggregateInput;
  OrganisationDevelopedConnectionFilters: OrganisationDevelopedConnectionFilters;
  OrganisationDevelopedConnectionSort: OrganisationDevelopedConnectionSort;
  OrganisationDevelopedConnectionWhere: OrganisationDevelopedConnectionWhere;
  OrganisationDevelopedNodeAggregationWhereInput: OrganisationDevelopedNodeAggregationWhereInput;
  OrganisationDevelopedRelationship: ResolverTypeWrapper<Omit<OrganisationDevelopedRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationFundsNetworksConnection: ResolverTypeWrapper<Omit<OrganisationFundsNetworksConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationFundsNetworksRelationship']> }>;
  OrganisationFundsNetworksConnectionAggregateInput: OrganisationFundsNetworksConnectionAggregateInput;
  OrganisationFundsNetworksConnectionFilters: OrganisationFundsNetworksConnectionFilters;
  OrganisationFundsNetworksConnectionSort: OrganisationFundsNetworksConnectionSort;
  OrganisationFundsNetworksConnectionWhere: OrganisationFundsNetworksConnectionWhere;
  OrganisationFundsNetworksNodeAggregationWhereInput: OrganisationFundsNetworksNodeAggregationWhereInput;
  OrganisationFundsNetworksRelationship: ResolverTypeWrapper<Omit<OrganisationFundsNetworksRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  OrganisationFundsPracticesConnection: ResolverTypeWrapper<Omit<OrganisationFundsPracticesConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationFundsPracticesRelationship']> }>;
  OrganisationFundsPracticesConnectionAggregateInput: OrganisationFundsPracticesConnectionAggregateInput;
  OrganisationFundsPracticesConnectionFilters: OrganisationFundsPracticesConnectionFilters;
  OrganisationFundsPracticesConnectionSort: OrganisationFundsPracticesConnectionSort;
  OrganisationFundsPracticesConnectionWhere: OrganisationFundsPracticesConnectionWhere;
  OrganisationFundsPracticesNodeAggregationWhereInput: OrganisationFundsPracticesNodeAggregationWhereInput;
  OrganisationFundsPracticesRelationship: ResolverTypeWrapper<Omit<OrganisationFundsPracticesRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  OrganisationKind: OrganisationKind;
  OrganisationKindEnumScalarFilters: OrganisationKindEnumScalarFilters;
  OrganisationLocatedInConnection: ResolverTypeWrapper<Omit<OrganisationLocatedInConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationLocatedInRelationship']> }>;
  OrganisationLocatedInConnectionAggregateInput: OrganisationLocatedInConnectionAggregateInput;
  OrganisationLocatedInConnectionFilters: OrganisationLocatedInConnectionFilters;
  OrganisationLocatedInConnectionSort: OrganisationLocatedInConnectionSort;
  OrganisationLocatedInConnectionWhere: OrganisationLocatedInConnectionWhere;
  OrganisationLocatedInNodeAggregationWhereInput: OrganisationLocatedInNodeAggregationWhereInput;
  OrganisationLocatedInRelationship: ResolverTypeWrapper<Omit<OrganisationLocatedInRelationship, 'node'> & { node: ResolversTypes['Region'] }>;
  OrganisationMemberOfConnection: ResolverTypeWrapper<Omit<OrganisationMemberOfConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationMemberOfRelationship']> }>;
  OrganisationMemberOfConnectionAggregateInput: OrganisationMemberOfConnectionAggregateInput;
  OrganisationMemberOfConnectionFilters: OrganisationMemberOfConnectionFilters;
  OrganisationMemberOfConnectionSort: OrganisationMemberOfConnectionSort;
  OrganisationMemberOfConnectionWhere: OrganisationMemberOfConnectionWhere;
  OrganisationMemberOfNodeAggregationWhereInput: OrganisationMemberOfNodeAggregationWhereInput;
  OrganisationMemberOfRelationship: ResolverTypeWrapper<Omit<OrganisationMemberOfRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  OrganisationNetworkFundsNetworksAggregateSelection: ResolverTypeWrapper<OrganisationNetworkFundsNetworksAggregateSelection>;
  OrganisationNetworkFundsNetworksEdgeAggregateSelection: ResolverTypeWrapper<OrganisationNetworkFundsNetworksEdgeAggregateSelection>;
  OrganisationNetworkFundsNetworksNodeAggregateSelection: ResolverTypeWrapper<OrganisationNetworkFundsNetworksNodeAggregateSelection>;
  OrganisationNetworkMemberOfAggregateSelection: ResolverTypeWrapper<OrganisationNetworkMemberOfAggregateSelection>;
  OrganisationNetworkMemberOfEdgeAggregateSelection: ResolverTypeWrapper<OrganisationNetworkMemberOfEdgeAggregateSelection>;
  OrganisationNetworkMemberOfNodeAggregateSelection: ResolverTypeWrapper<OrganisationNetworkMemberOfNodeAggregateSelection>;
  OrganisationNetworkPartnerInNetworksAggregateSelection: ResolverTypeWrapper<OrganisationNetworkPartnerInNetworksAggregateSelection>;
  OrganisationNetworkPartnerInNetworksEdgeAggregateSelection: ResolverTypeWrapper<OrganisationNetworkPartnerInNetworksEdgeAggregateSelection>;
  OrganisationNetworkPartnerInNetworksNodeAggregateSelection: ResolverTypeWrapper<OrganisationNetworkPartnerInNetworksNodeAggregateSelection>;
  OrganisationNetworkRunsAggregateSelection: ResolverTypeWrapper<OrganisationNetworkRunsAggregateSelection>;
  OrganisationNetworkRunsEdgeAggregateSelection: ResolverTypeWrapper<OrganisationNetworkRunsEdgeAggregateSelection>;
  OrganisationNetworkRunsNodeAggregateSelection: ResolverTypeWrapper<OrganisationNetworkRunsNodeAggregateSelection>;
  OrganisationOrganisationCooperatedWithByAggregateSelection: ResolverTypeWrapper<OrganisationOrganisationCooperatedWithByAggregateSelection>;
  OrganisationOrganisationCooperatedWithByEdgeAggregateSelection: ResolverTypeWrapper<OrganisationOrganisationCooperatedWithByEdgeAggregateSelection>;
  OrganisationOrganisationCooperatedWithByNodeAggregateSelection: ResolverTypeWrapper<OrganisationOrganisationCooperatedWithByNodeAggregateSelection>;
  OrganisationOrganisationCooperatesWithAggregateSelection: ResolverTypeWrapper<OrganisationOrganisationCooperatesWithAggregateSelection>;
  OrganisationOrganisationCooperatesWithEdgeAggregateSelection: ResolverTypeWrapper<OrganisationOrganisationCooperatesWithEdgeAggregateSelection>;
  OrganisationOrganisationCooperatesWithNodeAggregateSelection: ResolverTypeWrapper<OrganisationOrganisationCooperatesWithNodeAggregateSelection>;
  OrganisationPartnerInNetworksConnection: ResolverTypeWrapper<Omit<OrganisationPartnerInNetworksConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationPartnerInNetworksRelationship']> }>;
  OrganisationPartnerInNetworksConnectionAggregateInput: OrganisationPartnerInNetworksConnectionAggregateInput;
  OrganisationPartnerInNetworksConnectionFilters: OrganisationPartnerInNetworksConnectionFilters;
  OrganisationPartnerInNetworksConnectionSort: OrganisationPartnerInNetworksConnectionSort;
  OrganisationPartnerInNetworksConnectionWhere: OrganisationPartnerInNetworksConnectionWhere;
  OrganisationPartnerInNetworksNodeAggregationWhereInput: OrganisationPartnerInNetworksNodeAggregationWhereInput;
  OrganisationPartnerInNetworksRelationship: ResolverTypeWrapper<Omit<OrganisationPartnerInNetworksRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  OrganisationPartnerInPracticesConnection: ResolverTypeWrapper<Omit<OrganisationPartnerInPracticesConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationPartnerInPracticesRelationship']> }>;
  OrganisationPartnerInPracticesConnectionAggregateInput: OrganisationPartnerInPracticesConnectionAggregateInput;
  OrganisationPartnerInPracticesConnectionFilters: OrganisationPartnerInPracticesConnectionFilters;
  OrganisationPartnerInPracticesConnectionSort: OrganisationPartnerInPracticesConnectionSort;
  OrganisationPartnerInPracticesConnectionWhere: OrganisationPartnerInPracticesConnectionWhere;
  OrganisationPartnerInPracticesNodeAggregationWhereInput: OrganisationPartnerInPracticesNodeAggregationWhereInput;
  OrganisationPartnerInPracticesRelationship: ResolverTypeWrapper<Omit<OrganisationPartnerInPracticesRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  OrganisationPeopleConnection: ResolverTypeWrapper<Omit<OrganisationPeopleConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationPeopleRelationship']> }>;
  OrganisationPeopleConnectionAggregateInput: OrganisationPeopleConnectionAggregateInput;
  OrganisationPeopleConnectionFilters: OrganisationPeopleConnectionFilters;
  OrganisationPeopleConnectionSort: OrganisationPeopleConnectionSort;
  OrganisationPeopleConnectionWhere: OrganisationPeopleConnectionWhere;
  OrganisationPeopleNodeAggregationWhereInput: OrganisationPeopleNodeAggregationWhereInput;
  OrganisationPeopleRelationship: ResolverTypeWrapper<Omit<OrganisationPeopleRelationship, 'node'> & { node: ResolversTypes['Person'] }>;
  OrganisationPersonPeopleAggregateSelection: ResolverTypeWrapper<OrganisationPersonPeopleAggregateSelection>;
  OrganisationPersonPeopleEdgeAggregateSelection: ResolverTypeWrapper<OrganisationPersonPeopleEdgeAggregateSelection>;
  OrganisationPersonPeopleNodeAggregateSelection: ResolverTypeWrapper<OrganisationPersonPeopleNodeAggregateSelection>;
  OrganisationPracticeAppliesAggregateSelection: ResolverTypeWrapper<OrganisationPracticeAppliesAggregateSelection>;
  OrganisationPracticeAppliesEdgeAggregateSelection: ResolverTypeWrapper<OrganisationPracticeAppliesEdgeAggregateSelection>;
  OrganisationPracticeAppliesNodeAggregateSelection: ResolverTypeWrapper<OrganisationPracticeAppliesNodeAggregateSelection>;
  OrganisationPracticeDevelopedAggregateSelection: ResolverTypeWrapper<OrganisationPracticeDevelopedAggregateSelection>;
  OrganisationPracticeDevelopedEdgeAggregateSelection: ResolverTypeWrapper<OrganisationPracticeDevelopedEdgeAggregateSelection>;
  OrganisationPracticeDevelopedNodeAggregateSelection: ResolverTypeWrapper<OrganisationPracticeDevelopedNodeAggregateSelection>;
  OrganisationPracticeFundsPracticesAggregateSelection: ResolverTypeWrapper<OrganisationPracticeFundsPracticesAggregateSelection>;
  OrganisationPracticeFundsPracticesEdgeAggregateSelection: ResolverTypeWrapper<OrganisationPracticeFundsPracticesEdgeAggregateSelection>;
  OrganisationPracticeFundsPracticesNodeAggregateSelection: ResolverTypeWrapper<OrganisationPracticeFundsPracticesNodeAggregateSelection>;
  OrganisationPracticePartnerInPracticesAggregateSelection: ResolverTypeWrapper<OrganisationPracticePartnerInPracticesAggregateSelection>;
  OrganisationPracticePartnerInPracticesEdgeAggregateSelection: ResolverTypeWrapper<OrganisationPracticePartnerInPracticesEdgeAggregateSelection>;
  OrganisationPracticePartnerInPracticesNodeAggregateSelection: ResolverTypeWrapper<OrganisationPracticePartnerInPracticesNodeAggregateSelection>;
  OrganisationRegionLocatedInAggregateSelection: ResolverTypeWrapper<OrganisationRegionLocatedInAggregateSelection>;
  OrganisationRegionLocatedInEdgeAggregateSelection: ResolverTypeWrapper<OrganisationRegionLocatedInEdgeAggregateSelection>;
  OrganisationRegionLocatedInNodeAggregateSelection: ResolverTypeWrapper<OrganisationRegionLocatedInNodeAggregateSelection>;
  OrganisationRelationshipFilters: OrganisationRelationshipFilters;
  OrganisationRunsConnection: ResolverTypeWrapper<Omit<OrganisationRunsConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationRunsRelationship']> }>;
  OrganisationRunsConnectionAggregateInput: OrganisationRunsConnectionAggregateInput;
  OrganisationRunsConnectionFilters: OrganisationRunsConnectionFilters;
  OrganisationRunsConnectionSort: OrganisationRunsConnectionSort;
  OrganisationRunsConnectionWhere: OrganisationRunsConnectionWhere;
  OrganisationRunsNodeAggregationWhereInput: OrganisationRunsNodeAggregationWhereInput;
  OrganisationRunsRelationship: ResolverTypeWrapper<Omit<OrganisationRunsRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  OrganisationSort: OrganisationSort;
  OrganisationThemeThemesAggregateSelection: ResolverTypeWrapper<OrganisationThemeThemesAggregateSelection>;
  OrganisationThemeThemesEdgeAggregateSelection: ResolverTypeWrapper<OrganisationThemeThemesEdgeAggregateSelection>;
  OrganisationThemeThemesNodeAggregateSelection: ResolverTypeWrapper<OrganisationThemeThemesNodeAggregateSelection>;
  OrganisationThemesConnection: ResolverTypeWrapper<Omit<OrganisationThemesConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationThemesRelationship']> }>;
  OrganisationThemesConnectionAggregateInput: OrganisationThemesConnectionAggregateInput;
  OrganisationThemesConnectionFilters: OrganisationThemesConnectionFilters;
  OrganisationThemesConnectionSort: OrganisationThemesConnectionSort;
  OrganisationThemesConnectionWhere: OrganisationThemesConnectionWhere;
  OrganisationThemesNodeAggregationWhereInput: OrganisationThemesNodeAggregationWhereInput;
  OrganisationThemesRelationship: ResolverTypeWrapper<Omit<OrganisationThemesRelationship, 'node'> & { node: ResolversTypes['Theme'] }>;
  OrganisationWhere: OrganisationWhere;
  OrganisationsConnection: ResolverTypeWrapper<Omit<OrganisationsConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerOnTheme: ResolverTypeWrapper<PartnerOnThemeRowModel>;
  PeopleConnection: ResolverTypeWrapper<Omit<PeopleConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  Person: ResolverTypeWrapper<EntityObjectModel>;
  PersonAggregate: ResolverTypeWrapper<PersonAggregate>;
  PersonAggregateNode: ResolverTypeWrapper<PersonAggregateNode>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonNetworkNetworksAggregateSelection: ResolverTypeWrapper<PersonNetworkNetworksAggregateSelection>;
  PersonNetworkNetworksEdgeAggregateSelection: ResolverTypeWrapper<PersonNetworkNetworksEdgeAggregateSelection>;
  PersonNetworkNetworksNodeAggregateSelection: ResolverTypeWrapper<PersonNetworkNetworksNodeAggregateSelection>;
  PersonNetworksConnection: ResolverTypeWrapper<Omit<PersonNetworksConnection, 'edges'> & { edges: Array<ResolversTypes['PersonNetworksRelationship']> }>;
  PersonNetworksConnectionAggregateInput: PersonNetworksConnectionAggregateInput;
  PersonNetworksConnectionFilters: PersonNetworksConnectionFilters;
  PersonNetworksConnectionSort: PersonNetworksConnectionSort;
  PersonNetworksConnectionWhere: PersonNetworksConnectionWhere;
  PersonNetworksNodeAggregationWhereInput: PersonNetworksNodeAggregationWhereInput;
  PersonNetworksRelationship: ResolverTypeWrapper<Omit<PersonNetworksRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  PersonOrganisationWorksAtAggregateSelection: ResolverTypeWrapper<PersonOrganisationWorksAtAggregateSelection>;
  PersonOrganisationWorksAtEdgeAggregateSelection: ResolverTypeWrapper<PersonOrganisationWorksAtEdgeAggregateSelection>;
  PersonOrganisationWorksAtNodeAggregateSelection: ResolverTypeWrapper<PersonOrganisationWorksAtNodeAggregateSelection>;
  PersonPracticePracticesAggregateSelection: ResolverTypeWrapper<PersonPracticePracticesAggregateSelection>;
  PersonPracticePracticesEdgeAggregateSelection: ResolverTypeWrapper<PersonPracticePracticesEdgeAggregateSelection>;
  PersonPracticePracticesNodeAggregateSelection: ResolverTypeWrapper<PersonPracticePracticesNodeAggregateSelection>;
  PersonPracticesConnection: ResolverTypeWrapper<Omit<PersonPracticesConnection, 'edges'> & { edges: Array<ResolversTypes['PersonPracticesRelationship']> }>;
  PersonPracticesConnectionAggregateInput: PersonPracticesConnectionAggregateInput;
  PersonPracticesConnectionFilters: PersonPracticesConnectionFilters;
  PersonPracticesConnectionSort: PersonPracticesConnectionSort;
  PersonPracticesConnectionWhere: PersonPracticesConnectionWhere;
  PersonPracticesNodeAggregationWhereInput: PersonPracticesNodeAggregationWhereInput;
  PersonPracticesRelationship: ResolverTypeWrapper<Omit<PersonPracticesRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  PersonRelationshipFilters: PersonRelationshipFilters;
  PersonSort: PersonSort;
  PersonWhere: PersonWhere;
  PersonWorksAtConnection: ResolverTypeWrapper<Omit<PersonWorksAtConnection, 'edges'> & { edges: Array<ResolversTypes['PersonWorksAtRelationship']> }>;
  PersonWorksAtConnectionAggregateInput: PersonWorksAtConnectionAggregateInput;
  PersonWorksAtConnectionFilters: PersonWorksAtConnectionFilters;
  PersonWorksAtConnectionSort: PersonWorksAtConnectionSort;
  PersonWorksAtConnectionWhere: PersonWorksAtConnectionWhere;
  PersonWorksAtNodeAggregationWhereInput: PersonWorksAtNodeAggregationWhereInput;
  PersonWorksAtRelationship: ResolverTypeWrapper<Omit<PersonWorksAtRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  Practice: ResolverTypeWrapper<EntityObjectModel>;
  PracticeAggregate: ResolverTypeWrapper<PracticeAggregate>;
  PracticeAggregateNode: ResolverTypeWrapper<PracticeAggregateNode>;
  PracticeAppliedByConnection: ResolverTypeWrapper<Omit<PracticeAppliedByConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeAppliedByRelationship']> }>;
  PracticeAppliedByConnectionAggregateInput: PracticeAppliedByConnectionAggregateInput;
  PracticeAppliedByConnectionFilters: PracticeAppliedByConnectionFilters;
  PracticeAppliedByConnectionSort: PracticeAppliedByConnectionSort;
  PracticeAppliedByConnectionWhere: PracticeAppliedByConnectionWhere;
  PracticeAppliedByNodeAggregationWhereInput: PracticeAppliedByNodeAggregationWhereInput;
  PracticeAppliedByRelationship: ResolverTypeWrapper<Omit<PracticeAppliedByRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  PracticeDerivativesConnection: ResolverTypeWrapper<Omit<PracticeDerivativesConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeDerivativesRelationship']> }>;
  PracticeDerivativesConnectionAggregateInput: PracticeDerivativesConnectionAggregateInput;
  PracticeDerivativesConnectionFilters: PracticeDerivativesConnectionFilters;
  PracticeDerivativesConnectionSort: PracticeDerivativesConnectionSort;
  PracticeDerivativesConnectionWhere: PracticeDerivativesConnectionWhere;
  PracticeDerivativesNodeAggregationWhereInput: PracticeDerivativesNodeAggregationWhereInput;
  PracticeDerivativesRelationship: ResolverTypeWrapper<Omit<PracticeDerivativesRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  PracticeDerivedFromConnection: ResolverTypeWrapper<Omit<PracticeDerivedFromConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeDerivedFromRelationship']> }>;
  PracticeDerivedFromConnectionAggregateInput: PracticeDerivedFromConnectionAggregateInput;
  PracticeDerivedFromConnectionFilters: PracticeDerivedFromConnectionFilters;
  PracticeDerivedFromConnectionSort: PracticeDerivedFromConnectionSort;
  PracticeDerivedFromConnectionWhere: PracticeDerivedFromConnectionWhere;
  PracticeDerivedFromNodeAggregationWhereInput: PracticeDerivedFromNodeAggregationWhereInput;
  PracticeDerivedFromRelationship: ResolverTypeWrapper<Omit<PracticeDerivedFromRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  PracticeDevelopedByConnection: ResolverTypeWrapper<Omit<PracticeDevelopedByConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeDevelopedByRelationship']> }>;
  PracticeDevelopedByConnectionAggregateInput: PracticeDevelopedByConnectionAggregateInput;
  PracticeDevelopedByConnectionFilters: PracticeDevelopedByConnectionFilters;
  PracticeDevelopedByConnectionSort: PracticeDevelopedByConnectionSort;
  PracticeDevelopedByConnectionWhere: PracticeDevelopedByConnectionWhere;
  PracticeDevelopedByNetworksConnection: ResolverTypeWrapper<Omit<PracticeDevelopedByNetworksConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeDevelopedByNetworksRelationship']> }>;
  PracticeDevelopedByNetworksConnectionAggregateInput: PracticeDevelopedByNetworksConnectionAggregateInput;
  PracticeDevelopedByNetworksConnectionFilters: PracticeDevelopedByNetworksConnectionFilters;
  PracticeDevelopedByNetworksConnectionSort: PracticeDevelopedByNetworksConnectionSort;
  PracticeDevelopedByNetworksConnectionWhere: PracticeDevelopedByNetworksConnectionWhere;
  PracticeDevelopedByNetworksNodeAggregationWhereInput: PracticeDevelopedByNetworksNodeAggregationWhereInput;
  PracticeDevelopedByNetworksRelationship: ResolverTypeWrapper<Omit<PracticeDevelopedByNetworksRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  PracticeDevelopedByNodeAggregationWhereInput: PracticeDevelopedByNodeAggregationWhereInput;
  PracticeDevelopedByRelationship: ResolverTypeWrapper<Omit<PracticeDevelopedByRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  PracticeEdge: ResolverTypeWrapper<Omit<PracticeEdge, 'node'> & { node: ResolversTypes['Practice'] }>;
  PracticeFundedByConnection: ResolverTypeWrapper<Omit<PracticeFundedByConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeFundedByRelationship']> }>;
  PracticeFundedByConnectionAggregateInput: PracticeFundedByConnectionAggregateInput;
  PracticeFundedByConnectionFilters: PracticeFundedByConnectionFilters;
  PracticeFundedByConnectionSort: PracticeFundedByConnectionSort;
  PracticeFundedByConnectionWhere: PracticeFundedByConnectionWhere;
  PracticeFundedByNodeAggregationWhereInput: PracticeFundedByNodeAggregationWhereInput;
  PracticeFundedByRelationship: ResolverTypeWrapper<Omit<PracticeFundedByRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  PracticeKind: PracticeKind;
  PracticeKindEnumScalarFilters: PracticeKindEnumScalarFilters;
  PracticeNetworkDevelopedByNetworksAggregateSelection: ResolverTypeWrapper<PracticeNetworkDevelopedByNetworksAggregateSelection>;
  PracticeNetworkDevelopedByNetworksEdgeAggregateSelection: ResolverTypeWrapper<PracticeNetworkDevelopedByNetworksEdgeAggregateSelection>;
  PracticeNetworkDevelopedByNetworksNodeAggregateSelection: ResolverTypeWrapper<PracticeNetworkDevelopedByNetworksNodeAggregateSelection>;
  PracticeNetworkNetworksAggregateSelection: ResolverTypeWrapper<PracticeNetworkNetworksAggregateSelection>;
  PracticeNetworkNetworksEdgeAggregateSelection: ResolverTypeWrapper<PracticeNetworkNetworksEdgeAggregateSelection>;
  PracticeNetworkNetworksNodeAggregateSelection: ResolverTypeWrapper<PracticeNetworkNetworksNodeAggregateSelection>;
  PracticeNetworksConnection: ResolverTypeWrapper<Omit<PracticeNetworksConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeNetworksRelationship']> }>;
  PracticeNetworksConnectionAggregateInput: PracticeNetworksConnectionAggregateInput;
  PracticeNetworksConnectionFilters: PracticeNetworksConnectionFilters;
  PracticeNetworksConnectionSort: PracticeNetworksConnectionSort;
  PracticeNetworksConnectionWhere: PracticeNetworksConnectionWhere;
  PracticeNetworksNodeAggregationWhereInput: PracticeNetworksNodeAggregationWhereInput;
  PracticeNetworksRelationship: ResolverTypeWrapper<Omit<PracticeNetworksRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  PracticeOrganisationAppliedByAggregateSelection: ResolverTypeWrapper<PracticeOrganisationAppliedByAggregateSelection>;
  PracticeOrganisationAppliedByEdgeAggregateSelection: ResolverTypeWrapper<PracticeOrganisationAppliedByEdgeAggregateSelection>;
  PracticeOrganisationAppliedByNodeAggregateSelection: ResolverTypeWrapper<PracticeOrganisationAppliedByNodeAggregateSelection>;
  PracticeOrganisationDevelopedByAggregateSelection: ResolverTypeWrapper<PracticeOrganisationDevelopedByAggregateSelection>;
  PracticeOrganisationDevelopedByEdgeAggregateSelection: ResolverTypeWrapper<PracticeOrganisationDevelopedByEdgeAggregateSelection>;
  PracticeOrganisationDevelopedByNodeAggregateSelection: ResolverTypeWrapper<PracticeOrganisationDevelopedByNodeAggregateSelection>;
  PracticeOrganisationFundedByAggregateSelection: ResolverTypeWrapper<PracticeOrganisationFundedByAggregateSelection>;
  PracticeOrganisationFundedByEdgeAggregateSelection: ResolverTypeWrapper<PracticeOrganisationFundedByEdgeAggregateSelection>;
  PracticeOrganisationFundedByNodeAggregateSelection: ResolverTypeWrapper<PracticeOrganisationFundedByNodeAggregateSelection>;
  PracticeOrganisationPartnersAggregateSelection: ResolverTypeWrapper<PracticeOrganisationPartnersAggregateSelection>;
  PracticeOrganisationPartnersEdgeAggregateSelection: ResolverTypeWrapper<PracticeOrganisationPartnersEdgeAggregateSelection>;
  PracticeOrganisationPartnersNodeAggregateSelection: ResolverTypeWrapper<PracticeOrganisationPartnersNodeAggregateSelection>;
  PracticePartnersConnection: ResolverTypeWrapper<Omit<PracticePartnersConnection, 'edges'> & { edges: Array<ResolversTypes['PracticePartnersRelationship']> }>;
  PracticePartnersConnectionAggregateInput: PracticePartnersConnectionAggregateInput;
  PracticePartnersConnectionFilters: PracticePartnersConnectionFilters;
  PracticePartnersConnectionSort: PracticePartnersConnectionSort;
  PracticePartnersConnectionWhere: PracticePartnersConnectionWhere;
  PracticePartnersNodeAggregationWhereInput: PracticePartnersNodeAggregationWhereInput;
  PracticePartnersRelationship: ResolverTypeWrapper<Omit<PracticePartnersRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  PracticePeopleConnection: ResolverTypeWrapper<Omit<PracticePeopleConnection, 'edges'> & { edges: Array<ResolversTypes['PracticePeopleRelationship']> }>;
  PracticePeopleConnectionAggregateInput: PracticePeopleConnectionAggregateInput;
  PracticePeopleConnectionFilters: PracticePeopleConnectionFilters;
  PracticePeopleConnectionSort: PracticePeopleConnectionSort;
  PracticePeopleConnectionWhere: PracticePeopleConnectionWhere;
  PracticePeopleNodeAggregationWhereInput: PracticePeopleNodeAggregationWhereInput;
  PracticePeopleRelationship: ResolverTypeWrapper<Omit<PracticePeopleRelationship, 'node'> & { node: ResolversTypes['Person'] }>;
  PracticePersonPeopleAggregateSelection: ResolverTypeWrapper<PracticePersonPeopleAggregateSelection>;
  PracticePersonPeopleEdgeAggregateSelection: ResolverTypeWrapper<PracticePersonPeopleEdgeAggregateSelection>;
  PracticePersonPeopleNodeAggregateSelection: ResolverTypeWrapper<PracticePersonPeopleNodeAggregateSelection>;
  PracticePracticeDerivativesAggregateSelection: ResolverTypeWrapper<PracticePracticeDerivativesAggregateSelection>;
  PracticePracticeDerivativesEdgeAggregateSelection: ResolverTypeWrapper<PracticePracticeDerivativesEdgeAggregateSelection>;
  PracticePracticeDerivativesNodeAggregateSelection: ResolverTypeWrapper<PracticePracticeDerivativesNodeAggregateSelection>;
  PracticePracticeDerivedFromAggregateSelection: ResolverTypeWrapper<PracticePracticeDerivedFromAggregateSelection>;
  PracticePracticeDerivedFromEdgeAggregateSelection: ResolverTypeWrapper<PracticePracticeDerivedFromEdgeAggregateSelection>;
  PracticePracticeDerivedFromNodeAggregateSelection: ResolverTypeWrapper<PracticePracticeDerivedFromNodeAggregateSelection>;
  PracticePracticeVolumeOfAggregateSelection: ResolverTypeWrapper<PracticePracticeVolumeOfAggregateSelection>;
  PracticePracticeVolumeOfEdgeAggregateSelection: ResolverTypeWrapper<PracticePracticeVolumeOfEdgeAggregateSelection>;
  PracticePracticeVolumeOfNodeAggregateSelection: ResolverTypeWrapper<PracticePracticeVolumeOfNodeAggregateSelection>;
  PracticePracticeVolumesAggregateSelection: ResolverTypeWrapper<PracticePracticeVolumesAggregateSelection>;
  PracticePracticeVolumesEdgeAggregateSelection: ResolverTypeWrapper<PracticePracticeVolumesEdgeAggregateSelection>;
  PracticePracticeVolumesNodeAggregateSelection: ResolverTypeWrapper<PracticePracticeVolumesNodeAggregateSelection>;
  PracticeRelationshipFilters: PracticeRelationshipFilters;
  PracticeSort: PracticeSort;
  PracticeThemeThemesAggregateSelection: ResolverTypeWrapper<PracticeThemeThemesAggregateSelection>;
  PracticeThemeThemesEdgeAggregateSelection: ResolverTypeWrapper<PracticeThemeThemesEdgeAggregateSelection>;
  PracticeThemeThemesNodeAggregateSelection: ResolverTypeWrapper<PracticeThemeThemesNodeAggregateSelection>;
  PracticeThemesConnection: ResolverTypeWrapper<Omit<PracticeThemesConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeThemesRelationship']> }>;
  PracticeThemesConnectionAggregateInput: PracticeThemesConnectionAggregateInput;
  PracticeThemesConnectionFilters: PracticeThemesConnectionFilters;
  PracticeThemesConnectionSort: PracticeThemesConnectionSort;
  PracticeThemesConnectionWhere: PracticeThemesConnectionWhere;
  PracticeThemesNodeAggregationWhereInput: PracticeThemesNodeAggregationWhereInput;
  PracticeThemesRelationship: ResolverTypeWrapper<Omit<PracticeThemesRelationship, 'node'> & { node: ResolversTypes['Theme'] }>;
  PracticeVolumeOfConnection: ResolverTypeWrapper<Omit<PracticeVolumeOfConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeVolumeOfRelationship']> }>;
  PracticeVolumeOfConnectionAggregateInput: PracticeVolumeOfConnectionAggregateInput;
  PracticeVolumeOfConnectionFilters: PracticeVolumeOfConnectionFilters;
  PracticeVolumeOfConnectionSort: PracticeVolumeOfConnectionSort;
  PracticeVolumeOfConnectionWhere: PracticeVolumeOfConnectionWhere;
  PracticeVolumeOfNodeAggregationWhereInput: PracticeVolumeOfNodeAggregationWhereInput;
  PracticeVolumeOfRelationship: ResolverTypeWrapper<Omit<PracticeVolumeOfRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  PracticeVolumesConnection: ResolverTypeWrapper<Omit<PracticeVolumesConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeVolumesRelationship']> }>;
  PracticeVolumesConnectionAggregateInput: PracticeVolumesConnectionAggregateInput;
  PracticeVolumesConnectionFilters: PracticeVolumesConnectionFilters;
  PracticeVolumesConnectionSort: PracticeVolumesConnectionSort;
  PracticeVolumesConnectionWhere: PracticeVolumesConnectionWhere;
  PracticeVolumesNodeAggregationWhereInput: PracticeVolumesNodeAggregationWhereInput;
  PracticeVolumesRelationship: ResolverTypeWrapper<Omit<PracticeVolumesRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  PracticeWhere: PracticeWhere;
  PracticesConnection: ResolverTypeWrapper<Omit<PracticesConnection, 'edges'> & { edges: Array<ResolversTypes['PracticeEdge']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteContext: ResolverTypeWrapper<QuoteContext>;
  RefersInput: RefersInput;
  Region: ResolverTypeWrapper<EntityObjectModel>;
  RegionAggregate: ResolverTypeWrapper<RegionAggregate>;
  RegionAggregateNode: ResolverTypeWrapper<RegionAggregateNode>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionKind: RegionKind;
  RegionKindEnumScalarFilters: RegionKindEnumScalarFilters;
  RegionNetworkNetworksAggregateSelection: ResolverTypeWrapper<RegionNetworkNetworksAggregateSelection>;
  RegionNetworkNetworksEdgeAggregateSelection: ResolverTypeWrapper<RegionNetworkNetworksEdgeAggregateSelection>;
  RegionNetworkNetworksNodeAggregateSelection: ResolverTypeWrapper<RegionNetworkNetworksNodeAggregateSelection>;
  RegionNetworksConnection: ResolverTypeWrapper<Omit<RegionNetworksConnection, 'edges'> & { edges: Array<ResolversTypes['RegionNetworksRelationship']> }>;
  RegionNetworksConnectionAggregateInput: RegionNetworksConnectionAggregateInput;
  RegionNetworksConnectionFilters: RegionNetworksConnectionFilters;
  RegionNetworksConnectionSort: RegionNetworksConnectionSort;
  RegionNetworksConnectionWhere: RegionNetworksConnectionWhere;
  RegionNetworksNodeAggregationWhereInput: RegionNetworksNodeAggregationWhereInput;
  RegionNetworksRelationship: ResolverTypeWrapper<Omit<RegionNetworksRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  RegionOrganisationOrganisationsAggregateSelection: ResolverTypeWrapper<RegionOrganisationOrganisationsAggregateSelection>;
  RegionOrganisationOrganisationsEdgeAggregateSelection: ResolverTypeWrapper<RegionOrganisationOrganisationsEdgeAggregateSelection>;
  RegionOrganisationOrganisationsNodeAggregateSelection: ResolverTypeWrapper<RegionOrganisationOrganisationsNodeAggregateSelection>;
  RegionOrganisationsConnection: ResolverTypeWrapper<Omit<RegionOrganisationsConnection, 'edges'> & { edges: Array<ResolversTypes['RegionOrganisationsRelationship']> }>;
  RegionOrganisationsConnectionAggregateInput: RegionOrganisationsConnectionAggregateInput;
  RegionOrganisationsConnectionFilters: RegionOrganisationsConnectionFilters;
  RegionOrganisationsConnectionSort: RegionOrganisationsConnectionSort;
  RegionOrganisationsConnectionWhere: RegionOrganisationsConnectionWhere;
  RegionOrganisationsNodeAggregationWhereInput: RegionOrganisationsNodeAggregationWhereInput;
  RegionOrganisationsRelationship: ResolverTypeWrapper<Omit<RegionOrganisationsRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  RegionPartOfConnection: ResolverTypeWrapper<Omit<RegionPartOfConnection, 'edges'> & { edges: Array<ResolversTypes['RegionPartOfRelationship']> }>;
  RegionPartOfConnectionAggregateInput: RegionPartOfConnectionAggregateInput;
  RegionPartOfConnectionFilters: RegionPartOfConnectionFilters;
  RegionPartOfConnectionSort: RegionPartOfConnectionSort;
  RegionPartOfConnectionWhere: RegionPartOfConnectionWhere;
  RegionPartOfNodeAggregationWhereInput: RegionPartOfNodeAggregationWhereInput;
  RegionPartOfRelationship: ResolverTypeWrapper<Omit<RegionPartOfRelationship, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionRegionPartOfAggregateSelection: ResolverTypeWrapper<RegionRegionPartOfAggregateSelection>;
  RegionRegionPartOfEdgeAggregateSelection: ResolverTypeWrapper<RegionRegionPartOfEdgeAggregateSelection>;
  RegionRegionPartOfNodeAggregateSelection: ResolverTypeWrapper<RegionRegionPartOfNodeAggregateSelection>;
  RegionRegionSubRegionsAggregateSelection: ResolverTypeWrapper<RegionRegionSubRegionsAggregateSelection>;
  RegionRegionSubRegionsEdgeAggregateSelection: ResolverTypeWrapper<RegionRegionSubRegionsEdgeAggregateSelection>;
  RegionRegionSubRegionsNodeAggregateSelection: ResolverTypeWrapper<RegionRegionSubRegionsNodeAggregateSelection>;
  RegionRelationshipFilters: RegionRelationshipFilters;
  RegionSort: RegionSort;
  RegionSubRegionsConnection: ResolverTypeWrapper<Omit<RegionSubRegionsConnection, 'edges'> & { edges: Array<ResolversTypes['RegionSubRegionsRelationship']> }>;
  RegionSubRegionsConnectionAggregateInput: RegionSubRegionsConnectionAggregateInput;
  RegionSubRegionsConnectionFilters: RegionSubRegionsConnectionFilters;
  RegionSubRegionsConnectionSort: RegionSubRegionsConnectionSort;
  RegionSubRegionsConnectionWhere: RegionSubRegionsConnectionWhere;
  RegionSubRegionsNodeAggregationWhereInput: RegionSubRegionsNodeAggregationWhereInput;
  RegionSubRegionsRelationship: ResolverTypeWrapper<Omit<RegionSubRegionsRelationship, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionWhere: RegionWhere;
  RegionsConnection: ResolverTypeWrapper<Omit<RegionsConnection, 'edges'> & { edges: Array<ResolversTypes['RegionEdge']> }>;
  RelationshipType: RelationshipType;
  Revision: ResolverTypeWrapper<Revision>;
  RevisionPage: ResolverTypeWrapper<RevisionPage>;
  SearchHit: ResolverTypeWrapper<SearchHitRowModel>;
  SimilarPractice: ResolverTypeWrapper<SimilarPracticeRowModel>;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<EntityObjectModel>;
  SourceAggregate: ResolverTypeWrapper<SourceAggregate>;
  SourceAggregateNode: ResolverTypeWrapper<SourceAggregateNode>;
  SourceDocument: ResolverTypeWrapper<Omit<SourceDocument, 'source'> & { source: ResolversTypes['Source'] }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceInput: SourceInput;
  SourceRevisionResult: ResolverTypeWrapper<Omit<SourceRevisionResult, 'source'> & { source: ResolversTypes['Source'] }>;
  SourceSort: SourceSort;
  SourceWhere: SourceWhere;
  SourcesConnection: ResolverTypeWrapper<Omit<SourcesConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  StaleEvidence: ResolverTypeWrapper<Omit<StaleEvidence, 'evidence' | 'from' | 'to'> & { evidence: ResolversTypes['Evidence'], from: ResolversTypes['Entity'], to: ResolversTypes['Entity'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringAggregateSelection: ResolverTypeWrapper<StringAggregateSelection>;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  Subgraph: ResolverTypeWrapper<SubgraphRowModel>;
  SuggestedEnd: ResolverTypeWrapper<SuggestedEnd>;
  SuggestedFact: ResolverTypeWrapper<SuggestedFact>;
  SuggestedRefers: ResolverTypeWrapper<SuggestedRefers>;
  Theme: ResolverTypeWrapper<EntityObjectModel>;
  ThemeAggregate: ResolverTypeWrapper<ThemeAggregate>;
  ThemeAggregateNode: ResolverTypeWrapper<ThemeAggregateNode>;
  ThemeBroaderConnection: ResolverTypeWrapper<Omit<ThemeBroaderConnection, 'edges'> & { edges: Array<ResolversTypes['ThemeBroaderRelationship']> }>;
  ThemeBroaderConnectionAggregateInput: ThemeBroaderConnectionAggregateInput;
  ThemeBroaderConnectionFilters: ThemeBroaderConnectionFilters;
  ThemeBroaderConnectionSort: ThemeBroaderConnectionSort;
  ThemeBroaderConnectionWhere: ThemeBroaderConnectionWhere;
  ThemeBroaderNodeAggregationWhereInput: ThemeBroaderNodeAggregationWhereInput;
  ThemeBroaderRelationship: ResolverTypeWrapper<Omit<ThemeBroaderRelationship, 'node'> & { node: ResolversTypes['Theme'] }>;
  ThemeCoverage: ResolverTypeWrapper<ThemeCoverageRowModel>;
  ThemeEdge: ResolverTypeWrapper<Omit<ThemeEdge, 'node'> & { node: ResolversTypes['Theme'] }>;
  ThemeNarrowerConnection: ResolverTypeWrapper<Omit<ThemeNarrowerConnection, 'edges'> & { edges: Array<ResolversTypes['ThemeNarrowerRelationship']> }>;
  ThemeNarrowerConnectionAggregateInput: ThemeNarrowerConnectionAggregateInput;
  ThemeNarrowerConnectionFilters: ThemeNarrowerConnectionFilters;
  ThemeNarrowerConnectionSort: ThemeNarrowerConnectionSort;
  ThemeNarrowerConnectionWhere: ThemeNarrowerConnectionWhere;
  ThemeNarrowerNodeAggregationWhereInput: ThemeNarrowerNodeAggregationWhereInput;
  ThemeNarrowerRelationship: ResolverTypeWrapper<Omit<ThemeNarrowerRelationship, 'node'> & { node: ResolversTypes['Theme'] }>;
  ThemeNetworkNetworksAggregateSelection: ResolverTypeWrapper<ThemeNetworkNetworksAggregateSelection>;
  ThemeNetworkNetworksEdgeAggregateSelection: ResolverTypeWrapper<ThemeNetworkNetworksEdgeAggregateSelection>;
  ThemeNetworkNetworksNodeAggregateSelection: ResolverTypeWrapper<ThemeNetworkNetworksNodeAggregateSelection>;
  ThemeNetworksConnection: ResolverTypeWrapper<Omit<ThemeNetworksConnection, 'edges'> & { edges: Array<ResolversTypes['ThemeNetworksRelationship']> }>;
  ThemeNetworksConnectionAggregateInput: ThemeNetworksConnectionAggregateInput;
  ThemeNetworksConnectionFilters: ThemeNetworksConnectionFilters;
  ThemeNetworksConnectionSort: ThemeNetworksConnectionSort;
  ThemeNetworksConnectionWhere: ThemeNetworksConnectionWhere;
  ThemeNetworksNodeAggregationWhereInput: ThemeNetworksNodeAggregationWhereInput;
  ThemeNetworksRelationship: ResolverTypeWrapper<Omit<ThemeNetworksRelationship, 'node'> & { node: ResolversTypes['Network'] }>;
  ThemeOrganisationOrganisationsAggregateSelection: ResolverTypeWrapper<ThemeOrganisationOrganisationsAggregateSelection>;
  ThemeOrganisationOrganisationsEdgeAggregateSelection: ResolverTypeWrapper<ThemeOrganisationOrganisationsEdgeAggregateSelection>;
  ThemeOrganisationOrganisationsNodeAggregateSelection: ResolverTypeWrapper<ThemeOrganisationOrganisationsNodeAggregateSelection>;
  ThemeOrganisationsConnection: ResolverTypeWrapper<Omit<ThemeOrganisationsConnection, 'edges'> & { edges: Array<ResolversTypes['ThemeOrganisationsRelationship']> }>;
  ThemeOrganisationsConnectionAggregateInput: ThemeOrganisationsConnectionAggregateInput;
  ThemeOrganisationsConnectionFilters: ThemeOrganisationsConnectionFilters;
  ThemeOrganisationsConnectionSort: ThemeOrganisationsConnectionSort;
  ThemeOrganisationsConnectionWhere: ThemeOrganisationsConnectionWhere;
  ThemeOrganisationsNodeAggregationWhereInput: ThemeOrganisationsNodeAggregationWhereInput;
  ThemeOrganisationsRelationship: ResolverTypeWrapper<Omit<ThemeOrganisationsRelationship, 'node'> & { node: ResolversTypes['Organisation'] }>;
  ThemePracticePracticesAggregateSelection: ResolverTypeWrapper<ThemePracticePracticesAggregateSelection>;
  ThemePracticePracticesEdgeAggregateSelection: ResolverTypeWrapper<ThemePracticePracticesEdgeAggregateSelection>;
  ThemePracticePracticesNodeAggregateSelection: ResolverTypeWrapper<ThemePracticePracticesNodeAggregateSelection>;
  ThemePracticesConnection: ResolverTypeWrapper<Omit<ThemePracticesConnection, 'edges'> & { edges: Array<ResolversTypes['ThemePracticesRelationship']> }>;
  ThemePracticesConnectionAggregateInput: ThemePracticesConnectionAggregateInput;
  ThemePracticesConnectionFilters: ThemePracticesConnectionFilters;
  ThemePracticesConnectionSort: ThemePracticesConnectionSort;
  ThemePracticesConnectionWhere: ThemePracticesConnectionWhere;
  ThemePracticesNodeAggregationWhereInput: ThemePracticesNodeAggregationWhereInput;
  ThemePracticesRelationship: ResolverTypeWrapper<Omit<ThemePracticesRelationship, 'node'> & { node: ResolversTypes['Practice'] }>;
  ThemeRelatedConnection: ResolverTypeWrapper<Omit<ThemeRelatedConnection, 'edges'> & { edges: Array<ResolversTypes['ThemeRelatedRelationship']> }>;
  ThemeRelatedConnectionAggregateInput: ThemeRelatedConnectionAggregateInput;
  ThemeRelatedConnectionFilters: ThemeRelatedConnectionFilters;
  ThemeRelatedConnectionSort: ThemeRelatedConnectionSort;
  ThemeRelatedConnectionWhere: ThemeRelatedConnectionWhere;
  ThemeRelatedFromConnection: ResolverTypeWrapper<Omit<ThemeRelatedFromConnection, 'edges'> & { edges: Array<ResolversTypes['ThemeRelatedFromRelationship']> }>;
  ThemeRelatedFromConnectionAggregateInput: ThemeRelatedFromConnectionAggregateInput;
  ThemeRelatedFromConnectionFilters: ThemeRelatedFromConnectionFilters;
  ThemeRelatedFromConnectionSort: ThemeRelatedFromConnectionSort;
  ThemeRelatedFromConnectionWhere: ThemeRelatedFromConnectionWhere;
  ThemeRelatedFromNodeAggregationWhereInput: ThemeRelatedFromNodeAggregationWhereInput;
  ThemeRelatedFromRelationship: ResolverTypeWrapper<Omit<ThemeRelatedFromRelationship, 'node'> & { node: ResolversTypes['Theme'] }>;
  ThemeRelatedNodeAggregationWhereInput: ThemeRelatedNodeAggregationWhereInput;
  ThemeRelatedRelationship: ResolverTypeWrapper<Omit<ThemeRelatedRelationship, 'node'> & { node: ResolversTypes['Theme'] }>;
  ThemeRelationshipFilters: ThemeRelationshipFilters;
  ThemeSort: ThemeSort;
  ThemeThemeBroaderAggregateSelection: ResolverTypeWrapper<ThemeThemeBroaderAggregateSelection>;
  ThemeThemeBroaderEdgeAggregateSelection: ResolverTypeWrapper<ThemeThemeBroaderEdgeAggregateSelection>;
  ThemeThemeBroaderNodeAggregateSelection: ResolverTypeWrapper<ThemeThemeBroaderNodeAggregateSelection>;
  ThemeThemeNarrowerAggregateSelection: ResolverTypeWrapper<ThemeThemeNarrowerAggregateSelection>;
  ThemeThemeNarrowerEdgeAggregateSelection: ResolverTypeWrapper<ThemeThemeNarrowerEdgeAggregateSelection>;
  ThemeThemeNarrowerNodeAggregateSelection: ResolverTypeWrapper<ThemeThemeNarrowerNodeAggregateSelection>;
  ThemeThemeRelatedAggregateSelection: ResolverTypeWrapper<ThemeThemeRelatedAggregateSelection>;
  ThemeThemeRelatedEdgeAggregateSelection: ResolverTypeWrapper<ThemeThemeRelatedEdgeAggregateSelection>;
  ThemeThemeRelatedFromAggregateSelection: ResolverTypeWrapper<ThemeThemeRelatedFromAggregateSelection>;
  ThemeThemeRelatedFromEdgeAggregateSelection: ResolverTypeWrapper<ThemeThemeRelatedFromEdgeAggregateSelection>;
  ThemeThemeRelatedFromNodeAggregateSelection: ResolverTypeWrapper<ThemeThemeRelatedFromNodeAggregateSelection>;
  ThemeThemeRelatedNodeAggregateSelection: ResolverTypeWrapper<ThemeThemeRelatedNodeAggregateSelection>;
  ThemeWhere: ThemeWhere;
  ThemesConnection: ResolverTypeWrapper<Omit<ThemesConnection, 'edges'> & { edges: Array<ResolversTypes['ThemeEdge']> }>;
  Viewer: ResolverTypeWrapper<Viewer>;
  WriteResult: ResolverTypeWrapper<Omit<WriteResult, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Author: Author;
  Boolean: Scalars['Boolean']['output'];
  BooleanScalarFilters: BooleanScalarFilters;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Count: Count;
  CountConnection: CountConnection;
  EntitiesConnection: Omit<EntitiesConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  Entity: EntityObjectModel;
  EntityAggregate: EntityAggregate;
  EntityAggregateNode: EntityAggregateNode;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFields: EntityFields;
  EntitySort: EntitySort;
  EntityTypeEnumScalarFilters: EntityTypeEnumScalarFilters;
  EntityWhere: EntityWhere;
  ErasureResult: ErasureResult;
  Evidence: EvidenceRowModel;
  EvidenceBasisEnumScalarFilters: EvidenceBasisEnumScalarFilters;
  EvidenceInput: EvidenceInput;
  FacetBucket: FacetBucketRowModel;
  FacetFilter: FacetFilter;
  FacetKey: FacetKeyRowModel;
  Facets: Omit<Facets, 'buckets'> & { buckets: Array<ResolversParentTypes['FacetBucket']> };
  Fact: Fact;
  FactAggregationWhereInput: FactAggregationWhereInput;
  FactSort: FactSort;
  FactSuggestions: FactSuggestions;
  FactWhere: FactWhere;
  FieldChange: FieldChange;
  Float: Scalars['Float']['output'];
  FloatScalarFilters: FloatScalarFilters;
  Gap: GapRowModel;
  GapRegion: GapRegionRowModel;
  GraphEdge: GraphEdgeRowModel;
  GraphPath: GraphPathRowModel;
  ID: Scalars['ID']['output'];
  IDScalarFilters: IdScalarFilters;
  Int: Scalars['Int']['output'];
  IntAggregateSelection: IntAggregateSelection;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  ItemChange: ItemChange;
  Mutation: Record<PropertyKey, never>;
  Network: EntityObjectModel;
  NetworkAggregate: NetworkAggregate;
  NetworkAggregateNode: NetworkAggregateNode;
  NetworkDevelopedConnection: Omit<NetworkDevelopedConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkDevelopedRelationship']> };
  NetworkDevelopedConnectionAggregateInput: NetworkDevelopedConnectionAggregateInput;
  NetworkDevelopedConnectionFilters: NetworkDevelopedConnectionFilters;
  NetworkDevelopedConnectionSort: NetworkDevelopedConnectionSort;
  NetworkDevelopedConnectionWhere: NetworkDevelopedConnectionWhere;
  NetworkDevelopedNodeAggregationWhereInput: NetworkDevelopedNodeAggregationWhereInput;
  NetworkDevelopedRelationship: Omit<NetworkDevelopedRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  NetworkEdge: Omit<NetworkEdge, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkFundedByConnection: Omit<NetworkFundedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkFundedByRelationship']> };
  NetworkFundedByConnectionAggregateInput: NetworkFundedByConnectionAggregateInput;
  NetworkFundedByConnectionFilters: NetworkFundedByConnectionFilters;
  NetworkFundedByConnectionSort: NetworkFundedByConnectionSort;
  NetworkFundedByConnectionWhere: NetworkFundedByConnectionWhere;
  NetworkFundedByNodeAggregationWhereInput: NetworkFundedByNodeAggregationWhereInput;
  NetworkFundedByRelationship: Omit<NetworkFundedByRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  NetworkKindEnumScalarFilters: NetworkKindEnumScalarFilters;
  NetworkMembersConnection: Omit<NetworkMembersConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkMembersRelationship']> };
  NetworkMembersConnectionAggregateInput: NetworkMembersConnectionAggregateInput;
  NetworkMembersConnectionFilters: NetworkMembersConnectionFilters;
  NetworkMembersConnectionSort: NetworkMembersConnectionSort;
  NetworkMembersConnectionWhere: NetworkMembersConnectionWhere;
  NetworkMembersNodeAggregationWhereInput: NetworkMembersNodeAggregationWhereInput;
  NetworkMembersRelationship: Omit<NetworkMembersRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  NetworkNetworkPartOfAggregateSelection: NetworkNetworkPartOfAggregateSelection;
  NetworkNetworkPartOfEdgeAggregateSelection: NetworkNetworkPartOfEdgeAggregateSelection;
  NetworkNetworkPartOfNodeAggregateSelection: NetworkNetworkPartOfNodeAggregateSelection;
  NetworkNetworkPartsAggregateSelection: NetworkNetworkPartsAggregateSelection;
  NetworkNetworkPartsEdgeAggregateSelection: NetworkNetworkPartsEdgeAggregateSelection;
  NetworkNetworkPartsNodeAggregateSelection: NetworkNetworkPartsNodeAggregateSelection;
  NetworkNetworkSucceededByAggregateSelection: NetworkNetworkSucceededByAggregateSelection;
  NetworkNetworkSucceededByEdgeAggregateSelection: NetworkNetworkSucceededByEdgeAggregateSelection;
  NetworkNetworkSucceededByNodeAggregateSelection: NetworkNetworkSucceededByNodeAggregateSelection;
  NetworkNetworkSucceedsAggregateSelection: NetworkNetworkSucceedsAggregateSelection;
  NetworkNetworkSucceedsEdgeAggregateSelection: NetworkNetworkSucceedsEdgeAggregateSelection;
  NetworkNetworkSucceedsNodeAggregateSelection: NetworkNetworkSucceedsNodeAggregateSelection;
  NetworkNetworkSupportedByAggregateSelection: NetworkNetworkSupportedByAggregateSelection;
  NetworkNetworkSupportedByEdgeAggregateSelection: NetworkNetworkSupportedByEdgeAggregateSelection;
  NetworkNetworkSupportedByNodeAggregateSelection: NetworkNetworkSupportedByNodeAggregateSelection;
  NetworkNetworkSupportsAggregateSelection: NetworkNetworkSupportsAggregateSelection;
  NetworkNetworkSupportsEdgeAggregateSelection: NetworkNetworkSupportsEdgeAggregateSelection;
  NetworkNetworkSupportsNodeAggregateSelection: NetworkNetworkSupportsNodeAggregateSelection;
  NetworkOrganisationFundedByAggregateSelection: NetworkOrganisationFundedByAggregateSelection;
  NetworkOrganisationFundedByEdgeAggregateSelection: NetworkOrganisationFundedByEdgeAggregateSelection;
  NetworkOrganisationFundedByNodeAggregateSelection: NetworkOrganisationFundedByNodeAggregateSelection;
  NetworkOrganisationMembersAggregateSelection: NetworkOrganisationMembersAggregateSelection;
  NetworkOrganisationMembersEdgeAggregateSelection: NetworkOrganisationMembersEdgeAggregateSelection;
  NetworkOrganisationMembersNodeAggregateSelection: NetworkOrganisationMembersNodeAggregateSelection;
  NetworkOrganisationPartnersAggregateSelection: NetworkOrganisationPartnersAggregateSelection;
  NetworkOrganisationPartnersEdgeAggregateSelection: NetworkOrganisationPartnersEdgeAggregateSelection;
  NetworkOrganisationPartnersNodeAggregateSelection: NetworkOrganisationPartnersNodeAggregateSelection;
  NetworkOrganisationRunByAggregateSelection: NetworkOrganisationRunByAggregateSelection;
  NetworkOrganisationRunByEdgeAggregateSelection: NetworkOrganisationRunByEdgeAggregateSelection;
  NetworkOrganisationRunByNodeAggregateSelection: NetworkOrganisationRunByNodeAggregateSelection;
  NetworkPartOfConnection: Omit<NetworkPartOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkPartOfRelationship']> };
  NetworkPartOfConnectionAggregateInput: NetworkPartOfConnectionAggregateInput;
  NetworkPartOfConnectionFilters: NetworkPartOfConnectionFilters;
  NetworkPartOfConnectionSort: NetworkPartOfConnectionSort;
  NetworkPartOfConnectionWhere: NetworkPartOfConnectionWhere;
  NetworkPartOfNodeAggregationWhereInput: NetworkPartOfNodeAggregationWhereInput;
  NetworkPartOfRelationship: Omit<NetworkPartOfRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkPartnersConnection: Omit<NetworkPartnersConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkPartnersRelationship']> };
  NetworkPartnersConnectionAggregateInput: NetworkPartnersConnectionAggregateInput;
  NetworkPartnersConnectionFilters: NetworkPartnersConnectionFilters;
  NetworkPartnersConnectionSort: NetworkPartnersConnectionSort;
  NetworkPartnersConnectionWhere: NetworkPartnersConnectionWhere;
  NetworkPartnersNodeAggregationWhereInput: NetworkPartnersNodeAggregationWhereInput;
  NetworkPartnersRelationship: Omit<NetworkPartnersRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  NetworkPartsConnection: Omit<NetworkPartsConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkPartsRelationship']> };
  NetworkPartsConnectionAggregateInput: NetworkPartsConnectionAggregateInput;
  NetworkPartsConnectionFilters: NetworkPartsConnectionFilters;
  NetworkPartsConnectionSort: NetworkPartsConnectionSort;
  NetworkPartsConnectionWhere: NetworkPartsConnectionWhere;
  NetworkPartsNodeAggregationWhereInput: NetworkPartsNodeAggregationWhereInput;
  NetworkPartsRelationship: Omit<NetworkPartsRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkPeopleConnection: Omit<NetworkPeopleConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkPeopleRelationship']> };
  NetworkPeopleConnectionAggregateInput: NetworkPeopleConnectionAggregateInput;
  NetworkPeopleConnectionFilters: NetworkPeopleConnectionFilters;
  NetworkPeopleConnectionSort: NetworkPeopleConnectionSort;
  NetworkPeopleConnectionWhere: NetworkPeopleConnectionWhere;
  NetworkPeopleNodeAggregationWhereInput: NetworkPeopleNodeAggregationWhereInput;
  NetworkPeopleRelationship: Omit<NetworkPeopleRelationship, 'node'> & { node: ResolversParentTypes['Person'] };
  NetworkPersonPeopleAggregateSelection: NetworkPersonPeopleAggregateSelection;
  NetworkPersonPeopleEdgeAggregateSelection: NetworkPersonPeopleEdgeAggregateSelection;
  NetworkPersonPeopleNodeAggregateSelection: NetworkPersonPeopleNodeAggregateSelection;
  NetworkPracticeDevelopedAggregateSelection: NetworkPracticeDevelopedAggregateSelection;
  NetworkPracticeDevelopedEdgeAggregateSelection: NetworkPracticeDevelopedEdgeAggregateSelection;
  NetworkPracticeDevelopedNodeAggregateSelection: NetworkPracticeDevelopedNodeAggregateSelection;
  NetworkPracticePracticesAggregateSelection: NetworkPracticePracticesAggregateSelection;
  NetworkPracticePracticesEdgeAggregateSelection: NetworkPracticePracticesEdgeAggregateSelection;
  NetworkPracticePracticesNodeAggregateSelection: NetworkPracticePracticesNodeAggregateSelection;
  NetworkPracticesConnection: Omit<NetworkPracticesConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkPracticesRelationship']> };
  NetworkPracticesConnectionAggregateInput: NetworkPracticesConnectionAggregateInput;
  NetworkPracticesConnectionFilters: NetworkPracticesConnectionFilters;
  NetworkPracticesConnectionSort: NetworkPracticesConnectionSort;
  NetworkPracticesConnectionWhere: NetworkPracticesConnectionWhere;
  NetworkPracticesNodeAggregationWhereInput: NetworkPracticesNodeAggregationWhereInput;
  NetworkPracticesRelationship: Omit<NetworkPracticesRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  NetworkRegionRegionsAggregateSelection: NetworkRegionRegionsAggregateSelection;
  NetworkRegionRegionsEdgeAggregateSelection: NetworkRegionRegionsEdgeAggregateSelection;
  NetworkRegionRegionsNodeAggregateSelection: NetworkRegionRegionsNodeAggregateSelection;
  NetworkRegionsConnection: Omit<NetworkRegionsConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkRegionsRelationship']> };
  NetworkRegionsConnectionAggregateInput: NetworkRegionsConnectionAggregateInput;
  NetworkRegionsConnectionFilters: NetworkRegionsConnectionFilters;
  NetworkRegionsConnectionSort: NetworkRegionsConnectionSort;
  NetworkRegionsConnectionWhere: NetworkRegionsConnectionWhere;
  NetworkRegionsNodeAggregationWhereInput: NetworkRegionsNodeAggregationWhereInput;
  NetworkRegionsRelationship: Omit<NetworkRegionsRelationship, 'node'> & { node: ResolversParentTypes['Region'] };
  NetworkRelationshipFilters: NetworkRelationshipFilters;
  NetworkRunByConnection: Omit<NetworkRunByConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkRunByRelationship']> };
  NetworkRunByConnectionAggregateInput: NetworkRunByConnectionAggregateInput;
  NetworkRunByConnectionFilters: NetworkRunByConnectionFilters;
  NetworkRunByConnectionSort: NetworkRunByConnectionSort;
  NetworkRunByConnectionWhere: NetworkRunByConnectionWhere;
  NetworkRunByNodeAggregationWhereInput: NetworkRunByNodeAggregationWhereInput;
  NetworkRunByRelationship: Omit<NetworkRunByRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  NetworkSort: NetworkSort;
  NetworkSucceededByConnection: Omit<NetworkSucceededByConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkSucceededByRelationship']> };
  NetworkSucceededByConnectionAggregateInput: NetworkSucceededByConnectionAggregateInput;
  NetworkSucceededByConnectionFilters: NetworkSucceededByConnectionFilters;
  NetworkSucceededByConnectionSort: NetworkSucceededByConnectionSort;
  NetworkSucceededByConnectionWhere: NetworkSucceededByConnectionWhere;
  NetworkSucceededByNodeAggregationWhereInput: NetworkSucceededByNodeAggregationWhereInput;
  NetworkSucceededByRelationship: Omit<NetworkSucceededByRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkSucceedsConnection: Omit<NetworkSucceedsConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkSucceedsRelationship']> };
  NetworkSucceedsConnectionAggregateInput: NetworkSucceedsConnectionAggregateInput;
  NetworkSucceedsConnectionFilters: NetworkSucceedsConnectionFilters;
  NetworkSucceedsConnectionSort: NetworkSucceedsConnectionSort;
  NetworkSucceedsConnectionWhere: NetworkSucceedsConnectionWhere;
  NetworkSucceedsNodeAggregationWhereInput: NetworkSucceedsNodeAggregationWhereInput;
  NetworkSucceedsRelationship: Omit<NetworkSucceedsRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkSupportedByConnection: Omit<NetworkSupportedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkSupportedByRelationship']> };
  NetworkSupportedByConnectionAggregateInput: NetworkSupportedByConnectionAggregateInput;
  NetworkSupportedByConnectionFilters: NetworkSupportedByConnectionFilters;
  NetworkSupportedByConnectionSort: NetworkSupportedByConnectionSort;
  NetworkSupportedByConnectionWhere: NetworkSupportedByConnectionWhere;
  NetworkSupportedByNodeAggregationWhereInput: NetworkSupportedByNodeAggregationWhereInput;
  NetworkSupportedByRelationship: Omit<NetworkSupportedByRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkSupportsConnection: Omit<NetworkSupportsConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkSupportsRelationship']> };
  NetworkSupportsConnectionAggregateInput: NetworkSupportsConnectionAggregateInput;
  NetworkSupportsConnectionFilters: NetworkSupportsConnectionFilters;
  NetworkSupportsConnectionSort: NetworkSupportsConnectionSort;
  NetworkSupportsConnectionWhere: NetworkSupportsConnectionWhere;
  NetworkSupportsNodeAggregationWhereInput: NetworkSupportsNodeAggregationWhereInput;
  NetworkSupportsRelationship: Omit<NetworkSupportsRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkThemeThemesAggregateSelection: NetworkThemeThemesAggregateSelection;
  NetworkThemeThemesEdgeAggregateSelection: NetworkThemeThemesEdgeAggregateSelection;
  NetworkThemeThemesNodeAggregateSelection: NetworkThemeThemesNodeAggregateSelection;
  NetworkThemesConnection: Omit<NetworkThemesConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkThemesRelationship']> };
  NetworkThemesConnectionAggregateInput: NetworkThemesConnectionAggregateInput;
  NetworkThemesConnectionFilters: NetworkThemesConnectionFilters;
  NetworkThemesConnectionSort: NetworkThemesConnectionSort;
  NetworkThemesConnectionWhere: NetworkThemesConnectionWhere;
  NetworkThemesNodeAggregationWhereInput: NetworkThemesNodeAggregationWhereInput;
  NetworkThemesRelationship: Omit<NetworkThemesRelationship, 'node'> & { node: ResolversParentTypes['Theme'] };
  NetworkWhere: NetworkWhere;
  NetworksConnection: Omit<NetworksConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkEdge']> };
  Organisation: EntityObjectModel;
  OrganisationAggregate: OrganisationAggregate;
  OrganisationAggregateNode: OrganisationAggregateNode;
  OrganisationAppliesConnection: Omit<OrganisationAppliesConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationAppliesRelationship']> };
  OrganisationAppliesConnectionAggregateInput: OrganisationAppliesConnectionAggregateInput;
  OrganisationAppliesConnectionFilters: OrganisationAppliesConnectionFilters;
  OrganisationAppliesConnectionSort: OrganisationAppliesConnectionSort;
  OrganisationAppliesConnectionWhere: OrganisationAppliesConnectionWhere;
  OrganisationAppliesNodeAggregationWhereInput: OrganisationAppliesNodeAggregationWhereInput;
  OrganisationAppliesRelationship: Omit<OrganisationAppliesRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  OrganisationCooperatedWithByConnection: Omit<OrganisationCooperatedWithByConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationCooperatedWithByRelationship']> };
  OrganisationCooperatedWithByConnectionAggregateInput: OrganisationCooperatedWithByConnectionAggregateInput;
  OrganisationCooperatedWithByConnectionFilters: OrganisationCooperatedWithByConnectionFilters;
  OrganisationCooperatedWithByConnectionSort: OrganisationCooperatedWithByConnectionSort;
  OrganisationCooperatedWithByConnectionWhere: OrganisationCooperatedWithByConnectionWhere;
  OrganisationCooperatedWithByNodeAggregationWhereInput: OrganisationCooperatedWithByNodeAggregationWhereInput;
  OrganisationCooperatedWithByRelationship: Omit<OrganisationCooperatedWithByRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationCooperatesWithConnection: Omit<OrganisationCooperatesWithConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationCooperatesWithRelationship']> };
  OrganisationCooperatesWithConnectionAggregateInput: OrganisationCooperatesWithConnectionAggregateInput;
  OrganisationCooperatesWithConnectionFilters: OrganisationCooperatesWithConnectionFilters;
  OrganisationCooperatesWithConnectionSort: OrganisationCooperatesWithConnectionSort;
  OrganisationCooperatesWithConnectionWhere: OrganisationCooperatesWithConnectionWhere;
  OrganisationCooperatesWithNodeAggregationWhereInput: OrganisationCooperatesWithNodeAggregationWhereInput;
  OrganisationCooperatesWithRelationship: Omit<OrganisationCooperatesWithRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationDevelopedConnection: Omit<OrganisationDevelopedConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationDevelopedRelationship']> };
  OrganisationDevelopedConnectionAggregateInput: OrganisationDevelopedConnectionAggregateInput;
  OrganisationDevelopedConnectionFilters: OrganisationDevelopedConnectionFilters;
  OrganisationDevelopedConnectionSort: OrganisationDevelopedConnectionSort;
  OrganisationDevelopedConnectionWhere: OrganisationDevelopedConnectionWhere;
  OrganisationDevelopedNodeAggregationWhereInput: OrganisationDevelopedNodeAggregationWhereInput;
  OrganisationDevelopedRelationship: Omit<OrganisationDevelopedRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationFundsNetworksConnection: Omit<OrganisationFundsNetworksConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationFundsNetworksRelationship']> };
  OrganisationFundsNetworksConnectionAggregateInput: OrganisationFundsNetworksConnectionAggregateInput;
  OrganisationFundsNetworksConnectionFilters: OrganisationFundsNetworksConnectionFilters;
  OrganisationFundsNetworksConnectionSort: OrganisationFundsNetworksConnectionSort;
  OrganisationFundsNetworksConnectionWhere: OrganisationFundsNetworksConnectionWhere;
  OrganisationFundsNetworksNodeAggregationWhereInput: OrganisationFundsNetworksNodeAggregationWhereInput;
  OrganisationFundsNetworksRelationship: Omit<OrganisationFundsNetworksRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  OrganisationFundsPracticesConnection: Omit<OrganisationFundsPracticesConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationFundsPracticesRelationship']> };
  OrganisationFundsPracticesConnectionAggregateInput: OrganisationFundsPracticesConnectionAggregateInput;
  OrganisationFundsPracticesConnectionFilters: OrganisationFundsPracticesConnectionFilters;
  OrganisationFundsPracticesConnectionSort: OrganisationFundsPracticesConnectionSort;
  OrganisationFundsPracticesConnectionWhere: OrganisationFundsPracticesConnectionWhere;
  OrganisationFundsPracticesNodeAggregationWhereInput: OrganisationFundsPracticesNodeAggregationWhereInput;
  OrganisationFundsPracticesRelationship: Omit<OrganisationFundsPracticesRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  OrganisationKindEnumScalarFilters: OrganisationKindEnumScalarFilters;
  OrganisationLocatedInConnection: Omit<OrganisationLocatedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationLocatedInRelationship']> };
  OrganisationLocatedInConnectionAggregateInput: OrganisationLocatedInConnectionAggregateInput;
  OrganisationLocatedInConnectionFilters: OrganisationLocatedInConnectionFilters;
  OrganisationLocatedInConnectionSort: OrganisationLocatedInConnectionSort;
  OrganisationLocatedInConnectionWhere: OrganisationLocatedInConnectionWhere;
  OrganisationLocatedInNodeAggregationWhereInput: OrganisationLocatedInNodeAggregationWhereInput;
  OrganisationLocatedInRelationship: Omit<OrganisationLocatedInRelationship, 'node'> & { node: ResolversParentTypes['Region'] };
  OrganisationMemberOfConnection: Omit<OrganisationMemberOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationMemberOfRelationship']> };
  OrganisationMemberOfConnectionAggregateInput: OrganisationMemberOfConnectionAggregateInput;
  OrganisationMemberOfConnectionFilters: OrganisationMemberOfConnectionFilters;
  OrganisationMemberOfConnectionSort: OrganisationMemberOfConnectionSort;
  OrganisationMemberOfConnectionWhere: OrganisationMemberOfConnectionWhere;
  OrganisationMemberOfNodeAggregationWhereInput: OrganisationMemberOfNodeAggregationWhereInput;
  OrganisationMemberOfRelationship: Omit<OrganisationMemberOfRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  OrganisationNetworkFundsNetworksAggregateSelection: OrganisationNetworkFundsNetworksAggregateSelection;
  OrganisationNetworkFundsNetworksEdgeAggregateSelection: OrganisationNetworkFundsNetworksEdgeAggregateSelection;
  OrganisationNetworkFundsNetworksNodeAggregateSelection: OrganisationNetworkFundsNetworksNodeAggregateSelection;
  OrganisationNetworkMemberOfAggregateSelection: OrganisationNetworkMemberOfAggregateSelection;
  OrganisationNetworkMemberOfEdgeAggregateSelection: OrganisationNetworkMemberOfEdgeAggregateSelection;
  OrganisationNetworkMemberOfNodeAggregateSelection: OrganisationNetworkMemberOfNodeAggregateSelection;
  OrganisationNetworkPartnerInNetworksAggregateSelection: OrganisationNetworkPartnerInNetworksAggregateSelection;
  OrganisationNetworkPartnerInNetworksEdgeAggregateSelection: OrganisationNetworkPartnerInNetworksEdgeAggregateSelection;
  OrganisationNetworkPartnerInNetworksNodeAggregateSelection: OrganisationNetworkPartnerInNetworksNodeAggregateSelection;
  OrganisationNetworkRunsAggregateSelection: OrganisationNetworkRunsAggregateSelection;
  OrganisationNetworkRunsEdgeAggregateSelection: OrganisationNetworkRunsEdgeAggregateSelection;
  OrganisationNetworkRunsNodeAggregateSelection: OrganisationNetworkRunsNodeAggregateSelection;
  OrganisationOrganisationCooperatedWithByAggregateSelection: OrganisationOrganisationCooperatedWithByAggregateSelection;
  OrganisationOrganisationCooperatedWithByEdgeAggregateSelection: OrganisationOrganisationCooperatedWithByEdgeAggregateSelection;
  OrganisationOrganisationCooperatedWithByNodeAggregateSelection: OrganisationOrganisationCooperatedWithByNodeAggregateSelection;
  OrganisationOrganisationCooperatesWithAggregateSelection: OrganisationOrganisationCooperatesWithAggregateSelection;
  OrganisationOrganisationCooperatesWithEdgeAggregateSelection: OrganisationOrganisationCooperatesWithEdgeAggregateSelection;
  OrganisationOrganisationCooperatesWithNodeAggregateSelection: OrganisationOrganisationCooperatesWithNodeAggregateSelection;
  OrganisationPartnerInNetworksConnection: Omit<OrganisationPartnerInNetworksConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationPartnerInNetworksRelationship']> };
  OrganisationPartnerInNetworksConnectionAggregateInput: OrganisationPartnerInNetworksConnectionAggregateInput;
  OrganisationPartnerInNetworksConnectionFilters: OrganisationPartnerInNetworksConnectionFilters;
  OrganisationPartnerInNetworksConnectionSort: OrganisationPartnerInNetworksConnectionSort;
  OrganisationPartnerInNetworksConnectionWhere: OrganisationPartnerInNetworksConnectionWhere;
  OrganisationPartnerInNetworksNodeAggregationWhereInput: OrganisationPartnerInNetworksNodeAggregationWhereInput;
  OrganisationPartnerInNetworksRelationship: Omit<OrganisationPartnerInNetworksRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  OrganisationPartnerInPracticesConnection: Omit<OrganisationPartnerInPracticesConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationPartnerInPracticesRelationship']> };
  OrganisationPartnerInPracticesConnectionAggregateInput: OrganisationPartnerInPracticesConnectionAggregateInput;
  OrganisationPartnerInPracticesConnectionFilters: OrganisationPartnerInPracticesConnectionFilters;
  OrganisationPartnerInPracticesConnectionSort: OrganisationPartnerInPracticesConnectionSort;
  OrganisationPartnerInPracticesConnectionWhere: OrganisationPartnerInPracticesConnectionWhere;
  OrganisationPartnerInPracticesNodeAggregationWhereInput: OrganisationPartnerInPracticesNodeAggregationWhereInput;
  OrganisationPartnerInPracticesRelationship: Omit<OrganisationPartnerInPracticesRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  OrganisationPeopleConnection: Omit<OrganisationPeopleConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationPeopleRelationship']> };
  OrganisationPeopleConnectionAggregateInput: OrganisationPeopleConnectionAggregateInput;
  OrganisationPeopleConnectionFilters: OrganisationPeopleConnectionFilters;
  OrganisationPeopleConnectionSort: OrganisationPeopleConnectionSort;
  OrganisationPeopleConnectionWhere: OrganisationPeopleConnectionWhere;
  OrganisationPeopleNodeAggregationWhereInput: OrganisationPeopleNodeAggregationWhereInput;
  OrganisationPeopleRelationship: Omit<OrganisationPeopleRelationship, 'node'> & { node: ResolversParentTypes['Person'] };
  OrganisationPersonPeopleAggregateSelection: OrganisationPersonPeopleAggregateSelection;
  OrganisationPersonPeopleEdgeAggregateSelection: OrganisationPersonPeopleEdgeAggregateSelection;
  OrganisationPersonPeopleNodeAggregateSelection: OrganisationPersonPeopleNodeAggregateSelection;
  OrganisationPracticeAppliesAggregateSelection: OrganisationPracticeAppliesAggregateSelection;
  OrganisationPracticeAppliesEdgeAggregateSelection: OrganisationPracticeAppliesEdgeAggregateSelection;
  OrganisationPracticeAppliesNodeAggregateSelection: OrganisationPracticeAppliesNodeAggregateSelection;
  OrganisationPracticeDevelopedAggregateSelection: OrganisationPracticeDevelopedAggregateSelection;
  OrganisationPracticeDevelopedEdgeAggregateSelection: OrganisationPracticeDevelopedEdgeAggregateSelection;
  OrganisationPracticeDevelopedNodeAggregateSelection: OrganisationPracticeDevelopedNodeAggregateSelection;
  OrganisationPracticeFundsPracticesAggregateSelection: OrganisationPracticeFundsPracticesAggregateSelection;
  OrganisationPracticeFundsPracticesEdgeAggregateSelection: OrganisationPracticeFundsPracticesEdgeAggregateSelection;
  OrganisationPracticeFundsPracticesNodeAggregateSelection: OrganisationPracticeFundsPracticesNodeAggregateSelection;
  OrganisationPracticePartnerInPracticesAggregateSelection: OrganisationPracticePartnerInPracticesAggregateSelection;
  OrganisationPracticePartnerInPracticesEdgeAggregateSelection: OrganisationPracticePartnerInPracticesEdgeAggregateSelection;
  OrganisationPracticePartnerInPracticesNodeAggregateSelection: OrganisationPracticePartnerInPracticesNodeAggregateSelection;
  OrganisationRegionLocatedInAggregateSelection: OrganisationRegionLocatedInAggregateSelection;
  OrganisationRegionLocatedInEdgeAggregateSelection: OrganisationRegionLocatedInEdgeAggregateSelection;
  OrganisationRegionLocatedInNodeAggregateSelection: OrganisationRegionLocatedInNodeAggregateSelection;
  OrganisationRelationshipFilters: OrganisationRelationshipFilters;
  OrganisationRunsConnection: Omit<OrganisationRunsConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationRunsRelationship']> };
  OrganisationRunsConnectionAggregateInput: OrganisationRunsConnectionAggregateInput;
  OrganisationRunsConnectionFilters: OrganisationRunsConnectionFilters;
  OrganisationRunsConnectionSort: OrganisationRunsConnectionSort;
  OrganisationRunsConnectionWhere: OrganisationRunsConnectionWhere;
  OrganisationRunsNodeAggregationWhereInput: OrganisationRunsNodeAggregationWhereInput;
  OrganisationRunsRelationship: Omit<OrganisationRunsRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  OrganisationSort: OrganisationSort;
  OrganisationThemeThemesAggregateSelection: OrganisationThemeThemesAggregateSelection;
  OrganisationThemeThemesEdgeAggregateSelection: OrganisationThemeThemesEdgeAggregateSelection;
  OrganisationThemeThemesNodeAggregateSelection: OrganisationThemeThemesNodeAggregateSelection;
  OrganisationThemesConnection: Omit<OrganisationThemesConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationThemesRelationship']> };
  OrganisationThemesConnectionAggregateInput: OrganisationThemesConnectionAggregateInput;
  OrganisationThemesConnectionFilters: OrganisationThemesConnectionFilters;
  OrganisationThemesConnectionSort: OrganisationThemesConnectionSort;
  OrganisationThemesConnectionWhere: OrganisationThemesConnectionWhere;
  OrganisationThemesNodeAggregationWhereInput: OrganisationThemesNodeAggregationWhereInput;
  OrganisationThemesRelationship: Omit<OrganisationThemesRelationship, 'node'> & { node: ResolversParentTypes['Theme'] };
  OrganisationWhere: OrganisationWhere;
  OrganisationsConnection: Omit<OrganisationsConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  PageInfo: PageInfo;
  PartnerOnTheme: PartnerOnThemeRowModel;
  PeopleConnection: Omit<PeopleConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  Person: EntityObjectModel;
  PersonAggregate: PersonAggregate;
  PersonAggregateNode: PersonAggregateNode;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonNetworkNetworksAggregateSelection: PersonNetworkNetworksAggregateSelection;
  PersonNetworkNetworksEdgeAggregateSelection: PersonNetworkNetworksEdgeAggregateSelection;
  PersonNetworkNetworksNodeAggregateSelection: PersonNetworkNetworksNodeAggregateSelection;
  PersonNetworksConnection: Omit<PersonNetworksConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonNetworksRelationship']> };
  PersonNetworksConnectionAggregateInput: PersonNetworksConnectionAggregateInput;
  PersonNetworksConnectionFilters: PersonNetworksConnectionFilters;
  PersonNetworksConnectionSort: PersonNetworksConnectionSort;
  PersonNetworksConnectionWhere: PersonNetworksConnectionWhere;
  PersonNetworksNodeAggregationWhereInput: PersonNetworksNodeAggregationWhereInput;
  PersonNetworksRelationship: Omit<PersonNetworksRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  PersonOrganisationWorksAtAggregateSelection: PersonOrganisationWorksAtAggregateSelection;
  PersonOrganisationWorksAtEdgeAggregateSelection: PersonOrganisationWorksAtEdgeAggregateSelection;
  PersonOrganisationWorksAtNodeAggregateSelection: PersonOrganisationWorksAtNodeAggregateSelection;
  PersonPracticePracticesAggregateSelection: PersonPracticePracticesAggregateSelection;
  PersonPracticePracticesEdgeAggregateSelection: PersonPracticePracticesEdgeAggregateSelection;
  PersonPracticePracticesNodeAggregateSelection: PersonPracticePracticesNodeAggregateSelection;
  PersonPracticesConnection: Omit<PersonPracticesConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonPracticesRelationship']> };
  PersonPracticesConnectionAggregateInput: PersonPracticesConnectionAggregateInput;
  PersonPracticesConnectionFilters: PersonPracticesConnectionFilters;
  PersonPracticesConnectionSort: PersonPracticesConnectionSort;
  PersonPracticesConnectionWhere: PersonPracticesConnectionWhere;
  PersonPracticesNodeAggregationWhereInput: PersonPracticesNodeAggregationWhereInput;
  PersonPracticesRelationship: Omit<PersonPracticesRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  PersonRelationshipFilters: PersonRelationshipFilters;
  PersonSort: PersonSort;
  PersonWhere: PersonWhere;
  PersonWorksAtConnection: Omit<PersonWorksAtConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonWorksAtRelationship']> };
  PersonWorksAtConnectionAggregateInput: PersonWorksAtConnectionAggregateInput;
  PersonWorksAtConnectionFilters: PersonWorksAtConnectionFilters;
  PersonWorksAtConnectionSort: PersonWorksAtConnectionSort;
  PersonWorksAtConnectionWhere: PersonWorksAtConnectionWhere;
  PersonWorksAtNodeAggregationWhereInput: PersonWorksAtNodeAggregationWhereInput;
  PersonWorksAtRelationship: Omit<PersonWorksAtRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  Practice: EntityObjectModel;
  PracticeAggregate: PracticeAggregate;
  PracticeAggregateNode: PracticeAggregateNode;
  PracticeAppliedByConnection: Omit<PracticeAppliedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeAppliedByRelationship']> };
  PracticeAppliedByConnectionAggregateInput: PracticeAppliedByConnectionAggregateInput;
  PracticeAppliedByConnectionFilters: PracticeAppliedByConnectionFilters;
  PracticeAppliedByConnectionSort: PracticeAppliedByConnectionSort;
  PracticeAppliedByConnectionWhere: PracticeAppliedByConnectionWhere;
  PracticeAppliedByNodeAggregationWhereInput: PracticeAppliedByNodeAggregationWhereInput;
  PracticeAppliedByRelationship: Omit<PracticeAppliedByRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PracticeDerivativesConnection: Omit<PracticeDerivativesConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeDerivativesRelationship']> };
  PracticeDerivativesConnectionAggregateInput: PracticeDerivativesConnectionAggregateInput;
  PracticeDerivativesConnectionFilters: PracticeDerivativesConnectionFilters;
  PracticeDerivativesConnectionSort: PracticeDerivativesConnectionSort;
  PracticeDerivativesConnectionWhere: PracticeDerivativesConnectionWhere;
  PracticeDerivativesNodeAggregationWhereInput: PracticeDerivativesNodeAggregationWhereInput;
  PracticeDerivativesRelationship: Omit<PracticeDerivativesRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  PracticeDerivedFromConnection: Omit<PracticeDerivedFromConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeDerivedFromRelationship']> };
  PracticeDerivedFromConnectionAggregateInput: PracticeDerivedFromConnectionAggregateInput;
  PracticeDerivedFromConnectionFilters: PracticeDerivedFromConnectionFilters;
  PracticeDerivedFromConnectionSort: PracticeDerivedFromConnectionSort;
  PracticeDerivedFromConnectionWhere: PracticeDerivedFromConnectionWhere;
  PracticeDerivedFromNodeAggregationWhereInput: PracticeDerivedFromNodeAggregationWhereInput;
  PracticeDerivedFromRelationship: Omit<PracticeDerivedFromRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  PracticeDevelopedByConnection: Omit<PracticeDevelopedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeDevelopedByRelationship']> };
  PracticeDevelopedByConnectionAggregateInput: PracticeDevelopedByConnectionAggregateInput;
  PracticeDevelopedByConnectionFilters: PracticeDevelopedByConnectionFilters;
  PracticeDevelopedByConnectionSort: PracticeDevelopedByConnectionSort;
  PracticeDevelopedByConnectionWhere: PracticeDevelopedByConnectionWhere;
  PracticeDevelopedByNetworksConnection: Omit<PracticeDevelopedByNetworksConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeDevelopedByNetworksRelationship']> };
  PracticeDevelopedByNetworksConnectionAggregateInput: PracticeDevelopedByNetworksConnectionAggregateInput;
  PracticeDevelopedByNetworksConnectionFilters: PracticeDevelopedByNetworksConnectionFilters;
  PracticeDevelopedByNetworksConnectionSort: PracticeDevelopedByNetworksConnectionSort;
  PracticeDevelopedByNetworksConnectionWhere: PracticeDevelopedByNetworksConnectionWhere;
  PracticeDevelopedByNetworksNodeAggregationWhereInput: PracticeDevelopedByNetworksNodeAggregationWhereInput;
  PracticeDevelopedByNetworksRelationship: Omit<PracticeDevelopedByNetworksRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  PracticeDevelopedByNodeAggregationWhereInput: PracticeDevelopedByNodeAggregationWhereInput;
  PracticeDevelopedByRelationship: Omit<PracticeDevelopedByRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PracticeEdge: Omit<PracticeEdge, 'node'> & { node: ResolversParentTypes['Practice'] };
  PracticeFundedByConnection: Omit<PracticeFundedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeFundedByRelationship']> };
  PracticeFundedByConnectionAggregateInput: PracticeFundedByConnectionAggregateInput;
  PracticeFundedByConnectionFilters: PracticeFundedByConnectionFilters;
  PracticeFundedByConnectionSort: PracticeFundedByConnectionSort;
  PracticeFundedByConnectionWhere: PracticeFundedByConnectionWhere;
  PracticeFundedByNodeAggregationWhereInput: PracticeFundedByNodeAggregationWhereInput;
  PracticeFundedByRelationship: Omit<PracticeFundedByRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PracticeKindEnumScalarFilters: PracticeKindEnumScalarFilters;
  PracticeNetworkDevelopedByNetworksAggregateSelection: PracticeNetworkDevelopedByNetworksAggregateSelection;
  PracticeNetworkDevelopedByNetworksEdgeAggregateSelection: PracticeNetworkDevelopedByNetworksEdgeAggregateSelection;
  PracticeNetworkDevelopedByNetworksNodeAggregateSelection: PracticeNetworkDevelopedByNetworksNodeAggregateSelection;
  PracticeNetworkNetworksAggregateSelection: PracticeNetworkNetworksAggregateSelection;
  PracticeNetworkNetworksEdgeAggregateSelection: PracticeNetworkNetworksEdgeAggregateSelection;
  PracticeNetworkNetworksNodeAggregateSelection: PracticeNetworkNetworksNodeAggregateSelection;
  PracticeNetworksConnection: Omit<PracticeNetworksConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeNetworksRelationship']> };
  PracticeNetworksConnectionAggregateInput: PracticeNetworksConnectionAggregateInput;
  PracticeNetworksConnectionFilters: PracticeNetworksConnectionFilters;
  PracticeNetworksConnectionSort: PracticeNetworksConnectionSort;
  PracticeNetworksConnectionWhere: PracticeNetworksConnectionWhere;
  PracticeNetworksNodeAggregationWhereInput: PracticeNetworksNodeAggregationWhereInput;
  PracticeNetworksRelationship: Omit<PracticeNetworksRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  PracticeOrganisationAppliedByAggregateSelection: PracticeOrganisationAppliedByAggregateSelection;
  PracticeOrganisationAppliedByEdgeAggregateSelection: PracticeOrganisationAppliedByEdgeAggregateSelection;
  PracticeOrganisationAppliedByNodeAggregateSelection: PracticeOrganisationAppliedByNodeAggregateSelection;
  PracticeOrganisationDevelopedByAggregateSelection: PracticeOrganisationDevelopedByAggregateSelection;
  PracticeOrganisationDevelopedByEdgeAggregateSelection: PracticeOrganisationDevelopedByEdgeAggregateSelection;
  PracticeOrganisationDevelopedByNodeAggregateSelection: PracticeOrganisationDevelopedByNodeAggregateSelection;
  PracticeOrganisationFundedByAggregateSelection: PracticeOrganisationFundedByAggregateSelection;
  PracticeOrganisationFundedByEdgeAggregateSelection: PracticeOrganisationFundedByEdgeAggregateSelection;
  PracticeOrganisationFundedByNodeAggregateSelection: PracticeOrganisationFundedByNodeAggregateSelection;
  PracticeOrganisationPartnersAggregateSelection: PracticeOrganisationPartnersAggregateSelection;
  PracticeOrganisationPartnersEdgeAggregateSelection: PracticeOrganisationPartnersEdgeAggregateSelection;
  PracticeOrganisationPartnersNodeAggregateSelection: PracticeOrganisationPartnersNodeAggregateSelection;
  PracticePartnersConnection: Omit<PracticePartnersConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticePartnersRelationship']> };
  PracticePartnersConnectionAggregateInput: PracticePartnersConnectionAggregateInput;
  PracticePartnersConnectionFilters: PracticePartnersConnectionFilters;
  PracticePartnersConnectionSort: PracticePartnersConnectionSort;
  PracticePartnersConnectionWhere: PracticePartnersConnectionWhere;
  PracticePartnersNodeAggregationWhereInput: PracticePartnersNodeAggregationWhereInput;
  PracticePartnersRelationship: Omit<PracticePartnersRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  PracticePeopleConnection: Omit<PracticePeopleConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticePeopleRelationship']> };
  PracticePeopleConnectionAggregateInput: PracticePeopleConnectionAggregateInput;
  PracticePeopleConnectionFilters: PracticePeopleConnectionFilters;
  PracticePeopleConnectionSort: PracticePeopleConnectionSort;
  PracticePeopleConnectionWhere: PracticePeopleConnectionWhere;
  PracticePeopleNodeAggregationWhereInput: PracticePeopleNodeAggregationWhereInput;
  PracticePeopleRelationship: Omit<PracticePeopleRelationship, 'node'> & { node: ResolversParentTypes['Person'] };
  PracticePersonPeopleAggregateSelection: PracticePersonPeopleAggregateSelection;
  PracticePersonPeopleEdgeAggregateSelection: PracticePersonPeopleEdgeAggregateSelection;
  PracticePersonPeopleNodeAggregateSelection: PracticePersonPeopleNodeAggregateSelection;
  PracticePracticeDerivativesAggregateSelection: PracticePracticeDerivativesAggregateSelection;
  PracticePracticeDerivativesEdgeAggregateSelection: PracticePracticeDerivativesEdgeAggregateSelection;
  PracticePracticeDerivativesNodeAggregateSelection: PracticePracticeDerivativesNodeAggregateSelection;
  PracticePracticeDerivedFromAggregateSelection: PracticePracticeDerivedFromAggregateSelection;
  PracticePracticeDerivedFromEdgeAggregateSelection: PracticePracticeDerivedFromEdgeAggregateSelection;
  PracticePracticeDerivedFromNodeAggregateSelection: PracticePracticeDerivedFromNodeAggregateSelection;
  PracticePracticeVolumeOfAggregateSelection: PracticePracticeVolumeOfAggregateSelection;
  PracticePracticeVolumeOfEdgeAggregateSelection: PracticePracticeVolumeOfEdgeAggregateSelection;
  PracticePracticeVolumeOfNodeAggregateSelection: PracticePracticeVolumeOfNodeAggregateSelection;
  PracticePracticeVolumesAggregateSelection: PracticePracticeVolumesAggregateSelection;
  PracticePracticeVolumesEdgeAggregateSelection: PracticePracticeVolumesEdgeAggregateSelection;
  PracticePracticeVolumesNodeAggregateSelection: PracticePracticeVolumesNodeAggregateSelection;
  PracticeRelationshipFilters: PracticeRelationshipFilters;
  PracticeSort: PracticeSort;
  PracticeThemeThemesAggregateSelection: PracticeThemeThemesAggregateSelection;
  PracticeThemeThemesEdgeAggregateSelection: PracticeThemeThemesEdgeAggregateSelection;
  PracticeThemeThemesNodeAggregateSelection: PracticeThemeThemesNodeAggregateSelection;
  PracticeThemesConnection: Omit<PracticeThemesConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeThemesRelationship']> };
  PracticeThemesConnectionAggregateInput: PracticeThemesConnectionAggregateInput;
  PracticeThemesConnectionFilters: PracticeThemesConnectionFilters;
  PracticeThemesConnectionSort: PracticeThemesConnectionSort;
  PracticeThemesConnectionWhere: PracticeThemesConnectionWhere;
  PracticeThemesNodeAggregationWhereInput: PracticeThemesNodeAggregationWhereInput;
  PracticeThemesRelationship: Omit<PracticeThemesRelationship, 'node'> & { node: ResolversParentTypes['Theme'] };
  PracticeVolumeOfConnection: Omit<PracticeVolumeOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeVolumeOfRelationship']> };
  PracticeVolumeOfConnectionAggregateInput: PracticeVolumeOfConnectionAggregateInput;
  PracticeVolumeOfConnectionFilters: PracticeVolumeOfConnectionFilters;
  PracticeVolumeOfConnectionSort: PracticeVolumeOfConnectionSort;
  PracticeVolumeOfConnectionWhere: PracticeVolumeOfConnectionWhere;
  PracticeVolumeOfNodeAggregationWhereInput: PracticeVolumeOfNodeAggregationWhereInput;
  PracticeVolumeOfRelationship: Omit<PracticeVolumeOfRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  PracticeVolumesConnection: Omit<PracticeVolumesConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeVolumesRelationship']> };
  PracticeVolumesConnectionAggregateInput: PracticeVolumesConnectionAggregateInput;
  PracticeVolumesConnectionFilters: PracticeVolumesConnectionFilters;
  PracticeVolumesConnectionSort: PracticeVolumesConnectionSort;
  PracticeVolumesConnectionWhere: PracticeVolumesConnectionWhere;
  PracticeVolumesNodeAggregationWhereInput: PracticeVolumesNodeAggregationWhereInput;
  PracticeVolumesRelationship: Omit<PracticeVolumesRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  PracticeWhere: PracticeWhere;
  PracticesConnection: Omit<PracticesConnection, 'edges'> & { edges: Array<ResolversParentTypes['PracticeEdge']> };
  Query: Record<PropertyKey, never>;
  QuoteContext: QuoteContext;
  RefersInput: RefersInput;
  Region: EntityObjectModel;
  RegionAggregate: RegionAggregate;
  RegionAggregateNode: RegionAggregateNode;
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  RegionKindEnumScalarFilters: RegionKindEnumScalarFilters;
  RegionNetworkNetworksAggregateSelection: RegionNetworkNetworksAggregateSelection;
  RegionNetworkNetworksEdgeAggregateSelection: RegionNetworkNetworksEdgeAggregateSelection;
  RegionNetworkNetworksNodeAggregateSelection: RegionNetworkNetworksNodeAggregateSelection;
  RegionNetworksConnection: Omit<RegionNetworksConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionNetworksRelationship']> };
  RegionNetworksConnectionAggregateInput: RegionNetworksConnectionAggregateInput;
  RegionNetworksConnectionFilters: RegionNetworksConnectionFilters;
  RegionNetworksConnectionSort: RegionNetworksConnectionSort;
  RegionNetworksConnectionWhere: RegionNetworksConnectionWhere;
  RegionNetworksNodeAggregationWhereInput: RegionNetworksNodeAggregationWhereInput;
  RegionNetworksRelationship: Omit<RegionNetworksRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  RegionOrganisationOrganisationsAggregateSelection: RegionOrganisationOrganisationsAggregateSelection;
  RegionOrganisationOrganisationsEdgeAggregateSelection: RegionOrganisationOrganisationsEdgeAggregateSelection;
  RegionOrganisationOrganisationsNodeAggregateSelection: RegionOrganisationOrganisationsNodeAggregateSelection;
  RegionOrganisationsConnection: Omit<RegionOrganisationsConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionOrganisationsRelationship']> };
  RegionOrganisationsConnectionAggregateInput: RegionOrganisationsConnectionAggregateInput;
  RegionOrganisationsConnectionFilters: RegionOrganisationsConnectionFilters;
  RegionOrganisationsConnectionSort: RegionOrganisationsConnectionSort;
  RegionOrganisationsConnectionWhere: RegionOrganisationsConnectionWhere;
  RegionOrganisationsNodeAggregationWhereInput: RegionOrganisationsNodeAggregationWhereInput;
  RegionOrganisationsRelationship: Omit<RegionOrganisationsRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  RegionPartOfConnection: Omit<RegionPartOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionPartOfRelationship']> };
  RegionPartOfConnectionAggregateInput: RegionPartOfConnectionAggregateInput;
  RegionPartOfConnectionFilters: RegionPartOfConnectionFilters;
  RegionPartOfConnectionSort: RegionPartOfConnectionSort;
  RegionPartOfConnectionWhere: RegionPartOfConnectionWhere;
  RegionPartOfNodeAggregationWhereInput: RegionPartOfNodeAggregationWhereInput;
  RegionPartOfRelationship: Omit<RegionPartOfRelationship, 'node'> & { node: ResolversParentTypes['Region'] };
  RegionRegionPartOfAggregateSelection: RegionRegionPartOfAggregateSelection;
  RegionRegionPartOfEdgeAggregateSelection: RegionRegionPartOfEdgeAggregateSelection;
  RegionRegionPartOfNodeAggregateSelection: RegionRegionPartOfNodeAggregateSelection;
  RegionRegionSubRegionsAggregateSelection: RegionRegionSubRegionsAggregateSelection;
  RegionRegionSubRegionsEdgeAggregateSelection: RegionRegionSubRegionsEdgeAggregateSelection;
  RegionRegionSubRegionsNodeAggregateSelection: RegionRegionSubRegionsNodeAggregateSelection;
  RegionRelationshipFilters: RegionRelationshipFilters;
  RegionSort: RegionSort;
  RegionSubRegionsConnection: Omit<RegionSubRegionsConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionSubRegionsRelationship']> };
  RegionSubRegionsConnectionAggregateInput: RegionSubRegionsConnectionAggregateInput;
  RegionSubRegionsConnectionFilters: RegionSubRegionsConnectionFilters;
  RegionSubRegionsConnectionSort: RegionSubRegionsConnectionSort;
  RegionSubRegionsConnectionWhere: RegionSubRegionsConnectionWhere;
  RegionSubRegionsNodeAggregationWhereInput: RegionSubRegionsNodeAggregationWhereInput;
  RegionSubRegionsRelationship: Omit<RegionSubRegionsRelationship, 'node'> & { node: ResolversParentTypes['Region'] };
  RegionWhere: RegionWhere;
  RegionsConnection: Omit<RegionsConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionEdge']> };
  Revision: Revision;
  RevisionPage: RevisionPage;
  SearchHit: SearchHitRowModel;
  SimilarPractice: SimilarPracticeRowModel;
  Source: EntityObjectModel;
  SourceAggregate: SourceAggregate;
  SourceAggregateNode: SourceAggregateNode;
  SourceDocument: Omit<SourceDocument, 'source'> & { source: ResolversParentTypes['Source'] };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceInput: SourceInput;
  SourceRevisionResult: Omit<SourceRevisionResult, 'source'> & { source: ResolversParentTypes['Source'] };
  SourceSort: SourceSort;
  SourceWhere: SourceWhere;
  SourcesConnection: Omit<SourcesConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  StaleEvidence: Omit<StaleEvidence, 'evidence' | 'from' | 'to'> & { evidence: ResolversParentTypes['Evidence'], from: ResolversParentTypes['Entity'], to: ResolversParentTypes['Entity'] };
  String: Scalars['String']['output'];
  StringAggregateSelection: StringAggregateSelection;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  Subgraph: SubgraphRowModel;
  SuggestedEnd: SuggestedEnd;
  SuggestedFact: SuggestedFact;
  SuggestedRefers: SuggestedRefers;
  Theme: EntityObjectModel;
  ThemeAggregate: ThemeAggregate;
  ThemeAggregateNode: ThemeAggregateNode;
  ThemeBroaderConnection: Omit<ThemeBroaderConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemeBroaderRelationship']> };
  ThemeBroaderConnectionAggregateInput: ThemeBroaderConnectionAggregateInput;
  ThemeBroaderConnectionFilters: ThemeBroaderConnectionFilters;
  ThemeBroaderConnectionSort: ThemeBroaderConnectionSort;
  ThemeBroaderConnectionWhere: ThemeBroaderConnectionWhere;
  ThemeBroaderNodeAggregationWhereInput: ThemeBroaderNodeAggregationWhereInput;
  ThemeBroaderRelationship: Omit<ThemeBroaderRelationship, 'node'> & { node: ResolversParentTypes['Theme'] };
  ThemeCoverage: ThemeCoverageRowModel;
  ThemeEdge: Omit<ThemeEdge, 'node'> & { node: ResolversParentTypes['Theme'] };
  ThemeNarrowerConnection: Omit<ThemeNarrowerConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemeNarrowerRelationship']> };
  ThemeNarrowerConnectionAggregateInput: ThemeNarrowerConnectionAggregateInput;
  ThemeNarrowerConnectionFilters: ThemeNarrowerConnectionFilters;
  ThemeNarrowerConnectionSort: ThemeNarrowerConnectionSort;
  ThemeNarrowerConnectionWhere: ThemeNarrowerConnectionWhere;
  ThemeNarrowerNodeAggregationWhereInput: ThemeNarrowerNodeAggregationWhereInput;
  ThemeNarrowerRelationship: Omit<ThemeNarrowerRelationship, 'node'> & { node: ResolversParentTypes['Theme'] };
  ThemeNetworkNetworksAggregateSelection: ThemeNetworkNetworksAggregateSelection;
  ThemeNetworkNetworksEdgeAggregateSelection: ThemeNetworkNetworksEdgeAggregateSelection;
  ThemeNetworkNetworksNodeAggregateSelection: ThemeNetworkNetworksNodeAggregateSelection;
  ThemeNetworksConnection: Omit<ThemeNetworksConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemeNetworksRelationship']> };
  ThemeNetworksConnectionAggregateInput: ThemeNetworksConnectionAggregateInput;
  ThemeNetworksConnectionFilters: ThemeNetworksConnectionFilters;
  ThemeNetworksConnectionSort: ThemeNetworksConnectionSort;
  ThemeNetworksConnectionWhere: ThemeNetworksConnectionWhere;
  ThemeNetworksNodeAggregationWhereInput: ThemeNetworksNodeAggregationWhereInput;
  ThemeNetworksRelationship: Omit<ThemeNetworksRelationship, 'node'> & { node: ResolversParentTypes['Network'] };
  ThemeOrganisationOrganisationsAggregateSelection: ThemeOrganisationOrganisationsAggregateSelection;
  ThemeOrganisationOrganisationsEdgeAggregateSelection: ThemeOrganisationOrganisationsEdgeAggregateSelection;
  ThemeOrganisationOrganisationsNodeAggregateSelection: ThemeOrganisationOrganisationsNodeAggregateSelection;
  ThemeOrganisationsConnection: Omit<ThemeOrganisationsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemeOrganisationsRelationship']> };
  ThemeOrganisationsConnectionAggregateInput: ThemeOrganisationsConnectionAggregateInput;
  ThemeOrganisationsConnectionFilters: ThemeOrganisationsConnectionFilters;
  ThemeOrganisationsConnectionSort: ThemeOrganisationsConnectionSort;
  ThemeOrganisationsConnectionWhere: ThemeOrganisationsConnectionWhere;
  ThemeOrganisationsNodeAggregationWhereInput: ThemeOrganisationsNodeAggregationWhereInput;
  ThemeOrganisationsRelationship: Omit<ThemeOrganisationsRelationship, 'node'> & { node: ResolversParentTypes['Organisation'] };
  ThemePracticePracticesAggregateSelection: ThemePracticePracticesAggregateSelection;
  ThemePracticePracticesEdgeAggregateSelection: ThemePracticePracticesEdgeAggregateSelection;
  ThemePracticePracticesNodeAggregateSelection: ThemePracticePracticesNodeAggregateSelection;
  ThemePracticesConnection: Omit<ThemePracticesConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemePracticesRelationship']> };
  ThemePracticesConnectionAggregateInput: ThemePracticesConnectionAggregateInput;
  ThemePracticesConnectionFilters: ThemePracticesConnectionFilters;
  ThemePracticesConnectionSort: ThemePracticesConnectionSort;
  ThemePracticesConnectionWhere: ThemePracticesConnectionWhere;
  ThemePracticesNodeAggregationWhereInput: ThemePracticesNodeAggregationWhereInput;
  ThemePracticesRelationship: Omit<ThemePracticesRelationship, 'node'> & { node: ResolversParentTypes['Practice'] };
  ThemeRelatedConnection: Omit<ThemeRelatedConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemeRelatedRelationship']> };
  ThemeRelatedConnectionAggregateInput: ThemeRelatedConnectionAggregateInput;
  ThemeRelatedConnectionFilters: ThemeRelatedConnectionFilters;
  ThemeRelatedConnectionSort: ThemeRelatedConnectionSort;
  ThemeRelatedConnectionWhere: ThemeRelatedConnectionWhere;
  ThemeRelatedFromConnection: Omit<ThemeRelatedFromConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemeRelatedFromRelationship']> };
  ThemeRelatedFromConnectionAggregateInput: ThemeRelatedFromConnectionAggregateInput;
  ThemeRelatedFromConnectionFilters: ThemeRelatedFromConnectionFilters;
  ThemeRelatedFromConnectionSort: ThemeRelatedFromConnectionSort;
  ThemeRelatedFromConnectionWhere: ThemeRelatedFromConnectionWhere;
  ThemeRelatedFromNodeAggregationWhereInput: ThemeRelatedFromNodeAggregationWhereInput;
  ThemeRelatedFromRelationship: Omit<ThemeRelatedFromRelationship, 'node'> & { node: ResolversParentTypes['Theme'] };
  ThemeRelatedNodeAggregationWhereInput: ThemeRelatedNodeAggregationWhereInput;
  ThemeRelatedRelationship: Omit<ThemeRelatedRelationship, 'node'> & { node: ResolversParentTypes['Theme'] };
  ThemeRelationshipFilters: ThemeRelationshipFilters;
  ThemeSort: ThemeSort;
  ThemeThemeBroaderAggregateSelection: ThemeThemeBroaderAggregateSelection;
  ThemeThemeBroaderEdgeAggregateSelection: ThemeThemeBroaderEdgeAggregateSelection;
  ThemeThemeBroaderNodeAggregateSelection: ThemeThemeBroaderNodeAggregateSelection;
  ThemeThemeNarrowerAggregateSelection: ThemeThemeNarrowerAggregateSelection;
  ThemeThemeNarrowerEdgeAggregateSelection: ThemeThemeNarrowerEdgeAggregateSelection;
  ThemeThemeNarrowerNodeAggregateSelection: ThemeThemeNarrowerNodeAggregateSelection;
  ThemeThemeRelatedAggregateSelection: ThemeThemeRelatedAggregateSelection;
  ThemeThemeRelatedEdgeAggregateSelection: ThemeThemeRelatedEdgeAggregateSelection;
  ThemeThemeRelatedFromAggregateSelection: ThemeThemeRelatedFromAggregateSelection;
  ThemeThemeRelatedFromEdgeAggregateSelection: ThemeThemeRelatedFromEdgeAggregateSelection;
  ThemeThemeRelatedFromNodeAggregateSelection: ThemeThemeRelatedFromNodeAggregateSelection;
  ThemeThemeRelatedNodeAggregateSelection: ThemeThemeRelatedNodeAggregateSelection;
  ThemeWhere: ThemeWhere;
  ThemesConnection: Omit<ThemesConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemeEdge']> };
  Viewer: Viewer;
  WriteResult: Omit<WriteResult, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
};

export type FormatDirectiveArgs = {
  description: Scalars['String']['input'];
  pattern: Scalars['String']['input'];
};

export type FormatDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = FormatDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ReferenceKnowledgeDirectiveArgs = { };

export type ReferenceKnowledgeDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ReferenceKnowledgeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CountConnection'] = ResolversParentTypes['CountConnection']> = {
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntitiesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntitiesConnection'] = ResolversParentTypes['EntitiesConnection']> = {
  aggregate?: Resolver<ResolversTypes['EntityAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Network' | 'Organisation' | 'Person' | 'Practice' | 'Region' | 'Source' | 'Theme', ParentType, ContextType>;
};

export type EntityAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityAggregate'] = ResolversParentTypes['EntityAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EntityAggregateNode'], ParentType, ContextType>;
};

export type EntityAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityAggregateNode'] = ResolversParentTypes['EntityAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type ErasureResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ErasureResult'] = ResolversParentTypes['ErasureResult']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
  revisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  texts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  basis?: Resolver<ResolversTypes['EvidenceBasis'], ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['QuoteContext']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FacetBucketResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacetBucket'] = ResolversParentTypes['FacetBucket']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['FacetKey']>, ParentType, ContextType>;
};

export type FacetKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacetKey'] = ResolversParentTypes['FacetKey']> = {
  dimension?: Resolver<ResolversTypes['FacetDimension'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FacetsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Facets'] = ResolversParentTypes['Facets']> = {
  buckets?: Resolver<Array<ResolversTypes['FacetBucket']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  basis?: Resolver<ResolversTypes['EvidenceBasis'], ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quoteEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quoteStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stale?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type FactSuggestionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FactSuggestions'] = ResolversParentTypes['FactSuggestions']> = {
  facts?: Resolver<Array<ResolversTypes['SuggestedFact']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['SuggestedEnd']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Gap'] = ResolversParentTypes['Gap']> = {
  nearest?: Resolver<Array<ResolversTypes['GapRegion']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type GapRegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GapRegion'] = ResolversParentTypes['GapRegion']> = {
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  networkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  organisationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  practiceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type IntAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IntAggregateSelection'] = ResolversParentTypes['IntAggregateSelection']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ItemChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ItemChange'] = ResolversParentTypes['ItemChange']> = {
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addSource?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  createEntity?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'fields' | 'id' | 'type'>>;
  deleteEntity?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id'>>;
  erasePerson?: Resolver<ResolversTypes['ErasureResult'], ParentType, ContextType, RequireFields<MutationErasePersonArgs, 'id' | 'reason'>>;
  link?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationLinkArgs, 'evidence' | 'from' | 'to' | 'type'>>;
  revert?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRevertArgs, 'revision'>>;
  reviseSource?: Resolver<ResolversTypes['SourceRevisionResult'], ParentType, ContextType, RequireFields<MutationReviseSourceArgs, 'id' | 'text'>>;
  unlink?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationUnlinkArgs, 'from' | 'source' | 'to' | 'type'>>;
  updateEntity?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'fields' | 'id'>>;
};

export type NetworkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  developed?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<NetworkDevelopedArgs>>;
  developedConnection?: Resolver<ResolversTypes['NetworkDevelopedConnection'], ParentType, ContextType, Partial<NetworkDevelopedConnectionArgs>>;
  fundedBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<NetworkFundedByArgs>>;
  fundedByConnection?: Resolver<ResolversTypes['NetworkFundedByConnection'], ParentType, ContextType, Partial<NetworkFundedByConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NetworkKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<NetworkMembersArgs>>;
  membersConnection?: Resolver<ResolversTypes['NetworkMembersConnection'], ParentType, ContextType, Partial<NetworkMembersConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<NetworkPartOfArgs>>;
  partOfConnection?: Resolver<ResolversTypes['NetworkPartOfConnection'], ParentType, ContextType, Partial<NetworkPartOfConnectionArgs>>;
  partners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<NetworkPartnersArgs>>;
  partnersConnection?: Resolver<ResolversTypes['NetworkPartnersConnection'], ParentType, ContextType, Partial<NetworkPartnersConnectionArgs>>;
  parts?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<NetworkPartsArgs>>;
  partsConnection?: Resolver<ResolversTypes['NetworkPartsConnection'], ParentType, ContextType, Partial<NetworkPartsConnectionArgs>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<NetworkPeopleArgs>>;
  peopleConnection?: Resolver<ResolversTypes['NetworkPeopleConnection'], ParentType, ContextType, Partial<NetworkPeopleConnectionArgs>>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<NetworkPracticesArgs>>;
  practicesConnection?: Resolver<ResolversTypes['NetworkPracticesConnection'], ParentType, ContextType, Partial<NetworkPracticesConnectionArgs>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<NetworkRegionsArgs>>;
  regionsConnection?: Resolver<ResolversTypes['NetworkRegionsConnection'], ParentType, ContextType, Partial<NetworkRegionsConnectionArgs>>;
  runBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<NetworkRunByArgs>>;
  runByConnection?: Resolver<ResolversTypes['NetworkRunByConnection'], ParentType, ContextType, Partial<NetworkRunByConnectionArgs>>;
  succeededBy?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<NetworkSucceededByArgs>>;
  succeededByConnection?: Resolver<ResolversTypes['NetworkSucceededByConnection'], ParentType, ContextType, Partial<NetworkSucceededByConnectionArgs>>;
  succeeds?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<NetworkSucceedsArgs>>;
  succeedsConnection?: Resolver<ResolversTypes['NetworkSucceedsConnection'], ParentType, ContextType, Partial<NetworkSucceedsConnectionArgs>>;
  supportedBy?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<NetworkSupportedByArgs>>;
  supportedByConnection?: Resolver<ResolversTypes['NetworkSupportedByConnection'], ParentType, ContextType, Partial<NetworkSupportedByConnectionArgs>>;
  supports?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<NetworkSupportsArgs>>;
  supportsConnection?: Resolver<ResolversTypes['NetworkSupportsConnection'], ParentType, ContextType, Partial<NetworkSupportsConnectionArgs>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType, Partial<NetworkThemesArgs>>;
  themesConnection?: Resolver<ResolversTypes['NetworkThemesConnection'], ParentType, ContextType, Partial<NetworkThemesConnectionArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NetworkAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkAggregate'] = ResolversParentTypes['NetworkAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NetworkAggregateNode'], ParentType, ContextType>;
};

export type NetworkAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkAggregateNode'] = ResolversParentTypes['NetworkAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkDevelopedConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkDevelopedConnection'] = ResolversParentTypes['NetworkDevelopedConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkPracticeDevelopedAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkDevelopedRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkDevelopedRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkDevelopedRelationship'] = ResolversParentTypes['NetworkDevelopedRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
};

export type NetworkFundedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkFundedByConnection'] = ResolversParentTypes['NetworkFundedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkOrganisationFundedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkFundedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkFundedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkFundedByRelationship'] = ResolversParentTypes['NetworkFundedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkMembersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkMembersConnection'] = ResolversParentTypes['NetworkMembersConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkOrganisationMembersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkMembersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkMembersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkMembersRelationship'] = ResolversParentTypes['NetworkMembersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkNetworkPartOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkPartOfAggregateSelection'] = ResolversParentTypes['NetworkNetworkPartOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkNetworkPartOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkNetworkPartOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkNetworkPartOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkPartOfEdgeAggregateSelection'] = ResolversParentTypes['NetworkNetworkPartOfEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkPartOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkPartOfNodeAggregateSelection'] = ResolversParentTypes['NetworkNetworkPartOfNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkPartsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkPartsAggregateSelection'] = ResolversParentTypes['NetworkNetworkPartsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkNetworkPartsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkNetworkPartsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkNetworkPartsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkPartsEdgeAggregateSelection'] = ResolversParentTypes['NetworkNetworkPartsEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkPartsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkPartsNodeAggregateSelection'] = ResolversParentTypes['NetworkNetworkPartsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkSucceededByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSucceededByAggregateSelection'] = ResolversParentTypes['NetworkNetworkSucceededByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkNetworkSucceededByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkNetworkSucceededByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkNetworkSucceededByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSucceededByEdgeAggregateSelection'] = ResolversParentTypes['NetworkNetworkSucceededByEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkSucceededByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSucceededByNodeAggregateSelection'] = ResolversParentTypes['NetworkNetworkSucceededByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkSucceedsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSucceedsAggregateSelection'] = ResolversParentTypes['NetworkNetworkSucceedsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkNetworkSucceedsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkNetworkSucceedsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkNetworkSucceedsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSucceedsEdgeAggregateSelection'] = ResolversParentTypes['NetworkNetworkSucceedsEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkSucceedsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSucceedsNodeAggregateSelection'] = ResolversParentTypes['NetworkNetworkSucceedsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkSupportedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSupportedByAggregateSelection'] = ResolversParentTypes['NetworkNetworkSupportedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkNetworkSupportedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkNetworkSupportedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkNetworkSupportedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSupportedByEdgeAggregateSelection'] = ResolversParentTypes['NetworkNetworkSupportedByEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkSupportedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSupportedByNodeAggregateSelection'] = ResolversParentTypes['NetworkNetworkSupportedByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkSupportsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSupportsAggregateSelection'] = ResolversParentTypes['NetworkNetworkSupportsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkNetworkSupportsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkNetworkSupportsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkNetworkSupportsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSupportsEdgeAggregateSelection'] = ResolversParentTypes['NetworkNetworkSupportsEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkNetworkSupportsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNetworkSupportsNodeAggregateSelection'] = ResolversParentTypes['NetworkNetworkSupportsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkOrganisationFundedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationFundedByAggregateSelection'] = ResolversParentTypes['NetworkOrganisationFundedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkOrganisationFundedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkOrganisationFundedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkOrganisationFundedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationFundedByEdgeAggregateSelection'] = ResolversParentTypes['NetworkOrganisationFundedByEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkOrganisationFundedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationFundedByNodeAggregateSelection'] = ResolversParentTypes['NetworkOrganisationFundedByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkOrganisationMembersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationMembersAggregateSelection'] = ResolversParentTypes['NetworkOrganisationMembersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkOrganisationMembersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkOrganisationMembersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkOrganisationMembersEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationMembersEdgeAggregateSelection'] = ResolversParentTypes['NetworkOrganisationMembersEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkOrganisationMembersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationMembersNodeAggregateSelection'] = ResolversParentTypes['NetworkOrganisationMembersNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkOrganisationPartnersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationPartnersAggregateSelection'] = ResolversParentTypes['NetworkOrganisationPartnersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkOrganisationPartnersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkOrganisationPartnersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkOrganisationPartnersEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationPartnersEdgeAggregateSelection'] = ResolversParentTypes['NetworkOrganisationPartnersEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkOrganisationPartnersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationPartnersNodeAggregateSelection'] = ResolversParentTypes['NetworkOrganisationPartnersNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkOrganisationRunByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationRunByAggregateSelection'] = ResolversParentTypes['NetworkOrganisationRunByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkOrganisationRunByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkOrganisationRunByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkOrganisationRunByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationRunByEdgeAggregateSelection'] = ResolversParentTypes['NetworkOrganisationRunByEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkOrganisationRunByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkOrganisationRunByNodeAggregateSelection'] = ResolversParentTypes['NetworkOrganisationRunByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkPartOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPartOfConnection'] = ResolversParentTypes['NetworkPartOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkNetworkPartOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkPartOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkPartOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPartOfRelationship'] = ResolversParentTypes['NetworkPartOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkPartnersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPartnersConnection'] = ResolversParentTypes['NetworkPartnersConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkOrganisationPartnersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkPartnersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkPartnersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPartnersRelationship'] = ResolversParentTypes['NetworkPartnersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkPartsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPartsConnection'] = ResolversParentTypes['NetworkPartsConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkNetworkPartsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkPartsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkPartsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPartsRelationship'] = ResolversParentTypes['NetworkPartsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkPeopleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPeopleConnection'] = ResolversParentTypes['NetworkPeopleConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkPersonPeopleAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkPeopleRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkPeopleRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPeopleRelationship'] = ResolversParentTypes['NetworkPeopleRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkPersonPeopleAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPersonPeopleAggregateSelection'] = ResolversParentTypes['NetworkPersonPeopleAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkPersonPeopleEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkPersonPeopleNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkPersonPeopleEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPersonPeopleEdgeAggregateSelection'] = ResolversParentTypes['NetworkPersonPeopleEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkPersonPeopleNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPersonPeopleNodeAggregateSelection'] = ResolversParentTypes['NetworkPersonPeopleNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkPracticeDevelopedAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPracticeDevelopedAggregateSelection'] = ResolversParentTypes['NetworkPracticeDevelopedAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkPracticeDevelopedEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkPracticeDevelopedNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkPracticeDevelopedEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPracticeDevelopedEdgeAggregateSelection'] = ResolversParentTypes['NetworkPracticeDevelopedEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkPracticeDevelopedNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPracticeDevelopedNodeAggregateSelection'] = ResolversParentTypes['NetworkPracticeDevelopedNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkPracticePracticesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPracticePracticesAggregateSelection'] = ResolversParentTypes['NetworkPracticePracticesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkPracticePracticesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkPracticePracticesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkPracticePracticesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPracticePracticesEdgeAggregateSelection'] = ResolversParentTypes['NetworkPracticePracticesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkPracticePracticesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPracticePracticesNodeAggregateSelection'] = ResolversParentTypes['NetworkPracticePracticesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkPracticesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPracticesConnection'] = ResolversParentTypes['NetworkPracticesConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkPracticePracticesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkPracticesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkPracticesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPracticesRelationship'] = ResolversParentTypes['NetworkPracticesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkRegionRegionsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkRegionRegionsAggregateSelection'] = ResolversParentTypes['NetworkRegionRegionsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkRegionRegionsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkRegionRegionsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkRegionRegionsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkRegionRegionsEdgeAggregateSelection'] = ResolversParentTypes['NetworkRegionRegionsEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkRegionRegionsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkRegionRegionsNodeAggregateSelection'] = ResolversParentTypes['NetworkRegionRegionsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkRegionsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkRegionsConnection'] = ResolversParentTypes['NetworkRegionsConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkRegionRegionsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkRegionsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkRegionsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkRegionsRelationship'] = ResolversParentTypes['NetworkRegionsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkRunByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkRunByConnection'] = ResolversParentTypes['NetworkRunByConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkOrganisationRunByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkRunByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkRunByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkRunByRelationship'] = ResolversParentTypes['NetworkRunByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkSucceededByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkSucceededByConnection'] = ResolversParentTypes['NetworkSucceededByConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkNetworkSucceededByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkSucceededByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkSucceededByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkSucceededByRelationship'] = ResolversParentTypes['NetworkSucceededByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkSucceedsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkSucceedsConnection'] = ResolversParentTypes['NetworkSucceedsConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkNetworkSucceedsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkSucceedsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkSucceedsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkSucceedsRelationship'] = ResolversParentTypes['NetworkSucceedsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkSupportedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkSupportedByConnection'] = ResolversParentTypes['NetworkSupportedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkNetworkSupportedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkSupportedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkSupportedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkSupportedByRelationship'] = ResolversParentTypes['NetworkSupportedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkSupportsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkSupportsConnection'] = ResolversParentTypes['NetworkSupportsConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkNetworkSupportsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkSupportsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkSupportsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkSupportsRelationship'] = ResolversParentTypes['NetworkSupportsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworkThemeThemesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkThemeThemesAggregateSelection'] = ResolversParentTypes['NetworkThemeThemesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['NetworkThemeThemesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkThemeThemesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type NetworkThemeThemesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkThemeThemesEdgeAggregateSelection'] = ResolversParentTypes['NetworkThemeThemesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkThemeThemesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkThemeThemesNodeAggregateSelection'] = ResolversParentTypes['NetworkThemeThemesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type NetworkThemesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkThemesConnection'] = ResolversParentTypes['NetworkThemesConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkThemeThemesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkThemesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkThemesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkThemesRelationship'] = ResolversParentTypes['NetworkThemesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type NetworksConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworksConnection'] = ResolversParentTypes['NetworksConnection']> = {
  aggregate?: Resolver<ResolversTypes['NetworkAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  applies?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<OrganisationAppliesArgs>>;
  appliesConnection?: Resolver<ResolversTypes['OrganisationAppliesConnection'], ParentType, ContextType, Partial<OrganisationAppliesConnectionArgs>>;
  cooperatedWithBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<OrganisationCooperatedWithByArgs>>;
  cooperatedWithByConnection?: Resolver<ResolversTypes['OrganisationCooperatedWithByConnection'], ParentType, ContextType, Partial<OrganisationCooperatedWithByConnectionArgs>>;
  cooperatesWith?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<OrganisationCooperatesWithArgs>>;
  cooperatesWithConnection?: Resolver<ResolversTypes['OrganisationCooperatesWithConnection'], ParentType, ContextType, Partial<OrganisationCooperatesWithConnectionArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  developed?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<OrganisationDevelopedArgs>>;
  developedConnection?: Resolver<ResolversTypes['OrganisationDevelopedConnection'], ParentType, ContextType, Partial<OrganisationDevelopedConnectionArgs>>;
  fundsNetworks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<OrganisationFundsNetworksArgs>>;
  fundsNetworksConnection?: Resolver<ResolversTypes['OrganisationFundsNetworksConnection'], ParentType, ContextType, Partial<OrganisationFundsNetworksConnectionArgs>>;
  fundsPractices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<OrganisationFundsPracticesArgs>>;
  fundsPracticesConnection?: Resolver<ResolversTypes['OrganisationFundsPracticesConnection'], ParentType, ContextType, Partial<OrganisationFundsPracticesConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  locatedIn?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<OrganisationLocatedInArgs>>;
  locatedInConnection?: Resolver<ResolversTypes['OrganisationLocatedInConnection'], ParentType, ContextType, Partial<OrganisationLocatedInConnectionArgs>>;
  memberOf?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<OrganisationMemberOfArgs>>;
  memberOfConnection?: Resolver<ResolversTypes['OrganisationMemberOfConnection'], ParentType, ContextType, Partial<OrganisationMemberOfConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerInNetworks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<OrganisationPartnerInNetworksArgs>>;
  partnerInNetworksConnection?: Resolver<ResolversTypes['OrganisationPartnerInNetworksConnection'], ParentType, ContextType, Partial<OrganisationPartnerInNetworksConnectionArgs>>;
  partnerInPractices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<OrganisationPartnerInPracticesArgs>>;
  partnerInPracticesConnection?: Resolver<ResolversTypes['OrganisationPartnerInPracticesConnection'], ParentType, ContextType, Partial<OrganisationPartnerInPracticesConnectionArgs>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<OrganisationPeopleArgs>>;
  peopleConnection?: Resolver<ResolversTypes['OrganisationPeopleConnection'], ParentType, ContextType, Partial<OrganisationPeopleConnectionArgs>>;
  runs?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<OrganisationRunsArgs>>;
  runsConnection?: Resolver<ResolversTypes['OrganisationRunsConnection'], ParentType, ContextType, Partial<OrganisationRunsConnectionArgs>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType, Partial<OrganisationThemesArgs>>;
  themesConnection?: Resolver<ResolversTypes['OrganisationThemesConnection'], ParentType, ContextType, Partial<OrganisationThemesConnectionArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationAggregate'] = ResolversParentTypes['OrganisationAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganisationAggregateNode'], ParentType, ContextType>;
};

export type OrganisationAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationAggregateNode'] = ResolversParentTypes['OrganisationAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationAppliesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationAppliesConnection'] = ResolversParentTypes['OrganisationAppliesConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationPracticeAppliesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationAppliesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationAppliesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationAppliesRelationship'] = ResolversParentTypes['OrganisationAppliesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationCooperatedWithByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationCooperatedWithByConnection'] = ResolversParentTypes['OrganisationCooperatedWithByConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationOrganisationCooperatedWithByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationCooperatedWithByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationCooperatedWithByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationCooperatedWithByRelationship'] = ResolversParentTypes['OrganisationCooperatedWithByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationCooperatesWithConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationCooperatesWithConnection'] = ResolversParentTypes['OrganisationCooperatesWithConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationOrganisationCooperatesWithAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationCooperatesWithRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationCooperatesWithRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationCooperatesWithRelationship'] = ResolversParentTypes['OrganisationCooperatesWithRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationDevelopedConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationDevelopedConnection'] = ResolversParentTypes['OrganisationDevelopedConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationPracticeDevelopedAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationDevelopedRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationDevelopedRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationDevelopedRelationship'] = ResolversParentTypes['OrganisationDevelopedRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type OrganisationFundsNetworksConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationFundsNetworksConnection'] = ResolversParentTypes['OrganisationFundsNetworksConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationNetworkFundsNetworksAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationFundsNetworksRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationFundsNetworksRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationFundsNetworksRelationship'] = ResolversParentTypes['OrganisationFundsNetworksRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationFundsPracticesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationFundsPracticesConnection'] = ResolversParentTypes['OrganisationFundsPracticesConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationPracticeFundsPracticesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationFundsPracticesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationFundsPracticesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationFundsPracticesRelationship'] = ResolversParentTypes['OrganisationFundsPracticesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationLocatedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationLocatedInConnection'] = ResolversParentTypes['OrganisationLocatedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationRegionLocatedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationLocatedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationLocatedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationLocatedInRelationship'] = ResolversParentTypes['OrganisationLocatedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationMemberOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationMemberOfConnection'] = ResolversParentTypes['OrganisationMemberOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationNetworkMemberOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationMemberOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationMemberOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationMemberOfRelationship'] = ResolversParentTypes['OrganisationMemberOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationNetworkFundsNetworksAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkFundsNetworksAggregateSelection'] = ResolversParentTypes['OrganisationNetworkFundsNetworksAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationNetworkFundsNetworksEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationNetworkFundsNetworksNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationNetworkFundsNetworksEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkFundsNetworksEdgeAggregateSelection'] = ResolversParentTypes['OrganisationNetworkFundsNetworksEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationNetworkFundsNetworksNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkFundsNetworksNodeAggregateSelection'] = ResolversParentTypes['OrganisationNetworkFundsNetworksNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationNetworkMemberOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkMemberOfAggregateSelection'] = ResolversParentTypes['OrganisationNetworkMemberOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationNetworkMemberOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationNetworkMemberOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationNetworkMemberOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkMemberOfEdgeAggregateSelection'] = ResolversParentTypes['OrganisationNetworkMemberOfEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationNetworkMemberOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkMemberOfNodeAggregateSelection'] = ResolversParentTypes['OrganisationNetworkMemberOfNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationNetworkPartnerInNetworksAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkPartnerInNetworksAggregateSelection'] = ResolversParentTypes['OrganisationNetworkPartnerInNetworksAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationNetworkPartnerInNetworksEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationNetworkPartnerInNetworksNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationNetworkPartnerInNetworksEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkPartnerInNetworksEdgeAggregateSelection'] = ResolversParentTypes['OrganisationNetworkPartnerInNetworksEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationNetworkPartnerInNetworksNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkPartnerInNetworksNodeAggregateSelection'] = ResolversParentTypes['OrganisationNetworkPartnerInNetworksNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationNetworkRunsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkRunsAggregateSelection'] = ResolversParentTypes['OrganisationNetworkRunsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationNetworkRunsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationNetworkRunsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationNetworkRunsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkRunsEdgeAggregateSelection'] = ResolversParentTypes['OrganisationNetworkRunsEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationNetworkRunsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationNetworkRunsNodeAggregateSelection'] = ResolversParentTypes['OrganisationNetworkRunsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationOrganisationCooperatedWithByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationOrganisationCooperatedWithByAggregateSelection'] = ResolversParentTypes['OrganisationOrganisationCooperatedWithByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationOrganisationCooperatedWithByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationOrganisationCooperatedWithByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationOrganisationCooperatedWithByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationOrganisationCooperatedWithByEdgeAggregateSelection'] = ResolversParentTypes['OrganisationOrganisationCooperatedWithByEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationOrganisationCooperatedWithByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationOrganisationCooperatedWithByNodeAggregateSelection'] = ResolversParentTypes['OrganisationOrganisationCooperatedWithByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationOrganisationCooperatesWithAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationOrganisationCooperatesWithAggregateSelection'] = ResolversParentTypes['OrganisationOrganisationCooperatesWithAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationOrganisationCooperatesWithEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationOrganisationCooperatesWithNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationOrganisationCooperatesWithEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationOrganisationCooperatesWithEdgeAggregateSelection'] = ResolversParentTypes['OrganisationOrganisationCooperatesWithEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationOrganisationCooperatesWithNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationOrganisationCooperatesWithNodeAggregateSelection'] = ResolversParentTypes['OrganisationOrganisationCooperatesWithNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPartnerInNetworksConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPartnerInNetworksConnection'] = ResolversParentTypes['OrganisationPartnerInNetworksConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationNetworkPartnerInNetworksAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationPartnerInNetworksRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationPartnerInNetworksRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPartnerInNetworksRelationship'] = ResolversParentTypes['OrganisationPartnerInNetworksRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationPartnerInPracticesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPartnerInPracticesConnection'] = ResolversParentTypes['OrganisationPartnerInPracticesConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationPracticePartnerInPracticesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationPartnerInPracticesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationPartnerInPracticesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPartnerInPracticesRelationship'] = ResolversParentTypes['OrganisationPartnerInPracticesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationPeopleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPeopleConnection'] = ResolversParentTypes['OrganisationPeopleConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationPersonPeopleAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationPeopleRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationPeopleRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPeopleRelationship'] = ResolversParentTypes['OrganisationPeopleRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationPersonPeopleAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPersonPeopleAggregateSelection'] = ResolversParentTypes['OrganisationPersonPeopleAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationPersonPeopleEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationPersonPeopleNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationPersonPeopleEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPersonPeopleEdgeAggregateSelection'] = ResolversParentTypes['OrganisationPersonPeopleEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPersonPeopleNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPersonPeopleNodeAggregateSelection'] = ResolversParentTypes['OrganisationPersonPeopleNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPracticeAppliesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticeAppliesAggregateSelection'] = ResolversParentTypes['OrganisationPracticeAppliesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationPracticeAppliesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationPracticeAppliesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationPracticeAppliesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticeAppliesEdgeAggregateSelection'] = ResolversParentTypes['OrganisationPracticeAppliesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPracticeAppliesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticeAppliesNodeAggregateSelection'] = ResolversParentTypes['OrganisationPracticeAppliesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPracticeDevelopedAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticeDevelopedAggregateSelection'] = ResolversParentTypes['OrganisationPracticeDevelopedAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationPracticeDevelopedEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationPracticeDevelopedNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationPracticeDevelopedEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticeDevelopedEdgeAggregateSelection'] = ResolversParentTypes['OrganisationPracticeDevelopedEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPracticeDevelopedNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticeDevelopedNodeAggregateSelection'] = ResolversParentTypes['OrganisationPracticeDevelopedNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPracticeFundsPracticesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticeFundsPracticesAggregateSelection'] = ResolversParentTypes['OrganisationPracticeFundsPracticesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationPracticeFundsPracticesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationPracticeFundsPracticesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationPracticeFundsPracticesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticeFundsPracticesEdgeAggregateSelection'] = ResolversParentTypes['OrganisationPracticeFundsPracticesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPracticeFundsPracticesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticeFundsPracticesNodeAggregateSelection'] = ResolversParentTypes['OrganisationPracticeFundsPracticesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPracticePartnerInPracticesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticePartnerInPracticesAggregateSelection'] = ResolversParentTypes['OrganisationPracticePartnerInPracticesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationPracticePartnerInPracticesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationPracticePartnerInPracticesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationPracticePartnerInPracticesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticePartnerInPracticesEdgeAggregateSelection'] = ResolversParentTypes['OrganisationPracticePartnerInPracticesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationPracticePartnerInPracticesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationPracticePartnerInPracticesNodeAggregateSelection'] = ResolversParentTypes['OrganisationPracticePartnerInPracticesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationRegionLocatedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationRegionLocatedInAggregateSelection'] = ResolversParentTypes['OrganisationRegionLocatedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationRegionLocatedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationRegionLocatedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationRegionLocatedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationRegionLocatedInEdgeAggregateSelection'] = ResolversParentTypes['OrganisationRegionLocatedInEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationRegionLocatedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationRegionLocatedInNodeAggregateSelection'] = ResolversParentTypes['OrganisationRegionLocatedInNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationRunsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationRunsConnection'] = ResolversParentTypes['OrganisationRunsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationNetworkRunsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationRunsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationRunsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationRunsRelationship'] = ResolversParentTypes['OrganisationRunsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationThemeThemesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationThemeThemesAggregateSelection'] = ResolversParentTypes['OrganisationThemeThemesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrganisationThemeThemesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganisationThemeThemesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganisationThemeThemesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationThemeThemesEdgeAggregateSelection'] = ResolversParentTypes['OrganisationThemeThemesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationThemeThemesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationThemeThemesNodeAggregateSelection'] = ResolversParentTypes['OrganisationThemeThemesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganisationThemesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationThemesConnection'] = ResolversParentTypes['OrganisationThemesConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationThemeThemesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationThemesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationThemesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationThemesRelationship'] = ResolversParentTypes['OrganisationThemesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type OrganisationsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationsConnection'] = ResolversParentTypes['OrganisationsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganisationAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerOnThemeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerOnTheme'] = ResolversParentTypes['PartnerOnTheme']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  viaCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeopleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PeopleConnection'] = ResolversParentTypes['PeopleConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<PersonNetworksArgs>>;
  networksConnection?: Resolver<ResolversTypes['PersonNetworksConnection'], ParentType, ContextType, Partial<PersonNetworksConnectionArgs>>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<PersonPracticesArgs>>;
  practicesConnection?: Resolver<ResolversTypes['PersonPracticesConnection'], ParentType, ContextType, Partial<PersonPracticesConnectionArgs>>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  worksAt?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<PersonWorksAtArgs>>;
  worksAtConnection?: Resolver<ResolversTypes['PersonWorksAtConnection'], ParentType, ContextType, Partial<PersonWorksAtConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonAggregate'] = ResolversParentTypes['PersonAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersonAggregateNode'], ParentType, ContextType>;
};

export type PersonAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonAggregateNode'] = ResolversParentTypes['PersonAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PersonNetworkNetworksAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonNetworkNetworksAggregateSelection'] = ResolversParentTypes['PersonNetworkNetworksAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PersonNetworkNetworksEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PersonNetworkNetworksNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PersonNetworkNetworksEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonNetworkNetworksEdgeAggregateSelection'] = ResolversParentTypes['PersonNetworkNetworksEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonNetworkNetworksNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonNetworkNetworksNodeAggregateSelection'] = ResolversParentTypes['PersonNetworkNetworksNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonNetworksConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonNetworksConnection'] = ResolversParentTypes['PersonNetworksConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonNetworkNetworksAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonNetworksRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonNetworksRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonNetworksRelationship'] = ResolversParentTypes['PersonNetworksRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PersonOrganisationWorksAtAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonOrganisationWorksAtAggregateSelection'] = ResolversParentTypes['PersonOrganisationWorksAtAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PersonOrganisationWorksAtEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PersonOrganisationWorksAtNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PersonOrganisationWorksAtEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonOrganisationWorksAtEdgeAggregateSelection'] = ResolversParentTypes['PersonOrganisationWorksAtEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonOrganisationWorksAtNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonOrganisationWorksAtNodeAggregateSelection'] = ResolversParentTypes['PersonOrganisationWorksAtNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonPracticePracticesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonPracticePracticesAggregateSelection'] = ResolversParentTypes['PersonPracticePracticesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PersonPracticePracticesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PersonPracticePracticesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PersonPracticePracticesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonPracticePracticesEdgeAggregateSelection'] = ResolversParentTypes['PersonPracticePracticesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonPracticePracticesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonPracticePracticesNodeAggregateSelection'] = ResolversParentTypes['PersonPracticePracticesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonPracticesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonPracticesConnection'] = ResolversParentTypes['PersonPracticesConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonPracticePracticesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonPracticesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonPracticesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonPracticesRelationship'] = ResolversParentTypes['PersonPracticesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PersonWorksAtConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonWorksAtConnection'] = ResolversParentTypes['PersonWorksAtConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonOrganisationWorksAtAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonWorksAtRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonWorksAtRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonWorksAtRelationship'] = ResolversParentTypes['PersonWorksAtRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  appliedBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<PracticeAppliedByArgs>>;
  appliedByConnection?: Resolver<ResolversTypes['PracticeAppliedByConnection'], ParentType, ContextType, Partial<PracticeAppliedByConnectionArgs>>;
  derivatives?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<PracticeDerivativesArgs>>;
  derivativesConnection?: Resolver<ResolversTypes['PracticeDerivativesConnection'], ParentType, ContextType, Partial<PracticeDerivativesConnectionArgs>>;
  derivedFrom?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<PracticeDerivedFromArgs>>;
  derivedFromConnection?: Resolver<ResolversTypes['PracticeDerivedFromConnection'], ParentType, ContextType, Partial<PracticeDerivedFromConnectionArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  developedBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<PracticeDevelopedByArgs>>;
  developedByConnection?: Resolver<ResolversTypes['PracticeDevelopedByConnection'], ParentType, ContextType, Partial<PracticeDevelopedByConnectionArgs>>;
  developedByNetworks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<PracticeDevelopedByNetworksArgs>>;
  developedByNetworksConnection?: Resolver<ResolversTypes['PracticeDevelopedByNetworksConnection'], ParentType, ContextType, Partial<PracticeDevelopedByNetworksConnectionArgs>>;
  fundedBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<PracticeFundedByArgs>>;
  fundedByConnection?: Resolver<ResolversTypes['PracticeFundedByConnection'], ParentType, ContextType, Partial<PracticeFundedByConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['PracticeKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<PracticeNetworksArgs>>;
  networksConnection?: Resolver<ResolversTypes['PracticeNetworksConnection'], ParentType, ContextType, Partial<PracticeNetworksConnectionArgs>>;
  partners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<PracticePartnersArgs>>;
  partnersConnection?: Resolver<ResolversTypes['PracticePartnersConnection'], ParentType, ContextType, Partial<PracticePartnersConnectionArgs>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<PracticePeopleArgs>>;
  peopleConnection?: Resolver<ResolversTypes['PracticePeopleConnection'], ParentType, ContextType, Partial<PracticePeopleConnectionArgs>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType, Partial<PracticeThemesArgs>>;
  themesConnection?: Resolver<ResolversTypes['PracticeThemesConnection'], ParentType, ContextType, Partial<PracticeThemesConnectionArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  volumeOf?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<PracticeVolumeOfArgs>>;
  volumeOfConnection?: Resolver<ResolversTypes['PracticeVolumeOfConnection'], ParentType, ContextType, Partial<PracticeVolumeOfConnectionArgs>>;
  volumes?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<PracticeVolumesArgs>>;
  volumesConnection?: Resolver<ResolversTypes['PracticeVolumesConnection'], ParentType, ContextType, Partial<PracticeVolumesConnectionArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PracticeAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeAggregate'] = ResolversParentTypes['PracticeAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PracticeAggregateNode'], ParentType, ContextType>;
};

export type PracticeAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeAggregateNode'] = ResolversParentTypes['PracticeAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeAppliedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeAppliedByConnection'] = ResolversParentTypes['PracticeAppliedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticeOrganisationAppliedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeAppliedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeAppliedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeAppliedByRelationship'] = ResolversParentTypes['PracticeAppliedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeDerivativesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeDerivativesConnection'] = ResolversParentTypes['PracticeDerivativesConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticePracticeDerivativesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeDerivativesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeDerivativesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeDerivativesRelationship'] = ResolversParentTypes['PracticeDerivativesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeDerivedFromConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeDerivedFromConnection'] = ResolversParentTypes['PracticeDerivedFromConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticePracticeDerivedFromAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeDerivedFromRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeDerivedFromRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeDerivedFromRelationship'] = ResolversParentTypes['PracticeDerivedFromRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeDevelopedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeDevelopedByConnection'] = ResolversParentTypes['PracticeDevelopedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticeOrganisationDevelopedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeDevelopedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeDevelopedByNetworksConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeDevelopedByNetworksConnection'] = ResolversParentTypes['PracticeDevelopedByNetworksConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticeNetworkDevelopedByNetworksAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeDevelopedByNetworksRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeDevelopedByNetworksRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeDevelopedByNetworksRelationship'] = ResolversParentTypes['PracticeDevelopedByNetworksRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeDevelopedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeDevelopedByRelationship'] = ResolversParentTypes['PracticeDevelopedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeEdge'] = ResolversParentTypes['PracticeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
};

export type PracticeFundedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeFundedByConnection'] = ResolversParentTypes['PracticeFundedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticeOrganisationFundedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeFundedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeFundedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeFundedByRelationship'] = ResolversParentTypes['PracticeFundedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeNetworkDevelopedByNetworksAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeNetworkDevelopedByNetworksAggregateSelection'] = ResolversParentTypes['PracticeNetworkDevelopedByNetworksAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticeNetworkDevelopedByNetworksEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticeNetworkDevelopedByNetworksNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticeNetworkDevelopedByNetworksEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeNetworkDevelopedByNetworksEdgeAggregateSelection'] = ResolversParentTypes['PracticeNetworkDevelopedByNetworksEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeNetworkDevelopedByNetworksNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeNetworkDevelopedByNetworksNodeAggregateSelection'] = ResolversParentTypes['PracticeNetworkDevelopedByNetworksNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeNetworkNetworksAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeNetworkNetworksAggregateSelection'] = ResolversParentTypes['PracticeNetworkNetworksAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticeNetworkNetworksEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticeNetworkNetworksNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticeNetworkNetworksEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeNetworkNetworksEdgeAggregateSelection'] = ResolversParentTypes['PracticeNetworkNetworksEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeNetworkNetworksNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeNetworkNetworksNodeAggregateSelection'] = ResolversParentTypes['PracticeNetworkNetworksNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeNetworksConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeNetworksConnection'] = ResolversParentTypes['PracticeNetworksConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticeNetworkNetworksAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeNetworksRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeNetworksRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeNetworksRelationship'] = ResolversParentTypes['PracticeNetworksRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeOrganisationAppliedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationAppliedByAggregateSelection'] = ResolversParentTypes['PracticeOrganisationAppliedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticeOrganisationAppliedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticeOrganisationAppliedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticeOrganisationAppliedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationAppliedByEdgeAggregateSelection'] = ResolversParentTypes['PracticeOrganisationAppliedByEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeOrganisationAppliedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationAppliedByNodeAggregateSelection'] = ResolversParentTypes['PracticeOrganisationAppliedByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeOrganisationDevelopedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationDevelopedByAggregateSelection'] = ResolversParentTypes['PracticeOrganisationDevelopedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticeOrganisationDevelopedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticeOrganisationDevelopedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticeOrganisationDevelopedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationDevelopedByEdgeAggregateSelection'] = ResolversParentTypes['PracticeOrganisationDevelopedByEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeOrganisationDevelopedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationDevelopedByNodeAggregateSelection'] = ResolversParentTypes['PracticeOrganisationDevelopedByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeOrganisationFundedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationFundedByAggregateSelection'] = ResolversParentTypes['PracticeOrganisationFundedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticeOrganisationFundedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticeOrganisationFundedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticeOrganisationFundedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationFundedByEdgeAggregateSelection'] = ResolversParentTypes['PracticeOrganisationFundedByEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeOrganisationFundedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationFundedByNodeAggregateSelection'] = ResolversParentTypes['PracticeOrganisationFundedByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeOrganisationPartnersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationPartnersAggregateSelection'] = ResolversParentTypes['PracticeOrganisationPartnersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticeOrganisationPartnersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticeOrganisationPartnersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticeOrganisationPartnersEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationPartnersEdgeAggregateSelection'] = ResolversParentTypes['PracticeOrganisationPartnersEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeOrganisationPartnersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeOrganisationPartnersNodeAggregateSelection'] = ResolversParentTypes['PracticeOrganisationPartnersNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePartnersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePartnersConnection'] = ResolversParentTypes['PracticePartnersConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticeOrganisationPartnersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticePartnersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticePartnersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePartnersRelationship'] = ResolversParentTypes['PracticePartnersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticePeopleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePeopleConnection'] = ResolversParentTypes['PracticePeopleConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticePersonPeopleAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticePeopleRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticePeopleRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePeopleRelationship'] = ResolversParentTypes['PracticePeopleRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticePersonPeopleAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePersonPeopleAggregateSelection'] = ResolversParentTypes['PracticePersonPeopleAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticePersonPeopleEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticePersonPeopleNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticePersonPeopleEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePersonPeopleEdgeAggregateSelection'] = ResolversParentTypes['PracticePersonPeopleEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePersonPeopleNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePersonPeopleNodeAggregateSelection'] = ResolversParentTypes['PracticePersonPeopleNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePracticeDerivativesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeDerivativesAggregateSelection'] = ResolversParentTypes['PracticePracticeDerivativesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticePracticeDerivativesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticePracticeDerivativesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticePracticeDerivativesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeDerivativesEdgeAggregateSelection'] = ResolversParentTypes['PracticePracticeDerivativesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePracticeDerivativesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeDerivativesNodeAggregateSelection'] = ResolversParentTypes['PracticePracticeDerivativesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePracticeDerivedFromAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeDerivedFromAggregateSelection'] = ResolversParentTypes['PracticePracticeDerivedFromAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticePracticeDerivedFromEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticePracticeDerivedFromNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticePracticeDerivedFromEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeDerivedFromEdgeAggregateSelection'] = ResolversParentTypes['PracticePracticeDerivedFromEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePracticeDerivedFromNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeDerivedFromNodeAggregateSelection'] = ResolversParentTypes['PracticePracticeDerivedFromNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePracticeVolumeOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeVolumeOfAggregateSelection'] = ResolversParentTypes['PracticePracticeVolumeOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticePracticeVolumeOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticePracticeVolumeOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticePracticeVolumeOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeVolumeOfEdgeAggregateSelection'] = ResolversParentTypes['PracticePracticeVolumeOfEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePracticeVolumeOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeVolumeOfNodeAggregateSelection'] = ResolversParentTypes['PracticePracticeVolumeOfNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePracticeVolumesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeVolumesAggregateSelection'] = ResolversParentTypes['PracticePracticeVolumesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticePracticeVolumesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticePracticeVolumesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticePracticeVolumesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeVolumesEdgeAggregateSelection'] = ResolversParentTypes['PracticePracticeVolumesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticePracticeVolumesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticePracticeVolumesNodeAggregateSelection'] = ResolversParentTypes['PracticePracticeVolumesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeThemeThemesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeThemeThemesAggregateSelection'] = ResolversParentTypes['PracticeThemeThemesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PracticeThemeThemesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PracticeThemeThemesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PracticeThemeThemesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeThemeThemesEdgeAggregateSelection'] = ResolversParentTypes['PracticeThemeThemesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeThemeThemesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeThemeThemesNodeAggregateSelection'] = ResolversParentTypes['PracticeThemeThemesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PracticeThemesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeThemesConnection'] = ResolversParentTypes['PracticeThemesConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticeThemeThemesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeThemesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeThemesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeThemesRelationship'] = ResolversParentTypes['PracticeThemesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeVolumeOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeVolumeOfConnection'] = ResolversParentTypes['PracticeVolumeOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticePracticeVolumeOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeVolumeOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeVolumeOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeVolumeOfRelationship'] = ResolversParentTypes['PracticeVolumeOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticeVolumesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeVolumesConnection'] = ResolversParentTypes['PracticeVolumesConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticePracticeVolumesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeVolumesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeVolumesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticeVolumesRelationship'] = ResolversParentTypes['PracticeVolumesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type PracticesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PracticesConnection'] = ResolversParentTypes['PracticesConnection']> = {
  aggregate?: Resolver<ResolversTypes['PracticeAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PracticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  changes?: Resolver<ResolversTypes['RevisionPage'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  connection?: Resolver<Maybe<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'from' | 'maxHops' | 'to'>>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<QueryEntitiesArgs>>;
  entitiesConnection?: Resolver<ResolversTypes['EntitiesConnection'], ParentType, ContextType, Partial<QueryEntitiesConnectionArgs>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  facets?: Resolver<ResolversTypes['Facets'], ParentType, ContextType, RequireFields<QueryFacetsArgs, 'groupBy' | 'limit' | 'regionLevel'>>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType, RequireFields<QueryGapsArgs, 'nearest' | 'perRegion' | 'region'>>;
  history?: Resolver<ResolversTypes['RevisionPage'], ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<QueryNetworksArgs>>;
  networksConnection?: Resolver<ResolversTypes['NetworksConnection'], ParentType, ContextType, Partial<QueryNetworksConnectionArgs>>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  organisationsConnection?: Resolver<ResolversTypes['OrganisationsConnection'], ParentType, ContextType, Partial<QueryOrganisationsConnectionArgs>>;
  partnersOnTheme?: Resolver<Array<ResolversTypes['PartnerOnTheme']>, ParentType, ContextType, RequireFields<QueryPartnersOnThemeArgs, 'limit' | 'theme' | 'viaLimit'>>;
  paths?: Resolver<Array<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'k' | 'maxHops' | 'to'>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPeopleArgs>>;
  peopleConnection?: Resolver<ResolversTypes['PeopleConnection'], ParentType, ContextType, Partial<QueryPeopleConnectionArgs>>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<QueryPracticesArgs>>;
  practicesConnection?: Resolver<ResolversTypes['PracticesConnection'], ParentType, ContextType, Partial<QueryPracticesConnectionArgs>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  regionsConnection?: Resolver<ResolversTypes['RegionsConnection'], ParentType, ContextType, Partial<QueryRegionsConnectionArgs>>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<QueryRevisionArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'descriptions' | 'limit' | 'text'>>;
  similarPractices?: Resolver<Array<ResolversTypes['SimilarPractice']>, ParentType, ContextType, RequireFields<QuerySimilarPracticesArgs, 'id' | 'limit'>>;
  sourceDocument?: Resolver<Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType, RequireFields<QuerySourceDocumentArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<QuerySourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['SourcesConnection'], ParentType, ContextType, Partial<QuerySourcesConnectionArgs>>;
  staleEvidence?: Resolver<Array<ResolversTypes['StaleEvidence']>, ParentType, ContextType, RequireFields<QueryStaleEvidenceArgs, 'limit'>>;
  suggestFacts?: Resolver<ResolversTypes['FactSuggestions'], ParentType, ContextType, RequireFields<QuerySuggestFactsArgs, 'limit' | 'source'>>;
  themeCoverage?: Resolver<Array<ResolversTypes['ThemeCoverage']>, ParentType, ContextType, Partial<QueryThemeCoverageArgs>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType, Partial<QueryThemesArgs>>;
  themesConnection?: Resolver<ResolversTypes['ThemesConnection'], ParentType, ContextType, Partial<QueryThemesConnectionArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type QuoteContextResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteContext'] = ResolversParentTypes['QuoteContext']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<RegionNetworksArgs>>;
  networksConnection?: Resolver<ResolversTypes['RegionNetworksConnection'], ParentType, ContextType, Partial<RegionNetworksConnectionArgs>>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<RegionOrganisationsArgs>>;
  organisationsConnection?: Resolver<ResolversTypes['RegionOrganisationsConnection'], ParentType, ContextType, Partial<RegionOrganisationsConnectionArgs>>;
  partOf?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<RegionPartOfArgs>>;
  partOfConnection?: Resolver<ResolversTypes['RegionPartOfConnection'], ParentType, ContextType, Partial<RegionPartOfConnectionArgs>>;
  subRegions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<RegionSubRegionsArgs>>;
  subRegionsConnection?: Resolver<ResolversTypes['RegionSubRegionsConnection'], ParentType, ContextType, Partial<RegionSubRegionsConnectionArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionAggregate'] = ResolversParentTypes['RegionAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RegionAggregateNode'], ParentType, ContextType>;
};

export type RegionAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionAggregateNode'] = ResolversParentTypes['RegionAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RegionNetworkNetworksAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionNetworkNetworksAggregateSelection'] = ResolversParentTypes['RegionNetworkNetworksAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['RegionNetworkNetworksEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RegionNetworkNetworksNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RegionNetworkNetworksEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionNetworkNetworksEdgeAggregateSelection'] = ResolversParentTypes['RegionNetworkNetworksEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RegionNetworkNetworksNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionNetworkNetworksNodeAggregateSelection'] = ResolversParentTypes['RegionNetworkNetworksNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RegionNetworksConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionNetworksConnection'] = ResolversParentTypes['RegionNetworksConnection']> = {
  aggregate?: Resolver<ResolversTypes['RegionNetworkNetworksAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RegionNetworksRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionNetworksRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionNetworksRelationship'] = ResolversParentTypes['RegionNetworksRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type RegionOrganisationOrganisationsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionOrganisationOrganisationsAggregateSelection'] = ResolversParentTypes['RegionOrganisationOrganisationsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['RegionOrganisationOrganisationsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RegionOrganisationOrganisationsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RegionOrganisationOrganisationsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionOrganisationOrganisationsEdgeAggregateSelection'] = ResolversParentTypes['RegionOrganisationOrganisationsEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RegionOrganisationOrganisationsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionOrganisationOrganisationsNodeAggregateSelection'] = ResolversParentTypes['RegionOrganisationOrganisationsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RegionOrganisationsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionOrganisationsConnection'] = ResolversParentTypes['RegionOrganisationsConnection']> = {
  aggregate?: Resolver<ResolversTypes['RegionOrganisationOrganisationsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RegionOrganisationsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionOrganisationsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionOrganisationsRelationship'] = ResolversParentTypes['RegionOrganisationsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type RegionPartOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionPartOfConnection'] = ResolversParentTypes['RegionPartOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['RegionRegionPartOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RegionPartOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionPartOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionPartOfRelationship'] = ResolversParentTypes['RegionPartOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type RegionRegionPartOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionRegionPartOfAggregateSelection'] = ResolversParentTypes['RegionRegionPartOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['RegionRegionPartOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RegionRegionPartOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RegionRegionPartOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionRegionPartOfEdgeAggregateSelection'] = ResolversParentTypes['RegionRegionPartOfEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RegionRegionPartOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionRegionPartOfNodeAggregateSelection'] = ResolversParentTypes['RegionRegionPartOfNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RegionRegionSubRegionsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionRegionSubRegionsAggregateSelection'] = ResolversParentTypes['RegionRegionSubRegionsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['RegionRegionSubRegionsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RegionRegionSubRegionsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RegionRegionSubRegionsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionRegionSubRegionsEdgeAggregateSelection'] = ResolversParentTypes['RegionRegionSubRegionsEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RegionRegionSubRegionsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionRegionSubRegionsNodeAggregateSelection'] = ResolversParentTypes['RegionRegionSubRegionsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RegionSubRegionsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionSubRegionsConnection'] = ResolversParentTypes['RegionSubRegionsConnection']> = {
  aggregate?: Resolver<ResolversTypes['RegionRegionSubRegionsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RegionSubRegionsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionSubRegionsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionSubRegionsRelationship'] = ResolversParentTypes['RegionSubRegionsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type RegionsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionsConnection'] = ResolversParentTypes['RegionsConnection']> = {
  aggregate?: Resolver<ResolversTypes['RegionAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ItemChange']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reverts?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevisionPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevisionPage'] = ResolversParentTypes['RevisionPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SimilarPracticeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SimilarPractice'] = ResolversParentTypes['SimilarPractice']> = {
  practice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceAggregate'] = ResolversParentTypes['SourceAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceAggregateNode'], ParentType, ContextType>;
};

export type SourceAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceAggregateNode'] = ResolversParentTypes['SourceAggregateNode']> = {
  contentHash?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SourceDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = {
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceRevisionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceRevisionResult'] = ResolversParentTypes['SourceRevisionResult']> = {
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stillFound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourcesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourcesConnection'] = ResolversParentTypes['SourcesConnection']> = {
  aggregate?: Resolver<ResolversTypes['SourceAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaleEvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StaleEvidence'] = ResolversParentTypes['StaleEvidence']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  nearestSentence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StringAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StringAggregateSelection'] = ResolversParentTypes['StringAggregateSelection']> = {
  longest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SuggestedEndResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SuggestedEnd'] = ResolversParentTypes['SuggestedEnd']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mention?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type SuggestedFactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SuggestedFact'] = ResolversParentTypes['SuggestedFact']> = {
  because?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['SuggestedEnd'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refers?: Resolver<Maybe<ResolversTypes['SuggestedRefers']>, ParentType, ContextType>;
  statedBy?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['SuggestedEnd'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type SuggestedRefersResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SuggestedRefers'] = ResolversParentTypes['SuggestedRefers']> = {
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  broader?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType, Partial<ThemeBroaderArgs>>;
  broaderConnection?: Resolver<ResolversTypes['ThemeBroaderConnection'], ParentType, ContextType, Partial<ThemeBroaderConnectionArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType, Partial<ThemeNarrowerArgs>>;
  narrowerConnection?: Resolver<ResolversTypes['ThemeNarrowerConnection'], ParentType, ContextType, Partial<ThemeNarrowerConnectionArgs>>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<ThemeNetworksArgs>>;
  networksConnection?: Resolver<ResolversTypes['ThemeNetworksConnection'], ParentType, ContextType, Partial<ThemeNetworksConnectionArgs>>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<ThemeOrganisationsArgs>>;
  organisationsConnection?: Resolver<ResolversTypes['ThemeOrganisationsConnection'], ParentType, ContextType, Partial<ThemeOrganisationsConnectionArgs>>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType, Partial<ThemePracticesArgs>>;
  practicesConnection?: Resolver<ResolversTypes['ThemePracticesConnection'], ParentType, ContextType, Partial<ThemePracticesConnectionArgs>>;
  related?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType, Partial<ThemeRelatedArgs>>;
  relatedConnection?: Resolver<ResolversTypes['ThemeRelatedConnection'], ParentType, ContextType, Partial<ThemeRelatedConnectionArgs>>;
  relatedFrom?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType, Partial<ThemeRelatedFromArgs>>;
  relatedFromConnection?: Resolver<ResolversTypes['ThemeRelatedFromConnection'], ParentType, ContextType, Partial<ThemeRelatedFromConnectionArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeAggregate'] = ResolversParentTypes['ThemeAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ThemeAggregateNode'], ParentType, ContextType>;
};

export type ThemeAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeAggregateNode'] = ResolversParentTypes['ThemeAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeBroaderConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeBroaderConnection'] = ResolversParentTypes['ThemeBroaderConnection']> = {
  aggregate?: Resolver<ResolversTypes['ThemeThemeBroaderAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ThemeBroaderRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeBroaderRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeBroaderRelationship'] = ResolversParentTypes['ThemeBroaderRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type ThemeCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeCoverage'] = ResolversParentTypes['ThemeCoverage']> = {
  networks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type ThemeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeEdge'] = ResolversParentTypes['ThemeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type ThemeNarrowerConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeNarrowerConnection'] = ResolversParentTypes['ThemeNarrowerConnection']> = {
  aggregate?: Resolver<ResolversTypes['ThemeThemeNarrowerAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ThemeNarrowerRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeNarrowerRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeNarrowerRelationship'] = ResolversParentTypes['ThemeNarrowerRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type ThemeNetworkNetworksAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeNetworkNetworksAggregateSelection'] = ResolversParentTypes['ThemeNetworkNetworksAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ThemeNetworkNetworksEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ThemeNetworkNetworksNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ThemeNetworkNetworksEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeNetworkNetworksEdgeAggregateSelection'] = ResolversParentTypes['ThemeNetworkNetworksEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeNetworkNetworksNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeNetworkNetworksNodeAggregateSelection'] = ResolversParentTypes['ThemeNetworkNetworksNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeNetworksConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeNetworksConnection'] = ResolversParentTypes['ThemeNetworksConnection']> = {
  aggregate?: Resolver<ResolversTypes['ThemeNetworkNetworksAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ThemeNetworksRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeNetworksRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeNetworksRelationship'] = ResolversParentTypes['ThemeNetworksRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type ThemeOrganisationOrganisationsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeOrganisationOrganisationsAggregateSelection'] = ResolversParentTypes['ThemeOrganisationOrganisationsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ThemeOrganisationOrganisationsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ThemeOrganisationOrganisationsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ThemeOrganisationOrganisationsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeOrganisationOrganisationsEdgeAggregateSelection'] = ResolversParentTypes['ThemeOrganisationOrganisationsEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeOrganisationOrganisationsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeOrganisationOrganisationsNodeAggregateSelection'] = ResolversParentTypes['ThemeOrganisationOrganisationsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeOrganisationsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeOrganisationsConnection'] = ResolversParentTypes['ThemeOrganisationsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ThemeOrganisationOrganisationsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ThemeOrganisationsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeOrganisationsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeOrganisationsRelationship'] = ResolversParentTypes['ThemeOrganisationsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type ThemePracticePracticesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemePracticePracticesAggregateSelection'] = ResolversParentTypes['ThemePracticePracticesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ThemePracticePracticesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ThemePracticePracticesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ThemePracticePracticesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemePracticePracticesEdgeAggregateSelection'] = ResolversParentTypes['ThemePracticePracticesEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemePracticePracticesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemePracticePracticesNodeAggregateSelection'] = ResolversParentTypes['ThemePracticePracticesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemePracticesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemePracticesConnection'] = ResolversParentTypes['ThemePracticesConnection']> = {
  aggregate?: Resolver<ResolversTypes['ThemePracticePracticesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ThemePracticesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemePracticesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemePracticesRelationship'] = ResolversParentTypes['ThemePracticesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type ThemeRelatedConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeRelatedConnection'] = ResolversParentTypes['ThemeRelatedConnection']> = {
  aggregate?: Resolver<ResolversTypes['ThemeThemeRelatedAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ThemeRelatedRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeRelatedFromConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeRelatedFromConnection'] = ResolversParentTypes['ThemeRelatedFromConnection']> = {
  aggregate?: Resolver<ResolversTypes['ThemeThemeRelatedFromAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ThemeRelatedFromRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeRelatedFromRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeRelatedFromRelationship'] = ResolversParentTypes['ThemeRelatedFromRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type ThemeRelatedRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeRelatedRelationship'] = ResolversParentTypes['ThemeRelatedRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type ThemeThemeBroaderAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeBroaderAggregateSelection'] = ResolversParentTypes['ThemeThemeBroaderAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ThemeThemeBroaderEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ThemeThemeBroaderNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ThemeThemeBroaderEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeBroaderEdgeAggregateSelection'] = ResolversParentTypes['ThemeThemeBroaderEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeThemeBroaderNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeBroaderNodeAggregateSelection'] = ResolversParentTypes['ThemeThemeBroaderNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeThemeNarrowerAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeNarrowerAggregateSelection'] = ResolversParentTypes['ThemeThemeNarrowerAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ThemeThemeNarrowerEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ThemeThemeNarrowerNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ThemeThemeNarrowerEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeNarrowerEdgeAggregateSelection'] = ResolversParentTypes['ThemeThemeNarrowerEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeThemeNarrowerNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeNarrowerNodeAggregateSelection'] = ResolversParentTypes['ThemeThemeNarrowerNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeThemeRelatedAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeRelatedAggregateSelection'] = ResolversParentTypes['ThemeThemeRelatedAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ThemeThemeRelatedEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ThemeThemeRelatedNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ThemeThemeRelatedEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeRelatedEdgeAggregateSelection'] = ResolversParentTypes['ThemeThemeRelatedEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeThemeRelatedFromAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeRelatedFromAggregateSelection'] = ResolversParentTypes['ThemeThemeRelatedFromAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ThemeThemeRelatedFromEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ThemeThemeRelatedFromNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ThemeThemeRelatedFromEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeRelatedFromEdgeAggregateSelection'] = ResolversParentTypes['ThemeThemeRelatedFromEdgeAggregateSelection']> = {
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeThemeRelatedFromNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeRelatedFromNodeAggregateSelection'] = ResolversParentTypes['ThemeThemeRelatedFromNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemeThemeRelatedNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeThemeRelatedNodeAggregateSelection'] = ResolversParentTypes['ThemeThemeRelatedNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ThemesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemesConnection'] = ResolversParentTypes['ThemesConnection']> = {
  aggregate?: Resolver<ResolversTypes['ThemeAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ThemeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WriteResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Author?: AuthorResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CountConnection?: CountConnectionResolvers<ContextType>;
  EntitiesConnection?: EntitiesConnectionResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityAggregate?: EntityAggregateResolvers<ContextType>;
  EntityAggregateNode?: EntityAggregateNodeResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  ErasureResult?: ErasureResultResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FacetBucket?: FacetBucketResolvers<ContextType>;
  FacetKey?: FacetKeyResolvers<ContextType>;
  Facets?: FacetsResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactSuggestions?: FactSuggestionsResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  GapRegion?: GapRegionResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  IntAggregateSelection?: IntAggregateSelectionResolvers<ContextType>;
  ItemChange?: ItemChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkAggregate?: NetworkAggregateResolvers<ContextType>;
  NetworkAggregateNode?: NetworkAggregateNodeResolvers<ContextType>;
  NetworkDevelopedConnection?: NetworkDevelopedConnectionResolvers<ContextType>;
  NetworkDevelopedRelationship?: NetworkDevelopedRelationshipResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkFundedByConnection?: NetworkFundedByConnectionResolvers<ContextType>;
  NetworkFundedByRelationship?: NetworkFundedByRelationshipResolvers<ContextType>;
  NetworkMembersConnection?: NetworkMembersConnectionResolvers<ContextType>;
  NetworkMembersRelationship?: NetworkMembersRelationshipResolvers<ContextType>;
  NetworkNetworkPartOfAggregateSelection?: NetworkNetworkPartOfAggregateSelectionResolvers<ContextType>;
  NetworkNetworkPartOfEdgeAggregateSelection?: NetworkNetworkPartOfEdgeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkPartOfNodeAggregateSelection?: NetworkNetworkPartOfNodeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkPartsAggregateSelection?: NetworkNetworkPartsAggregateSelectionResolvers<ContextType>;
  NetworkNetworkPartsEdgeAggregateSelection?: NetworkNetworkPartsEdgeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkPartsNodeAggregateSelection?: NetworkNetworkPartsNodeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSucceededByAggregateSelection?: NetworkNetworkSucceededByAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSucceededByEdgeAggregateSelection?: NetworkNetworkSucceededByEdgeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSucceededByNodeAggregateSelection?: NetworkNetworkSucceededByNodeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSucceedsAggregateSelection?: NetworkNetworkSucceedsAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSucceedsEdgeAggregateSelection?: NetworkNetworkSucceedsEdgeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSucceedsNodeAggregateSelection?: NetworkNetworkSucceedsNodeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSupportedByAggregateSelection?: NetworkNetworkSupportedByAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSupportedByEdgeAggregateSelection?: NetworkNetworkSupportedByEdgeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSupportedByNodeAggregateSelection?: NetworkNetworkSupportedByNodeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSupportsAggregateSelection?: NetworkNetworkSupportsAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSupportsEdgeAggregateSelection?: NetworkNetworkSupportsEdgeAggregateSelectionResolvers<ContextType>;
  NetworkNetworkSupportsNodeAggregateSelection?: NetworkNetworkSupportsNodeAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationFundedByAggregateSelection?: NetworkOrganisationFundedByAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationFundedByEdgeAggregateSelection?: NetworkOrganisationFundedByEdgeAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationFundedByNodeAggregateSelection?: NetworkOrganisationFundedByNodeAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationMembersAggregateSelection?: NetworkOrganisationMembersAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationMembersEdgeAggregateSelection?: NetworkOrganisationMembersEdgeAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationMembersNodeAggregateSelection?: NetworkOrganisationMembersNodeAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationPartnersAggregateSelection?: NetworkOrganisationPartnersAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationPartnersEdgeAggregateSelection?: NetworkOrganisationPartnersEdgeAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationPartnersNodeAggregateSelection?: NetworkOrganisationPartnersNodeAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationRunByAggregateSelection?: NetworkOrganisationRunByAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationRunByEdgeAggregateSelection?: NetworkOrganisationRunByEdgeAggregateSelectionResolvers<ContextType>;
  NetworkOrganisationRunByNodeAggregateSelection?: NetworkOrganisationRunByNodeAggregateSelectionResolvers<ContextType>;
  NetworkPartOfConnection?: NetworkPartOfConnectionResolvers<ContextType>;
  NetworkPartOfRelationship?: NetworkPartOfRelationshipResolvers<ContextType>;
  NetworkPartnersConnection?: NetworkPartnersConnectionResolvers<ContextType>;
  NetworkPartnersRelationship?: NetworkPartnersRelationshipResolvers<ContextType>;
  NetworkPartsConnection?: NetworkPartsConnectionResolvers<ContextType>;
  NetworkPartsRelationship?: NetworkPartsRelationshipResolvers<ContextType>;
  NetworkPeopleConnection?: NetworkPeopleConnectionResolvers<ContextType>;
  NetworkPeopleRelationship?: NetworkPeopleRelationshipResolvers<ContextType>;
  NetworkPersonPeopleAggregateSelection?: NetworkPersonPeopleAggregateSelectionResolvers<ContextType>;
  NetworkPersonPeopleEdgeAggregateSelection?: NetworkPersonPeopleEdgeAggregateSelectionResolvers<ContextType>;
  NetworkPersonPeopleNodeAggregateSelection?: NetworkPersonPeopleNodeAggregateSelectionResolvers<ContextType>;
  NetworkPracticeDevelopedAggregateSelection?: NetworkPracticeDevelopedAggregateSelectionResolvers<ContextType>;
  NetworkPracticeDevelopedEdgeAggregateSelection?: NetworkPracticeDevelopedEdgeAggregateSelectionResolvers<ContextType>;
  NetworkPracticeDevelopedNodeAggregateSelection?: NetworkPracticeDevelopedNodeAggregateSelectionResolvers<ContextType>;
  NetworkPracticePracticesAggregateSelection?: NetworkPracticePracticesAggregateSelectionResolvers<ContextType>;
  NetworkPracticePracticesEdgeAggregateSelection?: NetworkPracticePracticesEdgeAggregateSelectionResolvers<ContextType>;
  NetworkPracticePracticesNodeAggregateSelection?: NetworkPracticePracticesNodeAggregateSelectionResolvers<ContextType>;
  NetworkPracticesConnection?: NetworkPracticesConnectionResolvers<ContextType>;
  NetworkPracticesRelationship?: NetworkPracticesRelationshipResolvers<ContextType>;
  NetworkRegionRegionsAggregateSelection?: NetworkRegionRegionsAggregateSelectionResolvers<ContextType>;
  NetworkRegionRegionsEdgeAggregateSelection?: NetworkRegionRegionsEdgeAggregateSelectionResolvers<ContextType>;
  NetworkRegionRegionsNodeAggregateSelection?: NetworkRegionRegionsNodeAggregateSelectionResolvers<ContextType>;
  NetworkRegionsConnection?: NetworkRegionsConnectionResolvers<ContextType>;
  NetworkRegionsRelationship?: NetworkRegionsRelationshipResolvers<ContextType>;
  NetworkRunByConnection?: NetworkRunByConnectionResolvers<ContextType>;
  NetworkRunByRelationship?: NetworkRunByRelationshipResolvers<ContextType>;
  NetworkSucceededByConnection?: NetworkSucceededByConnectionResolvers<ContextType>;
  NetworkSucceededByRelationship?: NetworkSucceededByRelationshipResolvers<ContextType>;
  NetworkSucceedsConnection?: NetworkSucceedsConnectionResolvers<ContextType>;
  NetworkSucceedsRelationship?: NetworkSucceedsRelationshipResolvers<ContextType>;
  NetworkSupportedByConnection?: NetworkSupportedByConnectionResolvers<ContextType>;
  NetworkSupportedByRelationship?: NetworkSupportedByRelationshipResolvers<ContextType>;
  NetworkSupportsConnection?: NetworkSupportsConnectionResolvers<ContextType>;
  NetworkSupportsRelationship?: NetworkSupportsRelationshipResolvers<ContextType>;
  NetworkThemeThemesAggregateSelection?: NetworkThemeThemesAggregateSelectionResolvers<ContextType>;
  NetworkThemeThemesEdgeAggregateSelection?: NetworkThemeThemesEdgeAggregateSelectionResolvers<ContextType>;
  NetworkThemeThemesNodeAggregateSelection?: NetworkThemeThemesNodeAggregateSelectionResolvers<ContextType>;
  NetworkThemesConnection?: NetworkThemesConnectionResolvers<ContextType>;
  NetworkThemesRelationship?: NetworkThemesRelationshipResolvers<ContextType>;
  NetworksConnection?: NetworksConnectionResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationAggregate?: OrganisationAggregateResolvers<ContextType>;
  OrganisationAggregateNode?: OrganisationAggregateNodeResolvers<ContextType>;
  OrganisationAppliesConnection?: OrganisationAppliesConnectionResolvers<ContextType>;
  OrganisationAppliesRelationship?: OrganisationAppliesRelationshipResolvers<ContextType>;
  OrganisationCooperatedWithByConnection?: OrganisationCooperatedWithByConnectionResolvers<ContextType>;
  OrganisationCooperatedWithByRelationship?: OrganisationCooperatedWithByRelationshipResolvers<ContextType>;
  OrganisationCooperatesWithConnection?: OrganisationCooperatesWithConnectionResolvers<ContextType>;
  OrganisationCooperatesWithRelationship?: OrganisationCooperatesWithRelationshipResolvers<ContextType>;
  OrganisationDevelopedConnection?: OrganisationDevelopedConnectionResolvers<ContextType>;
  OrganisationDevelopedRelationship?: OrganisationDevelopedRelationshipResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationFundsNetworksConnection?: OrganisationFundsNetworksConnectionResolvers<ContextType>;
  OrganisationFundsNetworksRelationship?: OrganisationFundsNetworksRelationshipResolvers<ContextType>;
  OrganisationFundsPracticesConnection?: OrganisationFundsPracticesConnectionResolvers<ContextType>;
  OrganisationFundsPracticesRelationship?: OrganisationFundsPracticesRelationshipResolvers<ContextType>;
  OrganisationLocatedInConnection?: OrganisationLocatedInConnectionResolvers<ContextType>;
  OrganisationLocatedInRelationship?: OrganisationLocatedInRelationshipResolvers<ContextType>;
  OrganisationMemberOfConnection?: OrganisationMemberOfConnectionResolvers<ContextType>;
  OrganisationMemberOfRelationship?: OrganisationMemberOfRelationshipResolvers<ContextType>;
  OrganisationNetworkFundsNetworksAggregateSelection?: OrganisationNetworkFundsNetworksAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkFundsNetworksEdgeAggregateSelection?: OrganisationNetworkFundsNetworksEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkFundsNetworksNodeAggregateSelection?: OrganisationNetworkFundsNetworksNodeAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkMemberOfAggregateSelection?: OrganisationNetworkMemberOfAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkMemberOfEdgeAggregateSelection?: OrganisationNetworkMemberOfEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkMemberOfNodeAggregateSelection?: OrganisationNetworkMemberOfNodeAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkPartnerInNetworksAggregateSelection?: OrganisationNetworkPartnerInNetworksAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkPartnerInNetworksEdgeAggregateSelection?: OrganisationNetworkPartnerInNetworksEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkPartnerInNetworksNodeAggregateSelection?: OrganisationNetworkPartnerInNetworksNodeAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkRunsAggregateSelection?: OrganisationNetworkRunsAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkRunsEdgeAggregateSelection?: OrganisationNetworkRunsEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationNetworkRunsNodeAggregateSelection?: OrganisationNetworkRunsNodeAggregateSelectionResolvers<ContextType>;
  OrganisationOrganisationCooperatedWithByAggregateSelection?: OrganisationOrganisationCooperatedWithByAggregateSelectionResolvers<ContextType>;
  OrganisationOrganisationCooperatedWithByEdgeAggregateSelection?: OrganisationOrganisationCooperatedWithByEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationOrganisationCooperatedWithByNodeAggregateSelection?: OrganisationOrganisationCooperatedWithByNodeAggregateSelectionResolvers<ContextType>;
  OrganisationOrganisationCooperatesWithAggregateSelection?: OrganisationOrganisationCooperatesWithAggregateSelectionResolvers<ContextType>;
  OrganisationOrganisationCooperatesWithEdgeAggregateSelection?: OrganisationOrganisationCooperatesWithEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationOrganisationCooperatesWithNodeAggregateSelection?: OrganisationOrganisationCooperatesWithNodeAggregateSelectionResolvers<ContextType>;
  OrganisationPartnerInNetworksConnection?: OrganisationPartnerInNetworksConnectionResolvers<ContextType>;
  OrganisationPartnerInNetworksRelationship?: OrganisationPartnerInNetworksRelationshipResolvers<ContextType>;
  OrganisationPartnerInPracticesConnection?: OrganisationPartnerInPracticesConnectionResolvers<ContextType>;
  OrganisationPartnerInPracticesRelationship?: OrganisationPartnerInPracticesRelationshipResolvers<ContextType>;
  OrganisationPeopleConnection?: OrganisationPeopleConnectionResolvers<ContextType>;
  OrganisationPeopleRelationship?: OrganisationPeopleRelationshipResolvers<ContextType>;
  OrganisationPersonPeopleAggregateSelection?: OrganisationPersonPeopleAggregateSelectionResolvers<ContextType>;
  OrganisationPersonPeopleEdgeAggregateSelection?: OrganisationPersonPeopleEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationPersonPeopleNodeAggregateSelection?: OrganisationPersonPeopleNodeAggregateSelectionResolvers<ContextType>;
  OrganisationPracticeAppliesAggregateSelection?: OrganisationPracticeAppliesAggregateSelectionResolvers<ContextType>;
  OrganisationPracticeAppliesEdgeAggregateSelection?: OrganisationPracticeAppliesEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationPracticeAppliesNodeAggregateSelection?: OrganisationPracticeAppliesNodeAggregateSelectionResolvers<ContextType>;
  OrganisationPracticeDevelopedAggregateSelection?: OrganisationPracticeDevelopedAggregateSelectionResolvers<ContextType>;
  OrganisationPracticeDevelopedEdgeAggregateSelection?: OrganisationPracticeDevelopedEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationPracticeDevelopedNodeAggregateSelection?: OrganisationPracticeDevelopedNodeAggregateSelectionResolvers<ContextType>;
  OrganisationPracticeFundsPracticesAggregateSelection?: OrganisationPracticeFundsPracticesAggregateSelectionResolvers<ContextType>;
  OrganisationPracticeFundsPracticesEdgeAggregateSelection?: OrganisationPracticeFundsPracticesEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationPracticeFundsPracticesNodeAggregateSelection?: OrganisationPracticeFundsPracticesNodeAggregateSelectionResolvers<ContextType>;
  OrganisationPracticePartnerInPracticesAggregateSelection?: OrganisationPracticePartnerInPracticesAggregateSelectionResolvers<ContextType>;
  OrganisationPracticePartnerInPracticesEdgeAggregateSelection?: OrganisationPracticePartnerInPracticesEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationPracticePartnerInPracticesNodeAggregateSelection?: OrganisationPracticePartnerInPracticesNodeAggregateSelectionResolvers<ContextType>;
  OrganisationRegionLocatedInAggregateSelection?: OrganisationRegionLocatedInAggregateSelectionResolvers<ContextType>;
  OrganisationRegionLocatedInEdgeAggregateSelection?: OrganisationRegionLocatedInEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationRegionLocatedInNodeAggregateSelection?: OrganisationRegionLocatedInNodeAggregateSelectionResolvers<ContextType>;
  OrganisationRunsConnection?: OrganisationRunsConnectionResolvers<ContextType>;
  OrganisationRunsRelationship?: OrganisationRunsRelationshipResolvers<ContextType>;
  OrganisationThemeThemesAggregateSelection?: OrganisationThemeThemesAggregateSelectionResolvers<ContextType>;
  OrganisationThemeThemesEdgeAggregateSelection?: OrganisationThemeThemesEdgeAggregateSelectionResolvers<ContextType>;
  OrganisationThemeThemesNodeAggregateSelection?: OrganisationThemeThemesNodeAggregateSelectionResolvers<ContextType>;
  OrganisationThemesConnection?: OrganisationThemesConnectionResolvers<ContextType>;
  OrganisationThemesRelationship?: OrganisationThemesRelationshipResolvers<ContextType>;
  OrganisationsConnection?: OrganisationsConnectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerOnTheme?: PartnerOnThemeResolvers<ContextType>;
  PeopleConnection?: PeopleConnectionResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonAggregate?: PersonAggregateResolvers<ContextType>;
  PersonAggregateNode?: PersonAggregateNodeResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonNetworkNetworksAggregateSelection?: PersonNetworkNetworksAggregateSelectionResolvers<ContextType>;
  PersonNetworkNetworksEdgeAggregateSelection?: PersonNetworkNetworksEdgeAggregateSelectionResolvers<ContextType>;
  PersonNetworkNetworksNodeAggregateSelection?: PersonNetworkNetworksNodeAggregateSelectionResolvers<ContextType>;
  PersonNetworksConnection?: PersonNetworksConnectionResolvers<ContextType>;
  PersonNetworksRelationship?: PersonNetworksRelationshipResolvers<ContextType>;
  PersonOrganisationWorksAtAggregateSelection?: PersonOrganisationWorksAtAggregateSelectionResolvers<ContextType>;
  PersonOrganisationWorksAtEdgeAggregateSelection?: PersonOrganisationWorksAtEdgeAggregateSelectionResolvers<ContextType>;
  PersonOrganisationWorksAtNodeAggregateSelection?: PersonOrganisationWorksAtNodeAggregateSelectionResolvers<ContextType>;
  PersonPracticePracticesAggregateSelection?: PersonPracticePracticesAggregateSelectionResolvers<ContextType>;
  PersonPracticePracticesEdgeAggregateSelection?: PersonPracticePracticesEdgeAggregateSelectionResolvers<ContextType>;
  PersonPracticePracticesNodeAggregateSelection?: PersonPracticePracticesNodeAggregateSelectionResolvers<ContextType>;
  PersonPracticesConnection?: PersonPracticesConnectionResolvers<ContextType>;
  PersonPracticesRelationship?: PersonPracticesRelationshipResolvers<ContextType>;
  PersonWorksAtConnection?: PersonWorksAtConnectionResolvers<ContextType>;
  PersonWorksAtRelationship?: PersonWorksAtRelationshipResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  PracticeAggregate?: PracticeAggregateResolvers<ContextType>;
  PracticeAggregateNode?: PracticeAggregateNodeResolvers<ContextType>;
  PracticeAppliedByConnection?: PracticeAppliedByConnectionResolvers<ContextType>;
  PracticeAppliedByRelationship?: PracticeAppliedByRelationshipResolvers<ContextType>;
  PracticeDerivativesConnection?: PracticeDerivativesConnectionResolvers<ContextType>;
  PracticeDerivativesRelationship?: PracticeDerivativesRelationshipResolvers<ContextType>;
  PracticeDerivedFromConnection?: PracticeDerivedFromConnectionResolvers<ContextType>;
  PracticeDerivedFromRelationship?: PracticeDerivedFromRelationshipResolvers<ContextType>;
  PracticeDevelopedByConnection?: PracticeDevelopedByConnectionResolvers<ContextType>;
  PracticeDevelopedByNetworksConnection?: PracticeDevelopedByNetworksConnectionResolvers<ContextType>;
  PracticeDevelopedByNetworksRelationship?: PracticeDevelopedByNetworksRelationshipResolvers<ContextType>;
  PracticeDevelopedByRelationship?: PracticeDevelopedByRelationshipResolvers<ContextType>;
  PracticeEdge?: PracticeEdgeResolvers<ContextType>;
  PracticeFundedByConnection?: PracticeFundedByConnectionResolvers<ContextType>;
  PracticeFundedByRelationship?: PracticeFundedByRelationshipResolvers<ContextType>;
  PracticeNetworkDevelopedByNetworksAggregateSelection?: PracticeNetworkDevelopedByNetworksAggregateSelectionResolvers<ContextType>;
  PracticeNetworkDevelopedByNetworksEdgeAggregateSelection?: PracticeNetworkDevelopedByNetworksEdgeAggregateSelectionResolvers<ContextType>;
  PracticeNetworkDevelopedByNetworksNodeAggregateSelection?: PracticeNetworkDevelopedByNetworksNodeAggregateSelectionResolvers<ContextType>;
  PracticeNetworkNetworksAggregateSelection?: PracticeNetworkNetworksAggregateSelectionResolvers<ContextType>;
  PracticeNetworkNetworksEdgeAggregateSelection?: PracticeNetworkNetworksEdgeAggregateSelectionResolvers<ContextType>;
  PracticeNetworkNetworksNodeAggregateSelection?: PracticeNetworkNetworksNodeAggregateSelectionResolvers<ContextType>;
  PracticeNetworksConnection?: PracticeNetworksConnectionResolvers<ContextType>;
  PracticeNetworksRelationship?: PracticeNetworksRelationshipResolvers<ContextType>;
  PracticeOrganisationAppliedByAggregateSelection?: PracticeOrganisationAppliedByAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationAppliedByEdgeAggregateSelection?: PracticeOrganisationAppliedByEdgeAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationAppliedByNodeAggregateSelection?: PracticeOrganisationAppliedByNodeAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationDevelopedByAggregateSelection?: PracticeOrganisationDevelopedByAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationDevelopedByEdgeAggregateSelection?: PracticeOrganisationDevelopedByEdgeAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationDevelopedByNodeAggregateSelection?: PracticeOrganisationDevelopedByNodeAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationFundedByAggregateSelection?: PracticeOrganisationFundedByAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationFundedByEdgeAggregateSelection?: PracticeOrganisationFundedByEdgeAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationFundedByNodeAggregateSelection?: PracticeOrganisationFundedByNodeAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationPartnersAggregateSelection?: PracticeOrganisationPartnersAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationPartnersEdgeAggregateSelection?: PracticeOrganisationPartnersEdgeAggregateSelectionResolvers<ContextType>;
  PracticeOrganisationPartnersNodeAggregateSelection?: PracticeOrganisationPartnersNodeAggregateSelectionResolvers<ContextType>;
  PracticePartnersConnection?: PracticePartnersConnectionResolvers<ContextType>;
  PracticePartnersRelationship?: PracticePartnersRelationshipResolvers<ContextType>;
  PracticePeopleConnection?: PracticePeopleConnectionResolvers<ContextType>;
  PracticePeopleRelationship?: PracticePeopleRelationshipResolvers<ContextType>;
  PracticePersonPeopleAggregateSelection?: PracticePersonPeopleAggregateSelectionResolvers<ContextType>;
  PracticePersonPeopleEdgeAggregateSelection?: PracticePersonPeopleEdgeAggregateSelectionResolvers<ContextType>;
  PracticePersonPeopleNodeAggregateSelection?: PracticePersonPeopleNodeAggregateSelectionResolvers<ContextType>;
  PracticePracticeDerivativesAggregateSelection?: PracticePracticeDerivativesAggregateSelectionResolvers<ContextType>;
  PracticePracticeDerivativesEdgeAggregateSelection?: PracticePracticeDerivativesEdgeAggregateSelectionResolvers<ContextType>;
  PracticePracticeDerivativesNodeAggregateSelection?: PracticePracticeDerivativesNodeAggregateSelectionResolvers<ContextType>;
  PracticePracticeDerivedFromAggregateSelection?: PracticePracticeDerivedFromAggregateSelectionResolvers<ContextType>;
  PracticePracticeDerivedFromEdgeAggregateSelection?: PracticePracticeDerivedFromEdgeAggregateSelectionResolvers<ContextType>;
  PracticePracticeDerivedFromNodeAggregateSelection?: PracticePracticeDerivedFromNodeAggregateSelectionResolvers<ContextType>;
  PracticePracticeVolumeOfAggregateSelection?: PracticePracticeVolumeOfAggregateSelectionResolvers<ContextType>;
  PracticePracticeVolumeOfEdgeAggregateSelection?: PracticePracticeVolumeOfEdgeAggregateSelectionResolvers<ContextType>;
  PracticePracticeVolumeOfNodeAggregateSelection?: PracticePracticeVolumeOfNodeAggregateSelectionResolvers<ContextType>;
  PracticePracticeVolumesAggregateSelection?: PracticePracticeVolumesAggregateSelectionResolvers<ContextType>;
  PracticePracticeVolumesEdgeAggregateSelection?: PracticePracticeVolumesEdgeAggregateSelectionResolvers<ContextType>;
  PracticePracticeVolumesNodeAggregateSelection?: PracticePracticeVolumesNodeAggregateSelectionResolvers<ContextType>;
  PracticeThemeThemesAggregateSelection?: PracticeThemeThemesAggregateSelectionResolvers<ContextType>;
  PracticeThemeThemesEdgeAggregateSelection?: PracticeThemeThemesEdgeAggregateSelectionResolvers<ContextType>;
  PracticeThemeThemesNodeAggregateSelection?: PracticeThemeThemesNodeAggregateSelectionResolvers<ContextType>;
  PracticeThemesConnection?: PracticeThemesConnectionResolvers<ContextType>;
  PracticeThemesRelationship?: PracticeThemesRelationshipResolvers<ContextType>;
  PracticeVolumeOfConnection?: PracticeVolumeOfConnectionResolvers<ContextType>;
  PracticeVolumeOfRelationship?: PracticeVolumeOfRelationshipResolvers<ContextType>;
  PracticeVolumesConnection?: PracticeVolumesConnectionResolvers<ContextType>;
  PracticeVolumesRelationship?: PracticeVolumesRelationshipResolvers<ContextType>;
  PracticesConnection?: PracticesConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteContext?: QuoteContextResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionAggregate?: RegionAggregateResolvers<ContextType>;
  RegionAggregateNode?: RegionAggregateNodeResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  RegionNetworkNetworksAggregateSelection?: RegionNetworkNetworksAggregateSelectionResolvers<ContextType>;
  RegionNetworkNetworksEdgeAggregateSelection?: RegionNetworkNetworksEdgeAggregateSelectionResolvers<ContextType>;
  RegionNetworkNetworksNodeAggregateSelection?: RegionNetworkNetworksNodeAggregateSelectionResolvers<ContextType>;
  RegionNetworksConnection?: RegionNetworksConnectionResolvers<ContextType>;
  RegionNetworksRelationship?: RegionNetworksRelationshipResolvers<ContextType>;
  RegionOrganisationOrganisationsAggregateSelection?: RegionOrganisationOrganisationsAggregateSelectionResolvers<ContextType>;
  RegionOrganisationOrganisationsEdgeAggregateSelection?: RegionOrganisationOrganisationsEdgeAggregateSelectionResolvers<ContextType>;
  RegionOrganisationOrganisationsNodeAggregateSelection?: RegionOrganisationOrganisationsNodeAggregateSelectionResolvers<ContextType>;
  RegionOrganisationsConnection?: RegionOrganisationsConnectionResolvers<ContextType>;
  RegionOrganisationsRelationship?: RegionOrganisationsRelationshipResolvers<ContextType>;
  RegionPartOfConnection?: RegionPartOfConnectionResolvers<ContextType>;
  RegionPartOfRelationship?: RegionPartOfRelationshipResolvers<ContextType>;
  RegionRegionPartOfAggregateSelection?: RegionRegionPartOfAggregateSelectionResolvers<ContextType>;
  RegionRegionPartOfEdgeAggregateSelection?: RegionRegionPartOfEdgeAggregateSelectionResolvers<ContextType>;
  RegionRegionPartOfNodeAggregateSelection?: RegionRegionPartOfNodeAggregateSelectionResolvers<ContextType>;
  RegionRegionSubRegionsAggregateSelection?: RegionRegionSubRegionsAggregateSelectionResolvers<ContextType>;
  RegionRegionSubRegionsEdgeAggregateSelection?: RegionRegionSubRegionsEdgeAggregateSelectionResolvers<ContextType>;
  RegionRegionSubRegionsNodeAggregateSelection?: RegionRegionSubRegionsNodeAggregateSelectionResolvers<ContextType>;
  RegionSubRegionsConnection?: RegionSubRegionsConnectionResolvers<ContextType>;
  RegionSubRegionsRelationship?: RegionSubRegionsRelationshipResolvers<ContextType>;
  RegionsConnection?: RegionsConnectionResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  RevisionPage?: RevisionPageResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SimilarPractice?: SimilarPracticeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceAggregate?: SourceAggregateResolvers<ContextType>;
  SourceAggregateNode?: SourceAggregateNodeResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceRevisionResult?: SourceRevisionResultResolvers<ContextType>;
  SourcesConnection?: SourcesConnectionResolvers<ContextType>;
  StaleEvidence?: StaleEvidenceResolvers<ContextType>;
  StringAggregateSelection?: StringAggregateSelectionResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SuggestedEnd?: SuggestedEndResolvers<ContextType>;
  SuggestedFact?: SuggestedFactResolvers<ContextType>;
  SuggestedRefers?: SuggestedRefersResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThemeAggregate?: ThemeAggregateResolvers<ContextType>;
  ThemeAggregateNode?: ThemeAggregateNodeResolvers<ContextType>;
  ThemeBroaderConnection?: ThemeBroaderConnectionResolvers<ContextType>;
  ThemeBroaderRelationship?: ThemeBroaderRelationshipResolvers<ContextType>;
  ThemeCoverage?: ThemeCoverageResolvers<ContextType>;
  ThemeEdge?: ThemeEdgeResolvers<ContextType>;
  ThemeNarrowerConnection?: ThemeNarrowerConnectionResolvers<ContextType>;
  ThemeNarrowerRelationship?: ThemeNarrowerRelationshipResolvers<ContextType>;
  ThemeNetworkNetworksAggregateSelection?: ThemeNetworkNetworksAggregateSelectionResolvers<ContextType>;
  ThemeNetworkNetworksEdgeAggregateSelection?: ThemeNetworkNetworksEdgeAggregateSelectionResolvers<ContextType>;
  ThemeNetworkNetworksNodeAggregateSelection?: ThemeNetworkNetworksNodeAggregateSelectionResolvers<ContextType>;
  ThemeNetworksConnection?: ThemeNetworksConnectionResolvers<ContextType>;
  ThemeNetworksRelationship?: ThemeNetworksRelationshipResolvers<ContextType>;
  ThemeOrganisationOrganisationsAggregateSelection?: ThemeOrganisationOrganisationsAggregateSelectionResolvers<ContextType>;
  ThemeOrganisationOrganisationsEdgeAggregateSelection?: ThemeOrganisationOrganisationsEdgeAggregateSelectionResolvers<ContextType>;
  ThemeOrganisationOrganisationsNodeAggregateSelection?: ThemeOrganisationOrganisationsNodeAggregateSelectionResolvers<ContextType>;
  ThemeOrganisationsConnection?: ThemeOrganisationsConnectionResolvers<ContextType>;
  ThemeOrganisationsRelationship?: ThemeOrganisationsRelationshipResolvers<ContextType>;
  ThemePracticePracticesAggregateSelection?: ThemePracticePracticesAggregateSelectionResolvers<ContextType>;
  ThemePracticePracticesEdgeAggregateSelection?: ThemePracticePracticesEdgeAggregateSelectionResolvers<ContextType>;
  ThemePracticePracticesNodeAggregateSelection?: ThemePracticePracticesNodeAggregateSelectionResolvers<ContextType>;
  ThemePracticesConnection?: ThemePracticesConnectionResolvers<ContextType>;
  ThemePracticesRelationship?: ThemePracticesRelationshipResolvers<ContextType>;
  ThemeRelatedConnection?: ThemeRelatedConnectionResolvers<ContextType>;
  ThemeRelatedFromConnection?: ThemeRelatedFromConnectionResolvers<ContextType>;
  ThemeRelatedFromRelationship?: ThemeRelatedFromRelationshipResolvers<ContextType>;
  ThemeRelatedRelationship?: ThemeRelatedRelationshipResolvers<ContextType>;
  ThemeThemeBroaderAggregateSelection?: ThemeThemeBroaderAggregateSelectionResolvers<ContextType>;
  ThemeThemeBroaderEdgeAggregateSelection?: ThemeThemeBroaderEdgeAggregateSelectionResolvers<ContextType>;
  ThemeThemeBroaderNodeAggregateSelection?: ThemeThemeBroaderNodeAggregateSelectionResolvers<ContextType>;
  ThemeThemeNarrowerAggregateSelection?: ThemeThemeNarrowerAggregateSelectionResolvers<ContextType>;
  ThemeThemeNarrowerEdgeAggregateSelection?: ThemeThemeNarrowerEdgeAggregateSelectionResolvers<ContextType>;
  ThemeThemeNarrowerNodeAggregateSelection?: ThemeThemeNarrowerNodeAggregateSelectionResolvers<ContextType>;
  ThemeThemeRelatedAggregateSelection?: ThemeThemeRelatedAggregateSelectionResolvers<ContextType>;
  ThemeThemeRelatedEdgeAggregateSelection?: ThemeThemeRelatedEdgeAggregateSelectionResolvers<ContextType>;
  ThemeThemeRelatedFromAggregateSelection?: ThemeThemeRelatedFromAggregateSelectionResolvers<ContextType>;
  ThemeThemeRelatedFromEdgeAggregateSelection?: ThemeThemeRelatedFromEdgeAggregateSelectionResolvers<ContextType>;
  ThemeThemeRelatedFromNodeAggregateSelection?: ThemeThemeRelatedFromNodeAggregateSelectionResolvers<ContextType>;
  ThemeThemeRelatedNodeAggregateSelection?: ThemeThemeRelatedNodeAggregateSelectionResolvers<ContextType>;
  ThemesConnection?: ThemesConnectionResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  format?: FormatDirectiveResolver<any, any, ContextType>;
  referenceKnowledge?: ReferenceKnowledgeDirectiveResolver<any, any, ContextType>;
};

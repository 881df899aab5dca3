/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The kind of a node in the graph. */
export type EntityType =
  | 'NETWORK'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PRACTICE'
  | 'REGION'
  | 'SOURCE'
  | 'THEME';

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

export type PartnersOnThemeQueryVariables = Exact<{
  theme: string;
  excludeRegion?: string | null | undefined;
}>;


export type PartnersOnThemeQuery = { partnersOnTheme: Array<{ organisation: { id: string, name: string, kind: OrganisationKind }, regions: Array<{ id: string, name: string }>, via: Array<
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
    >, evidence: Array<{ quote: string, source: { id: string, title: string | null } }> }> };


export const PartnersOnThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersOnTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnersOnTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersOnThemeQuery, PartnersOnThemeQueryVariables>;
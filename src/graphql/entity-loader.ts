/**
 * Gives hand-written resolvers the entities they return (a partner's organisation, a path's
 * nodes, an evidence's source...) with whatever the client selected, as cheaply as that allows:
 *   - when the client selects only stored fields (scalars such as `id`, `name`, `aliases`), from
 *     the properties the question's Cypher already returned, or, for an entity known only by id,
 *     from one batched lookup by id;
 *   - when it selects relationship fields too, through the generated `entities` query with exactly
 *     the client's selection, so every entity in a custom answer supports the whole generated API
 *     (relationship fields, connections with evidence, filters).
 * Either way a request costs one database query per distinct selection, never one per parent
 * item: DataLoader batches the ids.
 */
import DataLoader from "dataloader";
import {
  Kind,
  execute,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  print,
  type DocumentNode,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";
import { labelOf } from "../model/graph-model.js";
import type { ReadQuery } from "../db/neo4j.js";
import type { EntityObject, EntityRow } from "./models.js";

const ID_KEY = "kgEntityId";
const IDS_VARIABLE = "kgEntityIds";

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

/** `query($kgEntityIds: [ID!]!, ...the client's variables) { entities(where: {id: {in: $kgEntityIds}}) { ... } }` */
function buildDocument(info: GraphQLResolveInfo, typeName: string): DocumentNode {
  const clientSelections: SelectionNode[] = info.fieldNodes.flatMap((f: FieldNode) => f.selectionSet?.selections ?? []);
  const selections: SelectionNode[] = [
    { kind: Kind.FIELD, name: name("__typename") },
    { kind: Kind.FIELD, alias: name(ID_KEY), name: name("id") },
    {
      kind: Kind.INLINE_FRAGMENT,
      typeCondition: { kind: Kind.NAMED_TYPE, name: name(typeName) },
      selectionSet: { kind: Kind.SELECTION_SET, selections: clientSelections },
    },
  ];
  const idsType = {
    kind: Kind.NON_NULL_TYPE,
    type: {
      kind: Kind.LIST_TYPE,
      type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name("ID") } },
    },
  } as const;
  const idIn = {
    kind: Kind.OBJECT,
    fields: [{ kind: Kind.OBJECT_FIELD, name: name("in"), value: { kind: Kind.VARIABLE, name: name(IDS_VARIABLE) } }],
  } as const;
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: "query" as never,
        name: name("LoadEntities"),
        variableDefinitions: [
          { kind: Kind.VARIABLE_DEFINITION, variable: { kind: Kind.VARIABLE, name: name(IDS_VARIABLE) }, type: idsType },
          ...(info.operation.variableDefinitions ?? []),
        ],
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [
            {
              kind: Kind.FIELD,
              name: name("entities"),
              arguments: [
                {
                  kind: Kind.ARGUMENT,
                  name: name("where"),
                  value: { kind: Kind.OBJECT, fields: [{ kind: Kind.OBJECT_FIELD, name: name("id"), value: idIn }] },
                },
              ],
              selectionSet: { kind: Kind.SELECTION_SET, selections },
            },
          ],
        },
      },
      ...Object.values(info.fragments),
    ],
  };
}

/** Whether every field the client selected below this one is a stored property (a leaf) on every type it may be. */
function selectsStoredFieldsOnly(info: GraphQLResolveInfo): boolean {
  const named = getNamedType(info.returnType);
  const types: readonly GraphQLObjectType[] = isAbstractType(named)
    ? info.schema.getPossibleTypes(named)
    : isObjectType(named)
      ? [named]
      : [];
  const stored = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === "__typename") return true;
        return !selection.selectionSet && types.every((type) => {
          const field = type.getFields()[selection.name.value];
          return field === undefined || (isLeafType(getNamedType(field.type)) && field.args.length === 0);
        });
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return stored(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      return fragment !== undefined && stored(fragment.selectionSet);
    });
  return info.fieldNodes.every((field) => !field.selectionSet || stored(field.selectionSet));
}

/** Graph interface values need `__resolveType` to say which object type they are: the label of the stored `type` (PRACTICE → Practice). */
const asEntity = (row: EntityRow): EntityObject => ({ ...row, __resolveType: labelOf(row.type) });

const PROPERTIES_BY_ID = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n {.*} AS entity";

export class EntityLoader {
  private readonly generated = new Map<string, DataLoader<string, EntityObject | null>>();
  private readonly storedOnly = new WeakMap<readonly FieldNode[], boolean>();
  private readonly properties: DataLoader<string, EntityObject | null>;

  constructor(
    private readonly contextValue: object,
    read: ReadQuery,
  ) {
    this.properties = new DataLoader(async (ids) => {
      const result = await read<{ entity: EntityRow }>(PROPERTIES_BY_ID, { ids });
      const byId = new Map(result.records.map((r) => [r.get("entity").id, asEntity(r.get("entity"))]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** An entity a question's Cypher returned with its properties. */
  fromRow(row: EntityRow, info: GraphQLResolveInfo): EntityObject | Promise<EntityObject | null> {
    return this.canUseStoredFields(info) ? asEntity(row) : this.generatedLoader(info).load(row.id);
  }

  async fromRows(rows: readonly EntityRow[], info: GraphQLResolveInfo): Promise<EntityObject[]> {
    if (this.canUseStoredFields(info)) return rows.map(asEntity);
    return this.presentOnly(await this.generatedLoader(info).loadMany(rows.map((r) => r.id)));
  }

  /** An entity known by id only; null when no node has that id. */
  byId(id: string, info: GraphQLResolveInfo): Promise<EntityObject | null> {
    return (this.canUseStoredFields(info) ? this.properties : this.generatedLoader(info)).load(id);
  }

  private presentOnly(loaded: (EntityObject | null | Error)[]): EntityObject[] {
    const failure = loaded.find((e): e is Error => e instanceof Error);
    if (failure) throw failure;
    return loaded.filter((e): e is EntityObject => e !== null);
  }

  private canUseStoredFields(info: GraphQLResolveInfo): boolean {
    let answer = this.storedOnly.get(info.fieldNodes);
    if (answer === undefined) {
      answer = selectsStoredFieldsOnly(info);
      this.storedOnly.set(info.fieldNodes, answer);
    }
    return answer;
  }

  private generatedLoader(info: GraphQLResolveInfo): DataLoader<string, EntityObject | null> {
    const typeName = getNamedType(info.returnType).name;
    const signature = `${typeName}|${info.fieldNodes.map((f) => (f.selectionSet ? print(f.selectionSet) : "")).join("|")}`;
    let loader = this.generated.get(signature);
    if (!loader) {
      const document = buildDocument(info, typeName);
      loader = new DataLoader(async (ids) => {
        const result = await execute({
          schema: info.schema,
          document,
          contextValue: this.contextValue,
          variableValues: { ...info.variableValues, [IDS_VARIABLE]: ids },
        });
        if (result.errors?.length) throw result.errors[0];
        const rows = (result.data?.entities ?? []) as Record<string, unknown>[];
        const byId = new Map(rows.map((row): [string, EntityObject] => [row[ID_KEY] as string, { ...row, __resolveType: row.__typename as string }]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.generated.set(signature, loader);
    }
    return loader;
  }
}

/**
 * Loads the entities that hand-written resolvers return (a partner's organisation, a path's nodes,
 * an evidence's source...) through the generated `entities` query, with exactly the selection the
 * client asked for. So every entity in a custom answer supports the whole generated API
 * (relationship fields, connections with evidence, filters), and a request costs one database
 * query per distinct selection, never one per parent item: DataLoader batches the ids.
 */
import DataLoader from "dataloader";
import {
  Kind,
  execute,
  getNamedType,
  print,
  type DocumentNode,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
} from "graphql";

type EntityObject = Record<string, unknown>;

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
                  value: {
                    kind: Kind.OBJECT,
                    fields: [
                      {
                        kind: Kind.OBJECT_FIELD,
                        name: name("id"),
                        value: {
                          kind: Kind.OBJECT,
                          fields: [
                            {
                              kind: Kind.OBJECT_FIELD,
                              name: name("in"),
                              value: { kind: Kind.VARIABLE, name: name(IDS_VARIABLE) },
                            },
                          ],
                        },
                      },
                    ],
                  },
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

export class EntityLoader {
  private readonly loaders = new Map<string, DataLoader<string, EntityObject | null>>();

  constructor(private readonly contextValue: object) {}

  load(id: string, info: GraphQLResolveInfo): Promise<EntityObject | null> {
    return this.loaderFor(info).load(id);
  }

  async loadMany(ids: readonly string[], info: GraphQLResolveInfo): Promise<EntityObject[]> {
    const loaded = await this.loaderFor(info).loadMany(ids);
    return loaded.filter((e): e is EntityObject => e !== null && !(e instanceof Error));
  }

  private loaderFor(info: GraphQLResolveInfo): DataLoader<string, EntityObject | null> {
    const typeName = getNamedType(info.returnType).name;
    const signature = `${typeName}|${info.fieldNodes.map((f) => (f.selectionSet ? print(f.selectionSet) : "")).join("|")}`;
    let loader = this.loaders.get(signature);
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
        const rows = (result.data?.entities ?? []) as EntityObject[];
        const byId = new Map(rows.map((row) => [row[ID_KEY] as string, { ...row, __resolveType: row.__typename }]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(signature, loader);
    }
    return loader;
  }
}

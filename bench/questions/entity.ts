/** entity(id) with stored fields only: the cheapest request, which shows the API's fixed cost per request. */
import { entityKey, fixture, list, regionsOf, type BenchQuestion, type Data, type Variables } from "./bench-question.js";

interface EntityVariables extends Variables {
  id: string;
}

const ENTITY_BY_ID = "MATCH (n:Entity {id: $id}) RETURN n {.id, .name, .type, .description, .aliases} AS entity";

const entityFields = (e: Data | null | undefined) =>
  e ? `${entityKey(e, "id", "name", "type", "description")}|${list<string>(e.aliases).join(",")}` : null;

export const entity: BenchQuestion<EntityVariables> = {
  name: "entity",
  custom: false,
  fixture: fixture("entity.graphql"),
  variableSets: (lookup, random, count) =>
    Array.from({ length: count }, () => {
      const kind = random.weighted([50, 20, 15, 15]);
      const id =
        kind === 0
          ? random.pick(lookup.practices).id
          : kind === 1
            ? random.pick(lookup.peopleInNetworks).id
            : kind === 2
              ? random.pick(lookup.themeIds)
              : random.pick(regionsOf(lookup));
      return { id };
    }),
  fromGraphql: (data) => entityFields(data.entity as Data | null),
  async raw(read, v) {
    const result = await read(ENTITY_BY_ID, { id: v.id });
    return entityFields(result.records[0]?.get("entity") as Data | undefined);
  },
  peer: { unavailable: "n/a: entity(id) is answered by the generated entities query" },
};

/** connection: the shortest path between two entities (the first by node ids, where several are as short), each edge with all its evidence. */
import type { GraphPathResolvers, QueryResolvers } from "../__generated__/types.js";
import type { GraphPathRow } from "../models.js";
import { entitiesField } from "./entity-fields.js";
import { findPaths } from "./path-search.js";

export const connection: QueryResolvers["connection"] = async (_parent, args, context) => {
  const [path] = await findPaths(context.read, { ...args, k: 1 });
  return path ?? null;
};

export const graphPathResolvers: GraphPathResolvers = {
  nodes: entitiesField((p: GraphPathRow) => p.nodes),
};

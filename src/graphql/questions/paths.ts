/** paths: the k shortest distinct paths between two entities, for views that offer alternatives to the shortest; the search is connection's. */
import type { QueryResolvers } from "../__generated__/types.js";
import { findPaths } from "./path-search.js";

export const paths: QueryResolvers["paths"] = (_parent, args, context) => findPaths(context.read, args);

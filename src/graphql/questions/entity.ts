/** entity: any node by id, with the full generated API beneath it. */
import type { QueryResolvers } from "../__generated__/types.js";

export const entity: QueryResolvers["entity"] = (_parent, args, context, info) => context.entities.byId(args.id, info);

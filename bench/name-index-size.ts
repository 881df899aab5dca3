/**
 * The heap search's name index takes (issue 26: it counts toward the API's memory), measured here
 * by building it from the synthetic graph's entities as the API builds it from the graph, with a
 * full garbage collection before and after.
 */
import v8 from "node:v8";
import vm from "node:vm";
import { LABELS, namesOf } from "../src/model/graph-model.js";
import { NameIndex } from "../src/search/name-index.js";
import type { SyntheticGraph } from "./synthetic-graph.js";

export interface NameIndexSize {
  entities: number;
  megabytes: number;
}

export function measureNameIndex(graph: SyntheticGraph): NameIndexSize {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  const entities = LABELS.flatMap((label) => graph.nodes[label].map((node) => ({ id: node.id, type: node.type, names: namesOf(node) })));
  gc();
  const before = process.memoryUsage().heapUsed;
  const index = NameIndex.of(entities);
  gc();
  const megabytes = Math.round((process.memoryUsage().heapUsed - before) / 1e5) / 10;
  return { entities: index.size, megabytes };
}

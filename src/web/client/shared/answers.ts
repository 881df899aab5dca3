/**
 * The parts of the API's answers that several modules of the browser code pass around, named once.
 * Each is taken from the types GraphQL Code Generator writes for the documents in queries.graphql,
 * so the code that reads an answer follows the document that asks for it.
 */
import type { ExplorerNeighbourhoodQuery, ExplorerSearchQuery } from "./__generated__/queries.js";

/** A node by name and type: a search suggestion, a node of a small graph. */
export type EntityRef = ExplorerSearchQuery["search"][number]["entity"];

/** A node as the explorer draws it. */
export type GraphNode = ExplorerNeighbourhoodQuery["neighbourhood"]["nodes"][number];

/** A relationship as the explorer draws it, with the evidence its details panel shows. */
export type GraphEdge = ExplorerNeighbourhoodQuery["neighbourhood"]["edges"][number];

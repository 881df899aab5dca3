/**
 * How each kind of node looks, everywhere in the browser (explorer, legend, embeds): a colour and
 * a shape, so the types stay apart for readers who cannot tell the colours apart. The types and
 * their names come from the graph model (schema/, through `npm run codegen`); a type without a
 * style of its own here is drawn in the neutral fallback until someone picks one.
 */
import { ENTITY_TYPE_LABELS, type EntityType } from "../../../model/__generated__/graph-model.js";

export type { EntityType };
export const ENTITY_TYPES = Object.keys(ENTITY_TYPE_LABELS) as EntityType[];

/** Shapes both Cytoscape and our SVG drawing (see node-shape.ts) know by these names. */
export type NodeShape = "ellipse" | "round-rectangle" | "hexagon" | "diamond" | "star" | "triangle" | "rectangle";

export interface NodeTypeStyle {
  label: string;
  colour: string;
  shape: NodeShape;
}

const LOOKS: Partial<Record<EntityType, Omit<NodeTypeStyle, "label">>> = {
  PRACTICE: { colour: "#2e7d32", shape: "ellipse" },
  ORGANISATION: { colour: "#1565c0", shape: "round-rectangle" },
  NETWORK: { colour: "#7b1fa2", shape: "hexagon" },
  REGION: { colour: "#e65100", shape: "diamond" },
  THEME: { colour: "#c2185b", shape: "star" },
  PERSON: { colour: "#00838f", shape: "triangle" },
  SOURCE: { colour: "#5d4037", shape: "rectangle" },
};
const FALLBACK_LOOK: Omit<NodeTypeStyle, "label"> = { colour: "#546e7a", shape: "ellipse" };

export const NODE_TYPE_STYLES = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, { label: ENTITY_TYPE_LABELS[type], ...(LOOKS[type] ?? FALLBACK_LOOK) }]),
) as Record<EntityType, NodeTypeStyle>;

/**
 * How each kind of node looks, everywhere in the browser (explorer, legend, embeds): a colour and
 * a shape, so the types stay apart for readers who cannot tell the colours apart.
 */

/** The schema's `EntityType`. */
export const ENTITY_TYPES = ["PRACTICE", "ORGANISATION", "NETWORK", "REGION", "THEME", "PERSON", "SOURCE"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Shapes both Cytoscape and our SVG drawing (see node-shape.ts) know by these names. */
export type NodeShape = "ellipse" | "round-rectangle" | "hexagon" | "diamond" | "star" | "triangle" | "rectangle";

export interface NodeTypeStyle {
  label: string;
  colour: string;
  shape: NodeShape;
}

export const NODE_TYPE_STYLES: Record<EntityType, NodeTypeStyle> = {
  PRACTICE: { label: "Practice", colour: "#2e7d32", shape: "ellipse" },
  ORGANISATION: { label: "Organisation", colour: "#1565c0", shape: "round-rectangle" },
  NETWORK: { label: "Network", colour: "#7b1fa2", shape: "hexagon" },
  REGION: { label: "Region", colour: "#e65100", shape: "diamond" },
  THEME: { label: "Theme", colour: "#c2185b", shape: "star" },
  PERSON: { label: "Person", colour: "#00838f", shape: "triangle" },
  SOURCE: { label: "Source", colour: "#5d4037", shape: "rectangle" },
};

/** A relationship type as a reader says it: `DERIVED_FROM` → "derived from". */
export function relationLabel(type: string, role: string | null): string {
  const words = type.toLowerCase().replaceAll("_", " ");
  return role === null ? words : `${words} (${role})`;
}

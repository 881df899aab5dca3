/**
 * Where the embedded graph puts its nodes: the chosen node in the middle, its neighbours on a
 * ring around it, grouped by type. A neighbourhood of depth 1 is a star, and a star needs no
 * physics engine: this keeps Cytoscape out of embed.js.
 */
import { ENTITY_TYPES } from "../shared/node-types.js";
import type { EntityRef } from "../shared/answers.js";

export interface PlacedNode extends EntityRef {
  x: number;
  y: number;
  /** Which side of the node its label goes, away from the centre. */
  labelSide: "start" | "end" | "middle";
}

/** `labelRoom`: the width beside the ring kept for labels (about 20 letters by default). */
export function radialLayout(centreId: string, nodes: EntityRef[], width: number, height: number, labelRoom = 150): PlacedNode[] {
  const cx = width / 2;
  const cy = height / 2;
  const centre = nodes.find((node) => node.id === centreId);
  const ring = nodes
    .filter((node) => node.id !== centreId)
    .sort((a, b) => ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || a.name.localeCompare(b.name));
  // An ellipse uses a wide box better than a circle; the side margins leave room for the labels.
  const rx = width / 2 - labelRoom;
  const ry = height / 2 - 30;
  const placed: PlacedNode[] = ring.map((node, index) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / ring.length;
    const x = cx + rx * Math.cos(angle);
    const y = cy + ry * Math.sin(angle);
    const labelSide = Math.abs(x - cx) < 1 ? "middle" : x > cx ? "start" : "end";
    return { ...node, x, y, labelSide };
  });
  return centre === undefined ? placed : [{ ...centre, x: cx, y: cy, labelSide: "middle" }, ...placed];
}

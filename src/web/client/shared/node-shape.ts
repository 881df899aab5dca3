/**
 * A node type's shape as SVG, matching what Cytoscape draws for the same shape name: used by the
 * explorer's legend and by the embedded graph, which draws without Cytoscape to stay small.
 */
import { NODE_TYPE_STYLES, type EntityType, type NodeShape } from "./node-types.js";

export const SVG_NS = "http://www.w3.org/2000/svg";

/** Corner points of a regular polygon of radius r around (0, 0), the first one straight up. */
function regularPolygon(corners: number, r: number, innerRatio?: number): [number, number][] {
  const points: [number, number][] = [];
  const steps = innerRatio === undefined ? corners : corners * 2;
  for (let i = 0; i < steps; i++) {
    const radius = innerRatio !== undefined && i % 2 === 1 ? r * innerRatio : r;
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / steps;
    points.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
  }
  return points;
}

function polygonPoints(shape: NodeShape, r: number): [number, number][] | null {
  switch (shape) {
    case "hexagon":
      return regularPolygon(6, r).map(([x, y]) => [y, x]); // flat top and bottom, as Cytoscape draws it
    case "diamond":
      return regularPolygon(4, r);
    case "star":
      return regularPolygon(5, r, 0.45);
    case "triangle":
      return regularPolygon(3, r).map(([x, y]) => [x, y + r * 0.2]);
    default:
      return null;
  }
}

/** The shape of `type`, centred on (x, y), radius r, filled with the type's colour. */
export function nodeShapeSvg(type: EntityType, x: number, y: number, r: number): SVGElement {
  const { shape, colour } = NODE_TYPE_STYLES[type];
  let element: SVGElement;
  const points = polygonPoints(shape, r);
  if (points !== null) {
    element = document.createElementNS(SVG_NS, "polygon");
    element.setAttribute("points", points.map(([px, py]) => `${(x + px).toFixed(2)},${(y + py).toFixed(2)}`).join(" "));
  } else if (shape === "ellipse") {
    element = document.createElementNS(SVG_NS, "circle");
    element.setAttribute("cx", String(x));
    element.setAttribute("cy", String(y));
    element.setAttribute("r", String(r));
  } else {
    element = document.createElementNS(SVG_NS, "rect");
    element.setAttribute("x", String(x - r));
    element.setAttribute("y", String(y - r * 0.75));
    element.setAttribute("width", String(2 * r));
    element.setAttribute("height", String(1.5 * r));
    if (shape === "round-rectangle") element.setAttribute("rx", String(r * 0.35));
  }
  element.setAttribute("fill", colour);
  return element;
}

/** A small standalone swatch of a type's shape, for legends. */
export function nodeTypeSwatch(type: EntityType, size = 16): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("width", String(size));
  svg.setAttribute("height", String(size));
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("aria-hidden", "true");
  svg.append(nodeShapeSvg(type, size / 2, size / 2, size / 2 - 1));
  return svg;
}


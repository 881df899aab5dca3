/**
 * <kg-graph id="samen">: a node and its direct neighbours as a small SVG drawing, each node a link
 * into the explorer. `limit` caps the neighbours (default 16).
 */
import { h } from "../shared/dom.js";
import { NODE_TYPE_STYLES, relationLabel, type EntityType } from "../shared/node-types.js";
import { SVG_NS, nodeShapeSvg, nodeTypeSwatch } from "../shared/node-shape.js";
import { EmbedGraphDocument } from "../shared/__generated__/queries.js";
import { EmbedProblem, KgElement, card, type EmbedContext } from "./kg-element.js";
import { radialLayout } from "./radial-layout.js";

const DEFAULT_LIMIT = 16;
const WIDTH = 600;
const HEIGHT = 340;
const LABEL_LENGTH = 20;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function shorten(name: string): string {
  return name.length <= LABEL_LENGTH ? name : `${name.slice(0, LABEL_LENGTH - 1)}…`;
}

export class KgGraph extends KgElement {
  static observedAttributes = ["id", "limit", "api"];
  protected readonly subject = "graph";

  protected async build({ query, explorerLink }: EmbedContext): Promise<Node> {
    const id = this.getAttribute("id")?.trim();
    if (!id) throw new EmbedProblem("<kg-graph> needs a node's id, e.g. <kg-graph id=\"samen\">.");
    const limit = Number.parseInt(this.getAttribute("limit") ?? "", 10);
    // The limit counts the centre too.
    const { neighbourhood } = await query(EmbedGraphDocument, { id, limit: (Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT) + 1 });
    const centre = neighbourhood.nodes.find((node) => node.id === id);
    if (centre === undefined) throw new EmbedProblem(`There is no “${id}” in the knowledge graph.`);

    const placed = radialLayout(id, neighbourhood.nodes, WIDTH, HEIGHT);
    const position = new Map(placed.map((node) => [node.id, node]));
    const drawing = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": `${centre.name} and its neighbours` });

    for (const edge of neighbourhood.edges) {
      const from = position.get(edge.from);
      const to = position.get(edge.to);
      if (from === undefined || to === undefined) continue;
      const line = svg("line", { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: "#b4bcc4", "stroke-width": 1.2 });
      const title = svg("title", {});
      title.append(`${from.name} ${relationLabel(edge.type, edge.role)} ${to.name}`);
      line.append(title);
      drawing.append(line);
    }
    for (const node of placed) {
      const isCentre = node.id === id;
      const link = svg("a", { href: explorerLink(node.id), target: "_blank" });
      const title = svg("title", {});
      title.append(`${node.name} (${NODE_TYPE_STYLES[node.type].label})`);
      const label = svg("text", {
        x: node.labelSide === "middle" ? node.x : node.x + (node.labelSide === "start" ? 12 : -12),
        y: node.labelSide === "middle" ? node.y + (isCentre ? 28 : 22) : node.y + 4,
        "text-anchor": node.labelSide,
        "font-weight": isCentre ? "bold" : "normal",
      });
      label.append(shorten(node.name));
      link.append(title, nodeShapeSvg(node.type, node.x, node.y, isCentre ? 14 : 8), label);
      drawing.append(link);
    }

    const types = [...new Set(placed.map((node) => node.type))] as EntityType[];
    const legend = h("p", { class: "kg-legend" }, types.map((type) => h("span", {}, nodeTypeSwatch(type, 12), NODE_TYPE_STYLES[type].label)));
    const more = neighbourhood.truncated ? h("p", { class: "kg-sub" }, "More neighbours in the explorer.") : null;
    return card(centre.name, [drawing, legend, more], explorerLink(id));
  }
}

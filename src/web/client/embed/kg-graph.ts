/**
 * <kg-graph entity="samen">: a node and its direct neighbours as a small SVG drawing, with the same
 * neighbours as a list of links beneath it. `entity` takes an id or a name (or alias); `limit` caps
 * the neighbours (default 16).
 *
 * The list is what keyboards and screen readers use: the drawing is hidden from them and its links
 * are not in the tab order, so nothing focusable sits inside a picture. The drawing is laid out at
 * the element's own width, so its labels stay 12 px on a phone, and every node has a 24 px target.
 */
import { h } from "../shared/dom.js";
import type { EntityType } from "../shared/node-types.js";
import { SVG_NS, nodeShapeSvg, nodeTypeSwatch } from "../shared/node-shape.js";
import { messages, relationName, typeName } from "../shared/i18n.js";
import { EmbedGraphDocument } from "../shared/__generated__/queries.js";
import { KgElement, card, requiredAttribute, resolveEntity, type EmbedContext } from "./kg-element.js";
import { radialLayout } from "./radial-layout.js";

const DEFAULT_LIMIT = 16;
/** The drawing's widest and narrowest layout, in CSS pixels (one unit of the drawing is one pixel). */
const MAX_WIDTH = 600;
const MIN_WIDTH = 300;
const HEIGHT = 340;
/** Roughly the width of one letter of a 12 px label. */
const LETTER_WIDTH = 6.5;
/** WCAG 2.2's smallest target for a pointer: 24 × 24 px. */
const TARGET_RADIUS = 12;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function shorten(name: string, letters: number): string {
  return name.length <= letters ? name : `${name.slice(0, letters - 1)}…`;
}

export class KgGraph extends KgElement {
  static observedAttributes = ["entity", "id", "limit", "lang", "api"];

  protected async build(context: EmbedContext): Promise<Node> {
    const { query, explorerLink, lang } = context;
    const text = messages(lang);
    const wanted = requiredAttribute(this, lang, ["entity", "id"], '<kg-graph entity="samen">');
    const { id } = await resolveEntity(context, wanted, null);
    const limit = Number.parseInt(this.getAttribute("limit") ?? "", 10);
    // The limit counts the centre too.
    const { neighbourhood } = await query(EmbedGraphDocument, { id, limit: (Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT) + 1 });
    const centre = neighbourhood.nodes.find((node) => node.id === id);
    if (centre === undefined) throw new Error(`the neighbourhood of "${id}" lacks "${id}"`);

    // Laid out at the width the element has (minus the card's padding), so nothing is scaled down.
    const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, this.getBoundingClientRect().width - 36)));
    const labelRoom = Math.min(150, Math.round(width * 0.3));
    const letters = Math.max(8, Math.floor(labelRoom / LETTER_WIDTH) - 1);
    const placed = radialLayout(id, neighbourhood.nodes, width, HEIGHT, labelRoom);
    const position = new Map(placed.map((node) => [node.id, node]));
    // The list beneath says all this to keyboards and screen readers.
    const drawing = svg("svg", { viewBox: `0 0 ${width} ${HEIGHT}`, "aria-hidden": "true", class: "kg-drawing" });

    for (const edge of neighbourhood.edges) {
      const from = position.get(edge.from);
      const to = position.get(edge.to);
      if (from === undefined || to === undefined) continue;
      const line = svg("line", { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: "#b4bcc4", "stroke-width": 1.2 });
      const title = svg("title", {});
      title.append(`${from.name} · ${relationName(edge.type, edge.role, lang)} · ${to.name}`);
      line.append(title);
      drawing.append(line);
    }
    for (const node of placed) {
      const isCentre = node.id === id;
      const link = svg("a", { href: explorerLink(node.id), target: "_blank", tabindex: -1 });
      const title = svg("title", {});
      title.append(`${node.name} (${typeName(node.type, lang)})`);
      const label = svg("text", {
        x: node.labelSide === "middle" ? node.x : node.x + (node.labelSide === "start" ? 14 : -14),
        y: node.labelSide === "middle" ? node.y + (isCentre ? 30 : 26) : node.y + 4,
        "text-anchor": node.labelSide,
        "font-weight": isCentre ? "bold" : "normal",
      });
      label.append(shorten(node.name, letters));
      const target = svg("circle", { cx: node.x, cy: node.y, r: TARGET_RADIUS, fill: "transparent" });
      link.append(title, target, nodeShapeSvg(node.type, node.x, node.y, isCentre ? 14 : 8), label);
      drawing.append(link);
    }

    // The accessible twin of the drawing: every neighbour with how it is linked, as links.
    const relations = neighbourhood.edges.flatMap((edge) => {
      const other = edge.from === id ? edge.to : edge.to === id ? edge.from : null;
      const node = other === null ? undefined : position.get(other);
      return node === undefined ? [] : [{ node, relation: `${edge.from === id ? "→" : "←"} ${relationName(edge.type, edge.role, lang)}` }];
    });
    const list = h(
      "ul",
      { class: "kg-neighbours", "aria-label": text.graphNeighbours },
      relations.map(({ node, relation }) =>
        h(
          "li",
          {},
          h("span", { class: "kg-sub" }, relation),
          h("a", { href: explorerLink(node.id), target: "_blank", rel: "noopener" }, node.name),
          h("span", { class: "kg-sub" }, typeName(node.type, lang)),
        ),
      ),
    );

    const types = [...new Set(placed.map((node) => node.type))] as EntityType[];
    const legend = h("p", { class: "kg-legend", "aria-hidden": "true" }, types.map((type) => h("span", {}, nodeTypeSwatch(type, 12), typeName(type, lang))));
    const more = neighbourhood.truncated ? h("p", { class: "kg-sub" }, text.graphMore) : null;
    return card(lang, centre.name, [h("figure", { class: "kg-figure" }, drawing, legend), h("h3", {}, text.graphNeighbours), list, more], explorerLink(id));
  }
}

/**
 * The drawing: Cytoscape.js on a canvas. It receives a whole scene each time and changes only
 * what differs, so nodes already on screen keep their place when a neighbourhood is merged in.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import { ENTITY_TYPES, NODE_TYPE_STYLES } from "../shared/node-types.js";
import { relationName, type Lang } from "../shared/i18n.js";
import type { ExplorerGraph } from "./graph-model.js";

export interface GraphScene {
  graph: ExplorerGraph;
  /** Ids drawn larger: the nodes whose neighbourhoods are shown. */
  focus: Set<string>;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  dimmed: Set<string>;
  /** The selected node or edge id. */
  selected: string | null;
}

export interface GraphViewEvents {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
}

const PATH_COLOUR = "#d32f2f";
const SELECTED_COLOUR = "#f9a825";

const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      width: 24,
      height: 24,
      "font-size": 11,
      color: "#1f2328",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "130px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      "border-color": "#ffffff",
      "border-width": 1.5,
    },
  },
  ...ENTITY_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": NODE_TYPE_STYLES[type].colour, shape: NODE_TYPE_STYLES[type].shape },
  })),
  { selector: "node.focus", style: { width: 34, height: 34, "font-weight": "bold", "border-color": "#1f2328", "border-width": 2 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "curve-style": "bezier",
      "line-color": "#9aa4ad",
      "target-arrow-shape": "triangle",
      "target-arrow-color": "#9aa4ad",
      "arrow-scale": 0.8,
      // A wider invisible band makes thin edges easy to hit with a finger.
      "overlay-padding": 6,
      "font-size": 10,
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
    },
  },
  { selector: "node.on-path", style: { "border-color": PATH_COLOUR, "border-width": 3 } },
  { selector: "edge.on-path", style: { "line-color": PATH_COLOUR, "target-arrow-color": PATH_COLOUR, width: 4, label: "data(label)", color: PATH_COLOUR } },
  { selector: ".dimmed", style: { opacity: 0.15 } },
  { selector: "node.selected", style: { "border-color": SELECTED_COLOUR, "border-width": 5 } },
  { selector: "edge.selected", style: { "line-color": SELECTED_COLOUR, "target-arrow-color": SELECTED_COLOUR, width: 4, label: "data(label)" } },
];

export class GraphView {
  readonly #cy: Core;
  readonly #lang: Lang;

  constructor(container: HTMLElement, lang: Lang, events: GraphViewEvents) {
    this.#lang = lang;
    this.#cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      // Selection is the explorer's state, drawn through classes; Cytoscape's own would fight it.
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    this.#cy.on("tap", "node", (event) => events.onNodeTap(event.target.id()));
    this.#cy.on("tap", "edge", (event) => events.onEdgeTap(event.target.id()));
    this.#cy.on("tap", (event) => {
      if (event.target === this.#cy) events.onBackgroundTap();
    });
  }

  show(scene: GraphScene): void {
    const cy = this.#cy;
    const wanted = new Set([...scene.graph.nodes.keys(), ...scene.graph.edges.keys()]);
    cy.elements().filter((element) => !wanted.has(element.id())).remove();
    const hadNodes = cy.nodes().length > 0;

    const added: ElementDefinition[] = [];
    for (const node of scene.graph.nodes.values()) {
      if (cy.getElementById(node.id).empty()) {
        added.push({ group: "nodes", data: { id: node.id, name: node.name, type: node.type }, position: this.#startPosition(scene, node.id) });
      }
    }
    for (const edge of scene.graph.edges.values()) {
      if (cy.getElementById(edge.id).empty()) {
        added.push({ group: "edges", data: { id: edge.id, source: edge.from, target: edge.to, label: relationName(edge.type, edge.role, this.#lang) } });
      }
    }
    cy.batch(() => {
      cy.add(added);
      cy.nodes().forEach((node) => {
        const id = node.id();
        node.toggleClass("focus", scene.focus.has(id));
        node.toggleClass("on-path", scene.pathNodes.has(id));
        node.toggleClass("selected", scene.selected === id);
        node.toggleClass("dimmed", scene.dimmed.has(id));
      });
      cy.edges().forEach((edge) => {
        const id = edge.id();
        edge.toggleClass("on-path", scene.pathEdges.has(id));
        edge.toggleClass("selected", scene.selected === id);
        edge.toggleClass("dimmed", scene.dimmed.has(edge.source().id()) || scene.dimmed.has(edge.target().id()));
      });
    });

    if (added.some((element) => element.group === "nodes")) {
      cy.layout({
        name: "cose",
        // Merge new nodes into the existing picture instead of reshuffling everything.
        randomize: !hadNodes,
        animate: false,
        fit: true,
        padding: 40,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 12_000,
        componentSpacing: 80,
      }).run();
    }
  }

  /** New nodes start next to a neighbour already on screen, so the layout only has to nudge them. */
  #startPosition(scene: GraphScene, id: string): { x: number; y: number } | undefined {
    for (const edge of scene.graph.edges.values()) {
      const other = edge.from === id ? edge.to : edge.to === id ? edge.from : null;
      if (other === null) continue;
      const placed = this.#cy.getElementById(other);
      if (placed.nonempty()) {
        const { x, y } = placed.position();
        return { x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 };
      }
    }
    return undefined;
  }
}

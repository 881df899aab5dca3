/**
 * The explorer's side panel: what is selected (a node with its relations, or a relation with its
 * evidence), the paths between two nodes (the shortest and its alternatives, one shown at a time),
 * and the legend. Every node and relation named here is a
 * button, so the whole graph can also be walked with a keyboard or a screen reader.
 */
import { fill, h } from "../shared/dom.js";
import { ENTITY_TYPES, NODE_TYPE_STYLES, relationLabel, type EntityType } from "../shared/node-types.js";
import { nodeTypeSwatch } from "../shared/node-shape.js";
import type { GraphNode } from "../shared/answers.js";
import type { ExplorerEdge } from "./graph-model.js";

export interface PanelActions {
  selectNode(id: string): void;
  selectEdge(id: string): void;
  startPath(id: string): void;
  endPath(id: string): void;
  clearPath(): void;
  /** Shows another of the paths found, counting from 1. */
  choosePath(choice: number): void;
}

/** Looks up a node's name and type wherever the explorer has seen it. */
export type NodeLookup = (id: string) => Pick<GraphNode, "id" | "name" | "type"> | undefined;

function typeBadge(type: EntityType) {
  return h("span", { class: "type-badge" }, nodeTypeSwatch(type, 14), NODE_TYPE_STYLES[type].label);
}

function nodeButton(id: string, lookup: NodeLookup, actions: PanelActions) {
  const node = lookup(id);
  const button = h("button", { type: "button", class: "link-button" }, node?.name ?? id);
  button.addEventListener("click", () => actions.selectNode(id));
  return button;
}

function actionButton(label: string, onClick: () => void, disabled = false) {
  const button = h("button", { type: "button", disabled }, label);
  button.addEventListener("click", onClick);
  return button;
}

export function renderHelp(container: HTMLElement): void {
  fill(
    container,
    h("h2", {}, "Selection"),
    h("p", { class: "hint" }, "Click a node to expand it and list its relations; click a relation to read its evidence."),
  );
}

export function renderNodeDetails(
  container: HTMLElement,
  node: GraphNode,
  relations: ExplorerEdge[],
  context: { lookup: NodeLookup; actions: PanelActions; pathFrom: string | null },
): void {
  const { lookup, actions, pathFrom } = context;
  fill(
    container,
    h("h2", {}, node.name),
    typeBadge(node.type),
    node.description === null ? null : h("p", {}, node.description),
    h(
      "div",
      { class: "actions" },
      actionButton("Path from here", () => actions.startPath(node.id)),
      actionButton("Path to here", () => actions.endPath(node.id), pathFrom === null || pathFrom === node.id),
    ),
    h("h3", {}, `Relations (${relations.length})`),
    h(
      "ul",
      { class: "relations" },
      relations.map((edge) => {
        const outgoing = edge.from === node.id;
        const other = lookup(outgoing ? edge.to : edge.from);
        const button = h(
          "button",
          { type: "button", class: "link-button" },
          `${outgoing ? "→" : "←"} ${relationLabel(edge.type, edge.role)}: `,
          h("strong", {}, other?.name ?? (outgoing ? edge.to : edge.from)),
        );
        button.addEventListener("click", () => actions.selectEdge(edge.id));
        return h("li", {}, button);
      }),
    ),
  );
}

export function renderEdgeDetails(container: HTMLElement, edge: ExplorerEdge, context: { lookup: NodeLookup; actions: PanelActions }): void {
  const { lookup, actions } = context;
  fill(
    container,
    h("h2", {}, "Relation"),
    h(
      "p",
      { class: "relation-line" },
      nodeButton(edge.from, lookup, actions),
      h("span", { class: "relation-type" }, ` ${relationLabel(edge.type, edge.role)} `),
      nodeButton(edge.to, lookup, actions),
    ),
    h("h3", {}, edge.evidence.length === 1 ? "Evidence" : `Evidence (${edge.evidence.length} sources)`),
    edge.evidence.map((evidence) =>
      h(
        "figure",
        { class: "evidence" },
        // The quote in what surrounds it in its source, so a reader can judge it in context;
        // reference knowledge (a municipality's province) has no quote and is never shown as one.
        evidence.basis === "REFERENCE"
          ? h("p", { class: "evidence-note reference" }, "Reference knowledge, not quoted from a source", evidence.note ? `: ${evidence.note}` : ".")
          : h(
              "blockquote",
              {},
              evidence.context ? h("span", { class: "context" }, evidence.context.before) : "",
              h("mark", {}, evidence.quote ?? ""),
              evidence.context ? h("span", { class: "context" }, evidence.context.after) : "",
            ),
        evidence.inferred ? h("p", { class: "evidence-note inferred" }, "Implied by the source, not stated", evidence.note ? `: ${evidence.note}` : ".") : "",
        evidence.stale ? h("p", { class: "evidence-note stale" }, "The source's current text no longer contains this quote; an editor has yet to review it.") : "",
        h("figcaption", {}, "— ", h("cite", {}, evidence.source.title ?? evidence.source.name), ` (${evidence.source.id})`),
      ),
    ),
  );
}

export type PathView =
  | { kind: "none" }
  | { kind: "started"; from: string }
  | { kind: "not-found"; from: string; to: string }
  /** `paths` shortest first (at least one); `chosen` is the one shown, counting from 1. */
  | { kind: "found"; paths: { nodes: GraphNode[]; edges: ExplorerEdge[] }[]; chosen: number };

const steps = (count: number) => (count === 1 ? "1 step" : `${count} steps`);

/**
 * The buttons that choose among the paths. Choosing one redraws the panel; the chosen button then
 * gets the keyboard focus back (see renderPath), so a person can try each in turn with Tab and Enter.
 */
function pathChoices(paths: { edges: unknown[] }[], chosen: number, actions: PanelActions) {
  return h(
    "ul",
    { class: "path-choices", "aria-label": "Paths found" },
    paths.map((path, index) => {
      const choice = index + 1;
      const button = h(
        "button",
        { type: "button", "aria-pressed": String(choice === chosen), "data-path-choice": String(choice) },
        `Path ${choice} of ${paths.length}: ${steps(path.edges.length)}`,
      );
      button.addEventListener("click", () => actions.choosePath(choice));
      return h("li", {}, button);
    }),
  );
}

export function renderPath(container: HTMLElement, path: PathView, context: { lookup: NodeLookup; actions: PanelActions }): void {
  const { lookup, actions } = context;
  const name = (id: string) => lookup(id)?.name ?? id;
  const clear = actionButton("Clear path", () => actions.clearPath());
  const title = h("h2", {}, "Path");
  switch (path.kind) {
    case "none":
      fill(
        container,
        title,
        h(
          "p",
          { class: "hint" },
          "Select a node and choose “Path from here”, then another and “Path to here”: the shortest path between them is drawn in red, and up to two alternatives are offered.",
        ),
      );
      return;
    case "started":
      fill(container, title, h("p", {}, `From ${name(path.from)}: select another node and choose “Path to here”.`), clear);
      return;
    case "not-found":
      fill(container, title, h("p", {}, `No connection between ${name(path.from)} and ${name(path.to)} within 6 steps.`), clear);
      return;
    case "found": {
      const shown = path.paths[path.chosen - 1];
      if (shown === undefined) throw new Error(`path ${path.chosen} of ${path.paths.length} asked for`);
      // Redrawing replaces the buttons; the person's focus stays on the choice they made.
      const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement.dataset.pathChoice : undefined;
      const items: HTMLElement[] = [];
      for (const [index, node] of shown.nodes.entries()) {
        items.push(h("li", { class: "path-node" }, typeBadge(node.type), " ", nodeButton(node.id, lookup, actions)));
        const edge = shown.edges[index];
        if (edge !== undefined) {
          // Edges keep their stored direction, which may run against the path's.
          const forward = edge.from === node.id;
          const button = h("button", { type: "button", class: "link-button path-edge" }, `${forward ? "↓" : "↑"} ${relationLabel(edge.type, edge.role)}`);
          button.addEventListener("click", () => actions.selectEdge(edge.id));
          items.push(h("li", { class: "path-step" }, button));
        }
      }
      const first = shown.nodes[0];
      const last = shown.nodes.at(-1);
      const ends = first === undefined || last === undefined ? "" : ` between ${first.name} and ${last.name}`;
      fill(
        container,
        title,
        path.paths.length === 1
          ? h("p", { class: "hint" }, `The only path${ends} within 6 steps: ${steps(shown.edges.length)}.`)
          : [h("p", { class: "hint" }, `${path.paths.length} paths${ends}, shortest first:`), pathChoices(path.paths, path.chosen, actions)],
        h("ol", { class: "path-steps", "aria-label": `Steps of path ${path.chosen}` }, items),
        clear,
      );
      if (focused !== undefined) container.querySelector<HTMLElement>(`[data-path-choice="${focused}"]`)?.focus();
    }
  }
}

export function renderLegend(container: HTMLElement, countsByType: Map<EntityType, number>): void {
  fill(
    container,
    h("h2", {}, "Legend"),
    h(
      "ul",
      { class: "legend" },
      ENTITY_TYPES.map((type) =>
        h("li", {}, nodeTypeSwatch(type), ` ${NODE_TYPE_STYLES[type].label}`, h("span", { class: "count" }, ` ${countsByType.get(type) ?? 0}`)),
      ),
    ),
  );
}

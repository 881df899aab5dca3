/**
 * The explorer's side panel: what is selected (a node with its relations, or a relation with its
 * evidence), the paths between two nodes (the shortest and its alternatives, one shown at a time),
 * and the legend. Every node and relation named here is a
 * button, so the whole graph can also be walked with a keyboard or a screen reader.
 */
import { fill, h } from "../shared/dom.js";
import { ENTITY_TYPES, type EntityType } from "../shared/node-types.js";
import { nodeTypeSwatch } from "../shared/node-shape.js";
import type { GraphNode } from "../shared/answers.js";
import { formatNumber, messages, relationName, themeName, typeName, type Lang } from "../shared/i18n.js";
import type { ExplorerPartnersOnThemeQuery, ExplorerRegionQuery } from "../shared/__generated__/queries.js";
import { citation } from "../shared/citation.js";
import type { ExplorerEdge, ExplorerGraph } from "./graph-model.js";

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

function typeBadge(type: EntityType, lang: Lang) {
  return h("span", { class: "type-badge" }, nodeTypeSwatch(type, 14), typeName(type, lang));
}

function nodeButton(id: string, lookup: NodeLookup, actions: PanelActions) {
  const node = lookup(id);
  const button = h("button", { type: "button", class: "link-button" }, node?.name ?? id);
  button.addEventListener("click", () => actions.selectNode(id));
  return button;
}

/** `focusKey` names the button across redraws, so the focus can come back to it (main.ts, keepingFocus). */
function actionButton(label: string, focusKey: string, onClick: () => void, disabled = false) {
  const button = h("button", { type: "button", disabled, "data-focus-key": focusKey }, label);
  button.addEventListener("click", onClick);
  return button;
}

export function renderHelp(container: HTMLElement, lang: Lang): void {
  const text = messages(lang);
  fill(container, h("h2", {}, text.selectionHeading), h("p", { class: "hint" }, text.selectionHelp));
}

export function renderNodeDetails(
  container: HTMLElement,
  node: GraphNode,
  relations: ExplorerEdge[],
  context: { lookup: NodeLookup; actions: PanelActions; pathFrom: string | null; lang: Lang },
): void {
  const { lookup, actions, pathFrom, lang } = context;
  const text = messages(lang);
  fill(
    container,
    h("h2", {}, node.name),
    typeBadge(node.type, lang),
    node.description === null ? null : h("p", { lang: "en" }, node.description),
    h(
      "div",
      { class: "actions" },
      actionButton(text.pathFromHere, "path-from", () => actions.startPath(node.id)),
      actionButton(text.pathToHere, "path-to", () => actions.endPath(node.id), pathFrom === null || pathFrom === node.id),
    ),
    embedThis(node, lang),
    h("h3", {}, text.relationsHeading(relations.length)),
    h(
      "ul",
      { class: "relations" },
      relations.map((edge) => {
        const outgoing = edge.from === node.id;
        const other = lookup(outgoing ? edge.to : edge.from);
        const button = h(
          "button",
          { type: "button", class: "link-button" },
          `${outgoing ? "→" : "←"} ${relationName(edge.type, edge.role, lang)}: `,
          h("strong", {}, other?.name ?? (outgoing ? edge.to : edge.from)),
        );
        button.addEventListener("click", () => actions.selectEdge(edge.id));
        return h("li", {}, button);
      }),
    ),
  );
}

/** The embeds a partner can place for this node (embed/), as the snippet to copy. */
export function embedSnippet(node: Pick<GraphNode, "id" | "type">, lang: Lang, origin: string = location.origin): string {
  const language = lang === "nl" ? "" : ` lang="${lang}"`;
  const elements = [
    node.type === "PRACTICE" ? `<kg-practice entity="${node.id}"${language}></kg-practice>` : null,
    node.type === "THEME" ? `<kg-partners theme="${node.id}" evidence${language}></kg-partners>` : null,
    `<kg-graph entity="${node.id}"${language}></kg-graph>`,
  ];
  return [`<script src="${origin}/embed.js" async></script>`, ...elements.filter((element) => element !== null)].join("\n");
}

/** "Embed this": the node's id and the snippet, behind a disclosure a keyboard opens with Enter. */
function embedThis(node: GraphNode, lang: Lang) {
  const text = messages(lang);
  return h(
    "details",
    { class: "embed-this" },
    h("summary", { "data-focus-key": "embed-this" }, text.embedThis),
    h("p", {}, `${text.embedIdLabel}: `, h("code", { class: "entity-id" }, node.id)),
    h("p", {}, text.embedSnippetIntro),
    h("pre", { tabindex: "0" }, h("code", { class: "embed-snippet" }, embedSnippet(node, lang))),
  );
}

export function renderEdgeDetails(container: HTMLElement, edge: ExplorerEdge, context: { lookup: NodeLookup; actions: PanelActions; lang: Lang }): void {
  const { lookup, actions, lang } = context;
  const text = messages(lang);
  fill(
    container,
    h("h2", {}, text.relationHeading),
    h(
      "p",
      { class: "relation-line" },
      nodeButton(edge.from, lookup, actions),
      h("span", { class: "relation-type" }, ` ${relationName(edge.type, edge.role, lang)} `),
      nodeButton(edge.to, lookup, actions),
    ),
    h("h3", {}, text.evidenceHeading(edge.evidence.length)),
    edge.evidence.map((evidence) => citation(evidence, lang)),
  );
}

export type PathView =
  | { kind: "none" }
  | { kind: "started"; from: string }
  | { kind: "not-found"; from: string; to: string }
  /** `paths` shortest first (at least one); `chosen` is the one shown, counting from 1. */
  | { kind: "found"; paths: { nodes: GraphNode[]; edges: ExplorerEdge[] }[]; chosen: number };

/**
 * The buttons that choose among the paths. Choosing one redraws the panel; the chosen button then
 * gets the keyboard focus back (main.ts, keepingFocus), so a person can try each in turn with Tab and Enter.
 */
function pathChoices(paths: { edges: unknown[] }[], chosen: number, actions: PanelActions, lang: Lang) {
  const text = messages(lang);
  return h(
    "ul",
    { class: "path-choices", "aria-label": text.pathChoicesLabel },
    paths.map((path, index) => {
      const choice = index + 1;
      const button = h(
        "button",
        { type: "button", "aria-pressed": String(choice === chosen), "data-focus-key": `path-choice-${choice}` },
        text.pathChoice(choice, paths.length, text.steps(path.edges.length)),
      );
      button.addEventListener("click", () => actions.choosePath(choice));
      return h("li", {}, button);
    }),
  );
}

export function renderPath(container: HTMLElement, path: PathView, context: { lookup: NodeLookup; actions: PanelActions; lang: Lang }): void {
  const { lookup, actions, lang } = context;
  const text = messages(lang);
  const name = (id: string) => lookup(id)?.name ?? id;
  const clear = actionButton(text.pathClear, "path-clear", () => actions.clearPath());
  const title = h("h2", {}, text.pathHeading);
  switch (path.kind) {
    case "none":
      fill(container, title, h("p", { class: "hint" }, text.pathHelp));
      return;
    case "started":
      fill(container, title, h("p", {}, text.pathStarted(name(path.from))), clear);
      return;
    case "not-found":
      fill(container, title, h("p", {}, text.pathNotFound(name(path.from), name(path.to))), clear);
      return;
    case "found": {
      const shown = path.paths[path.chosen - 1];
      if (shown === undefined) throw new Error(`path ${path.chosen} of ${path.paths.length} asked for`);
      const items: HTMLElement[] = [];
      for (const [index, node] of shown.nodes.entries()) {
        items.push(h("li", { class: "path-node" }, typeBadge(node.type, lang), " ", nodeButton(node.id, lookup, actions)));
        const edge = shown.edges[index];
        if (edge !== undefined) {
          // Edges keep their stored direction, which may run against the path's.
          const forward = edge.from === node.id;
          const button = h("button", { type: "button", class: "link-button path-edge" }, `${forward ? "↓" : "↑"} ${relationName(edge.type, edge.role, lang)}`);
          button.addEventListener("click", () => actions.selectEdge(edge.id));
          items.push(h("li", { class: "path-step" }, button));
        }
      }
      const first = shown.nodes[0];
      const last = shown.nodes.at(-1);
      const ends = first === undefined || last === undefined ? "" : text.pathBetween(first.name, last.name);
      // A theme or region inside a path joins two sides that merely share it: say so in words.
      const sharedOnly = shown.nodes.slice(1, -1).filter((node) => node.type === "THEME" || node.type === "REGION");
      fill(
        container,
        title,
        path.paths.length === 1
          ? h("p", { class: "hint" }, text.pathOnly(ends, text.steps(shown.edges.length)))
          : [h("p", { class: "hint" }, text.pathSeveral(path.paths.length, ends)), pathChoices(path.paths, path.chosen, actions, lang)],
        sharedOnly.length === 0 ? null : h("p", { class: "path-caution", role: "note" }, text.pathCaution(sharedOnly.map((node) => node.name).join(` ${text.and} `))),
        h("ol", { class: "path-steps", "aria-label": text.pathStepsLabel(path.chosen) }, items),
        clear,
      );
    }
  }
}

export function renderLegend(container: HTMLElement, countsByType: Map<EntityType, number>, lang: Lang): void {
  fill(
    container,
    h("h2", {}, messages(lang).legendHeading),
    h(
      "ul",
      { class: "legend" },
      ENTITY_TYPES.map((type) =>
        h("li", {}, nodeTypeSwatch(type), ` ${typeName(type, lang)}`, h("span", { class: "count" }, ` ${countsByType.get(type) ?? 0}`)),
      ),
    ),
  );
}

/**
 * The drawing as a list, its accessible twin: every node drawn, by type, each with its relations,
 * all of them buttons that do what a click in the drawing does. Marks what the drawing marks
 * (on the path, dimmed by a filter, selected) in words as well as in style.
 */
export function renderGraphList(
  container: HTMLElement,
  graph: ExplorerGraph,
  context: { lookup: NodeLookup; actions: PanelActions; lang: Lang; selected: string | null; pathNodes: Set<string>; dimmed: Set<string> },
): void {
  const { lookup, actions, lang, selected, pathNodes, dimmed } = context;
  const text = messages(lang);
  const byType = ENTITY_TYPES.map((type) => [type, [...graph.nodes.values()].filter((node) => node.type === type).sort((a, b) => a.name.localeCompare(b.name))] as const);
  const edges = [...graph.edges.values()];
  fill(
    container,
    h("h2", {}, text.listHeading),
    h("p", { class: "hint" }, text.listIntro),
    byType
      .filter(([, nodes]) => nodes.length > 0)
      .flatMap(([type, nodes]) => [
        h("h3", {}, typeBadge(type, lang), ` (${nodes.length})`),
        h(
          "ul",
          { class: "graph-list" },
          nodes.map((node) => {
            const button = h("button", { type: "button", class: "link-button", "data-focus-key": `list-node:${node.id}`, "aria-current": node.id === selected ? "true" : undefined }, node.name);
            button.addEventListener("click", () => actions.selectNode(node.id));
            const marks = [pathNodes.has(node.id) ? text.listOnPath : null, dimmed.has(node.id) ? text.listDimmed : null].filter((mark) => mark !== null);
            const relations = edges.filter((edge) => edge.from === node.id);
            return h(
              "li",
              { class: dimmed.has(node.id) ? "dimmed" : undefined },
              button,
              marks.length === 0 ? null : h("span", { class: "list-marks" }, ` (${marks.join(", ")})`),
              relations.length === 0
                ? null
                : h(
                    "ul",
                    {},
                    relations.map((edge) => {
                      const relation = h(
                        "button",
                        { type: "button", class: "link-button", "data-focus-key": `list-edge:${edge.id}`, "aria-current": edge.id === selected ? "true" : undefined },
                        `→ ${relationName(edge.type, edge.role, lang)}: ${lookup(edge.to)?.name ?? edge.to}`,
                      );
                      relation.addEventListener("click", () => actions.selectEdge(edge.id));
                      return h("li", {}, relation);
                    }),
                  ),
            );
          }),
        ),
      ]),
  );
}

export type PartnersAnswer = ExplorerPartnersOnThemeQuery["partnersOnTheme"];

/**
 * The answer to "which partners work on this theme, in or outside this region?": ranked as the
 * API ranks them, each with the networks and practices it reaches the theme through, and why we
 * think so (its quotes, as citations) one click away.
 */
export function renderPartnersAnswer(
  container: HTMLElement,
  answer: PartnersAnswer,
  context: { actions: PanelActions; lang: Lang; themeName: string; place: string },
): void {
  const { actions, lang, themeName, place } = context;
  const text = messages(lang);
  if (answer.length === 0) return fill(container, h("p", { role: "status" }, text.answerNone));
  fill(
    container,
    h("p", { class: "hint" }, text.answerPartners(formatNumber(answer.length, lang), themeName, place)),
    h(
      "ol",
      { class: "answer-list" },
      answer.map(({ organisation, regions, via, evidence }) => {
        const button = h("button", { type: "button", class: "link-button", "data-focus-key": `answer:${organisation.id}` }, organisation.name);
        button.addEventListener("click", () => actions.selectNode(organisation.id));
        return h(
          "li",
          {},
          button,
          regions.length === 0 ? null : h("span", { class: "sub" }, regions.map((region) => region.name).join(", ")),
          h("span", { class: "sub" }, via.length === 0 ? text.partnersDirect : text.partnersVia(via.map((item) => item.name).join(", "))),
          evidence.length === 0
            ? null
            : h("details", {}, h("summary", {}, text.partnersEvidence(evidence.length)), evidence.map((item) => citation(item, lang))),
        );
      }),
    ),
  );
}

export interface RegionAnswer {
  coverage: ExplorerRegionQuery["themeCoverage"];
  region: ExplorerRegionQuery["regions"][number];
}

/** What a region answer names, each once: the region and its sub-regions, their networks, those networks' practices, their organisations. */
function regionContents(answer: RegionAnswer) {
  const { region } = answer;
  const regions = [region, ...region.subRegions, ...region.subRegions.flatMap((sub) => sub.subRegions)];
  const unique = <T extends { id: string; name: string }>(items: T[]) => [...new Map(items.map((item) => [item.id, item])).values()].sort((a, b) => a.name.localeCompare(b.name));
  const networks = unique(regions.flatMap((item) => item.networks));
  return {
    subRegions: regions.slice(1),
    networks,
    organisations: unique(regions.flatMap((item) => item.organisations)),
    practices: unique(networks.flatMap((network) => network.practices)),
  };
}

export function regionAnswerIds(answer: RegionAnswer): Set<string> {
  const { subRegions, networks, organisations, practices } = regionContents(answer);
  return new Set([answer.region.id, ...[...subRegions, ...networks, ...organisations, ...practices].map((item) => item.id)]);
}

/**
 * The answer to "what goes on in this region?": the themes worked on there (the region's
 * sub-regions included), most covered first, with the counts the API gives, and the networks,
 * organisations and practices themselves, each a button that opens it.
 */
export function renderRegionAnswer(container: HTMLElement, answer: RegionAnswer, context: { actions: PanelActions; lang: Lang }): void {
  const { actions, lang } = context;
  const text = messages(lang);
  const { subRegions, networks, organisations, practices } = regionContents(answer);
  const total = (row: RegionAnswer["coverage"][number]) => row.practices + row.organisations + row.networks;
  const rows = [...answer.coverage].sort((a, b) => total(b) - total(a) || a.theme.name.localeCompare(b.theme.name));
  const open = (item: { id: string; name: string }) => {
    const button = h("button", { type: "button", class: "link-button", "data-focus-key": `answer:${item.id}` }, item.name);
    button.addEventListener("click", () => actions.selectNode(item.id));
    return button;
  };
  const list = (heading: string, items: { id: string; name: string }[]) =>
    items.length === 0 ? null : [h("h3", {}, heading), h("ul", { class: "answer-names" }, items.map((item) => h("li", {}, open(item))))];
  fill(
    container,
    h("p", { class: "hint" }, text.answerRegion(answer.region.name, formatNumber(rows.length, lang))),
    subRegions.length === 0 ? null : h("p", { class: "hint" }, text.regionSubRegions(subRegions.map((item) => item.name).join(", "))),
    // A narrow panel scrolls the table sideways rather than cutting its columns off; the scrolling
    // region takes focus so that a keyboard can scroll it too.
    h(
      "div",
      { class: "table-scroll", tabindex: "0", role: "region", "aria-label": text.regionThemesCaption },
      h(
        "table",
        { class: "coverage" },
        h("caption", { class: "visually-hidden" }, text.regionThemesCaption),
        h(
          "thead",
          {},
          h("tr", {}, h("th", { scope: "col" }, text.themeLabel), h("th", { scope: "col" }, text.regionCountPractices), h("th", { scope: "col" }, text.regionCountOrganisations), h("th", { scope: "col" }, text.regionCountNetworks)),
        ),
        h(
          "tbody",
          {},
          rows.map((row) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, open({ id: row.theme.id, name: themeName(row.theme, lang) })),
              h("td", {}, formatNumber(row.practices, lang)),
              h("td", {}, formatNumber(row.organisations, lang)),
              h("td", {}, formatNumber(row.networks, lang)),
            ),
          ),
        ),
      ),
    ),
    list(text.regionNetworks(networks.length), networks),
    list(text.regionOrganisations(organisations.length), organisations),
    list(text.regionPractices(practices.length), practices),
  );
}

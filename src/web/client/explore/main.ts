/**
 * The graph explorer (/explore). A person searches a node and sees its neighbourhood; clicking a
 * node merges its neighbourhood in, clicking a relation shows its evidence, two nodes can be
 * joined by their shortest path or one of its alternatives, and a theme or region dims what it does not reach. The URL holds
 * all of it (url-state.ts), so a link shares the view. Uses only this origin's public GraphQL API.
 */
import type { EntityRef } from "../shared/answers.js";
import {
  ExplorerFilterChoicesDocument,
  ExplorerLinkedNodesDocument,
  ExplorerNeighbourhoodDocument,
  ExplorerPathsDocument,
  ExplorerSearchDocument,
  type TypedDocumentString,
} from "../shared/__generated__/queries.js";
import { requestGraphQL } from "../shared/graphql-client.js";
import type { EntityType } from "../shared/node-types.js";
import { dimmedNodes, edgeId, edgesOf, mergeGraphParts, type ExplorerGraph } from "./graph-model.js";
import { GraphView, type GraphScene } from "./graph-view.js";
import { renderEdgeDetails, renderHelp, renderLegend, renderNodeDetails, renderPath, type PanelActions, type PathView } from "./panels.js";
import { attachSearchBox } from "./search-box.js";
import { readState, writeState, type ExplorerState } from "./url-state.js";

/** Enough to see a hub's neighbours, few enough to read them. */
const NEIGHBOURHOOD_LIMIT = 80;
const SUGGESTION_COUNT = 8;
/** The shortest path and two alternatives: enough to compare routes, few enough to list as buttons. */
const PATH_COUNT = 3;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`explore.html lacks #${id}`);
  return found as T;
}

const page = {
  search: element<HTMLInputElement>("search-input"),
  suggestions: element<HTMLUListElement>("search-suggestions"),
  graph: element("graph"),
  emptyHint: element("graph-empty"),
  status: element("graph-status"),
  details: element("details"),
  path: element("path"),
  themeFilter: element<HTMLSelectElement>("theme-filter"),
  regionFilter: element<HTMLSelectElement>("region-filter"),
  legend: element("legend"),
  shareLink: element<HTMLAnchorElement>("share-link"),
  copyLink: element<HTMLButtonElement>("copy-link"),
};

function query<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TResult> {
  return requestGraphQL({ endpoint: "/graphql", method: "POST", document, variables, signal });
}

/** Keeps each answer for the life of the page (the graph changes rarely); forgets failures so they are retried. */
function remembered<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const answers = new Map<string, Promise<T>>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = load(key);
      answers.set(key, answer);
      answer.catch(() => answers.delete(key));
    }
    return answer;
  };
}

const neighbourhoodOf = remembered(async (id) => {
  const data = await query(ExplorerNeighbourhoodDocument, { id, limit: NEIGHBOURHOOD_LIMIT });
  return data.neighbourhood;
});
const pathsBetween = remembered(async (key) => {
  const [from, to] = JSON.parse(key) as [string, string];
  return (await query(ExplorerPathsDocument, { from, to, k: PATH_COUNT })).paths;
});
const linkedTo = remembered(async (id) => {
  const data = await query(ExplorerLinkedNodesDocument, { id });
  return new Set(data.neighbourhood.nodes.map((node) => node.id));
});

// --- State ------------------------------------------------------------------------------------

let state: ExplorerState = readState(location.search);
/** The selected node or relation id; not in the URL, it is where the person is looking. */
let selected: string | null = null;
let scene: GraphScene | null = null;
/** Every node seen in any answer, to name path ends and relation ends not drawn right now. */
const seenNodes = new Map<string, EntityRef>();
const lookup = (id: string) => scene?.graph.nodes.get(id) ?? seenNodes.get(id);

function navigate(change: Partial<ExplorerState>): void {
  state = { ...state, ...change };
  history.pushState(null, "", `${location.pathname}${writeState(state)}`);
  void refresh();
}

window.addEventListener("popstate", () => {
  state = readState(location.search);
  void refresh();
});

// --- Drawing ----------------------------------------------------------------------------------

const view = new GraphView(page.graph, {
  onNodeTap: (id) => actions.selectNode(id),
  onEdgeTap: (id) => actions.selectEdge(id),
  onBackgroundTap: () => select(null),
});

const actions: PanelActions = {
  /** Selecting a node also expands it: its neighbourhood is merged into the drawing. */
  selectNode(id) {
    select(id);
    if (!state.focus.includes(id)) navigate({ focus: [...state.focus, id] });
  },
  selectEdge: (id) => select(id),
  startPath: (id) => navigate({ pathFrom: id, pathTo: null, pathChoice: 1 }),
  endPath: (id) => navigate({ pathTo: id, pathChoice: 1 }),
  clearPath: () => navigate({ pathFrom: null, pathTo: null, pathChoice: 1 }),
  choosePath: (choice) => navigate({ pathChoice: choice }),
};

function select(id: string | null): void {
  selected = id;
  if (scene !== null) {
    scene = { ...scene, selected: id };
    view.show(scene);
  }
  renderSelection();
}

function renderSelection(): void {
  const graph = scene?.graph;
  const node = selected === null ? undefined : graph?.nodes.get(selected);
  const edge = selected === null ? undefined : graph?.edges.get(selected);
  if (graph !== undefined && node !== undefined) {
    renderNodeDetails(page.details, node, edgesOf(graph, node.id), { lookup, actions, pathFrom: state.pathFrom });
  } else if (edge !== undefined) {
    renderEdgeDetails(page.details, edge, { lookup, actions });
  } else {
    renderHelp(page.details);
  }
}

function setStatus(text: string, isError = false): void {
  page.status.textContent = text;
  page.status.classList.toggle("error", isError);
}

function summarise(graph: ExplorerGraph, dimmed: Set<string>, truncated: boolean): string {
  const parts = [`${graph.nodes.size} nodes`, `${graph.edges.size} relations`];
  const filters = [state.theme, state.region].flatMap((id) => (id === null ? [] : [lookup(id)?.name ?? id]));
  if (filters.length > 0) parts.push(`${graph.nodes.size - dimmed.size} linked to ${filters.join(" and ")}`);
  if (truncated) parts.push(`some neighbours left out (more than ${NEIGHBOURHOOD_LIMIT})`);
  return parts.join(" · ");
}

let refreshes = 0;

/** Draws `state`: loads what it needs (most of it remembered), then updates drawing and panels. */
async function refresh(): Promise<void> {
  const run = ++refreshes;
  page.shareLink.href = location.href;
  page.themeFilter.value = state.theme ?? "";
  page.regionFilter.value = state.region ?? "";
  const nothingChosen = state.focus.length === 0 && state.pathTo === null;
  page.emptyHint.hidden = !nothingChosen;
  setStatus(nothingChosen ? "" : "Loading…");
  try {
    const { pathFrom, pathTo } = state;
    const [neighbourhoods, paths, linkedSets] = await Promise.all([
      Promise.all(state.focus.map(neighbourhoodOf)),
      pathFrom !== null && pathTo !== null ? pathsBetween(JSON.stringify([pathFrom, pathTo])) : Promise.resolve([]),
      Promise.all([state.theme, state.region].flatMap((id) => (id === null ? [] : [linkedTo(id)]))),
    ]);
    if (run !== refreshes) return; // a newer state is on its way
    // A link may name a path the API no longer finds (or never did): the first stands in for it.
    const chosen = state.pathChoice <= paths.length ? state.pathChoice : 1;
    const path = paths[chosen - 1] ?? null;

    const graph = mergeGraphParts(path === null ? neighbourhoods : [...neighbourhoods, path]);
    for (const node of graph.nodes.values()) seenNodes.set(node.id, node);
    const dimmed = dimmedNodes(graph, linkedSets);
    scene = {
      graph,
      focus: new Set(state.focus),
      pathNodes: new Set(path?.nodes.map((node) => node.id)),
      pathEdges: new Set(path?.edges.map(edgeId)),
      dimmed,
      selected,
    };
    view.show(scene);

    const pathView: PathView =
      pathFrom === null
        ? { kind: "none" }
        : pathTo === null
          ? { kind: "started", from: pathFrom }
          : paths.length === 0
            ? { kind: "not-found", from: pathFrom, to: pathTo }
            : {
                kind: "found",
                paths: paths.map((found) => ({ nodes: found.nodes, edges: found.edges.map((edge) => ({ ...edge, id: edgeId(edge) })) })),
                chosen,
              };
    renderPath(page.path, pathView, { lookup, actions });
    renderSelection();
    const countsByType = new Map<EntityType, number>();
    for (const node of graph.nodes.values()) countsByType.set(node.type, (countsByType.get(node.type) ?? 0) + 1);
    renderLegend(page.legend, countsByType);
    if (!nothingChosen) setStatus(summarise(graph, dimmed, neighbourhoods.some((part) => part.truncated)));
  } catch (error) {
    if (run === refreshes) setStatus(error instanceof Error ? error.message : String(error), true);
  }
}

// --- Controls ---------------------------------------------------------------------------------

attachSearchBox({
  input: page.search,
  list: page.suggestions,
  async search(text, signal) {
    const data = await query(ExplorerSearchDocument, { text, limit: SUGGESTION_COUNT }, signal);
    const found = data.search.map((hit) => hit.entity);
    for (const entity of found) seenNodes.set(entity.id, entity);
    return found;
  },
  onPick(entity) {
    selected = entity.id;
    // A new search starts a new picture; the path and filters stay.
    navigate({ focus: [entity.id] });
  },
});

for (const example of document.querySelectorAll<HTMLButtonElement>("[data-example]")) {
  const id = example.dataset.example;
  if (id === undefined) continue;
  example.addEventListener("click", () => {
    selected = id;
    navigate({ focus: [id] });
  });
}

async function loadFilterChoices(): Promise<void> {
  const { themes, regions } = await query(ExplorerFilterChoicesDocument, {});
  for (const [select, choices] of [
    [page.themeFilter, themes],
    [page.regionFilter, regions],
  ] as const) {
    select.append(...choices.map((choice) => new Option(choice.name, choice.id)));
  }
  for (const theme of themes) seenNodes.set(theme.id, { ...theme, type: "THEME" });
  for (const region of regions) seenNodes.set(region.id, { ...region, type: "REGION" });
  page.themeFilter.value = state.theme ?? "";
  page.regionFilter.value = state.region ?? "";
}

page.themeFilter.addEventListener("change", () => navigate({ theme: page.themeFilter.value || null }));
page.regionFilter.addEventListener("change", () => navigate({ region: page.regionFilter.value || null }));

page.copyLink.hidden = navigator.clipboard === undefined; // only secure contexts (https, localhost) have it
page.copyLink.addEventListener("click", async () => {
  await navigator.clipboard.writeText(location.href);
  setStatus("Link copied: it opens this view.");
});

void loadFilterChoices().catch((error: unknown) => setStatus(`Filters unavailable: ${error instanceof Error ? error.message : String(error)}`, true));
void refresh();

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
  ExplorerPartnersOnThemeDocument,
  ExplorerPathsDocument,
  ExplorerSearchDocument,
  ExplorerReachDocument,
  ExplorerRegionDocument,
  type TypedDocumentString,
} from "../shared/__generated__/queries.js";
import { GraphQLRequestError, requestGraphQL } from "../shared/graphql-client.js";
import { failureText, formatNumber, messages, themeName } from "../shared/i18n.js";
import { translateDocument, updateLanguageSwitch } from "../shared/page-language.js";
import type { EntityType } from "../shared/node-types.js";
import { dimmedNodes, edgeId, edgesOf, mergeGraphParts, type ExplorerGraph } from "./graph-model.js";
import { GraphView, type GraphScene } from "./graph-view.js";
import {
  renderEdgeDetails,
  renderGraphList,
  renderHelp,
  renderLegend,
  renderNodeDetails,
  renderPartnersAnswer,
  renderPath,
  type PanelActions,
  renderRegionAnswer,
  regionAnswerIds,
  type PartnersAnswer,
  type PathView,
  type RegionAnswer,
} from "./panels.js";
import { attachSearchBox } from "../shared/search-box.js";
import { readState, writeState, type ExplorerState, type PartnersQuestion, type Question } from "./url-state.js";

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
  languageSwitch: element<HTMLAnchorElement>("language-switch"),
  viewGraph: element<HTMLButtonElement>("view-graph"),
  viewList: element<HTMLButtonElement>("view-list"),
  list: element("graph-list"),
  announcer: element("announcer"),
  partnersForm: element<HTMLFormElement>("partners-form"),
  askTheme: element<HTMLSelectElement>("ask-theme"),
  askWhere: element<HTMLSelectElement>("ask-where"),
  askRegion: element<HTMLSelectElement>("ask-region"),
  answer: element("answer"),
  regionForm: element<HTMLFormElement>("region-form"),
  askRegionOnly: element<HTMLSelectElement>("ask-region-only"),
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
const regionAnswer = remembered(async (id): Promise<RegionAnswer> => {
  const data = await query(ExplorerRegionDocument, { region: id, id });
  const region = data.regions[0];
  if (region === undefined) throw new GraphQLRequestError(`No region has id "${id}".`, "graphql", "NOT_FOUND");
  return { coverage: data.themeCoverage, region };
});
const partnersAnswer = remembered(async (key): Promise<PartnersAnswer> => {
  const question = JSON.parse(key) as PartnersQuestion;
  const region = question.where === "in" ? question.region : null;
  const excludeRegion = question.where === "outside" ? question.region : null;
  return (await query(ExplorerPartnersOnThemeDocument, { theme: question.theme, region, excludeRegion })).partnersOnTheme;
});
const reachOf = remembered(async (id) => (await query(ExplorerReachDocument, { id })).neighbourhood);
const linkedTo = remembered(async (id) => {
  const data = await query(ExplorerLinkedNodesDocument, { id });
  return new Set(data.neighbourhood.nodes.map((node) => node.id));
});

// --- State ------------------------------------------------------------------------------------

let state: ExplorerState = readState(location.search);
/** The page's texts; the language changes only with a new page load (the switch is a link). */
const lang = state.lang;
const text = messages(lang);
translateDocument(document, lang);
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

const view = new GraphView(page.graph, lang, {
  onNodeTap: (id) => actions.selectNode(id),
  onEdgeTap: (id) => actions.selectEdge(id),
  onBackgroundTap: () => select(null),
});

const actions: PanelActions = {
  /** Selecting a node also expands it: its neighbourhood is merged into the drawing. */
  selectNode(id) {
    navigate({ selected: id, focus: state.focus.includes(id) ? state.focus : [...state.focus, id] });
  },
  selectEdge: (id) => select(id),
  startPath: (id) => navigate({ pathFrom: id, pathTo: null, pathChoice: 1 }),
  endPath: (id) => navigate({ pathTo: id, pathChoice: 1 }),
  clearPath: () => navigate({ pathFrom: null, pathTo: null, pathChoice: 1 }),
  choosePath: (choice) => navigate({ pathChoice: choice }),
};

/** Shows a node's or relation's details without loading anything; the URL keeps it for sharing. */
function select(id: string | null): void {
  if (id === state.selected) return;
  state = { ...state, selected: id };
  history.pushState(null, "", `${location.pathname}${writeState(state)}`);
  page.shareLink.href = location.href;
  updateLanguageSwitch(page.languageSwitch, lang);
  if (scene !== null) {
    scene = { ...scene, selected: id };
    view.show(scene);
  }
  renderSelection();
  renderListView();
}

/** The list twin of the drawing, when it is the view chosen. */
function renderListView(): void {
  const listShown = state.view === "list";
  page.list.hidden = !listShown;
  page.viewGraph.setAttribute("aria-pressed", String(!listShown));
  page.viewList.setAttribute("aria-pressed", String(listShown));
  if (!listShown || scene === null) return;
  const shown = scene;
  keepingFocus(page.list, () =>
    renderGraphList(page.list, shown.graph, { lookup, actions, lang, selected: state.selected, pathNodes: shown.pathNodes, dimmed: shown.dimmed }),
  );
}

function renderSelection(): void {
  const graph = scene?.graph;
  const { selected } = state;
  const node = selected === null ? undefined : graph?.nodes.get(selected);
  const edge = selected === null ? undefined : graph?.edges.get(selected);
  keepingFocus(page.details, () => {
    if (graph !== undefined && node !== undefined) {
      renderNodeDetails(page.details, node, edgesOf(graph, node.id), { lookup, actions, pathFrom: state.pathFrom, lang });
    } else if (edge !== undefined) {
      renderEdgeDetails(page.details, edge, { lookup, actions, lang });
    } else {
      renderHelp(page.details, lang);
    }
  });
}

/**
 * Redraws a panel without losing a keyboard user's place: the control that had the focus (by its
 * `data-focus-key`) gets it back, or else the panel's heading, never the page's body.
 */
function keepingFocus(container: HTMLElement, draw: () => void): void {
  const active = document.activeElement;
  const hadFocus = active instanceof HTMLElement && container.contains(active);
  const key = hadFocus ? active.dataset.focusKey : undefined;
  draw();
  if (!hadFocus || container.contains(document.activeElement)) return;
  const again = key === undefined ? null : container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  const heading = container.querySelector<HTMLElement>("h2");
  heading?.setAttribute("tabindex", "-1");
  (again ?? heading)?.focus();
}

function setStatus(message: string, isError = false): void {
  page.status.textContent = message;
  page.status.classList.toggle("error", isError);
}

/** Says a result out loud to screen readers (a polite live region), without moving the focus. */
function announce(message: string): void {
  // The same words again (a redraw that changed nothing here) would be read out again.
  if (page.announcer.textContent !== message) page.announcer.textContent = message;
}

/** What a visitor reads when a request fails; the API's own (English, technical) message goes to the console. */
function explainFailure(error: unknown): string {
  console.error("explorer:", error);
  return error instanceof GraphQLRequestError ? failureText(error, lang) : text.errorOther;
}

function summarise(graph: ExplorerGraph, dimmed: Set<string>, truncated: boolean): string {
  const parts = [text.statusNodes(formatNumber(graph.nodes.size, lang), formatNumber(graph.edges.size, lang))];
  const filters = [state.theme, state.region].flatMap((id) => (id === null ? [] : [lookup(id)?.name ?? id]));
  if (filters.length > 0) parts.push(text.statusLinked(formatNumber(graph.nodes.size - dimmed.size, lang), filters.join(` ${text.and} `)));
  if (truncated) parts.push(text.statusTruncated(formatNumber(NEIGHBOURHOOD_LIMIT, lang)));
  return parts.join(" · ");
}

let refreshes = 0;

/** Draws `state`: loads what it needs (most of it remembered), then updates drawing and panels. */
async function refresh(): Promise<void> {
  const run = ++refreshes;
  page.shareLink.href = location.href;
  updateLanguageSwitch(page.languageSwitch, lang);
  page.themeFilter.value = state.theme ?? "";
  page.regionFilter.value = state.region ?? "";
  const { question } = state;
  const nothingChosen = state.focus.length === 0 && state.pathTo === null && question === null;
  page.emptyHint.hidden = !nothingChosen;
  setStatus(nothingChosen ? "" : text.loading);
  try {
    const { pathFrom, pathTo } = state;
    const [neighbourhoods, paths, linkedSets, asked] = await Promise.all([
      Promise.all(state.focus.map(neighbourhoodOf)),
      pathFrom !== null && pathTo !== null ? pathsBetween(JSON.stringify([pathFrom, pathTo])) : Promise.resolve([]),
      Promise.all([state.theme, state.region].flatMap((id) => (id === null ? [] : [linkedTo(id)]))),
      question === null ? Promise.resolve(null) : ask(question),
    ]);
    if (run !== refreshes) return; // a newer state is on its way
    // A link may name a path the API no longer finds (or never did): the first stands in for it.
    const chosen = state.pathChoice <= paths.length ? state.pathChoice : 1;
    const path = paths[chosen - 1] ?? null;

    // A question's answer is drawn as what it names and what joins them; the rest is dimmed.
    const answered = asked?.ids ?? null;
    const answerPart = asked === null ? null : keepOnly(asked.reach, asked.ids);
    const graph = mergeGraphParts([...neighbourhoods, ...(path === null ? [] : [path]), ...(answerPart === null ? [] : [answerPart])]);
    for (const node of graph.nodes.values()) seenNodes.set(node.id, node);
    const dimmed = dimmedNodes(graph, answered === null ? linkedSets : [...linkedSets, answered]);
    scene = {
      graph,
      focus: new Set([...state.focus, ...(asked === null ? [] : [asked.subject])]),
      pathNodes: new Set(path?.nodes.map((node) => node.id)),
      pathEdges: new Set(path?.edges.map(edgeId)),
      dimmed,
      selected: state.selected,
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
    keepingFocus(page.path, () => renderPath(page.path, pathView, { lookup, actions, lang }));
    if (pathView.kind === "found") {
      const shown = pathView.paths[chosen - 1];
      announce(`${text.pathChoice(chosen, pathView.paths.length, text.steps(shown?.edges.length ?? 0))}: ${shown?.nodes.map((node) => node.name).join(" → ") ?? ""}`);
    } else if (pathView.kind === "not-found") {
      announce(text.pathNotFound(lookup(pathView.from)?.name ?? pathView.from, lookup(pathView.to)?.name ?? pathView.to));
    }
    renderSelection();
    renderListView();
    renderQuestion(question, asked);
    const countsByType = new Map<EntityType, number>();
    for (const node of graph.nodes.values()) countsByType.set(node.type, (countsByType.get(node.type) ?? 0) + 1);
    renderLegend(page.legend, countsByType, lang);
    if (!nothingChosen) setStatus(summarise(graph, dimmed, neighbourhoods.some((part) => part.truncated)));
  } catch (error) {
    if (run === refreshes) setStatus(explainFailure(error), true);
  }
}

/** A question answered: the answer, the node it is about, the nodes it names, and the graph around that node. */
type Answered = ({ kind: "partners"; answer: PartnersAnswer } | { kind: "region"; answer: RegionAnswer }) & {
  subject: string;
  ids: Set<string>;
  reach: Awaited<ReturnType<typeof reachOf>>;
};

async function ask(question: Question): Promise<Answered> {
  if (question.kind === "region") {
    const [answer, reach] = await Promise.all([regionAnswer(question.region), reachOf(question.region)]);
    return { kind: "region", answer, subject: question.region, ids: regionAnswerIds(answer), reach };
  }
  const [answer, reach] = await Promise.all([partnersAnswer(JSON.stringify(question)), reachOf(question.theme)]);
  // The theme, the partners, and the networks and practices they reach it through.
  const ids = new Set([question.theme, ...answer.flatMap((partner) => [partner.organisation.id, ...partner.via.map((item) => item.id)])]);
  return { kind: "partners", answer, subject: question.theme, ids, reach };
}

/** The part of a neighbourhood among `ids`: the relationships that join the answer's nodes. */
function keepOnly<T extends { nodes: { id: string }[]; edges: { from: string; to: string }[] }>(part: T, ids: Set<string>): T {
  return { ...part, nodes: part.nodes.filter((node) => ids.has(node.id)), edges: part.edges.filter((edge) => ids.has(edge.from) && ids.has(edge.to)) };
}

/** The question form as the URL has it, and the answer beneath it, announced when it changes. */
function renderQuestion(question: Question | null, asked: Answered | null): void {
  page.askTheme.value = question?.kind === "partners" ? question.theme : "";
  page.askWhere.value = question?.kind === "partners" ? question.where : "in";
  page.askRegion.value = question?.kind === "partners" ? (question.region ?? "") : "";
  page.askRegionOnly.value = question?.kind === "region" ? question.region : "";
  if (question === null || asked === null) return void page.answer.replaceChildren();
  // The filters' lists name themes in the page's language; the drawing has the graph's (Dutch) name.
  const nameOf = (id: string) => seenNodes.get(id)?.name ?? lookup(id)?.name ?? id;
  if (asked.kind === "region") {
    keepingFocus(page.answer, () => renderRegionAnswer(page.answer, asked.answer, { actions, lang }));
    announce(text.answerRegion(asked.answer.region.name, formatNumber(asked.answer.coverage.length, lang)));
    return;
  }
  if (question.kind !== "partners") return;
  const { answer } = asked;
  const themeName = nameOf(question.theme);
  const place = question.region === null ? "" : text.answerPlace(question.where, nameOf(question.region));
  keepingFocus(page.answer, () => renderPartnersAnswer(page.answer, answer, { actions, lang, themeName, place }));
  announce(answer.length === 0 ? text.answerNone : text.answerPartners(formatNumber(answer.length, lang), themeName, place));
}

// --- Controls ---------------------------------------------------------------------------------

attachSearchBox({
  input: page.search,
  list: page.suggestions,
  lang,
  describeFailure: explainFailure,
  async search(text, signal) {
    const data = await query(ExplorerSearchDocument, { text, limit: SUGGESTION_COUNT }, signal);
    const found = data.search.map((hit) => hit.entity);
    for (const entity of found) seenNodes.set(entity.id, entity);
    return found;
  },
  onPick(entity) {
    // A new search starts a new picture; the path and filters stay.
    navigate({ focus: [entity.id], selected: entity.id });
  },
});

for (const example of document.querySelectorAll<HTMLButtonElement>("[data-example]")) {
  const id = example.dataset.example;
  if (id === undefined) continue;
  example.addEventListener("click", () => navigate({ focus: [id], selected: id }));
}

async function loadFilterChoices(): Promise<void> {
  const { themes, regions } = await query(ExplorerFilterChoicesDocument, {});
  for (const [select, choices] of [
    [page.themeFilter, themes],
    [page.regionFilter, regions],
    [page.askTheme, themes],
    [page.askRegion, regions],
    [page.askRegionOnly, regions],
  ] as const) {
    select.append(...choices.map((choice) => new Option("nameEn" in choice ? themeName(choice, lang) : choice.name, choice.id)));
  }
  for (const theme of themes) seenNodes.set(theme.id, { id: theme.id, name: themeName(theme, lang), type: "THEME" });
  for (const region of regions) seenNodes.set(region.id, { ...region, type: "REGION" });
  page.themeFilter.value = state.theme ?? "";
  page.regionFilter.value = state.region ?? "";
  // An answer drawn before the names arrived named its theme by id: name it now.
  if (state.question !== null) void refresh();
}

page.themeFilter.addEventListener("change", () => navigate({ theme: page.themeFilter.value || null }));
page.regionFilter.addEventListener("change", () => navigate({ region: page.regionFilter.value || null }));

page.partnersForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const theme = page.askTheme.value;
  if (theme === "") return;
  navigate({ question: { kind: "partners", theme, where: page.askWhere.value === "outside" ? "outside" : "in", region: page.askRegion.value || null } });
});

page.regionForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const region = page.askRegionOnly.value;
  if (region !== "") navigate({ question: { kind: "region", region } });
});

page.viewGraph.addEventListener("click", () => navigate({ view: "graph" }));
page.viewList.addEventListener("click", () => navigate({ view: "list" }));

page.copyLink.hidden = navigator.clipboard === undefined; // only secure contexts (https, localhost) have it
page.copyLink.addEventListener("click", async () => {
  await navigator.clipboard.writeText(location.href);
  announce(text.linkCopied);
});

void loadFilterChoices().catch((error: unknown) => setStatus(`${text.filtersUnavailable} ${explainFailure(error)}`, true));
void refresh();

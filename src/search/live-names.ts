/**
 * The process's name index (name-index.ts), built from the graph at start-up and kept at the
 * graph's version: a write of this process is applied when it commits (`committed`), a write of
 * any other process when a search sees the version move (`catchUp`: the entities the revisions
 * since touched are read again). An erasure rewrites names outside its revision's changes, so
 * after one the index is built again; so it is after a reset graph, a seed load of many entities,
 * or any history it cannot follow.
 */
import type { ReadQuery } from "../db/neo4j.js";
import { ENTITY_LABEL, NAME_FIELDS, namesOf } from "../model/graph-model.js";
import { ERASE_PERSON } from "../writes/erasure.js";
import { graphVersionOf, versionAfter, GRAPH_VERSION, type GraphVersion, type RevisionRecord } from "../writes/revisions.js";
import { NameIndex, type NamedEntity } from "./name-index.js";

/**
 * How long reading every entity's names may take: a query's limit (QUERY_TIMEOUT_MS, 5 s by
 * default) is too short for the 170,000 entities of the 100k benchmark graph on a loaded machine.
 */
export const NAME_INDEX_READ_TIMEOUT_MS = 120_000;

/** Entities to read again at most, after writes elsewhere; beyond that, building anew is cheaper. */
export const REREAD_AT_MOST = 5_000;

// Field names come from the graph model, never from input.
const NAMES_PROJECTION = `n {.id, .type, ${NAME_FIELDS.map((f) => `.${f}`).join(", ")}}`;

/** Every entity's names and the version they are of, in one transaction's snapshot. */
const ALL_NAMES = `
  CALL { ${GRAPH_VERSION} }
  CALL { MATCH (n:${ENTITY_LABEL}) RETURN collect(${NAMES_PROJECTION}) AS entities }
  RETURN revision, at, entities`;

/** What the revisions after `after` (up to `upto`) touched, or null when `after` is not the revision the index was built at. */
const TOUCHED_SINCE = `
  OPTIONAL MATCH (own:Revision {seq: $after})
  CALL {
    MATCH (r:Revision) WHERE $after < r.seq <= $upto
    OPTIONAL MATCH (r)-[:TOUCHED]->(s:RevisionSubject)
    RETURN collect(DISTINCT r.operation) AS operations, collect(DISTINCT s.id)[..$atMost + 1] AS subjects
  }
  RETURN own.at.epochMillis AS ownAt, operations, subjects`;

const NAMES_BY_ID = `MATCH (n:${ENTITY_LABEL}) WHERE n.id IN $ids RETURN ${NAMES_PROJECTION} AS entity`;

type EntityNames = { id: string; type: string } & Record<string, unknown>;

const named = (row: EntityNames): NamedEntity => ({ id: row.id, type: row.type, names: namesOf(row) });

interface Current {
  index: NameIndex;
  version: GraphVersion;
}

export class LiveNames {
  private current: Promise<Current> | undefined;
  /** Catch-ups and rebuilds run one at a time; searches meanwhile wait for the one running. */
  private updating: Promise<Current> | undefined;

  constructor(private readonly read: ReadQuery) {}

  /** The index and the version it is at. */
  now(): Promise<Current> {
    if (!this.current) {
      const building = this.build();
      // A failed build (Neo4j away) is not kept: the next search builds again.
      building.catch(() => {
        if (this.current === building) this.current = undefined;
      });
      this.current = building;
    }
    return this.current;
  }

  /** The index at `version` (or later), after reading what changed since the version it was at. */
  async catchUp(version: GraphVersion): Promise<Current> {
    const running = this.updating;
    if (running) await running.catch(() => undefined);
    const current = await this.now();
    if (current.version.tag === version.tag) return current;
    const updating = this.follow(current, version).finally(() => {
      if (this.updating === updating) this.updating = undefined;
    });
    this.updating = updating;
    this.current = updating;
    updating.catch(() => {
      if (this.current === updating) this.current = undefined;
    });
    return updating;
  }

  /** A write of this process, told at its commit: its entities' names at once, when the index was at the revision before it. */
  committed(revision: RevisionRecord): void {
    const ready = this.current;
    if (!ready) return;
    this.current = ready.then((current) => {
      if (revision.operation === ERASE_PERSON) return this.build();
      if (current.version.revision !== revision.seq - 1) return current;
      for (const change of revision.changes) {
        if (change.kind !== "entity") continue;
        if (change.after === null) current.index.remove(change.id);
        else current.index.put(named({ ...change.after, id: change.id } as EntityNames));
      }
      return { index: current.index, version: versionAfter(revision) };
    });
    const updated = this.current;
    updated.catch(() => {
      if (this.current === updated) this.current = undefined;
    });
  }

  private async follow(current: Current, target: GraphVersion): Promise<Current> {
    if (target.revision <= current.version.revision) return this.build();
    const result = await this.read<{ ownAt: number | null; operations: string[]; subjects: string[] }>(TOUCHED_SINCE, {
      after: current.version.revision,
      upto: target.revision,
      atMost: REREAD_AT_MOST,
    });
    const record = result.records[0];
    const sameHistory = current.version.revision === 0 || graphVersionOf(current.version.revision, record?.get("ownAt")).tag === current.version.tag;
    const subjects = record?.get("subjects") ?? [];
    if (!record || !sameHistory || record.get("operations").includes(ERASE_PERSON) || subjects.length > REREAD_AT_MOST) return this.build();
    const rows = await this.read<{ entity: EntityNames }>(NAMES_BY_ID, { ids: subjects });
    const found = new Set<string>();
    for (const row of rows.records) {
      const entity = row.get("entity");
      found.add(entity.id);
      current.index.put(named(entity));
    }
    for (const id of subjects) if (!found.has(id)) current.index.remove(id);
    return { index: current.index, version: target };
  }

  private async build(): Promise<Current> {
    const result = await this.read<{ revision: number | null; at: number | null; entities: EntityNames[] }>(ALL_NAMES);
    const record = result.records[0];
    return { index: NameIndex.of((record?.get("entities") ?? []).map(named)), version: graphVersionOf(record?.get("revision"), record?.get("at")) };
  }
}

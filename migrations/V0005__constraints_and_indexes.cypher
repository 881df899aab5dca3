// Written by `npm run codegen` from the graph model (schema/). Once applied, never edit it:
// a model change writes the next migration.
CREATE INDEX volume_of_source IF NOT EXISTS FOR ()-[r:VOLUME_OF]-() ON (r.source);
CREATE INDEX runs_source IF NOT EXISTS FOR ()-[r:RUNS]-() ON (r.source);
CREATE INDEX volume_of_stale IF NOT EXISTS FOR ()-[r:VOLUME_OF]-() ON (r.stale);
CREATE INDEX runs_stale IF NOT EXISTS FOR ()-[r:RUNS]-() ON (r.stale);

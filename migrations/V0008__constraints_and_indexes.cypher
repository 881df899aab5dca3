// Written by `npm run codegen` from the graph model (schema/). Once applied, never edit it:
// a model change writes the next migration.
CREATE INDEX partner_in_source IF NOT EXISTS FOR ()-[r:PARTNER_IN]-() ON (r.source);
CREATE INDEX cooperates_with_source IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.source);
CREATE INDEX supports_source IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.source);
CREATE INDEX related_to_source IF NOT EXISTS FOR ()-[r:RELATED_TO]-() ON (r.source);
CREATE INDEX partner_in_stale IF NOT EXISTS FOR ()-[r:PARTNER_IN]-() ON (r.stale);
CREATE INDEX cooperates_with_stale IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.stale);
CREATE INDEX supports_stale IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.stale);
CREATE INDEX related_to_stale IF NOT EXISTS FOR ()-[r:RELATED_TO]-() ON (r.stale);

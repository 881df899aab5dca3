// Written by `npm run codegen` from the graph model (schema/). Once applied, never edit it:
// a model change writes the next migration.
CREATE INDEX addresses_stale IF NOT EXISTS FOR ()-[r:ADDRESSES]-() ON (r.stale);
CREATE INDEX part_of_stale IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.stale);
CREATE INDEX developed_stale IF NOT EXISTS FOR ()-[r:DEVELOPED]-() ON (r.stale);
CREATE INDEX applies_stale IF NOT EXISTS FOR ()-[r:APPLIES]-() ON (r.stale);
CREATE INDEX funds_stale IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.stale);
CREATE INDEX derived_from_stale IF NOT EXISTS FOR ()-[r:DERIVED_FROM]-() ON (r.stale);
CREATE INDEX involved_in_stale IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.stale);
CREATE INDEX member_of_stale IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.stale);
CREATE INDEX located_in_stale IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.stale);
CREATE INDEX focuses_on_stale IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.stale);
CREATE INDEX works_at_stale IF NOT EXISTS FOR ()-[r:WORKS_AT]-() ON (r.stale);
CREATE INDEX covers_stale IF NOT EXISTS FOR ()-[r:COVERS]-() ON (r.stale);
CREATE INDEX succeeds_stale IF NOT EXISTS FOR ()-[r:SUCCEEDS]-() ON (r.stale);
CREATE INDEX broader_stale IF NOT EXISTS FOR ()-[r:BROADER]-() ON (r.stale);
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT revision_seq IF NOT EXISTS FOR (r:Revision) REQUIRE r.seq IS UNIQUE;
CREATE INDEX revision_at IF NOT EXISTS FOR (r:Revision) ON (r.at);
CREATE CONSTRAINT revision_subject_id IF NOT EXISTS FOR (s:RevisionSubject) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT source_text_hash IF NOT EXISTS FOR (t:SourceText) REQUIRE t.hash IS UNIQUE;

// Written by `npm run codegen` from the graph model (schema/). Once applied, never edit it:
// a model change writes the next migration.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT practice_id IF NOT EXISTS FOR (n:Practice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE INDEX addresses_source IF NOT EXISTS FOR ()-[r:ADDRESSES]-() ON (r.source);
CREATE INDEX part_of_source IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.source);
CREATE INDEX developed_source IF NOT EXISTS FOR ()-[r:DEVELOPED]-() ON (r.source);
CREATE INDEX applies_source IF NOT EXISTS FOR ()-[r:APPLIES]-() ON (r.source);
CREATE INDEX funds_source IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.source);
CREATE INDEX derived_from_source IF NOT EXISTS FOR ()-[r:DERIVED_FROM]-() ON (r.source);
CREATE INDEX involved_in_source IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.source);
CREATE INDEX member_of_source IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.source);
CREATE INDEX located_in_source IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.source);
CREATE INDEX focuses_on_source IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.source);
CREATE INDEX works_at_source IF NOT EXISTS FOR ()-[r:WORKS_AT]-() ON (r.source);
CREATE INDEX covers_source IF NOT EXISTS FOR ()-[r:COVERS]-() ON (r.source);
CREATE INDEX succeeds_source IF NOT EXISTS FOR ()-[r:SUCCEEDS]-() ON (r.source);
CREATE INDEX broader_source IF NOT EXISTS FOR ()-[r:BROADER]-() ON (r.source);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Practice|Organisation|Network|Region|Theme|Person|Source) ON EACH [n.name, n.aliases, n.description, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

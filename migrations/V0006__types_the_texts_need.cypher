// Issue 18: the model gained the types the texts need. On a graph seeded before, retype the links
// that stood in for them, keeping their evidence; on an empty graph it changes nothing.
// A consortium and the cooperating professional associations developed a practice (was PART_OF).
MATCH (p:Practice)-[old:PART_OF]->(n:Network)
WHERE [p.id, n.id] IN [["blauwdruk", "regionaal-consortium-zwangerschap-geboorte"], ["wegwijzer", "samenwerkende-beroepsverenigingen"]]
CREATE (n)-[new:DEVELOPED]->(p)
SET new = properties(old)
REMOVE new.role, new.note
DELETE old;
// The Wegwijzers are volumes of one series (was DERIVED_FROM).
MATCH (volume:Practice)-[old:DERIVED_FROM]->(series:Practice {id: "wegwijzer"})
CREATE (volume)-[new:VOLUME_OF]->(series)
SET new = properties(old)
DELETE old;
// ZonMw executes AWTJ: stated by the same sentence, in the same place, as VWS's funding of it.
MATCH (:Organisation {id: "ministerie-vws"})-[funds:FUNDS]->(awtj:Network {id: "awtj"})
MATCH (zonmw:Organisation {id: "zonmw"})
MERGE (zonmw)-[runs:RUNS {source: funds.source}]->(awtj)
SET runs = properties(funds), runs.role = "executes the programme (uitvoering)";

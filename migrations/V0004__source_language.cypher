// Sources seeded before issue 14 carry no language; every source so far is Dutch.
MATCH (s:Source) WHERE s.language IS NULL SET s.language = "nl";

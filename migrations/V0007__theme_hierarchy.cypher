// Issue 18: the theme hierarchy the texts support. The Platform Vakmanschap's four development tasks
// fall under craftsmanship (vakmanschap), implied by the platform's purpose and so marked inferred.
// Where the graph holds the seeds' version of the source's text, the quote's place in it is set too
// (as a seed load would); on an empty graph, or one without these themes, it changes nothing.
MATCH (source:Source {id: "003_5bfd3fc0f52fd9c3"})
MATCH (broader:Theme {id: "vakmanschap"})
MATCH (narrower:Theme) WHERE narrower.id IN ["regie-bij-ouders-en-jongeren", "samenwerken-rond-het-kind", "persoonlijk-leiderschap", "werken-in-veranderend-jeugdveld"]
MERGE (narrower)-[r:BROADER {source: source.id}]->(broader)
SET r.quote = "Het Platform Vakmanschap is ontstaan uit de behoeften van professionals. Van Viegen daarover: ‘Wij hebben de uitdagingen waar professionals in hun werk tegenaan lopen en de leervragen die daaruit voortkomen vertaald naar vier ontwikkelopgaven: 1. Regie bij ouders, kinderen, jongeren 2. Samenwerken in de zorg om het kind 3. Persoonlijk leiderschap. De voorwaarden scheppen om goede hulp te bieden 4. Werken in een veranderend jeugdveld.",
    r.inferred = true,
    r.note = "The four development tasks are what the Platform Vakmanschap translated professionals' challenges into, so they are parts of craftsmanship (vakmanschap); the text does not say so in those words.",
    r.quoteStart = CASE WHEN source.contentHash = "dd582aff4b20139fcc7905db7655c37654da69877f23a5ebb691e826db18bc55" THEN 1369 ELSE null END,
    r.quoteEnd = CASE WHEN source.contentHash = "dd582aff4b20139fcc7905db7655c37654da69877f23a5ebb691e826db18bc55" THEN 1815 ELSE null END,
    r.sourceVersion = CASE WHEN source.contentHash = "dd582aff4b20139fcc7905db7655c37654da69877f23a5ebb691e826db18bc55" THEN source.contentHash ELSE null END;

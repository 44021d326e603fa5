// Themes rolled up to provinces
// Counts articles per theme for every province, including those about its cities, counties and
// zones (PART_OF climbs the GB/T 2260 hierarchy; *0.. keeps articles about the province itself).
// Parameters: none
MATCH (a:Article)-[:HAS_THEME]->(t:Theme)
MATCH (a)-[:ABOUT]->(:Region)-[:PART_OF*0..4]->(p:Region {level: 'province'})
RETURN p.name AS province, t.name AS theme, count(DISTINCT a) AS articles
ORDER BY province, articles DESC, theme

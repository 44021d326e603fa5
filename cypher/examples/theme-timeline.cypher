// Theme timeline
// Articles per theme per month, for a line chart of how e-government priorities move over time.
// Parameters: none
MATCH (a:Article)-[h:HAS_THEME]->(t:Theme)
RETURN t.key AS theme, t.name AS name, a.month AS month, count(a) AS articles, avg(h.score) AS meanScore
ORDER BY theme, month

MATCH (t:Theme)
OPTIONAL MATCH (a:Article)-[:HAS_THEME]->(t)
RETURN t.key AS key, t.name AS name, t.description AS description, t.dimension AS dimension,
       count(DISTINCT a) AS articleCount
ORDER BY key

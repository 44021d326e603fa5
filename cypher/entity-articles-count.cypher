MATCH (a:Article)-[:MENTIONS|PUBLISHED_IN|HAS_THEME]->(e)
WHERE e.id = $id
RETURN count(DISTINCT a) AS total

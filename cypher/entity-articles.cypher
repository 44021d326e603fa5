// Articles mentioning an entity, newest first, paged.
MATCH (a:Article)-[:MENTIONS|PUBLISHED_IN|HAS_THEME]->(e)
WHERE e.id = $id
RETURN DISTINCT a.id AS id, a.date AS date, a.number AS number
ORDER BY date DESC, number ASC, id ASC
SKIP $skip
LIMIT $limit

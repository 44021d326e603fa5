// The regions each article speaks of (mentioned divisions and zones, not their inferred parents).
MATCH (a:Article)-[m:MENTIONS]->(r:Region)
WHERE a.id IN $ids
RETURN a.id AS articleId, r.id AS id, m.count AS mentions
ORDER BY articleId, id

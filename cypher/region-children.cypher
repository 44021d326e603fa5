MATCH (c:Region)-[:PART_OF]->(p:Region)
WHERE p.id IN $ids
RETURN p.id AS parentId, c.id AS id
ORDER BY parentId, id

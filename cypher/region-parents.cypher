MATCH (c:Region)-[:PART_OF]->(p:Region)
WHERE c.id IN $ids
RETURN c.id AS childId, p.id AS id

// Article and mention counts for a set of entities (the `articleCount` DataLoader).
MATCH (a:Article)-[m:MENTIONS|PUBLISHED_IN]->(e)
WHERE e.id IN $ids
RETURN e.id AS id, count(DISTINCT a) AS articleCount, sum(m.count) AS mentionCount

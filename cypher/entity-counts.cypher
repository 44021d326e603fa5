// Article and mention counts for a set of entities (the `articleCount` DataLoader); two-step
// aggregation for the reason given in fragments/entity-page.cypher.
MATCH (a:Article)-[m:MENTIONS|PUBLISHED_IN]->(e)
WHERE e.id IN $ids
WITH e, a, sum(m.count * 1.0) AS perArticle
RETURN e.id AS id, count(a) AS articleCount, sum(perArticle) AS mentionCount

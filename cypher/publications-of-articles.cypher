MATCH (a:Article)-[:PUBLISHED_IN]->(p:Publication)
WHERE a.id IN $ids
RETURN a.id AS articleId, p.id AS id

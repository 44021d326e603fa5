// Dashboards (AGENCY, SYSTEM, TECHNOLOGY, PUBLICATION): the entities of one kind each article
// mentions or, for publications, comes from. $kind comes from the API's Dimension enum.
MATCH (a:Article)-[:MENTIONS|PUBLISHED_IN]->(e)
WHERE a.id IN $ids AND e.kind = $kind
RETURN DISTINCT a.id AS articleId, e.id AS key, e.name AS label

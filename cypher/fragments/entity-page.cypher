// Named entities of the requested kinds with their article and mention counts, the basis of
// `entities(orderBy: ARTICLE_COUNT)` — sorting by relationship counts in the database.
MATCH (e)
WHERE e.kind IN $kinds
  AND ($text IS NULL OR e.name CONTAINS $text)
OPTIONAL MATCH (a:Article)-[m:MENTIONS|PUBLISHED_IN]->(e)
WITH e.id AS id, e.name AS name, count(DISTINCT a) AS articleCount, coalesce(sum(m.count), 0) AS mentionCount
RETURN id, articleCount, mentionCount

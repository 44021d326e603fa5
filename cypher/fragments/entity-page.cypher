// Named entities of the requested kinds with their article and mention counts, the basis of
// `entities(orderBy: ARTICLE_COUNT)` — sorting by relationship counts in the database.
// Counts are aggregated in two steps (per article, then per entity): Kùzu 0.11.3 returns null for
// a sum() that shares a WITH with count(DISTINCT …). `* 1.0` keeps the sum a DOUBLE on both engines
// (Kùzu sums INT64 into INT128, which its Node binding cannot return after grouping).
MATCH (e)
WHERE e.kind IN $kinds
  AND ($text IS NULL OR e.name CONTAINS $text)
OPTIONAL MATCH (a:Article)-[m:MENTIONS|PUBLISHED_IN]->(e)
WITH e, a, sum(m.count * 1.0) AS perArticle
WITH e.id AS id, e.name AS name, count(a) AS articleCount, coalesce(sum(perArticle), 0.0) AS mentionCount
RETURN id, articleCount, mentionCount

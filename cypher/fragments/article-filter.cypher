// The ArticleFilter of the API, shared by the page, count and id variants (see read.assembler.ts).
// Every condition is switched off by a null scalar; lists are never null (Kùzu 0.11 cannot bind a
// null list), so region filtering is switched by $byRegion.
MATCH (a:Article)
WHERE ($dateFrom IS NULL OR a.date >= $dateFrom)
  AND ($dateTo IS NULL OR a.date <= $dateTo)
  AND ($text IS NULL OR a.title CONTAINS $text OR a.body CONTAINS $text)
  AND ($theme IS NULL OR EXISTS { MATCH (a)-[:HAS_THEME]->(t:Theme) WHERE t.key = $theme })
  AND ($entityId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS|PUBLISHED_IN]->(e) WHERE e.id = $entityId })
  AND ($byRegion = false OR EXISTS { MATCH (a)-[:MENTIONS]->(r:Region) WHERE r.id IN $regionIds })

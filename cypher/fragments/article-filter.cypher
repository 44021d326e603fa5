// The ArticleFilter of the API, shared by the page, count and id variants (see read.assembler.ts).
// Every condition is switched off by a null scalar. Only scalars: Kùzu 0.11 crashes on a null list
// parameter and loses list parameters inside EXISTS next to an OR ("Parameter not found").
// $regionId matches the region itself or anything inside it (GB/T 2260 is at most 3 levels deep,
// plus zones).
MATCH (a:Article)
WHERE ($dateFrom IS NULL OR a.date >= $dateFrom)
  AND ($dateTo IS NULL OR a.date <= $dateTo)
  AND ($text IS NULL OR a.title CONTAINS $text OR a.body CONTAINS $text)
  AND ($theme IS NULL OR EXISTS { MATCH (a)-[:HAS_THEME]->(t:Theme) WHERE t.key = $theme })
  AND ($entityId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS|PUBLISHED_IN]->(e) WHERE e.id = $entityId })
  AND ($regionId IS NULL
       OR EXISTS { MATCH (a)-[:MENTIONS]->(r:Region) WHERE r.id = $regionId }
       OR EXISTS { MATCH (a)-[:MENTIONS]->(:Region)-[:PART_OF*1..4]->(p:Region) WHERE p.id = $regionId })

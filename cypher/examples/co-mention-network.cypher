// Co-mention network
// Pairs of named entities mentioned in the same articles, weighted by how many articles mention
// both: the raw material for a collaboration or technology-diffusion network (open it in Bloom,
// or export the rows as an edge list).
// Parameters (Neo4j Browser):
//   :param kinds => ['Agency', 'System', 'Technology', 'Organization', 'Policy']
//   :param minArticles => 2
MATCH (x)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y)
WHERE x.kind IN $kinds AND y.kind IN $kinds AND x.id < y.id
WITH x, y, count(DISTINCT a) AS articles, collect(DISTINCT a.title)[..3] AS sample
WHERE articles >= $minArticles
RETURN x.name AS source, x.kind AS sourceKind, y.name AS target, y.kind AS targetKind, articles, sample
ORDER BY articles DESC, source, target
LIMIT 200

// Everything one article asserts, with its evidence
// The relations read from one article (agency LOCATED_IN region, system USES technology …), each
// with the quoted sentence and its character offsets in the article body.
// Article ids look like article:<12 hex>:<number>; list some with
// MATCH (a:Article) RETURN a.id, a.date, a.title ORDER BY a.date DESC LIMIT 20
// Parameters (Neo4j Browser):
//   :param articleId => 'article:0123456789ab:1'
MATCH (a:Article {id: $articleId})-[:MENTIONS]->(x)-[r]->(y)
WHERE r.articleId = a.id
RETURN x.kind AS fromKind, x.name AS from, type(r) AS relation, y.kind AS toKind, y.name AS to,
       r.quote AS quote, r.startOffset AS start, r.endOffset AS end
ORDER BY start, relation

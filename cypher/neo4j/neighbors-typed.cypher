// Neo4j twin of cypher/kuzu/neighbors-typed.cypher, same columns; the start nodes are found by
// index seeks per label (as in neighbors.cypher) instead of a scan of every node.
CALL {
  MATCH (n:Bulletin) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Article) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Theme) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Metric) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Region) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Agency) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:System) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Technology) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Organization) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Person) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Publication) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Policy) WHERE n.id IN $ids RETURN n
}
MATCH (n)-[r]-(m)
RETURN n.id AS nodeId, m.id AS otherId, m.kind AS otherKind, m.name AS otherName, m.title AS otherTitle,
       type(r) AS type, startNode(r) = n AS outgoing,
       r.articleId AS articleId, r.quote AS quote, r.startOffset AS startOffset, r.endOffset AS endOffset,
       r.score AS score, r.count AS count, r.spans AS spans, r.source AS origin

// Neo4j override of cypher/neighbors.cypher, same columns: the start nodes are found by index seeks
// per label (see nodes-by-ids.cypher) instead of a scan of every node.
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
RETURN n.id AS source, m.id AS target, m.kind AS targetKind, r.articleId AS articleId,
       r.quote AS quote, r.startOffset AS startOffset, r.endOffset AS endOffset

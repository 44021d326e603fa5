// Neo4j twin of cypher/kuzu/delete-entities.cypher: one index seek per named-entity label.
CALL {
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
DETACH DELETE n

// Neo4j twin of cypher/kuzu/set-entity-aliases.cypher: one index seek per named-entity label.
CALL {
  MATCH (n:Region) WHERE n.id = $id RETURN n
  UNION ALL
  MATCH (n:Agency) WHERE n.id = $id RETURN n
  UNION ALL
  MATCH (n:System) WHERE n.id = $id RETURN n
  UNION ALL
  MATCH (n:Technology) WHERE n.id = $id RETURN n
  UNION ALL
  MATCH (n:Organization) WHERE n.id = $id RETURN n
  UNION ALL
  MATCH (n:Person) WHERE n.id = $id RETURN n
  UNION ALL
  MATCH (n:Publication) WHERE n.id = $id RETURN n
  UNION ALL
  MATCH (n:Policy) WHERE n.id = $id RETURN n
}
SET n.aliases = $aliases
RETURN n.id AS id

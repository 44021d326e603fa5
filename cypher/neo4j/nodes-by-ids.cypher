// Neo4j override of cypher/nodes-by-ids.cypher, same columns. An unlabeled MATCH (n) WHERE n.id …
// scans every node in Neo4j; one branch per label seeks the unique-id constraint's index instead.
// A test keeps the branches equal to the model's labels and the RETURN equal to the neutral one.
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
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.attrs AS attrs,
       n.code AS code, n.level AS level, n.parentCode AS parentCode, n.title AS title, n.key AS key

// mergeEntities: the merged entities go, with their edges (moved to the kept entity before, in
// the same transaction). Kùzu multi-label pattern; Neo4j twin in neo4j/.
MATCH (e:Region:Agency:System:Technology:Organization:Person:Publication:Policy)
WHERE e.id IN $ids
DETACH DELETE e

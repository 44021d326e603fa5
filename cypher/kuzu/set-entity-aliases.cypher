// addAlias / mergeEntities: replace an entity's aliases. The multi-label pattern matches a node of
// any named-entity table (every one has aliases): Kùzu-only syntax, Neo4j twin in neo4j/.
MATCH (e:Region:Agency:System:Technology:Organization:Person:Publication:Policy)
WHERE e.id = $id
SET e.aliases = $aliases
RETURN e.id AS id

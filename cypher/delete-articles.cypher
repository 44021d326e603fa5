// Deletes articles themselves (their edges and metrics are removed first by the other delete statements).
MATCH (a:Article)
WHERE a.id IN $ids
DETACH DELETE a

// Every relationship around a set of nodes, with its type, its stored direction (outgoing: the
// node is its start) and all its properties: one BFS level of neighborhood/paths, and what
// mergeEntities moves. Undirected, because Kùzu 0.11 crashes on directed patterns from unlabeled
// nodes without out-edges; label(r) and the _src comparison are Kùzu-only (Neo4j twin: neo4j/).
MATCH (n)-[r]-(m)
WHERE n.id IN $ids
RETURN n.id AS nodeId, m.id AS otherId, m.kind AS otherKind, m.name AS otherName, m.title AS otherTitle,
       label(r) AS type, id(n) = struct_extract(r, '_src') AS outgoing,
       r.articleId AS articleId, r.quote AS quote, r.startOffset AS startOffset, r.endOffset AS endOffset,
       r.score AS score, r.count AS count, r.spans AS spans, r.source AS origin

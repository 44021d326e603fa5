// One hop around a set of nodes, both directions (Kùzu 0.11 crashes on directed patterns from
// unlabeled nodes without out-edges, so direction is restored from the model by the service).
MATCH (n)-[r]-(m)
WHERE n.id IN $ids
RETURN n.id AS source, m.id AS target, m.kind AS targetKind, r.articleId AS articleId,
       r.quote AS quote, r.startOffset AS startOffset, r.endOffset AS endOffset

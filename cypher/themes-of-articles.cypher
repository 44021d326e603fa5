MATCH (a:Article)-[h:HAS_THEME]->(t:Theme)
WHERE a.id IN $ids
RETURN a.id AS articleId, t.key AS key, h.score AS score, h.spans AS spans
ORDER BY articleId, score DESC, key

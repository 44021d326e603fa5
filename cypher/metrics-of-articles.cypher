MATCH (a:Article)-[:REPORTS]->(m:Metric)
WHERE a.id IN $ids
RETURN a.id AS articleId, m.id AS id, m.name AS name, m.value AS value, m.unit AS unit, m.text AS text,
       m.startOffset AS startOffset, m.endOffset AS endOffset, m.date AS date
ORDER BY articleId, startOffset

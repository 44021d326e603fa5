// Every entity an article mentions, with its mention spans (JSON) and the supporting sentence.
MATCH (a:Article)-[m:MENTIONS]->(e)
WHERE a.id IN $ids
RETURN a.id AS articleId, e.id AS id, e.kind AS kind, m.count AS count, m.spans AS spans,
       m.quote AS quote, m.startOffset AS startOffset, m.endOffset AS endOffset
ORDER BY articleId, startOffset, id

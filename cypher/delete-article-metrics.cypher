// Metrics belong to one article; they are recreated from the text on re-ingest.
MATCH (m:Metric)
WHERE m.articleId IN $ids
DETACH DELETE m

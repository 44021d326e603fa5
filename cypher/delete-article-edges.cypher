// Removes every edge an article's ingest created (they all carry its id), before it is rewritten or deleted.
MATCH ()-[r]->()
WHERE r.articleId IN $ids
DELETE r

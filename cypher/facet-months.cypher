// Dashboards (MONTH): the YYYY-MM each article is dated; undated articles have no bucket.
MATCH (a:Article)
WHERE a.id IN $ids AND a.month IS NOT NULL
RETURN a.id AS articleId, a.month AS key

// Dashboards (THEME): the themes each article carries.
MATCH (a:Article)-[:HAS_THEME]->(t:Theme)
WHERE a.id IN $ids
RETURN a.id AS articleId, t.key AS key, t.name AS label

// Dashboards (REGION, PROVINCE): the regions each article mentions, with what the province roll-up
// needs (code, parentCode for zones). Counting happens in the service (dashboard.aggregate.ts).
MATCH (a:Article)-[:MENTIONS]->(r:Region)
WHERE a.id IN $ids
RETURN a.id AS articleId, r.id AS key, r.name AS label, r.code AS code, r.parentCode AS parentCode

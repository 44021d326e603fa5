MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a.title AS title, a.body AS body, a.date AS date, a.number AS number,
       a.source AS source, a.bulletinId AS bulletinId, a.file AS file

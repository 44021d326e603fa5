// Articles mentioning (publishing, or themed by) each of a set of entities: one read for every
// `articles` field of a page of entities (the DataLoader batches them); the service orders and
// pages per entity, so different `first`/`after` arguments share this read.
MATCH (a:Article)-[:MENTIONS|PUBLISHED_IN|HAS_THEME]->(e)
WHERE e.id IN $ids
RETURN DISTINCT e.id AS entityId, a.id AS id, a.date AS date, a.number AS number

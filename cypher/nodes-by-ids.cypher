// Any node by id (the API's `node(id:)` and the entity DataLoader). Properties a label lacks come back null.
MATCH (n)
WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.attrs AS attrs,
       n.code AS code, n.level AS level, n.parentCode AS parentCode, n.title AS title, n.key AS key

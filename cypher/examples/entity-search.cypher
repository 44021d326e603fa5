// Full-text entity search (names and aliases, Chinese-aware)
// Uses the `entity_names` index (cypher/neo4j/ddl.cypher, `cjk` analyzer: overlapping character
// bigrams), so a fragment such as 数据统筹 finds 南海区数据统筹局. Lucene syntax applies: quote
// phrases, `OR`, `name:政务` to search one field.
// Parameters (Neo4j Browser):
//   :param q => '数据统筹'
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.kind AS kind, node.name AS name, node.aliases AS aliases, score
ORDER BY score DESC
LIMIT 20

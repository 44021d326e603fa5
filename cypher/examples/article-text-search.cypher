// Full-text article search
// Articles whose title or body match a Lucene query over the `article_text` index (`cjk`
// analyzer), newest first among equally good matches, with the regions they are about.
// Parameters (Neo4j Browser):
//   :param q => '"信息孤岛" OR 大数据'
CALL db.index.fulltext.queryNodes('article_text', $q) YIELD node AS a, score
OPTIONAL MATCH (a)-[:ABOUT]->(r:Region)
RETURN a.id AS id, a.date AS date, a.title AS title, collect(r.name) AS regions, score
ORDER BY score DESC, date DESC
LIMIT 25

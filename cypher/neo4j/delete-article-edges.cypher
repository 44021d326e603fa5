// Neo4j override of cypher/delete-article-edges.cypher. MATCH ()-[r]->() scans every relationship;
// one branch per type seeks that type's articleId index (ddl.cypher) instead. A test keeps the
// branches equal to the model's relationship types.
CALL {
  MATCH ()-[r:CONTAINS]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:PUBLISHED_IN]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:MENTIONS]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:ABOUT]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:HAS_THEME]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:REPORTS]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:LOCATED_IN]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:OPERATES]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:USES]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:CONNECTS_TO]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:WORKS_AT]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:PARTNERS_WITH]->() WHERE r.articleId IN $ids RETURN r
  UNION ALL
  MATCH ()-[r:ISSUED_BY]->() WHERE r.articleId IN $ids RETURN r
}
DELETE r

// For `regionsByTheme`: each article carrying the theme, its trigger sentences, and every region it
// mentions with the mention spans and whether the article is about that region. The service keeps
// a region when the article is about it or mentions it inside a trigger sentence.
MATCH (a:Article)-[h:HAS_THEME]->(t:Theme)
WHERE t.key = $theme
MATCH (a)-[m:MENTIONS]->(r:Region)
OPTIONAL MATCH (a)-[ab:ABOUT]->(r)
RETURN a.id AS articleId, h.spans AS themeSpans, r.id AS regionId, m.spans AS mentionSpans,
       count(ab) > 0 AS about

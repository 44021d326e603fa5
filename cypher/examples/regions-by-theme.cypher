// Regions by theme, with evidence
// Which regions do the articles carrying a theme speak about, how often, and in which words?
// `h.spans` holds the theme's trigger sentences as JSON ([{text,start,end}]).
// Parameters (Neo4j Browser):
//   :param theme => 'data-sharing'
MATCH (t:Theme {key: $theme})<-[h:HAS_THEME]-(a:Article)-[:ABOUT]->(r:Region)
WITH r, a, h
ORDER BY h.score DESC, a.date DESC
RETURN r.name AS region, r.code AS code, r.level AS level, count(a) AS articles,
       collect({title: a.title, date: a.date, score: h.score, triggers: h.spans})[..5] AS evidence
ORDER BY articles DESC, region

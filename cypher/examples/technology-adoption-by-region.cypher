// Technology adoption by region
// Which technologies do agencies, organisations and systems in each region use? A system without
// a location of its own is placed where the agency operating it is.
// Parameters: none
MATCH (user)-[u:USES]->(tech:Technology)
OPTIONAL MATCH (user)-[:LOCATED_IN]->(own:Region)
OPTIONAL MATCH (operator:Agency)-[:OPERATES]->(user)
OPTIONAL MATCH (operator)-[:LOCATED_IN]->(via:Region)
WITH tech, u, user, coalesce(own, via) AS region
WHERE region IS NOT NULL
RETURN region.name AS region, tech.name AS technology, collect(DISTINCT user.name) AS users,
       collect(DISTINCT u.quote)[..3] AS evidence
ORDER BY region, technology

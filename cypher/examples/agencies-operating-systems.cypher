// Agencies and the systems they operate
// Every OPERATES fact with the agency's region, the technologies the system uses, and the
// sentence it was read from (r.quote, in article r.articleId).
// Parameters: none
MATCH (agency:Agency)-[o:OPERATES]->(s:System)
OPTIONAL MATCH (agency)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (s)-[:USES]->(tech:Technology)
RETURN agency.name AS agency, r.name AS region, s.name AS system,
       collect(DISTINCT tech.name) AS technologies, o.quote AS evidence, o.articleId AS article
ORDER BY agency, system

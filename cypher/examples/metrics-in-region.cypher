// Metrics reported about a region and everything inside it
// Figures the articles give (counts, amounts, percentages), for a region code and its sub-regions,
// with the sentence each figure comes from.
// Parameters (Neo4j Browser):
//   :param code => '440600'
MATCH (r:Region {code: $code})
MATCH (inside:Region)-[:PART_OF*0..4]->(r)
MATCH (a:Article)-[:ABOUT]->(inside)
MATCH (a)-[:REPORTS]->(m:Metric)
RETURN inside.name AS region, a.date AS date, m.name AS metric, m.value AS value, m.unit AS unit,
       m.text AS quote, a.title AS article
ORDER BY date, region, metric

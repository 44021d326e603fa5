// A region and everything inside it (GB/T 2260 has at most three levels below a province, plus zones).
MATCH (r:Region)-[:PART_OF*1..4]->(p:Region)
WHERE p.id = $id
RETURN DISTINCT r.id AS id

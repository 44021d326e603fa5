// Policies, who issued them, and how much they are discussed
// Each ISSUED_BY fact with its evidence sentence, and the number of articles mentioning the policy.
// Parameters: none
MATCH (p:Policy)-[i:ISSUED_BY]->(issuer)
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p)
RETURN p.name AS policy, issuer.name AS issuer, issuer.kind AS issuerKind, i.quote AS evidence,
       count(DISTINCT a) AS articles
ORDER BY articles DESC, policy

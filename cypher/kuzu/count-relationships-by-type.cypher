MATCH ()-[r]->()
RETURN label(r) AS type, count(r) AS total

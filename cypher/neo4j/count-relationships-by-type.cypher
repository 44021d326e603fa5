MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS total

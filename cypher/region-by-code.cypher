MATCH (r:Region)
WHERE r.code = $code OR r.id = $code
RETURN r.id AS id

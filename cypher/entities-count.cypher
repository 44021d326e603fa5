MATCH (e)
WHERE e.kind IN $kinds
  AND ($text IS NULL OR e.name CONTAINS $text)
RETURN count(e) AS total

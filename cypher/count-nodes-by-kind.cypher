// Node counts per label; `kind` repeats the label so this reads the same on both engines.
MATCH (n)
RETURN n.kind AS kind, count(n) AS total

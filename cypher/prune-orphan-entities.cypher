// After a delete or merge: named entities no article mentions any more, and empty bulletins, go.
// Regions stay: they are the GB/T 2260 backbone other regions hang from.
MATCH (e)
WHERE e.kind IN ['Agency', 'System', 'Technology', 'Organization', 'Person', 'Publication', 'Policy', 'Bulletin']
  AND NOT EXISTS { MATCH (e)-[]-(:Article) }
DETACH DELETE e

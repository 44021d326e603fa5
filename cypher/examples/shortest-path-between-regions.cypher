// Shortest path between two regions
// How are two regions connected: through the administrative hierarchy, or through articles that
// mention both and the agencies, systems and policies around them? Paths are undirected and at
// most 8 hops. (Kùzu writes this as -[* SHORTEST 1..8]-; Neo4j uses shortestPath().)
// Parameters (Neo4j Browser):
//   :param from => '440605'
//   :param to => '330100'
MATCH (a:Region {code: $from})
MATCH (b:Region {code: $to})
MATCH p = shortestPath((a)-[*..8]-(b))
RETURN [n IN nodes(p) | coalesce(n.name, n.title)] AS hops,
       [r IN relationships(p) | type(r)] AS via,
       length(p) AS length

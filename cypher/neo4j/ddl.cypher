// Neo4j 5 schema for the egov-kg graph model (src/graph/graph.model.ts). Run by Neo4jStore.init()
// on every start, and runnable by hand: `cypher-shell -f cypher/neo4j/ddl.cypher`. Every
// statement is idempotent (IF NOT EXISTS); statements end with `;` at the end of a line.
// Kùzu's typed tables are assembled from the model instead (statement.assembler.ts).

// One unique id per label: MERGE (n:Label {id: …}) becomes an index seek, and two writers can
// never create twins. Ids are globally unique, but Neo4j constraints are per label.
CREATE CONSTRAINT bulletin_id IF NOT EXISTS FOR (n:Bulletin) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT system_id IF NOT EXISTS FOR (n:System) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT technology_id IF NOT EXISTS FOR (n:Technology) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (n:Publication) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;

// Lookups the API and researchers do by value.
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE INDEX article_month IF NOT EXISTS FOR (n:Article) ON (n.month);
CREATE INDEX theme_key IF NOT EXISTS FOR (n:Theme) ON (n.key);
CREATE INDEX metric_article_id IF NOT EXISTS FOR (n:Metric) ON (n.articleId);

// Exact and prefix lookups by name, per named label (the full-text index below does fuzzy search).
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX system_name IF NOT EXISTS FOR (n:System) ON (n.name);
CREATE INDEX technology_name IF NOT EXISTS FOR (n:Technology) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX publication_name IF NOT EXISTS FOR (n:Publication) ON (n.name);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);

// Re-ingesting an article first deletes every edge carrying its id (cypher/neo4j/delete-article-edges.cypher):
// one index per relationship type turns that into seeks instead of a scan of all relationships.
CREATE INDEX contains_article_id IF NOT EXISTS FOR ()-[r:CONTAINS]-() ON (r.articleId);
CREATE INDEX published_in_article_id IF NOT EXISTS FOR ()-[r:PUBLISHED_IN]-() ON (r.articleId);
CREATE INDEX mentions_article_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.articleId);
CREATE INDEX about_article_id IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.articleId);
CREATE INDEX has_theme_article_id IF NOT EXISTS FOR ()-[r:HAS_THEME]-() ON (r.articleId);
CREATE INDEX reports_article_id IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.articleId);
CREATE INDEX part_of_article_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.articleId);
CREATE INDEX located_in_article_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.articleId);
CREATE INDEX operates_article_id IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.articleId);
CREATE INDEX uses_article_id IF NOT EXISTS FOR ()-[r:USES]-() ON (r.articleId);
CREATE INDEX connects_to_article_id IF NOT EXISTS FOR ()-[r:CONNECTS_TO]-() ON (r.articleId);
CREATE INDEX works_at_article_id IF NOT EXISTS FOR ()-[r:WORKS_AT]-() ON (r.articleId);
CREATE INDEX partners_with_article_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.articleId);
CREATE INDEX issued_by_article_id IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.articleId);

// Full-text search over entity names and aliases. The `cjk` analyzer indexes Chinese as
// overlapping character bigrams, so 数据统筹 finds 南海区数据统筹局 without a word segmenter.
// eventually_consistent is off so a name is searchable as soon as its ingest commits.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Region|Agency|System|Technology|Organization|Person|Publication|Policy)
ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};

// Full-text search over article titles and bodies, for researchers (see cypher/examples/).
CREATE FULLTEXT INDEX article_text IF NOT EXISTS
FOR (n:Article)
ON EACH [n.title, n.body]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};

// Indexes populate in the background; queries right after init should find them online.
CALL db.awaitIndexes(300);

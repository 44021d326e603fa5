/** The Neo4j engine, selected by NEO4J_URI: `await Neo4jStore.connect(config.neo4j, log)`. */
export { Neo4jStore, DDL_STATEMENT, type Neo4jLog } from '@/graph/neo4j/neo4j.store';
export { mapNeo4jError } from '@/graph/neo4j/neo4j.errors';
export { toNeo4jParams, toPlain as neo4jToPlain } from '@/graph/neo4j/neo4j.values';

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Evidence } from '@/api/types/evidence.type';

@ObjectType({ description: 'A node of a subgraph or path, shaped for Cytoscape or Sigma.' })
export class GraphNode {
  @Field(() => ID, { description: 'The global id: `node(id:)` fetches it in full.' })
  id!: string;

  @Field(() => String, { description: 'Its label: Region, Agency, System, Technology, Organization, Person, Publication, Policy or Article.' })
  type!: string;

  @Field(() => String, { description: 'What to draw: the name, or an article\'s title.' })
  label!: string;
}

@ObjectType({ description: 'A stored relationship, in its stored direction (LOCATED_IN: agency → region).' })
export class GraphEdge {
  @Field(() => ID, { description: 'Stable across requests: type, endpoints and the article stating it.' })
  id!: string;

  @Field(() => String, { description: 'Relationship type: MENTIONS, ABOUT, PART_OF, LOCATED_IN, OPERATES …' })
  type!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => Evidence, { nullable: true, description: 'The sentence stating it; null for facts from GB/T 2260.' })
  evidence!: Evidence | null;
}

@ObjectType({ description: 'Nodes and the edges among them (no edge reaches outside the nodes).' })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when `limit` left out nodes within `depth`.' })
  truncated!: boolean;
}

@ObjectType({ description: 'A simple path: nodes[0] is `from`, the last node is `to`; edges[i] joins nodes[i] and nodes[i+1].' })
export class Path {
  @Field(() => Int, { description: 'Number of edges.' })
  length!: number;

  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}

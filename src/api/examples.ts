import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { SCHEMA_DIR } from '@/shared/paths';

export interface ExampleOperation {
  name: string;
  query: string;
  variables?: string;
}

/**
 * schema/examples.graphql holds one named operation per feature; GraphiQL opens them as tabs and
 * a test runs every one. Each tab keeps the comment lines written above its operation.
 */
export function loadExamples(file = path.join(SCHEMA_DIR, 'examples.graphql')): ExampleOperation[] {
  const text = fs.readFileSync(file, 'utf8');
  const doc = parse(text);
  const out: ExampleOperation[] = [];
  let previousEnd = 0;
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION || !def.loc) continue;
    const op = def as OperationDefinitionNode;
    if (!op.name) throw new Error(`${file}: every example operation needs a name`);
    out.push({ name: op.name.value, query: text.slice(previousEnd, op.loc!.end).trim() });
    previousEnd = op.loc!.end;
  }
  return out;
}

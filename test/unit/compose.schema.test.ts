import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '@/shared/paths';

/**
 * docker-compose.yml against the Compose Specification schema (vendored in test/fixtures), after
 * the interpolation Compose itself does, plus the facts the stack relies on: Neo4j 5 with a
 * healthcheck, the app waiting for it to be healthy and pointed at it, a non-root image.
 */
const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, and $$ for a literal $. */
function interpolate(value: unknown, env: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\$|\$\{(\w+)(?:(:?-)([^}]*))?\}/g, (whole, name?: string, op?: string, fallback = '') => {
      if (whole === '$$') return '$';
      const set = env[name!];
      if (op === ':-') return set ? set : fallback;
      if (op === '-') return set ?? fallback;
      return set ?? '';
    });
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env)]));
  }
  return value;
}

function composeValidator() {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  // The spec's own formats, as compose-go defines them.
  ajv.addFormat('duration', /^([+-]?(\d+(\.\d+)?)(ns|us|µs|ms|s|m|h))+$|^0$/);
  ajv.addFormat('ports', /^((\[?[\d.:a-fA-F]*\]?):)?((\d+(-\d+)?):)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  return ajv.compile(JSON.parse(read('test/fixtures/compose-spec.schema.json')));
}

describe('docker-compose.yml', () => {
  const validate = composeValidator();
  const raw = parse(read('docker-compose.yml')) as Doc;
  const doc = interpolate(raw, {}) as Doc;

  test('is valid against the Compose Specification schema, with defaults and with overrides', () => {
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
    const custom = interpolate(raw, { EGOV_PORT: '8080', NEO4J_PASSWORD: 'a-longer-secret', NEO4J_DATABASE: 'egov' });
    assert.ok(validate(custom), JSON.stringify(validate.errors, null, 2));
  });

  test('the schema is a real oracle: it rejects a misspelt key and an unknown depends_on condition', () => {
    const misspelt = structuredClone(doc);
    misspelt.services.neo4j.helthcheck = misspelt.services.neo4j.healthcheck;
    assert.equal(validate(misspelt), false);
    const condition = structuredClone(doc);
    condition.services.app.depends_on.neo4j.condition = 'service_ready';
    assert.equal(validate(condition), false);
    const duration = structuredClone(doc);
    duration.services.neo4j.healthcheck.interval = 'ten seconds';
    assert.equal(validate(duration), false);
  });

  test('neo4j: Neo4j 5 community, auth from the environment, a volume, a Bolt healthcheck', () => {
    const neo4j = doc.services.neo4j;
    assert.match(neo4j.image, /^neo4j:5(-community|\.\d+(\.\d+)?-community)$/);
    assert.match(raw.services.neo4j.environment.NEO4J_AUTH, /^neo4j\/\$\{NEO4J_PASSWORD:-[^}]{8,}\}$/);
    assert.ok(neo4j.volumes.some((v: string) => v.endsWith(':/data')));
    assert.equal(neo4j.healthcheck.test[0], 'CMD-SHELL');
    assert.match(neo4j.healthcheck.test[1], /cypher-shell .*RETURN 1|wget .*7474/);
    assert.ok(!JSON.stringify(neo4j.environment).includes('NEO4J_PLUGINS'), 'APOC is not required');
  });

  test('app: built from the Dockerfile, waits for a healthy Neo4j, connects to it by service name', () => {
    const app = doc.services.app;
    assert.equal(app.build.dockerfile, 'Dockerfile');
    assert.equal(app.depends_on.neo4j.condition, 'service_healthy');
    assert.equal(app.environment.NEO4J_URI, 'bolt://neo4j:7687');
    assert.equal(app.environment.NEO4J_PASSWORD, doc.services.neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, ''));
    assert.equal(app.environment.HOST, '0.0.0.0');
    assert.ok(app.ports.includes('4000:4000'));
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const lines = dockerfile.split('\n').filter((l) => !l.startsWith('#'));

  test('multi-stage: npm ci + tsc to build, production dependencies only at run time', () => {
    assert.ok(lines.filter((l) => l.startsWith('FROM ')).length >= 2);
    assert.match(dockerfile, /RUN npm ci /);
    assert.match(dockerfile, /tsc -p tsconfig\.json/);
    assert.match(dockerfile, /npm prune --omit=dev/);
  });

  test('runs as a non-root user, on 0.0.0.0:4000, the `serve` path of npm start', () => {
    const user = lines.filter((l) => l.startsWith('USER ')).pop();
    assert.ok(user && !/^USER (root|0)\b/.test(user), 'a non-root USER');
    assert.ok(lines.includes('EXPOSE 4000'));
    assert.match(dockerfile, /HOST=0\.0\.0\.0/);
    assert.ok(lines.includes('CMD ["node", "dist/src/cli/main.js", "serve"]'));
    assert.match(JSON.parse(read('package.json')).scripts.start, /node dist\/src\/cli\/main\.js serve$/);
  });

  test('.dockerignore keeps out nothing the Dockerfile copies from the context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const sources = lines
      .filter((l) => l.startsWith('COPY ') && !l.includes('--from='))
      .flatMap((l) => l.split(/\s+/).slice(1, -1));
    assert.ok(sources.length > 0);
    for (const source of sources) {
      assert.ok(!ignored.includes(source), `${source} is copied but ignored`);
      assert.ok(fs.existsSync(path.join(PROJECT_ROOT, source)), `${source} is copied but missing`);
    }
  });
});

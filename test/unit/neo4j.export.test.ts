import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Command } from 'commander';
import { exportNeo4jAdmin, registerExportCommand } from '@/cli/export.command';
import { NODE_PROPS, REL_PROPS, type GraphBatch, type NodeRecord } from '@/graph/graph.model';
import { ADMIN_TYPES, AFTER_IMPORT, IMPORT_SCRIPT, toNeo4jAdminCsv } from '@/graph/neo4j/bulk.export';
import { sampleBatch } from '@test/support/sample.batch';

/**
 * RFC 4180 as neo4j-admin reads it by default (`"` quotes, `""` inside quotes, fields may span
 * lines). Returns cells as written: `null` for an empty unquoted field (no property), strings
 * otherwise — so the test can tell null from ''.
 */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let cell: string | null;
    if (text[i] === '"') {
      cell = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        assert.ok(q >= 0, 'unterminated quote');
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') (cell += '"'), i++;
        else break;
      }
    } else {
      const end = text.slice(i).search(/[,\n]/);
      const raw = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i += raw.length;
      cell = raw === '' ? null : raw;
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text[i] === '\n' || i >= text.length) (rows.push(row), (row = []), i++);
    else assert.fail(`unexpected ${JSON.stringify(text[i])} after a field`);
  }
  return rows;
}

const table = (files: Map<string, string>, base: string) => {
  const [header] = parseCsv(files.get(`${base}.header.csv`)!);
  return parseCsv(files.get(`${base}.csv`)!).map((cells) => Object.fromEntries(header!.map((h, j) => [h, cells[j]])));
};

describe('toNeo4jAdminCsv', () => {
  const batch = sampleBatch();
  const files = toNeo4jAdminCsv(batch);

  test('headers: one global id space, :LABEL, and types neo4j-admin understands', () => {
    assert.equal(
      files.get('nodes-Article.header.csv'),
      'id:ID,:LABEL,kind,title,body,date,month,number:long,source,bulletinId,file\n',
    );
    assert.match(files.get('nodes-Metric.header.csv')!, /,value:double,/);
    assert.match(files.get('nodes-Region.header.csv')!, /,aliases:string\[\],/);
    assert.equal(
      files.get('rels-MENTIONS.header.csv'),
      ':START_ID,:END_ID,:TYPE,articleId,quote,startOffset:long,endOffset:long,score:double,count:long,spans,source\n',
    );
  });

  test('every header column is a model property with its model type', () => {
    for (const [name, content] of files) {
      if (!name.endsWith('.header.csv')) continue;
      const model = name.startsWith('nodes-') ? NODE_PROPS[name.slice(6, -11) as keyof typeof NODE_PROPS] : REL_PROPS;
      for (const column of content.trim().split(',')) {
        if ([':LABEL', ':START_ID', ':END_ID', ':TYPE', 'id:ID'].includes(column)) continue;
        const [prop, type = ''] = column.split(/(?=:)/);
        const modelType = (model as Record<string, keyof typeof ADMIN_TYPES>)[prop!];
        assert.ok(modelType, `${name}: ${prop} is not in the model`);
        assert.equal(type, ADMIN_TYPES[modelType], `${name}: ${column}`);
      }
    }
  });

  test('every node and edge of the batch is written once, with its values', () => {
    const nodeRows = [...files.keys()].filter((f) => /^nodes-\w+\.csv$/.test(f)).flatMap((f) => table(files, f.slice(0, -4)));
    assert.deepEqual(nodeRows.map((r) => r['id:ID']).sort(), batch.nodes.map((n) => n.id).sort());
    const edgeCount = [...files.keys()].filter((f) => /^rels-\w+\.csv$/.test(f)).reduce((sum, f) => sum + table(files, f.slice(0, -4)).length, 0);
    assert.equal(edgeCount, batch.edges.length);
    const article = table(files, 'nodes-Article').find((r) => r['id:ID'] === 'article:t:1')!;
    assert.equal(article[':LABEL'], 'Article');
    assert.equal(article.title, '南海建库');
    assert.equal(article['number:long'], '1');
  });

  test('null is an empty field; an empty string stays "" (non-textual edges carry articleId "")', () => {
    const partOf = table(files, 'rels-PART_OF');
    assert.ok(partOf.length > 0);
    for (const row of partOf) {
      assert.equal(row.articleId, '');
      assert.equal(row.quote, null);
    }
    assert.match(files.get('rels-PART_OF.csv')!, /^"\d+","\d+",PART_OF,"",,/m);
  });

  const tricky: NodeRecord = {
    label: 'Agency',
    id: 'agency:数据局',
    props: {
      kind: 'Agency',
      name: '他说："打通,壁垒"\n第二行',
      aliases: ['数据局', 'A;B'],
      pinyin: null,
      initials: '',
      attrs: '{"role":"局长, 副局长"}',
    },
  };
  const trickyBatch: GraphBatch = { articleIds: [], nodes: [tricky], edges: [] };

  test('quotes, commas and newlines in Chinese text survive the round trip', () => {
    const out = toNeo4jAdminCsv(trickyBatch);
    const [row] = table(out, 'nodes-Agency');
    assert.equal(row!.name, tricky.props.name);
    assert.equal(row!.attrs, tricky.props.attrs);
    assert.equal(row!.pinyin, null);
    assert.equal(row!.initials, '');
  });

  test('arrays are joined by the array delimiter, which avoids characters inside elements', () => {
    const plain = toNeo4jAdminCsv({ ...trickyBatch, nodes: [{ ...tricky, props: { ...tricky.props, aliases: ['数据局', '统筹局'] } }] });
    assert.equal(table(plain, 'nodes-Agency')[0]!['aliases:string[]'], '数据局;统筹局');
    assert.match(plain.get(IMPORT_SCRIPT)!, /--array-delimiter=';'/);
    const clash = toNeo4jAdminCsv(trickyBatch);
    assert.equal(table(clash, 'nodes-Agency')[0]!['aliases:string[]'], '数据局|A;B');
    assert.match(clash.get(IMPORT_SCRIPT)!, /--array-delimiter='\|'/);
  });

  test('an empty list is left out (neo4j-admin drops it) and after-import.cypher restores it', () => {
    const region = table(files, 'nodes-Region').find((r) => r['id:ID'] === '440600')!;
    assert.equal(region['aliases:string[]'], null);
    assert.match(files.get(AFTER_IMPORT)!, /^MATCH \(n:Region\) WHERE n\.aliases IS NULL SET n\.aliases = \[\];$/m);
  });

  test('a later record for the same id wins, as MERGE + SET would', () => {
    const renamed = { ...tricky, props: { ...tricky.props, name: '新名字' } };
    const out = toNeo4jAdminCsv({ ...trickyBatch, nodes: [tricky, renamed] });
    const rows = table(out, 'nodes-Agency');
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.name, '新名字');
  });

  test('import.sh is valid sh and names every file pair once, multi-line fields on', () => {
    const script = files.get(IMPORT_SCRIPT)!;
    execFileSync('sh', ['-n'], { input: script });
    assert.match(script, /neo4j-admin database import full/);
    assert.match(script, /--multiline-fields=true/);
    const pairs = [...files.keys()].filter((f) => f.endsWith('.header.csv')).map((f) => `${f},${f.replace('.header.csv', '.csv')}`);
    for (const pair of pairs) {
      const flag = pair.startsWith('nodes-') ? '--nodes' : '--relationships';
      assert.equal(script.split(`${flag}=${pair} `).length, 2, `${pair} once`);
    }
  });
});

describe('export command', () => {
  test('exportNeo4jAdmin writes the files, ddl.cypher and an executable import.sh', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-export-'));
    try {
      const written = await exportNeo4jAdmin(sampleBatch(), path.join(dir, 'out'));
      const onDisk = fs.readdirSync(path.join(dir, 'out')).sort();
      assert.deepEqual(onDisk, [...written].sort());
      assert.ok(onDisk.includes('ddl.cypher'));
      assert.ok(fs.statSync(path.join(dir, 'out', IMPORT_SCRIPT)).mode & 0o100);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('registers `export` with a mandatory --format limited to neo4j-admin and a mandatory --out', () => {
    const program = new Command();
    registerExportCommand(program, { buildSeedBatch: async () => sampleBatch() });
    const command = program.commands.find((c) => c.name() === 'export')!;
    const format = command.options.find((o) => o.long === '--format')!;
    assert.deepEqual(format.argChoices, ['neo4j-admin']);
    assert.ok(format.mandatory);
    assert.ok(command.options.find((o) => o.long === '--out')!.mandatory);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bindable } from '@/graph/kuzu/kuzu.store';

test('filter lists that are empty get an impossible id instead (Kùzu 0.11.3 crashes on an empty IN list)', () => {
  assert.deepEqual(bindable({ ids: [], theme: null, n: 3 }), { ids: ['\u0000'], theme: null, n: 3 });
  assert.deepEqual(bindable({ ids: ['a'] }), { ids: ['a'] });
});

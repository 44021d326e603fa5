import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { UnitSet } from '@/extract/text/unit.set';

describe('UnitSet', () => {
  test('holds exactly the units added, at word boundaries of the bitmap too', () => {
    const set = new UnitSet([0, 31, 32, 63, 0x4e00, 0xffff]);
    for (const u of [0, 31, 32, 63, 0x4e00, 0xffff]) assert.equal(set.has(u), true, `unit ${u}`);
    for (const u of [1, 30, 33, 62, 64, 0x4dff, 0x4e01, 0xfffe]) assert.equal(set.has(u), false, `unit ${u}`);
  });

  test('of() takes the units of a string, surrogate halves included', () => {
    const set = UnitSet.of('局委𠀀');
    assert.equal(set.has('局'.charCodeAt(0)), true);
    assert.equal(set.has('委'.charCodeAt(0)), true);
    assert.equal(set.has(0xd840), true);
    assert.equal(set.has(0xdc00), true);
    assert.equal(set.has('办'.charCodeAt(0)), false);
  });
});

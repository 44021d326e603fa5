/**
 * A set of UTF-16 code units as a bitmap: 8 KB for the whole range, and the CJK block a finder
 * probes with every word fits in 2.6 KB. Byte-per-unit tables (64 KB each, one per lexicon) did the
 * same job but crowded each other out of the CPU cache: a finder run between the others was twice
 * as slow as the same finder run alone.
 */
export class UnitSet {
  // Int32, not Uint32: a word with its top bit set would be read as a heap number in code that is
  // not optimised yet, an allocation per test
  private readonly bits = new Int32Array(0x800);

  constructor(units: Iterable<number> = []) {
    for (const u of units) this.add(u);
  }

  /** Units of every character of `chars`. */
  static of(chars: string): UnitSet {
    const set = new UnitSet();
    for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
    return set;
  }

  add(unit: number): void {
    this.bits[unit >> 5]! |= 1 << (unit & 31);
  }

  has(unit: number): boolean {
    return ((this.bits[unit >> 5]! >> (unit & 31)) & 1) === 1;
  }
}

/** Two UTF-16 units as one exact number key: no collisions, and no string cut out per lookup. */
export function unitPair(a: number, b: number): number {
  return a * 0x10000 + b;
}

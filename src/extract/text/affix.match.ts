/**
 * Tests of a string against a short list of affixes, as plain loops. Inside the finders' loops an
 * arrow function passed to some()/find() cost a context allocation per call: with launch verbs
 * tested per candidate it was a tenth of all the memory an extraction allocated.
 */

/** The first of `affixes` that `s` ends with. */
export function endingOf(s: string, affixes: readonly string[]): string | undefined {
  for (let i = 0; i < affixes.length; i++) if (s.endsWith(affixes[i]!)) return affixes[i];
  return undefined;
}

export function endsWithAny(s: string, affixes: readonly string[]): boolean {
  return endingOf(s, affixes) !== undefined;
}

/** The first of `affixes` that `s` holds at offset `at`. */
export function affixAt(s: string, affixes: readonly string[], at = 0): string | undefined {
  for (let i = 0; i < affixes.length; i++) if (s.startsWith(affixes[i]!, at)) return affixes[i];
  return undefined;
}

/** `a` copied into an array twice its length: the growth step of the reused offset lists. */
export function grown(a: Int32Array): Int32Array {
  const next = new Int32Array(2 * a.length);
  next.set(a);
  return next;
}

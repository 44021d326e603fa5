/**
 * A zeroed byte-per-offset scratch array (which offsets a name already claims), reused across
 * calls: allocating one body-sized typed array per extractor and article showed as a tenth of the
 * named-entity time. One instance per extractor, so no caller's flags are reset under it.
 */
export class FlagBuffer {
  private buf = new Uint8Array(0);

  /** `n` zeroed slots; a view, so reads past `n` are undefined as with a fresh array. Valid until the next call. */
  take(n: number): Uint8Array {
    if (this.buf.length < n) this.buf = new Uint8Array(n);
    else this.buf.fill(0, 0, n);
    return this.buf.subarray(0, n);
  }
}

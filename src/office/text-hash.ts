// A cheap paragraph fingerprint for change detection.

/** 32-bit FNV-1a: cheap, enough to notice an edited paragraph. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Whether a list is already in the order a sort would give: scans find their matches in text
// order, and sorting (which copies the list) is then only needed when that did not hold.
export function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1] as T, list[i] as T) > 0) return false;
  return true;
}

/** Spans by start offset. */
export function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

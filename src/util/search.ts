// One binary search for every "which span holds this offset" question (sentences, tokens, figures).

/** The last index i in [0, length) with keyAt(i) <= value, for keys in ascending order; -1 if none. */
export function lastIndexAtMost(length: number, keyAt: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The first index i in [0, length) with keyAt(i) >= value (integer keys in ascending order); length if none. */
export const firstIndexAtLeast = (length: number, keyAt: (i: number) => number, value: number): number =>
  lastIndexAtMost(length, keyAt, value - 1) + 1;

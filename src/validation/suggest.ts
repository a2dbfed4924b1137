/**
 * The candidate closest to a mistyped word (`"stauts"` → `"status"`, `"hour"` → `"hours"`,
 * `"weeky"` → `"weekly"`), or null when none is close: at most one edit (insert, delete,
 * change or swap two neighbours) for short words, two for words of five letters or more.
 * Case is ignored.
 *
 * @example
 * closestMatch("stauts", ["status", "week", "days"]) // => "status"
 * closestMatch("xyz", ["status", "week"]) // => null
 */
export function closestMatch(word: string, candidates: readonly string[]): string | null {
  if (word.length > 64) return null;
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const limit = Math.min(word.length, candidate.length) >= 5 ? 2 : 1;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Optimal string alignment distance: insertions, deletions, changes and swaps of two
 * neighbouring letters each count one.
 *
 * @example
 * editDistance("stauts", "status") // => 1
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = value;
    }
  }
  return d[rows * cols - 1]!;
}

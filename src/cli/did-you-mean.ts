/**
 * "did you mean …?" for a misspelt name (a rule id, a config key, later a
 * command or an option): the known name nearest by edit distance, offered only
 * when it is near enough to be a slip of the keyboard rather than another word.
 */

/**
 * Edits (insert, delete, replace, swap two neighbours) between two words, case
 * aside: `asof` is one slip from `asOf` for a reader, not two.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // Three rows of the table are enough: a swap looks two rows back.
  let before = new Array<number>(t.length + 1).fill(0);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let cur = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[t.length]!;
}

/**
 * The known name nearest to `word`, or undefined when none is near: at most one
 * edit in a short word, up to three in a long one (a third of its length), so
 * `nope` suggests nothing while `district-domian` finds `district-domain`.
 * On a tie the first in `known` wins.
 */
export function closest(word: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of known) {
    if (name === word) continue;
    const d = editDistance(word, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean "x"?` to end a message, or nothing when no known name is near. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const near = closest(word, known);
  return near === undefined ? '' : `; did you mean "${near}"?`;
}

/**
 * Whether the text format paints: `--color`/`--no-color` first, then the
 * environment's FORCE_COLOR (any value but `0` or `false` turns it on, as
 * Node and most tools read it) and NO_COLOR (any non-empty value turns it
 * off), then whether standard output is a terminal.
 */
export function useColour(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}

/** Text laid out for a terminal: words wrapped at a width, lines indented. */

/** The width to write at: the terminal's when it says, at most 100 columns; 100 when not a terminal. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }): number {
  const cols = stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : 100;
  return Math.max(40, Math.min(100, cols));
}

/** Columns a string takes (Vietnamese text from the tables is NFC: one code point, one column). */
export function columns(text: string): number {
  return [...text].length;
}

/**
 * `text` wrapped at spaces so that no line is wider than `width`, the first line
 * after `first` and the rest after `rest`; a word wider than a line stands alone.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (!empty && columns(line) + 1 + columns(word) > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

import type { Formatter, Row, Sink } from './format.js';

/** One JSON array, one result per row in input order, written as the rows come. */
export function jsonFormat(): Formatter {
  let first = true;
  return {
    begin(w: Sink) {
      w.write('[\n');
    },
    row(w: Sink, row: Row) {
      w.write(first ? JSON.stringify(row) : `,\n${JSON.stringify(row)}`);
      first = false;
    },
    async end(w: Sink) {
      w.write(first ? ']\n' : '\n]\n');
    },
  };
}

/** One JSON object a line, each written as its row is judged. */
export function ndjsonFormat(): Formatter {
  return {
    begin() {},
    row(w: Sink, row: Row) {
      // Two writes: the record goes into the output buffer as it is, not first into a longer string.
      w.write(JSON.stringify(row));
      w.write('\n');
    },
    async end() {},
  };
}

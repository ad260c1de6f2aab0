import type { Lang, Result, Verdict } from '../../result.js';

/** One output row: the contract's result, with the input line when the input is a file. */
export type Row = Result & { line?: number };

export type FailOn = 'error' | 'warning' | 'never';

/** What a format knows of the run, fixed before the first row. */
export interface RunContext {
  lang: Lang;
  asOf: string;
  failOn: FailOn;
  /** The input's own column names (`input` for text and names given as arguments). */
  columns: readonly string[];
  /** Rows carry line numbers (the input is a file or standard input). */
  withLines: boolean;
  /** The input file as named on the command line, `-` for standard input, null for arguments. */
  file: string | null;
  /** The file as a URI relative to the working directory (for SARIF), null when there is no file. */
  artifactUri: string | null;
  /** Colour on the terminal. */
  color: boolean;
  /**
   * Where a format keeps text for later (the markdown's failing rows, the JUnit
   * test cases until their count is known); in memory when not given. The
   * command line gives a spool that moves to a temporary file past a limit.
   */
  aside?: () => Aside;
  /** The report goes to a file named with -o (a CSV then starts with a byte-order mark). */
  toFile: boolean;
  /** Names are checked live (`--live`): the formats add the IPv6, HTTPS and redirect columns. */
  live?: boolean;
}

/** Where a format writes: the command line's batch writer, or a string being built. */
export interface Sink {
  write(text: string): void;
}

/** Text kept for the end of a report. */
export interface Aside {
  append(text: string): void;
  /** Writes everything kept, in order, then forgets it. */
  writeTo(w: Sink): void | Promise<void>;
  dispose(): void;
}

/** Text kept in memory: for reports built from code. */
export function memoryAside(): Aside {
  let parts: string[] = [];
  return {
    append(text) {
      parts.push(text);
    },
    writeTo(w) {
      for (const p of parts) w.write(p);
      parts = [];
    },
    dispose() {
      parts = [];
    },
  };
}

/** What a format may need of the input row besides its result. */
export interface RowInput {
  /** The input's own cells, as they came. */
  cells: readonly string[];
  /** The agency named for the row (its cell, else --agency). */
  agency: string | undefined;
}

export interface Summary {
  rows: number;
  verdicts: Record<Verdict, number>;
}

/** A format streams: a head, then each row as it is judged, then a tail. */
export interface Formatter {
  begin(w: Sink): void;
  row(w: Sink, row: Row, input: RowInput): void;
  /** Writes before it returns when the format's aside is in memory (reports built from code rely on it). */
  end(w: Sink, summary: Summary): void | Promise<void>;
  /** Frees what the format holds aside (a spool file) when a run stops early. */
  dispose?(): void;
}

/** The findings that count: errors and warnings a waiver does not cover. */
export function counted(row: Result, severity?: 'error' | 'warning'): Result['issues'] {
  return row.issues.filter((i) => !i.waived && (severity ? i.severity === severity : i.severity !== 'info'));
}

export function citationText(c: { instrument: string; article: string } | undefined): string {
  return c ? `${c.instrument}, ${c.article}` : '';
}

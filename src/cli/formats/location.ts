/**
 * Where a finding is, for the formats that must name a file and a line (SARIF,
 * GitLab Code Quality, JUnit, GitHub annotations). A file's row is at its line.
 * Names given as arguments or on standard input have no file of their own: they
 * are placed in a file named {@link SYNTHETIC_INPUT}, at the line they would
 * have there written one a line (the argument's position, the line of standard
 * input), so that every finding has a location; `--stdin-filename` names the
 * real file standard input came from.
 */
import type { Row, RunContext } from './format.js';

/** The file names given as arguments or on standard input stand in for. */
export const SYNTHETIC_INPUT = 'govvn-input.txt';

export interface Place {
  /** A path relative to the working directory (or a file: URI outside it). */
  uri: string;
  line: number;
  /** The file exists: the input was read from it. */
  real: boolean;
}

/** `position` counts the rows from 1, for names given as arguments, which have no line. */
export function placeOf(ctx: RunContext, row: Row, position: number): Place {
  const line = row.line ?? position;
  return ctx.artifactUri === null ? { uri: SYNTHETIC_INPUT, line, real: false } : { uri: ctx.artifactUri, line, real: true };
}

import type { Lang } from '../result.js';
import { type ErrorText, nearest, renderError } from './errors.js';

/** One line of an error: a message from the table (shown in the run's language), or fixed text. */
export type ErrorLine = string | ErrorText;

/** A mistake on the command line: one line on stderr, exit code 2. */
export class UsageError extends Error {
  readonly lines: readonly ErrorLine[];
  constructor(text: ErrorLine | readonly ErrorLine[]) {
    const lines = Array.isArray(text) ? (text as readonly ErrorLine[]) : [text as ErrorLine];
    super(lines.map((l) => (typeof l === 'string' ? l : renderError(l, 'en'))).join('\n'));
    // Set here, not as a field: the CJS bundle mistranslates a field beside a constructor.
    this.name = 'UsageError';
    this.lines = lines;
  }

  /** The message in `lang`; lines not yet in the table stay as written. */
  render(lang: Lang): string {
    return this.lines.map((l) => (typeof l === 'string' ? l : renderError(l, lang))).join('\n');
  }
}

export interface OptionSpec {
  /** Takes a value (`--as-of 2020-06-25` or `--as-of=2020-06-25`). */
  value: boolean;
  /** Allowed values, when the set is closed. */
  choices?: readonly string[];
  /** May be given more than once: the values are kept, joined by commas. */
  repeat?: boolean;
}

export interface ParsedArgs {
  command: string | null;
  options: Map<string, string | true>;
  positionals: string[];
}

/**
 * A small, strict parser: unknown options, missing values and values outside
 * a closed set are usage errors; `--` ends the options. `lenient` passes over
 * unknown options, to find the command before its own options are known.
 */
export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, OptionSpec>>, lenient = false): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  let command: string | null = null;
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      if (command === null && !onlyPositionals && positionals.length === 0 && !arg.startsWith('-')) command = arg;
      else positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = specs[name];
    if (!spec) {
      if (lenient) continue;
      throw new UsageError({ id: 'unknown-option', data: { name, near: nearest(name, Object.keys(specs)) } });
    }
    if (!spec.value) {
      if (eq > 0) throw new UsageError({ id: 'option-no-value', data: { name } });
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined) throw new UsageError({ id: 'option-needs-value', data: { name } });
      i++;
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError({
        id: 'option-choice',
        data: { name, choices: spec.choices.join(', '), value, near: nearest(value, spec.choices) },
      });
    }
    const before = options.get(name);
    options.set(name, spec.repeat && typeof before === 'string' ? `${before},${value}` : value);
  }
  return { command, options, positionals };
}

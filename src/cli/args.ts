import { didYouMean } from './did-you-mean.js';

/** A mistake on the command line: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface OptionSpec {
  /** Takes a value (`--as-of 2020-06-25` or `--as-of=2020-06-25`). */
  value: boolean;
  /** Allowed values, when the set is closed. */
  choices?: readonly string[];
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
      throw new UsageError(`unknown option ${name}${didYouMean(name, Object.keys(specs))}`);
    }
    if (!spec.value) {
      if (eq > 0) throw new UsageError(`option ${name} takes no value`);
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined) throw new UsageError(`option ${name} needs a value`);
      i++;
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`option ${name} must be one of ${spec.choices.join(', ')}; got "${value}"${didYouMean(value, spec.choices)}`);
    }
    options.set(name, value);
  }
  return { command, options, positionals };
}

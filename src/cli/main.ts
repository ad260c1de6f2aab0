import '../history.js';
import { DATA_SOURCE, ENTITY_KINDS, GovvnOptionError, LAW_TABLE_DATE, VERSION, validate } from '../index.js';
import type { EntityKind, Lang, Result, ValidateOptions } from '../result.js';
import { parseArgs, UsageError, type OptionSpec } from './args.js';
import { formatJson } from './formats/json.js';
import { formatText } from './formats/text.js';

const USAGE = `usage: govvn check [--as-of YYYY-MM-DD] [--agency NAME] [--kind KIND] [--province NAME]
                   [--lang vi|en] [--format text|json] [--] NAME_OR_URL...
       govvn --version | --help`;

const CHECK_OPTIONS: Record<string, OptionSpec> = {
  '--as-of': { value: true },
  '--agency': { value: true },
  '--kind': { value: true, choices: ENTITY_KINDS },
  '--province': { value: true },
  '--lang': { value: true, choices: ['vi', 'en'] },
  '--format': { value: true, choices: ['text', 'json'] },
  '--help': { value: false },
  '-h': { value: false },
  '--version': { value: false },
  '-v': { value: false },
};

export function versionLine(): string {
  return `govvn ${VERSION} (law tables ${LAW_TABLE_DATE}; data ${DATA_SOURCE.package}@${DATA_SOURCE.version}, map of ${DATA_SOURCE.mapDate})`;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the command line; returns the exit code (0 all compliant or not applicable, 1 any failing, 2 usage). */
export function run(argv: readonly string[], io: Io): number {
  try {
    const args = parseArgs(argv, CHECK_OPTIONS);
    if (args.options.has('--version') || args.options.has('-v')) {
      io.out(`${versionLine()}\n`);
      return 0;
    }
    if (args.options.has('--help') || args.options.has('-h') || args.command === null && args.positionals.length === 0) {
      if (args.options.has('--help') || args.options.has('-h')) {
        io.out(`${USAGE}\n`);
        return 0;
      }
      throw new UsageError('no command given (try "govvn check NAME")');
    }
    if (args.command !== 'check') throw new UsageError(`unknown command "${args.command ?? args.positionals[0]}"`);
    const names = args.positionals;
    if (names.length === 0) throw new UsageError('no names given');
    const get = (k: string) => {
      const v = args.options.get(k);
      return typeof v === 'string' ? v : undefined;
    };
    const lang = (get('--lang') ?? 'vi') as Lang;
    const options: ValidateOptions = { lang };
    const asOf = get('--as-of');
    if (asOf !== undefined) options.asOf = asOf;
    const agency = get('--agency');
    if (agency !== undefined) options.agency = agency;
    const kind = get('--kind');
    if (kind !== undefined) options.kind = kind as EntityKind;
    const province = get('--province');
    if (province !== undefined) options.province = province;
    // Check the options once, before any output, so a bad date is a usage error.
    validate('', options);
    const results: Result[] = names.map((n) => validate(n, options));
    if (get('--format') === 'json') io.out(formatJson(results));
    else io.out(results.map((r) => formatText(r, lang)).join(''));
    return results.some((r) => r.verdict === 'non-compliant' || r.verdict === 'invalid') ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof GovvnOptionError) {
      io.err(`govvn: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

// Run only as the program, not when imported by tests.
const invoked = typeof process !== 'undefined' && process.argv[1] !== undefined && /(?:^|[\\/])(?:cli\.js|govvn)$/.test(process.argv[1]);
if (invoked) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = run(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
  process.exitCode = code;
}

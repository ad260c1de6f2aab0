import '../history.js';
import { readFileSync } from 'node:fs';
import { checkDate } from '../engine/date.js';
import { DATA_SOURCE, ENTITY_KINDS, GovvnOptionError, LAW_TABLE_DATE, ruleInfo, rulesInForce, suggest, todayInVietnam, VERSION, type RuleInfo } from '../index.js';
import type { EntityKind, Lang, ValidateOptions } from '../result.js';
import { parseArgs, UsageError, type OptionSpec, type ParsedArgs } from './args.js';
import { FORMATS, runCheck, type CheckIo, type Format } from './check.js';
import { spreadsheetRequest, SPREADSHEET_OPTIONS } from './spreadsheet-options.js';
import { loadConfig, type Config } from './config.js';
import { citationText, type FailOn } from './formats/format.js';
import { WORDS } from './messages.js';
import { pad } from './formats/text.js';
import { visible } from './output.js';

const USAGE = `usage: govvn check [--as-of YYYY-MM-DD] [--agency NAME] [--kind KIND] [--province NAME]
                   [--lang vi|en] [--format text|json|ndjson|csv|markdown|sarif|xlsx]
                   [--fail-on error|warning|never] [--config PATH]
                   [-o FILE] (NAME_OR_URL... | --file PATH [--input csv|txt] [--delimiter ,|;|tab]
                   [--sheet NAME] | -)
       govvn rules [--as-of YYYY-MM-DD] [--lang vi|en] [--format text|json]
       govvn explain RULE_ID [--as-of YYYY-MM-DD] [--lang vi|en]
       govvn suggest [--as-of YYYY-MM-DD] [--province NAME] [--kind KIND] [--format text|json] AGENCY
       govvn --version | --help
See docs/cli.md.`;

const COMMON: Record<string, OptionSpec> = {
  '--help': { value: false },
  '-h': { value: false },
  '--version': { value: false },
  '-v': { value: false },
  '--config': { value: true },
  '--as-of': { value: true },
  '--lang': { value: true, choices: ['vi', 'en'] },
};

const COMMANDS: Record<string, Record<string, OptionSpec>> = {
  check: {
    ...COMMON,
    '--agency': { value: true },
    '--kind': { value: true, choices: ENTITY_KINDS },
    '--province': { value: true },
    '--format': { value: true, choices: FORMATS },
    '--file': { value: true },
    '--input': { value: true, choices: ['csv', 'txt'] },
    '--fail-on': { value: true, choices: ['error', 'warning', 'never'] },
    ...SPREADSHEET_OPTIONS,
  },
  rules: { ...COMMON, '--format': { value: true, choices: ['text', 'json'] } },
  explain: { ...COMMON },
  suggest: {
    ...COMMON,
    '--province': { value: true },
    '--kind': { value: true, choices: ENTITY_KINDS },
    '--format': { value: true, choices: ['text', 'json'] },
  },
};

/** Every option of every command, values unchecked: enough to find the command. */
const ANY: Record<string, OptionSpec> = Object.fromEntries(
  Object.values(COMMANDS).flatMap((specs) => Object.entries(specs).map(([k, v]) => [k, { value: v.value }])),
);

export function versionLine(): string {
  return `govvn ${VERSION} (law tables ${LAW_TABLE_DATE}; data ${DATA_SOURCE.package}@${DATA_SOURCE.version}, map of ${DATA_SOURCE.mapDate})`;
}

export type Io = CheckIo;

/**
 * Runs the command line; resolves to the exit code: 0 nothing fails, 1 something
 * fails (per --fail-on), 2 a usage error (one line on stderr; a config file's
 * mistakes one line each).
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const found = parseArgs(argv, ANY);
    const has = (k: string) => found.options.has(k);
    if (has('--version') || has('-v')) {
      io.stdout.write(`${versionLine()}\n`);
      return 0;
    }
    if (has('--help') || has('-h')) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (found.command === null) throw new UsageError('no command given (try "govvn check NAME" or "govvn --help")');
    const specs = COMMANDS[found.command];
    if (!specs) throw new UsageError(`unknown command "${found.command}" (commands: check, rules, explain, suggest)`);
    const args = parseArgs(argv, specs);
    const get = (k: string) => {
      const v = args.options.get(k);
      return typeof v === 'string' ? v : undefined;
    };
    const { config } = await loadConfig(get('--config'), io.cwd);
    const lang = (get('--lang') ?? config.lang ?? 'vi') as Lang;
    const asOf = get('--as-of') ?? config.asOf;
    switch (found.command) {
      case 'check':
        return await check(args, get, config, lang, asOf, io);
      case 'rules':
        return rules(get('--format') ?? 'text', lang, asOf, io);
      case 'explain':
        return explain(args.positionals, lang, asOf, io);
      default:
        return suggestCommand(args.positionals, get, config, asOf, io);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof GovvnOptionError) {
      io.stderr.write(`${e.message.split('\n').map((l) => `govvn: ${l}`).join('\n')}\n`);
      return 2;
    }
    throw e;
  }
}

async function check(
  args: ParsedArgs,
  get: (k: string) => string | undefined,
  config: Config,
  lang: Lang,
  asOf: string | undefined,
  io: Io,
): Promise<number> {
  const options: ValidateOptions & { lang: Lang } = { lang };
  if (asOf !== undefined) options.asOf = asOf;
  const agency = get('--agency');
  if (agency !== undefined) options.agency = agency;
  const kind = get('--kind');
  if (kind !== undefined) options.kind = kind as EntityKind;
  const province = get('--province') ?? config.province;
  if (province !== undefined) options.province = province;
  if (config.rules) options.rules = config.rules;
  if (config.waivers) options.waivers = config.waivers;
  // `-` among the arguments, or --file: the input is a file; names and a file are not mixed.
  let file = get('--file') ?? null;
  let names = args.positionals;
  if (names.includes('-')) {
    if (file !== null || names.length > 1) throw new UsageError('give names, --file PATH or -, not several of them');
    file = '-';
    names = [];
  } else if (file !== null && names.length > 0) {
    throw new UsageError('give names, --file PATH or -, not several of them');
  }
  const input = get('--input') as 'csv' | 'txt' | undefined;
  if (input !== undefined && file === null) throw new UsageError('--input applies to --file PATH or -');
  return runCheck(io, {
    options,
    format: (get('--format') ?? 'text') as Format,
    failOn: (get('--fail-on') ?? config.failOn ?? 'error') as FailOn,
    names,
    file,
    ...(input ? { input } : {}),
    ...spreadsheetRequest(get, file, input),
  });
}

/** ruleInfo does not check its date: a bad one is refused here, as check refuses it. */
function dateFor(asOf: string | undefined): string {
  return checkDate(asOf ?? todayInVietnam());
}

function rules(format: string, lang: Lang, asOf: string | undefined, io: Io): number {
  const list = rulesInForce(dateFor(asOf), lang);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const w = WORDS[lang];
  const cite = (r: RuleInfo) => (r.citation ? citationText(r.citation) : w.noCitation);
  const idWidth = Math.max(...list.map((r) => r.id.length));
  const citeWidth = Math.max(...list.map((r) => [...cite(r)].length));
  let out = `${pad(w.rulesColumns.id, idWidth)} ${pad(w.rulesColumns.citation, citeWidth)} ${w.rulesColumns.title}\n`;
  for (const r of list) out += `${pad(r.id, idWidth)} ${pad(cite(r), citeWidth)} ${r.title}\n`;
  io.stdout.write(out);
  return 0;
}

/** The rule's docs page, beside the built file (dist/cli.js → docs/) or the source (src/cli/ → docs/). */
function docsPage(id: string): string | null {
  for (const rel of [`../docs/rules/${id}.md`, `../../docs/rules/${id}.md`]) {
    try {
      return readFileSync(new URL(rel, import.meta.url), 'utf8');
    } catch {
      // Not there: try the next place, then fall back to the rule's data.
    }
  }
  return null;
}

function explain(positionals: readonly string[], lang: Lang, asOf: string | undefined, io: Io): number {
  if (positionals.length !== 1) throw new UsageError('explain takes one rule id (see govvn rules)');
  const id = positionals[0]!;
  const info = ruleInfo(id, dateFor(asOf), lang);
  if (!info) throw new UsageError(`unknown rule id "${visible(id)}" (see govvn rules)`);
  const page = docsPage(info.id);
  io.stdout.write(page === null ? ruleText(info, lang) : page.endsWith('\n') ? page : `${page}\n`);
  return 0;
}

/** A rule from its data alone, for an installation without its docs page. */
export function ruleText(info: RuleInfo, lang: Lang): string {
  const w = WORDS[lang].explain;
  const lines = [
    `# ${info.id}: ${info.title}`,
    '',
    `${w.basis}: ${info.citation ? citationText(info.citation) + (info.citation.url ? ` <${info.citation.url}>` : '') : WORDS[lang].noCitation}`,
    `${w.inForce}: ${info.from === null && info.to === null ? w.always : `${info.from ?? '2011-10-01'} → ${info.to ?? '…'}`}`,
    `${w.appliesTo}: ${info.appliesTo === 'any' ? w.anyHolder : info.appliesTo.join(', ')}`,
    `${w.provenance}: ${info.provenance ?? '-'}`,
    `${w.messages}:`,
    ...Object.entries(info.messages).map(([m, s]) => `  ${m} (${s})`),
    `${w.page}: ${info.docs}`,
  ];
  return `${lines.join('\n')}\n`;
}

function suggestCommand(
  positionals: readonly string[],
  get: (k: string) => string | undefined,
  config: Config,
  asOf: string | undefined,
  io: Io,
): number {
  // Unquoted words are one name: `govvn suggest UBND xã Tân Uyên`.
  const agency = positionals.join(' ').trim();
  if (agency === '') throw new UsageError('suggest needs an agency name, e.g. govvn suggest "UBND xã Tân Uyên"');
  const province = get('--province') ?? config.province;
  const kind = get('--kind') as EntityKind | undefined;
  const names = suggest(agency, {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(province !== undefined ? { province } : {}),
    ...(kind !== undefined ? { kind } : {}),
  });
  io.stdout.write(get('--format') === 'json' ? `${JSON.stringify(names)}\n` : names.map((n) => `${n}\n`).join(''));
  return names.length > 0 ? 0 : 1;
}

// Run only as the program, not when imported by tests.
const invoked = typeof process !== 'undefined' && process.argv[1] !== undefined && /(?:^|[\\/])(?:cli\.js|govvn)$/.test(process.argv[1]);
if (invoked) {
  // A reader that stops early (`| head`) closes the pipe: end quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug, not a verdict: exit 3 so a pipeline does not read it as "non-compliant".
      process.stderr.write(`govvn: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}

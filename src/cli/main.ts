import '../history.js';
import { checkDate } from '../engine/date.js';
import { DATA_SOURCE, ENTITY_KINDS, GovvnOptionError, LAW_TABLE_DATE, ruleInfo, RULE_IDS, rulesInForce, suggest, todayInVietnam, VERSION, type RuleInfo } from '../index.js';
import type { EntityKind, Lang, ValidateOptions } from '../result.js';
import { parseArgs, UsageError, type OptionSpec, type ParsedArgs } from './args.js';
import { FORMATS, runCheck, type CheckIo, type CheckRequest, type Format } from './check.js';
import { spreadsheetRequest, SPREADSHEET_OPTIONS } from './spreadsheet-options.js';
import { LIVE_OPTIONS, liveRequest } from './live-options.js';
import { loadConfig, type Config } from './config.js';
import { langFromArgv, nearest, type ErrorText } from './errors.js';
import { docsPage, explainText, rulesText } from './explain.js';
import { citationText, type FailOn } from './formats/format.js';
import { commandHelp, generalHelp } from './help.js';
import { dayText, WORDS } from './messages.js';
import { visible } from './output.js';
import { whyNoSuggestion } from './suggest-why.js';
import { outputWidth } from './wrap.js';

const COMMON: Record<string, OptionSpec> = {
  '--help': { value: false },
  '-h': { value: false },
  '--version': { value: false },
  '-v': { value: false },
  '--config': { value: true },
  '--as-of': { value: true },
  '--lang': { value: true, choices: ['vi', 'en'] },
  '--print-config': { value: false },
};

/** check's options for pipelines: what is written, when the run fails, colour. */
const PIPELINE: Record<string, OptionSpec> = {
  '--quiet': { value: false },
  '--max-warnings': { value: true },
  '--color': { value: false },
  '--no-color': { value: false },
  '--stdin-filename': { value: true },
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
    ...PIPELINE,
    ...SPREADSHEET_OPTIONS,
    ...LIVE_OPTIONS,
  },
  rules: { ...COMMON, '--format': { value: true, choices: ['text', 'json'] } },
  explain: { ...COMMON },
  suggest: {
    ...COMMON,
    '--province': { value: true },
    '--kind': { value: true, choices: ENTITY_KINDS },
    '--format': { value: true, choices: ['text', 'json'] },
  },
  help: { '--help': { value: false }, '-h': { value: false }, '--lang': { value: true, choices: ['vi', 'en'] }, '--config': { value: true } },
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
  // Errors are shown in the run's language: read from argv until the config is loaded.
  let errorLang: Lang = langFromArgv(argv);
  try {
    const found = parseArgs(argv, ANY, true);
    const has = (k: string) => found.options.has(k);
    if (has('--version') || has('-v')) {
      io.stdout.write(`${versionLine()}\n`);
      return 0;
    }
    const asking = has('--help') || has('-h');
    if (found.command === null && !asking) throw new UsageError({ id: 'no-command' });
    const command = found.command ?? 'help';
    const specs = COMMANDS[command];
    if (!specs) throw new UsageError(unknownCommand(command));
    const args = parseArgs(argv, specs);
    const get = (k: string) => {
      const v = args.options.get(k);
      return typeof v === 'string' ? v : undefined;
    };
    if (asking || command === 'help') return await help(command, args.positionals, get, io);
    const { config, file } = await loadConfig(get('--config'), io.cwd);
    const lang = (get('--lang') ?? config.lang ?? 'vi') as Lang;
    errorLang = lang;
    const asOf = get('--as-of') ?? config.asOf;
    if (args.options.has('--print-config')) return printConfig(file, config, get, io);
    switch (command) {
      case 'check':
        return await check(args, get, config, lang, asOf, io);
      case 'rules':
        return rules(get('--format') ?? 'text', lang, asOf, io);
      case 'explain':
        return explain(args.positionals, lang, asOf, io);
      default:
        return suggestCommand(args.positionals, get, config, lang, asOf, io);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof GovvnOptionError) {
      const text = e instanceof UsageError ? e.render(errorLang) : e.message;
      io.stderr.write(`${text.split('\n').map((l) => `govvn: ${l}`).join('\n')}\n`);
      return 2;
    }
    throw e;
  }
}

function unknownCommand(command: string): ErrorText {
  const commands = Object.keys(COMMANDS);
  return { id: 'unknown-command', data: { name: visible(command), near: nearest(command, commands), commands: commands.join(', ') } };
}

/** `govvn help [COMMAND]`, `govvn COMMAND --help`: in --lang, else the config's language (a broken config is no reason to refuse help). */
async function help(command: string, positionals: readonly string[], get: (k: string) => string | undefined, io: Io): Promise<number> {
  let lang = get('--lang') as Lang | undefined;
  if (lang === undefined) lang = await loadConfig(get('--config'), io.cwd).then((c) => c.config.lang, () => undefined);
  const width = outputWidth(io.stdout as { isTTY?: boolean; columns?: number });
  const topic = command === 'help' ? positionals[0] : command;
  if (topic === undefined) {
    io.stdout.write(generalHelp(lang ?? 'vi', width));
    return 0;
  }
  const specs = COMMANDS[topic];
  if (!specs) throw new UsageError(unknownCommand(topic));
  io.stdout.write(commandHelp(topic, specs, lang ?? 'vi', width));
  return 0;
}

/** --print-config: the config the run would use, the file it came from, and what the command line changes of it. */
function printConfig(file: string | null, config: Config, get: (k: string) => string | undefined, io: Io): number {
  const resolved: Config = { ...config };
  const lang = get('--lang');
  if (lang !== undefined) resolved.lang = lang as Lang;
  const asOf = get('--as-of');
  if (asOf !== undefined) resolved.asOf = asOf;
  const province = get('--province');
  if (province !== undefined) resolved.province = province;
  const failOn = get('--fail-on');
  if (failOn !== undefined) resolved.failOn = failOn as FailOn;
  io.stdout.write(`${JSON.stringify({ file, config: resolved }, null, 2)}\n`);
  return 0;
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
    if (file !== null || names.length > 1) throw new UsageError({ id: 'several-inputs' });
    file = '-';
    names = [];
  } else if (file !== null && names.length > 0) {
    throw new UsageError({ id: 'several-inputs' });
  }
  const input = get('--input') as 'csv' | 'txt' | undefined;
  if (input !== undefined && file === null) throw new UsageError({ id: 'input-needs-file' });
  const live = await liveRequest((k) => args.options.has(k), get, io.cwd);
  return runCheck(io, {
    ...(live ? { live } : {}),
    options,
    format: (get('--format') ?? 'text') as Format,
    failOn: (get('--fail-on') ?? config.failOn ?? 'error') as FailOn,
    names,
    file,
    ...(input ? { input } : {}),
    ...pipelineOptions(args, get, file),
    ...spreadsheetRequest(get, file, input),
  });
}

function pipelineOptions(args: ParsedArgs, get: (k: string) => string | undefined, file: string | null): Partial<CheckRequest> {
  const out: Partial<CheckRequest> = {};
  if (args.options.has('--quiet')) out.quiet = true;
  const max = get('--max-warnings');
  if (max !== undefined) {
    if (!/^\d+$/.test(max)) throw new UsageError({ id: 'max-warnings-number', data: { value: visible(max) } });
    out.maxWarnings = Number(max);
  }
  const on = args.options.has('--color');
  const off = args.options.has('--no-color');
  if (on && off) throw new UsageError({ id: 'colour-both' });
  if (on || off) out.color = on;
  const stdinFilename = get('--stdin-filename');
  if (stdinFilename !== undefined) {
    if (file !== '-') throw new UsageError({ id: 'stdin-filename-needs-stdin' });
    out.stdinFilename = stdinFilename;
  }
  return out;
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
  io.stdout.write(rulesText(list, lang, outputWidth(io.stdout as { isTTY?: boolean; columns?: number })));
  return 0;
}

function explain(positionals: readonly string[], lang: Lang, asOf: string | undefined, io: Io): number {
  if (positionals.length !== 1) throw new UsageError({ id: 'explain-one-id' });
  const id = positionals[0]!;
  const date = dateFor(asOf);
  let info = ruleInfo(id, date, lang);
  if (!info) throw new UsageError({ id: 'unknown-rule', data: { id: visible(id), near: nearest(id, RULE_IDS) } });
  // A rule no longer in force is told with the basis of its last day.
  if (info.citation === null && info.to !== null && info.to < date) info = ruleInfo(id, info.to, lang) ?? info;
  io.stdout.write(explainText(info, lang, outputWidth(io.stdout as { isTTY?: boolean; columns?: number }), docsPage(info.id)));
  return 0;
}

/** A rule from its data alone, for an installation without its docs page. */
export function ruleText(info: RuleInfo, lang: Lang): string {
  const w = WORDS[lang].explain;
  const lines = [
    `# ${info.id}: ${info.title}`,
    '',
    `${w.basis}: ${info.citation ? citationText(info.citation) + (info.citation.url ? ` <${info.citation.url}>` : '') : WORDS[lang].noCitation}`,
    `${w.inForce}: ${info.from === null && info.to === null ? w.always : `${dayText(info.from ?? '2011-10-01', lang)} → ${info.to ? dayText(info.to, lang) : '…'}`}`,
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
  lang: Lang,
  asOf: string | undefined,
  io: Io,
): number {
  // Unquoted words are one name: `govvn suggest UBND xã Tân Uyên`.
  const agency = positionals.join(' ').trim();
  if (agency === '') throw new UsageError({ id: 'suggest-needs-agency' });
  const province = get('--province') ?? config.province;
  const kind = get('--kind') as EntityKind | undefined;
  const names = suggest(agency, {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(province !== undefined ? { province } : {}),
    ...(kind !== undefined ? { kind } : {}),
  });
  io.stdout.write(get('--format') === 'json' ? `${JSON.stringify(names)}\n` : names.map((n) => `${n}\n`).join(''));
  if (names.length > 0) return 0;
  const why = whyNoSuggestion({ agency, ...(asOf !== undefined ? { asOf } : {}), ...(province !== undefined ? { province } : {}), ...(kind !== undefined ? { kind } : {}) }, lang);
  io.stderr.write(`govvn: ${why}\n`);
  return 1;
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

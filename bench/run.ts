/**
 * `npm run bench`: every measurement of docs/performance.md from one run, after
 * the build. The library's throughput (bench/library.ts: validate, the floor of
 * its job, tldts.parse and psl.parse, rounds in turn), the command line
 * (bench/cli.ts: against the same-record baseline, peak RSS, cold start), and
 * what a form loads (scripts/bundle-size.ts); then the targets, each with this
 * run's figure and whether it is met, and the throughput chart written to
 * docs/performance-chart.svg.
 *
 * GOVVN_BENCH_ROUNDS (library, default 7), GOVVN_BENCH_CLI_ROUNDS (default 3),
 * GOVVN_BENCH_LINES (default 1,000,000) shorten a trial run; GOVVN_BENCH_NO_CHART=1
 * leaves the chart alone.
 */
import { writeFileSync } from 'node:fs';
import { FORM_TARGETS, measureAll, printSizes } from '../scripts/bundle-size.js';
import { throughputSvg, type Bar } from './chart.js';
import { printCli, runCli } from './cli.js';
import { printLibrary, runLibrary } from './library.js';

const lib = runLibrary();
printLibrary(lib);
console.log('');
const cli = runCli();
printCli(cli);
console.log('');
const sizes = await measureAll();
printSizes(sizes);

const r = lib.rates;
const rate = (label: string) => {
  const v = r[label];
  if (v === undefined) throw new Error(`no figure for ${label}`);
  return v;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const zodOver = sizes.form.vite['zod + govvn/zod'].gzip - sizes.form.vite.zod.gzip;

interface Target {
  what: string;
  measured: string;
  met: boolean;
}

const targets: Target[] = [
  { what: 'validate ≥ 0.4 × the floor of its job', measured: `${(rate('validate (no context)') / rate('floor (no context)')).toFixed(3)} ×`, met: rate('validate (no context)') >= 0.4 * rate('floor (no context)') },
  {
    what: 'validate with repeating agencies ≥ 0.3 × the floor',
    measured: `${(rate('validate (with agency)') / rate('floor (with agency)')).toFixed(3)} ×`,
    met: rate('validate (with agency)') >= 0.3 * rate('floor (with agency)'),
  },
  { what: 'validate ≥ 2 × psl.parse', measured: `${(rate('validate (no context)') / rate('psl.parse')).toFixed(2)} ×`, met: rate('validate (no context)') >= 2 * rate('psl.parse') },
  { what: 'the command line ≤ 1.25 × the same-record baseline', measured: `${(cli.govvn.wallMs / cli.baseline.wallMs).toFixed(2)} ×`, met: cli.govvn.wallMs <= 1.25 * cli.baseline.wallMs },
  { what: 'the command line\u2019s peak RSS < 150 MB', measured: `${cli.govvn.maxRssMb.toFixed(0)} MB`, met: cli.govvn.maxRssMb < 150 },
  { what: 'cold start ≤ 2 × node -e 0', measured: `${(cli.cold.govvnMs / cli.cold.nodeMs).toFixed(2)} ×`, met: cli.cold.govvnMs <= 2 * cli.cold.nodeMs },
  { what: 'validate alone < 80 KB gzipped (Vite build)', measured: kb(sizes.form.vite.validate.gzip), met: sizes.form.vite.validate.gzip < FORM_TARGETS.validate },
  { what: 'govvn/zod adds < 80 KB gzipped over zod (Vite build)', measured: kb(zodOver), met: zodOver < FORM_TARGETS.zodOverhead },
];

console.log('\n## Targets (this run)\n');
console.log('| target | measured | met |');
console.log('|---|---|---|');
for (const t of targets) console.log(`| ${t.what} | ${t.measured} | ${t.met ? '**yes**' : 'no'} |`);

const bars: Bar[] = [
  { label: 'tldts.parse', rate: rate('tldts.parse'), group: 'parser' },
  { label: 'psl.parse', rate: rate('psl.parse'), group: 'parser' },
  { label: 'floor of the job (no context)', rate: rate('floor (no context)'), group: 'floor' },
  { label: 'validate (no context)', rate: rate('validate (no context)'), group: 'govvn' },
  { label: 'floor of the job (with agency)', rate: rate('floor (with agency)'), group: 'floor' },
  { label: 'validate (with agency)', rate: rate('validate (with agency)'), group: 'govvn' },
  { label: 'validate, each distinct name once', rate: rate('validate (no context), each distinct name once'), group: 'govvn' },
  { label: 'validate, each distinct pair once', rate: rate('validate (with agency), each distinct pair once'), group: 'govvn' },
];
if (process.env['GOVVN_BENCH_NO_CHART'] !== '1') {
  const file = new URL('../docs/performance-chart.svg', import.meta.url);
  writeFileSync(file, throughputSvg(bars, `npm run bench, ${new Date().toISOString().slice(0, 10)}; ${lib.machine}; median of rounds taken in turn`));
  console.log('\nChart written: docs/performance-chart.svg');
}

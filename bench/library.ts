/**
 * validate() against the floor of its own job (bench/floor.ts) and against
 * parsing alone (tldts.parse, psl.parse), on the same names in the same run.
 * Prints names a second and the ratios. It runs the built package (dist/), what
 * users load: `npm run bench` builds first (bench/run.ts runs this and the rest).
 *
 * The machines are shared: the measurements take turns, round by round, so
 * that a busy spell slows every one of them alike, and each figure is the
 * median of its rounds.
 */
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import psl from 'psl';
import { parse } from 'tldts';
import '../dist/history.js';
import { validate } from '../dist/index.js';
import { buildCorpus } from './corpus.js';
import { floor } from './floor.js';

const ASOF = '2020-06-25';
const ROUNDS = Number(process.env.GOVVN_BENCH_ROUNDS ?? 7);
const corpus = buildCorpus(200_000);
const bare = corpus.map((c) => c.name);
const withAgency = corpus.filter((c) => c.agency);

// The corpus repeats its distinct names about ten times over. The library's caches
// (1,024 agencies, the rules in force by date) are smaller than that set, so the
// repeats should not make it look faster: each distinct name once, to show it.
const distinct = [...new Set(bare)];
const seenAgency = new Set<string>();
const distinctAgency = withAgency.filter((c) => {
  const key = `${c.name}\u0000${c.agency}\u0000${c.province ?? ''}`;
  if (seenAgency.has(key)) return false;
  seenAgency.add(key);
  return true;
});

let sink = 0;

interface Task {
  label: string;
  names: number;
  run(): void;
  rates: number[];
}

const tasks: Task[] = [
  { label: 'tldts.parse', names: bare.length, rates: [], run: () => { for (const n of bare) sink += parse(n, { extractHostname: false }).domain?.length ?? 0; } },
  { label: 'psl.parse', names: bare.length, rates: [], run: () => { for (const n of bare) { const r = psl.parse(n); sink += 'domain' in r && r.domain ? r.domain.length : 0; } } },
  { label: 'floor (no context)', names: bare.length, rates: [], run: () => { for (const n of bare) sink += floor(n, ASOF).issues.length; } },
  { label: 'floor (with agency)', names: withAgency.length, rates: [], run: () => { for (const c of withAgency) sink += floor(c.name, ASOF, c.agency).issues.length; } },
  { label: 'validate (no context)', names: bare.length, rates: [], run: () => { for (const n of bare) sink += validate(n, { asOf: ASOF }).issues.length; } },
  {
    label: 'validate (with agency)',
    names: withAgency.length,
    rates: [],
    run: () => { for (const c of withAgency) sink += validate(c.name, { asOf: ASOF, agency: c.agency!, province: c.province }).issues.length; },
  },
  { label: 'validate (no context), each distinct name once', names: distinct.length, rates: [], run: () => { for (const n of distinct) sink += validate(n, { asOf: ASOF }).issues.length; } },
  {
    label: 'validate (with agency), each distinct pair once',
    names: distinctAgency.length,
    rates: [],
    run: () => { for (const c of distinctAgency) sink += validate(c.name, { asOf: ASOF, agency: c.agency!, province: c.province }).issues.length; },
  },
];

export interface LibraryFigures {
  machine: string;
  corpus: string;
  /** Names a second, the median of the rounds, by task label. */
  rates: Record<string, number>;
}

/** Runs every task, round by round in turn; the median of each. */
export function runLibrary(): LibraryFigures {
  for (const t of tasks) t.run(); // warm up
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of tasks) {
      const t0 = process.hrtime.bigint();
      t.run();
      t.rates.push(t.names / (Number(process.hrtime.bigint() - t0) / 1e9));
    }
  }
  const cpu = cpus();
  const rates: Record<string, number> = {};
  for (const t of tasks) rates[t.label] = median(t.rates);
  if (sink === -1) console.log(sink);
  return {
    machine: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, node ${process.version}`,
    corpus: `${bare.length} names (${withAgency.length} with an agency; ${distinct.length} distinct names, ${distinctAgency.length} distinct name-and-agency pairs), asOf ${ASOF}; median of ${ROUNDS} rounds taken in turn`,
    rates,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function printLibrary(f: LibraryFigures): void {
  console.log(`machine: ${f.machine}`);
  console.log(`corpus: ${f.corpus}`);
  const tl = f.rates['tldts.parse']!;
  const ps = f.rates['psl.parse']!;
  console.log('| what | names/s | × tldts.parse | × psl.parse |');
  console.log('|---|---:|---:|---:|');
  for (const [label, r] of Object.entries(f.rates)) {
    console.log(`| ${label} | ${Math.round(r).toLocaleString('en-US')} | ${(r / tl).toFixed(3)} | ${(r / ps).toFixed(2)} |`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) printLibrary(runLibrary());

/**
 * validate() against parsing alone, on the same names in the same run:
 * tldts.parse (the public-suffix split govvn builds on) and psl.parse.
 * Prints names a second and the ratios to tldts.parse and psl.parse. It runs
 * the built package (dist/), what users load: `npm run bench` builds first.
 *
 * The machines are shared: the measurements take turns, round by round, so
 * that a busy spell slows every one of them alike, and each figure is the
 * median of its rounds.
 */
import { cpus } from 'node:os';
import psl from 'psl';
import { parse } from 'tldts';
import '../dist/history.js';
import { validate } from '../dist/index.js';
import { buildCorpus } from './corpus.js';

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

for (const t of tasks) t.run(); // warm up
for (let r = 0; r < ROUNDS; r++) {
  for (const t of tasks) {
    const t0 = process.hrtime.bigint();
    t.run();
    t.rates.push(t.names / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const tldts = median(tasks[0]!.rates);
const pslRate = median(tasks[1]!.rates);
const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
console.log(`corpus: ${bare.length} names (${withAgency.length} with an agency; ${distinct.length} distinct names, ${distinctAgency.length} distinct name-and-agency pairs), asOf ${ASOF}; median of ${ROUNDS} rounds taken in turn`);
console.log('| what | names/s | × tldts.parse | × psl.parse |');
console.log('|---|---:|---:|---:|');
for (const t of tasks) {
  const r = median(t.rates);
  console.log(`| ${t.label} | ${Math.round(r).toLocaleString('en-US')} | ${(r / tldts).toFixed(3)} | ${(r / pslRate).toFixed(2)} |`);
}
if (sink === -1) console.log(sink);

/**
 * validate() against parsing alone, on the same names in the same run:
 * tldts.parse (the public-suffix split govvn builds on) and psl.parse.
 * Prints names a second and the ratios to tldts.parse. It runs the built
 * package (dist/), what users load: `npm run bench` builds first.
 */
import { cpus } from 'node:os';
import psl from 'psl';
import { parse } from 'tldts';
import '../dist/history.js';
import { validate } from '../dist/index.js';
import { buildCorpus } from './corpus.js';

const ASOF = '2020-06-25';
const corpus = buildCorpus(200_000);
const bare = corpus.map((c) => c.name);
const withAgency = corpus.filter((c) => c.agency);

function rate(label: string, n: number, fn: () => void, rounds = 5): number {
  fn(); // warm up
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push(n / s);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  return median;
}

let sink = 0;
const results: Array<[string, number]> = [];
results.push(['tldts.parse', rate('tldts', bare.length, () => { for (const n of bare) sink += parse(n, { extractHostname: false }).domain?.length ?? 0; })]);
results.push(['psl.parse', rate('psl', bare.length, () => { for (const n of bare) { const r = psl.parse(n); sink += 'domain' in r && r.domain ? r.domain.length : 0; } }, 3)]);
results.push(['validate (no context)', rate('validate', bare.length, () => { for (const n of bare) sink += validate(n, { asOf: ASOF }).issues.length; })]);
const agencyRate = rate('validate+agency', withAgency.length, () => {
  for (const c of withAgency) sink += validate(c.name, { asOf: ASOF, agency: c.agency!, province: c.province }).issues.length;
});
results.push(['validate (with agency)', agencyRate]);
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
results.push(['validate (no context), each distinct name once', rate('distinct', distinct.length, () => { for (const n of distinct) sink += validate(n, { asOf: ASOF }).issues.length; })]);
results.push(['validate (with agency), each distinct name once', rate('distinct+agency', distinctAgency.length, () => {
  for (const c of distinctAgency) sink += validate(c.name, { asOf: ASOF, agency: c.agency!, province: c.province }).issues.length;
})]);

const tldts = results[0]![1];
const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
console.log(`corpus: ${bare.length} names (${withAgency.length} with an agency; ${distinct.length} distinct names, ${distinctAgency.length} distinct name-and-agency pairs), asOf ${ASOF}`);
const pslRate = results[1]![1];
console.log('| what | names/s | × tldts.parse | × psl.parse |');
console.log('|---|---:|---:|---:|');
for (const [label, r] of results) console.log(`| ${label} | ${Math.round(r).toLocaleString('en-US')} | ${(r / tldts).toFixed(3)} | ${(r / pslRate).toFixed(2)} |`);
if (sink === -1) console.log(sink);

// Rates of a real-sites fixture as the engine judges it today: rows fully right
// (verdict, kind, province, first suggestion) and verdict-right, by expected kind.
//   npx tsx scripts/corpus-rates.ts [real-sites.csv|real-sites-holdout.csv|real-sites-sample2.csv|real-sites-sample3.csv] [--status]
// --status prints, instead, each row's status (ok / known-failure) in file order.
import '../src/history.js';
import { validate } from '../src/index.js';
import { judged } from '../test/corpus-expected.js';
import { optionsOf, readRealSites } from '../test/real-sites.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'real-sites.csv';
const rows = readRealSites(file);
const tally = new Map<string, { n: number; full: number; verdict: number }>();
const statuses: string[] = [];
for (const row of rows) {
  const got = judged(validate(row.domain, optionsOf(row)));
  const e = row.expected;
  const full = got.verdict === e.verdict && got.kind === e.kind && got.province === e.province && got.suggestion === e.suggestion;
  statuses.push(full ? 'ok' : 'known-failure');
  for (const key of [e.kind || '(none)', 'ALL']) {
    const t = tally.get(key) ?? { n: 0, full: 0, verdict: 0 };
    t.n++;
    if (full) t.full++;
    if (got.verdict === e.verdict) t.verdict++;
    tally.set(key, t);
  }
}
if (args.includes('--status')) {
  console.log(statuses.join('\n'));
} else {
  const pct = (a: number, n: number): string => `${a}/${n} (${((100 * a) / n).toFixed(1)} %)`;
  console.log(`${file}: ${rows.length} rows`);
  console.log(['kind'.padEnd(22), 'fully right'.padEnd(20), 'verdict right'].join(''));
  const keys = [...tally.keys()].filter((k) => k !== 'ALL').sort();
  for (const k of [...keys, 'ALL']) {
    const t = tally.get(k)!;
    console.log([k.padEnd(22), pct(t.full, t.n).padEnd(20), pct(t.verdict, t.n)].join(''));
  }
}

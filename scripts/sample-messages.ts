/**
 * Prints rule messages in one language as a reader meets them: one per message id
 * first, then others at random up to 50, judged over the corpus's real names on
 * dates across every period. For reviewing the wording:
 * `npx tsx scripts/sample-messages.ts vi` (or `en`).
 */
import '../src/history.js';
import { validate, type Lang } from '../src/index.js';
import { readFixtureCsv } from '../test/csv.js';

const lang: Lang = process.argv[2] === 'en' ? 'en' : 'vi';
const DATES = ['2014-05-01', '2020-06-25', '2023-03-01', '2025-09-01', '2026-11-28'];
const EXTRA = ['gov.vn', 'syt--lc.laichau.gov.vn', 'http://a@b.gov.vn/x', 'xn--lichau-3nf.gov.vn', 'l\u00e0ichau.gov.vn', 'a..b', '1.2.3.4', 'ab--c.gov.vn'];

const seen = new Map<string, string>();
function add(name: string, options: Parameters<typeof validate>[1]): void {
  for (const i of validate(name, options).issues) {
    const line = `${i.ruleId}/${i.messageId} :: ${i.message}${i.citation ? ` [${i.citation.instrument} ${i.citation.article}]` : ''}`;
    if (!seen.has(line)) seen.set(line, `${i.ruleId}/${i.messageId}`);
  }
}
for (const asOf of DATES) {
  for (const row of readFixtureCsv('domains.csv')) {
    add(row.domain!, { asOf, lang });
    add(row.domain!, { asOf, lang, agency: row.entity_name_vi, province: row.province || undefined });
  }
}
for (const name of EXTRA) add(name, { asOf: '2020-06-25', lang });

const lines = [...seen.keys()];
const firstOfEach = new Map<string, string>();
for (const [line, id] of seen) if (!firstOfEach.has(id)) firstOfEach.set(id, line);
const pick = [...firstOfEach.values()];
let seed = 7;
const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
while (pick.length < 50 && pick.length < lines.length) {
  const line = lines[Math.floor(next() * lines.length)]!;
  if (!pick.includes(line)) pick.push(line);
}
console.log(pick.join('\n'));

// Rates of test/fixtures/domains-expected.csv as the engine judges it today; --status prints
// each row's status (ok / known-failure) in file order, -v the rows it gets wrong.
import '../src/history.js';
import { validate } from '../src/index.js';
import { judged, readCorpus } from '../test/corpus-expected.js';
const { expectations } = readCorpus();
let full = 0, verdict = 0;
const out: string[] = [];
for (const e of expectations) {
  const g = judged(validate(e.domain, { asOf: e.asOf, agency: e.agency, province: e.province }));
  const ok = g.verdict === e.expected.verdict && g.kind === e.expected.kind && g.province === e.expected.province && g.suggestion === e.expected.suggestion;
  if (ok) full++;
  if (g.verdict === e.expected.verdict) verdict++;
  out.push(ok ? 'ok' : 'known-failure');
  if (!ok && process.argv[2] === '-v') console.error(e.domain, '|', e.agency, e.asOf, JSON.stringify(e.expected), '→', JSON.stringify(g));
}
if (process.argv[2] === '--status') console.log(out.join('\n'));
else console.log(`domains-expected: ${full}/${expectations.length} fully right, verdict ${verdict}/${expectations.length}`);

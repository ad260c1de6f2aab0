// Rows of a real-sites fixture the engine gets wrong today, one line each:
// what was expected and what the engine said, field by field.
//   npx tsx scripts/corpus-failures.ts [real-sites.csv|real-sites-holdout.csv] [kind]
import '../src/history.js';
import { validate } from '../src/index.js';
import { judged } from '../test/corpus-expected.js';
import { optionsOf, readRealSites } from '../test/real-sites.js';

const [file = 'real-sites.csv', kind] = process.argv.slice(2);
for (const row of readRealSites(file)) {
  const e = row.expected;
  if (kind && e.kind !== kind) continue;
  const got = judged(validate(row.domain, optionsOf(row)));
  const diffs: string[] = [];
  for (const k of ['verdict', 'kind', 'province', 'suggestion'] as const) {
    if (got[k] !== e[k]) diffs.push(`${k}: want ${JSON.stringify(e[k])} got ${JSON.stringify(got[k])}`);
  }
  if (diffs.length) console.log(`${row.domain} | ${row.agency} | ${row.asOf} | ${e.kind}\n    ${diffs.join('; ')}`);
}

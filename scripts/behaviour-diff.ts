/**
 * Compares two outputs of `scripts/behaviour-snapshot.ts` line by line and counts
 * the differences by what changed (a finding added or removed by rule/message, the
 * verdict, the entity, the suggestions, a message's wording), with a few examples
 * of each. Exit code 1 when anything differs.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  console.error('usage: tsx scripts/behaviour-diff.ts before.jsonl after.jsonl');
  process.exit(2);
}

interface Issue {
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  citation?: unknown;
}
interface Line {
  case?: unknown;
  result?: { verdict: string; entity: unknown; issues: Issue[]; suggestions: string[]; hostname: string | null };
  suggest?: string;
  names?: string[];
  thrown?: string;
}

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
function note(kind: string, example: string): void {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const list = examples.get(kind) ?? [];
  if (list.length < 3) list.push(example);
  examples.set(kind, list);
}

const key = (i: Issue) => `${i.ruleId}/${i.messageId}`;

function compare(a: Line, b: Line, n: number): void {
  const label = `#${n} ${JSON.stringify(a.case ?? { suggest: a.suggest })}`;
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (JSON.stringify(a.case) !== JSON.stringify(b.case) || a.suggest !== b.suggest) {
    note('different inputs (snapshots not comparable)', label);
    return;
  }
  if (a.thrown !== b.thrown) note('thrown', `${label}: ${a.thrown} → ${b.thrown}`);
  if (a.names || b.names) {
    note('suggest()', `${label}: ${JSON.stringify(a.names)} → ${JSON.stringify(b.names)}`);
    return;
  }
  const ra = a.result;
  const rb = b.result;
  if (!ra || !rb) return;
  if (ra.verdict !== rb.verdict) note(`verdict ${ra.verdict} → ${rb.verdict}`, label);
  if (JSON.stringify(ra.entity) !== JSON.stringify(rb.entity)) note('entity', `${label}: ${JSON.stringify(ra.entity)} → ${JSON.stringify(rb.entity)}`);
  if (JSON.stringify(ra.suggestions) !== JSON.stringify(rb.suggestions)) note('suggestions', `${label}: ${JSON.stringify(ra.suggestions)} → ${JSON.stringify(rb.suggestions)}`);
  const ka = ra.issues.map(key);
  const kb = rb.issues.map(key);
  for (const k of ka) if (!kb.includes(k)) note(`finding removed ${k}`, label);
  for (const k of kb) if (!ka.includes(k)) note(`finding added ${k}`, label);
  if (ka.join() === kb.join()) {
    ra.issues.forEach((ia, i) => {
      const ib = rb.issues[i]!;
      if (ia.severity !== ib.severity) note(`severity ${key(ia)}`, label);
      if (ia.message !== ib.message) note(`message ${key(ia)}`, `${label}: ${ia.message} → ${ib.message}`);
      if (JSON.stringify(ia.citation) !== JSON.stringify(ib.citation)) note(`citation ${key(ia)}`, `${label}: ${JSON.stringify(ia.citation)} → ${JSON.stringify(ib.citation)}`);
      if (JSON.stringify(ia) !== JSON.stringify(ib) && ia.message === ib.message && ia.severity === ib.severity) note(`issue fields ${key(ia)}`, `${label}: ${JSON.stringify(ia)} → ${JSON.stringify(ib)}`);
    });
  } else if (ka.slice().sort().join() === kb.slice().sort().join()) note('finding order', label);
}

const lines = (p: string) => createInterface({ input: createReadStream(p), crlfDelay: Infinity })[Symbol.asyncIterator]();
const ia = lines(beforePath);
const ib = lines(afterPath);
let n = 0;
let total = 0;
let differing = 0;
for (;;) {
  const [x, y] = await Promise.all([ia.next(), ib.next()]);
  if (x.done && y.done) break;
  n++;
  if (x.done || y.done) {
    note('line counts differ', `at line ${n}`);
    break;
  }
  total++;
  if (x.value !== y.value) {
    differing++;
    compare(JSON.parse(x.value) as Line, JSON.parse(y.value) as Line, n);
  }
}
console.log(`${total} lines compared, ${differing} differ`);
for (const [kind, count] of [...counts].sort((p, q) => q[1] - p[1])) {
  console.log(`${String(count).padStart(7)}  ${kind}`);
  for (const e of examples.get(kind)!) console.log(`           ${e.slice(0, 400)}`);
}
process.exit(differing === 0 ? 0 : 1);

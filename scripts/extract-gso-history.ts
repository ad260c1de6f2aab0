/**
 * Writes scripts/data/gso-snapshots.json: the GSO list of units at each date it changed
 * from 2018-10-16 (the map in force on 2019-01-01) to 2022-04-10, as differences from the
 * next newer snapshot down to the dvhcvn-20221001 package the generator already reads;
 * and three lists between the package snapshots (2023-04-10, 2024-02-01, 2024-09-01), each as its
 * difference from the package snapshot before it.
 *
 * Run by hand, with local clones of the two public repositories that published the GSO
 * list over time (GPL-3.0; only facts are taken: codes, names, parents, dates, the
 * resolutions' numbers and titles):
 *
 *   npx tsx scripts/extract-gso-history.ts <dvhcvn-historical-data git dir> <dvhcvn git dir>
 *
 * The historical repository has one commit per day the GSO list changed, dated that day
 * and titled with the resolutions that took effect then: those snapshots are exact. The
 * others (2021-11-01, 2022-04-10 and the three between the packages) are the list as
 * published on its data date, which may hold changes of earlier days: those are
 * brackets. See docs/data.md.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { clean } from './units/common.js';
import { type FlatRow, packageRows, rowKey, rowText } from './units/gso-history.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'scripts/data/gso-snapshots.json';
/** The latest snapshot before 2019-01-01: the map on that day. */
const FIRST_DAY = '2018-10-16';
const LAST_EXACT_DAY = '2021-07-01';
/** Commits of the other repository whose data/dvhcvn.json is the list between 2021-07-01 and 2022-10-01. */
const LATER = [
  { commit: '8c9bf72', date: '2021-11-01' },
  { commit: 'ef2504e', date: '2022-04-10' },
] as const;
/** Its lists between the package snapshots, each kept as its difference from the package snapshot before it. */
const BETWEEN = [
  { commit: '9ce1ab5', date: '2023-04-10', base: 'dvhcvn-20221001' },
  { commit: 'ed528e7', date: '2024-02-01', base: 'dvhcvn-20221001' },
  { commit: 'f3d30bd', date: '2024-09-01', base: 'dvhcvn-20240501' },
] as const;
// Not the list of 2025-01-01 (commit 39a8c06): published six weeks ahead, it still has
// Thành phố Huế as a district of Thừa Thiên Huế on the day the province became Thành phố Huế.


interface GsoUnit {
  level1_id?: string;
  level2_id?: string;
  level3_id?: string;
  name: string;
  level2s?: GsoUnit[];
  level3s?: GsoUnit[];
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

function flatGso(level1s: GsoUnit[]): FlatRow[] {
  const rows: FlatRow[] = [];
  for (const p of level1s) {
    rows.push({ level: 1, code: p.level1_id!, parent: '', name: clean(p.name) });
    for (const d of p.level2s ?? []) {
      rows.push({ level: 2, code: d.level2_id!, parent: p.level1_id!, name: clean(d.name) });
      for (const c of d.level3s ?? []) rows.push({ level: 3, code: c.level3_id!, parent: d.level2_id!, name: clean(c.name) });
    }
  }
  return rows;
}

/** What `older` has that `newer` has not (added), and the keys of `newer` it lacks or has otherwise (removed). */
function delta(newer: readonly FlatRow[], older: readonly FlatRow[]): { removed: string[]; added: string[] } {
  const n = new Map(newer.map((r) => [rowKey(r), rowText(r)]));
  const o = new Map(older.map((r) => [rowKey(r), rowText(r)]));
  if (n.size !== newer.length || o.size !== older.length) throw new Error('a code occurs twice in one snapshot');
  const removed = [...n].filter(([k, t]) => o.get(k) !== t).map(([k]) => k);
  const added = [...o].filter(([k, t]) => n.get(k) !== t).map(([, t]) => t);
  return { removed, added };
}

function main(): void {
  const [historyDir, mainDir] = process.argv.slice(2);
  if (!historyDir || !mainDir) throw new Error('usage: extract-gso-history.ts <dvhcvn-historical-data git dir> <dvhcvn git dir>');
  const require = createRequire(`${root}package.json`);
  let newer = packageRows((require('dvhcvn-20221001') as { level1s: unknown }).level1s, 'dvhcvn-20221001');

  const snaps: { date: string; exact: boolean; source: string; resolutions: string[]; rows: FlatRow[] }[] = [];
  for (const l of [...LATER].reverse()) {
    const doc = JSON.parse(git(mainDir, ['show', `${l.commit}:data/dvhcvn.json`])) as { data: GsoUnit[]; data_date: string };
    snaps.push({ date: l.date, exact: false, source: `dvhcvn data/dvhcvn.json at commit ${l.commit} (GSO data date ${doc.data_date})`, resolutions: [], rows: flatGso(doc.data) });
  }
  // Newest first; the first commit of a day is the last made for it (a rerun fixed 2020-06-01).
  const log = git(historyDir, ['log', '--format=%h %ad %s', '--date=short', '--', 'data.json']).trim().split('\n');
  const seen = new Set<string>();
  for (const line of log) {
    const [hash, date] = line.split(' ', 2) as [string, string];
    if (date > LAST_EXACT_DAY || date < FIRST_DAY || seen.has(date)) continue;
    seen.add(date);
    // Every commit of the day names the resolutions in force from it, but a rerun's does not.
    const resolutions = log
      .filter((l) => l.split(' ', 2)[1] === date)
      .map((l) => l.split(' ').slice(2).join(' '))
      .filter((subject) => /UBTVQH/.test(subject))
      .flatMap((subject) => subject.split(/;\s*/))
      .map((r) => clean(r))
      .filter((r) => r.length > 0);
    const doc = JSON.parse(git(historyDir, ['show', `${hash}:data.json`])) as GsoUnit[];
    snaps.push({ date, exact: true, source: `dvhcvn-historical-data data.json at commit ${hash}`, resolutions: [...new Set(resolutions)], rows: flatGso(doc) });
  }

  const out = [];
  for (const s of snaps) {
    const d = delta(newer, s.rows);
    out.push({ date: s.date, exact: s.exact, source: s.source, resolutions: s.resolutions, removed: d.removed, added: d.added });
    newer = s.rows;
  }
  const between = BETWEEN.map((b) => {
    const doc = JSON.parse(git(mainDir, ['show', `${b.commit}:data/dvhcvn.json`])) as { data: GsoUnit[]; data_date: string };
    const base = packageRows((require(b.base) as { level1s: unknown }).level1s, b.base);
    const d = delta(base, flatGso(doc.data));
    return { date: b.date, base: b.base, source: `dvhcvn data/dvhcvn.json at commit ${b.commit} (GSO data date ${doc.data_date})`, removed: d.removed, added: d.added };
  });
  const doc = {
    source: [
      'The General Statistics Office list of administrative units (danhmuchanhchinh.gso.gov.vn) at each date it changed from 2018-10-16 to 2022-04-10, as published over time in two public repositories (dvhcvn and dvhcvn-historical-data, GPL-3.0). Facts only: codes, names, parents, dates and the resolutions in force on a date.',
      'Written by scripts/extract-gso-history.ts; do not edit by hand. Each snapshot is given as its difference from the snapshot before it in this list (the first: from the dvhcvn-20221001 package).',
      'Rows: "<level> <code> <parent code> <full name>" (level 1 province, 2 district, 3 commune; a province has parent "-"); removed: "<level> <code>" of the newer snapshot that this one lacks or has otherwise.',
      'exact: true when the snapshot is dated the day its changes took effect (one snapshot per change day); false when it is the list as published on its data date, which may hold changes of earlier days.',
      'between: the lists of 2023-04-10, 2024-02-01 and 2024-09-01 from the same repository (lists as published on their data date, not exact), each as its difference from the package snapshot named in base.',
    ],
    base: 'dvhcvn-20221001',
    snapshots: out,
    between,
  };
  writeFileSync(`${root}${OUT}`, `${JSON.stringify(doc, null, 1)}\n`);
  for (const b of between) console.log(`  ${b.date} (from ${b.base}): +${b.added.length} -${b.removed.length}`);
  console.log(`wrote ${OUT}: ${out.length} snapshots, ${out.reduce((n, s) => n + s.added.length, 0)} rows added, ${out.reduce((n, s) => n + s.removed.length, 0)} removed`);
  for (const s of out) console.log(`  ${s.date}${s.exact ? '' : ' (bracket)'}: +${s.added.length} -${s.removed.length}`);
}

main();

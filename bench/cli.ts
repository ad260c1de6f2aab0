/**
 * The command line against a baseline, in the same run: a 1,000,000-line file
 * through `govvn check --file … --format ndjson`, against bench/baseline.mjs
 * (read, tldts.parse, write the contract's shape); wall time and peak RSS of
 * both; the cold start of one `govvn check` against `node -e 0`; and how the
 * time for one hostile name grows with its length (it must be linear).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from '../src/index.js';
import { buildCorpus } from './corpus.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const rss = join(root, 'bench/rss.mjs');
const LINES = Number(process.env.GOVVN_BENCH_LINES ?? 1_000_000);
const ASOF = '2020-06-25';

interface Run {
  wallMs: number;
  maxRssMb: number;
  status: number | null;
}

function timed(args: string[]): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rss, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'ignore', 'pipe'] });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /GOVVN_BENCH_MAXRSS_KB (\d+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`no RSS figure from ${args.join(' ')}: ${r.stderr?.slice(0, 500)}`);
  return { wallMs, maxRssMb: Number(m[1]) / 1024, status: r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'govvn-bench-'));
try {
  const file = join(dir, 'names.txt');
  const corpus = buildCorpus(Math.min(LINES, 200_000)).map((c) => c.name);
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) lines.push(corpus[i % corpus.length]!);
  writeFileSync(file, `${lines.join('\n')}\n`);

  const govvn = timed([cli, 'check', '--file', file, '--input', 'txt', '--format', 'ndjson', '--as-of', ASOF, '--fail-on', 'never']);
  const base = timed([join(root, 'bench/baseline.mjs'), file, ASOF]);
  console.log(`## CLI over ${LINES.toLocaleString('en-US')} lines (node ${process.version})\n`);
  console.log('| | wall time | peak RSS |');
  console.log('|---|---:|---:|');
  console.log(`| baseline (read, tldts.parse, write) | ${(base.wallMs / 1000).toFixed(2)} s | ${base.maxRssMb.toFixed(0)} MB |`);
  console.log(`| govvn check --format ndjson | ${(govvn.wallMs / 1000).toFixed(2)} s | ${govvn.maxRssMb.toFixed(0)} MB |`);
  console.log(`| ratio | ${(govvn.wallMs / base.wallMs).toFixed(2)} × | |`);
  if (govvn.status !== 0) console.log(`(govvn exited ${govvn.status})`);

  const cold: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 20; i++) {
    cold.push(timed([cli, 'check', '--as-of', ASOF, 'laichau.gov.vn']).wallMs);
    bare.push(timed(['-e', '0']).wallMs);
  }
  console.log('\n## Cold start (median of 20)\n');
  console.log('| | wall time |');
  console.log('|---|---:|');
  console.log(`| node -e 0 | ${median(bare).toFixed(0)} ms |`);
  console.log(`| govvn check laichau.gov.vn | ${median(cold).toFixed(0)} ms |`);
  console.log(`| ratio | ${(median(cold) / median(bare)).toFixed(2)} × |`);

  console.log('\n## One hostile name, by length (must grow linearly)\n');
  console.log('| characters | ms | µs per 1,000 characters |');
  console.log('|---:|---:|---:|');
  for (const n of [10_000, 100_000, 1_000_000]) {
    const input = `http://${'a.'.repeat(n / 4)}${'\u00ad'.repeat(n / 2)}.gov.vn`;
    validate(input, { asOf: ASOF });
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      validate(input, { asOf: ASOF });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const ms = median(times);
    console.log(`| ${n.toLocaleString('en-US')} | ${ms.toFixed(2)} | ${((ms * 1000) / (n / 1000)).toFixed(1)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

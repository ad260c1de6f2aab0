/**
 * The command line against the same-record baseline, in the same run: a
 * 1,000,000-line file through `govvn check --file … --format ndjson -o FILE`,
 * against bench/same-record.mjs (read, tldts.parse, write govvn's own record for
 * each line to a file; the time it takes to load those records is taken off its
 * wall time), rounds taken in turn, medians of wall time and peak RSS;
 * the two outputs are compared byte for byte. Then the cold start of one
 * `govvn check` against `node -e 0`, and how the time for one hostile name grows
 * with its length (it must be linear). Runs the built package (dist/).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import '../dist/history.js';
import { validate } from '../dist/index.js';
import { buildCorpus } from './corpus.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const rss = join(root, 'bench/rss.mjs');
const LINES = Number(process.env.GOVVN_BENCH_LINES ?? 1_000_000);
const ROUNDS = Number(process.env.GOVVN_BENCH_CLI_ROUNDS ?? 3);
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
  // The baseline's loading of the records it writes is set-up, not the job.
  const setup = /GOVVN_BENCH_SETUP_MS ([\d.]+)/.exec(r.stderr ?? '');
  return { wallMs: wallMs - (setup ? Number(setup[1]) : 0), maxRssMb: Number(m[1]) / 1024, status: r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export interface CliFigures {
  lines: number;
  rounds: number;
  govvn: { wallMs: number; maxRssMb: number };
  baseline: { wallMs: number; maxRssMb: number };
  /** govvn's output and the baseline's are the same bytes. */
  sameOutput: boolean;
  cold: { nodeMs: number; govvnMs: number };
  hostile: Array<{ chars: number; ms: number }>;
}

export function runCli(): CliFigures {
  const dir = mkdtempSync(join(tmpdir(), 'govvn-bench-'));
  try {
    const file = join(dir, 'names.txt');
    const corpus = buildCorpus(Math.min(LINES, 200_000)).map((c) => c.name);
    const lines: string[] = [];
    for (let i = 0; i < LINES; i++) lines.push(corpus[i % corpus.length]!);
    writeFileSync(file, `${lines.join('\n')}\n`);
    // govvn's own record for each distinct line, for the baseline to write.
    const records: Record<string, unknown> = {};
    for (const name of new Set(lines)) records[name] = validate(name, { asOf: ASOF });
    const recordsFile = join(dir, 'records.json');
    writeFileSync(recordsFile, JSON.stringify(records));

    const govvnOut = join(dir, 'govvn.ndjson');
    const baseOut = join(dir, 'baseline.ndjson');
    const govvn: Run[] = [];
    const base: Run[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      govvn.push(timed([cli, 'check', '--file', file, '--input', 'txt', '--format', 'ndjson', '--as-of', ASOF, '--fail-on', 'never', '-o', govvnOut]));
      base.push(timed([join(root, 'bench/same-record.mjs'), file, recordsFile, baseOut]));
    }
    const sameOutput = readFileSync(govvnOut).equals(readFileSync(baseOut));
    if (govvn.some((g) => g.status !== 0)) throw new Error(`govvn check exited ${govvn.map((g) => g.status).join(', ')}`);

    const cold: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < 20; i++) {
      cold.push(timed([cli, 'check', '--as-of', ASOF, 'laichau.gov.vn']).wallMs);
      bare.push(timed(['-e', '0']).wallMs);
    }

    const hostile: Array<{ chars: number; ms: number }> = [];
    for (const n of [10_000, 100_000, 1_000_000]) {
      const input = `http://${'a.'.repeat(n / 4)}${'\u00ad'.repeat(n / 2)}.gov.vn`;
      validate(input, { asOf: ASOF });
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = process.hrtime.bigint();
        validate(input, { asOf: ASOF });
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      hostile.push({ chars: n, ms: median(times) });
    }
    return {
      lines: LINES,
      rounds: ROUNDS,
      govvn: { wallMs: median(govvn.map((g) => g.wallMs)), maxRssMb: median(govvn.map((g) => g.maxRssMb)) },
      baseline: { wallMs: median(base.map((g) => g.wallMs)), maxRssMb: median(base.map((g) => g.maxRssMb)) },
      sameOutput,
      cold: { nodeMs: median(bare), govvnMs: median(cold) },
      hostile,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printCli(f: CliFigures): void {
  console.log(`## CLI over ${f.lines.toLocaleString('en-US')} lines (median of ${f.rounds} rounds taken in turn)\n`);
  console.log('| | wall time | peak RSS |');
  console.log('|---|---:|---:|');
  console.log(`| same-record baseline (read, tldts.parse, write govvn's record) | ${(f.baseline.wallMs / 1000).toFixed(2)} s | ${f.baseline.maxRssMb.toFixed(0)} MB |`);
  console.log(`| govvn check --format ndjson -o FILE | ${(f.govvn.wallMs / 1000).toFixed(2)} s | ${f.govvn.maxRssMb.toFixed(0)} MB |`);
  console.log(`| ratio | ${(f.govvn.wallMs / f.baseline.wallMs).toFixed(2)} × | |`);
  console.log(`\nThe two outputs are ${f.sameOutput ? 'the same bytes' : 'NOT the same bytes'}.`);
  console.log('\n## Cold start (median of 20, taken in turn)\n');
  console.log('| | wall time |');
  console.log('|---|---:|');
  console.log(`| node -e 0 | ${f.cold.nodeMs.toFixed(0)} ms |`);
  console.log(`| govvn check laichau.gov.vn | ${f.cold.govvnMs.toFixed(0)} ms |`);
  console.log(`| ratio | ${(f.cold.govvnMs / f.cold.nodeMs).toFixed(2)} × |`);
  console.log('\n## One hostile name, by length (must grow linearly)\n');
  console.log('| characters | ms | µs per 1,000 characters |');
  console.log('|---:|---:|---:|');
  for (const h of f.hostile) console.log(`| ${h.chars.toLocaleString('en-US')} | ${h.ms.toFixed(2)} | ${((h.ms * 1000) / (h.chars / 1000)).toFixed(1)} |`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) printCli(runCli());

/**
 * `govvn check --live` on 1,000 names against servers on the loopback addresses
 * (a DNS server, HTTP and HTTPS on 127.0.0.1 and ::1; test/helpers/live-servers.ts),
 * at concurrency 16, once per format: wall time, the program's peak RSS, and the
 * rows written, which must be one per name. Nothing leaves the machine.
 *
 *   npm run bench:live          (GOVVN_BENCH_LIVE_NAMES=… for another count)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { startDns, startWeb, type Zone } from '../test/helpers/live-servers.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const rss = join(root, 'bench/rss.mjs');
const ca = join(root, 'test/fixtures/live/ca.pem');
const NAMES = Number(process.env.GOVVN_BENCH_LIVE_NAMES ?? 1000);
const CONCURRENCY = 16;
/** Peak RSS the issue allows a run of 1,000 names. */
const RSS_LIMIT_MB = 150;

/** Every name in its own shape: most in good order, some IPv4 only, some missing, some redirecting to the province. */
function zones(): { names: string[]; table: Record<string, Zone> } {
  const names: string[] = [];
  const table: Record<string, Zone> = { 'laichau.gov.vn': { a: ['127.0.0.1'], aaaa: ['::1'] } };
  for (let i = 1; i <= NAMES; i++) {
    const name = `xa${String(i).padStart(4, '0')}.laichau.gov.vn`;
    names.push(name);
    const shape = i % 10;
    if (shape === 0) continue; // not in the DNS
    table[name] = shape === 1 ? { a: ['127.0.0.1'] } : { a: ['127.0.0.1'], aaaa: ['::1'] };
  }
  return { names, table };
}

interface Run {
  format: string;
  wallMs: number;
  maxRssMb: number;
  rows: number;
  status: number | null;
}

/** Rows written for names, read from each format's own shape. */
function rowsIn(format: string, file: string): number {
  if (format === 'xlsx') {
    const sheet = strFromU8(unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml']!);
    return (sheet.match(/<row /g) ?? []).length - 1;
  }
  const text = readFileSync(file, 'utf8');
  switch (format) {
    case 'json':
      return (JSON.parse(text) as unknown[]).length;
    case 'ndjson':
      return text.split('\n').filter((l) => l !== '').length;
    case 'csv':
      return text.split('\n').filter((l) => l !== '').length - 1;
    case 'text':
      // Rows start at the margin; findings and the live facts are indented; the first line holds the titles.
      return text.split('\n').filter((l) => l !== '' && !l.startsWith(' ')).length - 1;
    case 'markdown':
      return text.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length;
    case 'sarif':
      // SARIF lists the failing rows as results; the run's properties count every row checked.
      return (JSON.parse(text) as { runs: Array<{ properties: { rowsChecked: number } }> }).runs[0]!.properties.rowsChecked;
    case 'junit':
      return (text.match(/<testcase /g) ?? []).length;
    default:
      throw new Error(format);
  }
}

function runCli(args: string[]): Promise<{ wallMs: number; maxRssMb: number; status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    // Spawned, not spawnSync: the servers answer from this process's event loop.
    const child = spawn(process.execPath, ['--import', rss, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const m = /GOVVN_BENCH_MAXRSS_KB (\d+)/.exec(stderr);
      if (!m) return reject(new Error(`no RSS figure: ${stderr.slice(0, 500)}`));
      resolve({ wallMs, maxRssMb: Number(m[1]) / 1024, status, stderr });
    });
  });
}

async function main(): Promise<void> {
  const { names, table } = zones();
  const dns = await startDns(table);
  const web = await startWeb((req, res) => {
    // Every fifth name hands visitors on to the province's portal.
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const n = Number(/^xa(\d+)\./.exec(host)?.[1] ?? 0);
    if (n % 5 === 2) {
      res.writeHead(301, { location: 'https://laichau.gov.vn/' });
      res.end();
      return;
    }
    res.end('ok');
  });
  const dir = mkdtempSync(join(tmpdir(), 'govvn-bench-live-'));
  const input = join(dir, 'names.txt');
  writeFileSync(input, `${names.join('\n')}\n`);
  const formats = ['ndjson', 'json', 'text', 'csv', 'markdown', 'sarif', 'junit', 'xlsx'];
  const runs: Run[] = [];
  try {
    for (const format of formats) {
      const out = join(dir, `out.${format}`);
      console.error(`bench: ${format}…`);
      const r = await runCli([
        'check', '--live', '--concurrency', String(CONCURRENCY), '--timeout', '5000',
        '--dns-server', dns.v4, '--https-port', String(web.httpsPort), '--http-port', String(web.httpPort), '--ca', ca,
        '--as-of', '2026-08-01', '--province', 'Lai Châu', '--fail-on', 'never',
        '--file', input, '--format', format, '-o', out,
      ]);
      if (r.status !== 0) throw new Error(`${format}: exit ${r.status}: ${r.stderr.slice(0, 500)}`);
      runs.push({ format, wallMs: r.wallMs, maxRssMb: r.maxRssMb, rows: rowsIn(format, out), status: r.status });
    }
  } finally {
    await Promise.all([dns.close(), web.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`govvn check --live: ${NAMES} names, concurrency ${CONCURRENCY}, loopback DNS/HTTP/HTTPS servers (Node ${process.version})`);
  console.log('format    wall s   names/s   peak RSS MB   rows out');
  for (const r of runs) {
    console.log(`${r.format.padEnd(9)} ${(r.wallMs / 1000).toFixed(2).padStart(6)}   ${((NAMES * 1000) / r.wallMs).toFixed(0).padStart(7)}   ${r.maxRssMb.toFixed(1).padStart(11)}   ${String(r.rows).padStart(8)}`);
  }
  const bad = runs.filter((r) => r.rows !== NAMES || r.maxRssMb >= RSS_LIMIT_MB);
  if (bad.length > 0) {
    console.error(`FAILED: ${bad.map((r) => `${r.format} (${r.rows} rows, ${r.maxRssMb.toFixed(1)} MB)`).join(', ')}; want ${NAMES} rows and under ${RSS_LIMIT_MB} MB`);
    process.exitCode = 1;
  }
}

await main();

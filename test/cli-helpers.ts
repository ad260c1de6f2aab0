/** Shared by the test/cli-*.test.ts files: the command in-process with memory streams, and the built command as a program. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CSV_DIALECT, RecordSplitter } from '../src/cli/input/record-splitter.js';
import { run } from '../src/cli/main.js';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const cli = `${root}dist/cli.js`;
export const fixtures = `${root}test/fixtures/`;

export interface Ran {
  code: number;
  out: string;
  err: string;
}

/** Runs the command line in this process; stdin is the given text or bytes, given in chunks of `chunk` bytes. */
export async function runIn(
  argv: string[],
  opts: { stdin?: string | Uint8Array; chunk?: number; cwd?: string; env?: Record<string, string>; tty?: boolean; errTty?: boolean } = {},
): Promise<Ran> {
  let out = '';
  let err = '';
  const bytes = typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : opts.stdin;
  async function* stdin(): AsyncGenerator<Uint8Array> {
    if (!bytes) return;
    const size = opts.chunk ?? 65536;
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  const code = await run(argv, {
    stdout: { write: (t: string) => ((out += t), true), once: () => undefined, isTTY: opts.tty ?? false },
    stderr: { write: (t: string) => ((err += t), true), once: () => undefined, isTTY: opts.errTty ?? opts.tty ?? false },
    stdin: stdin(),
    env: opts.env ?? {},
    cwd: opts.cwd ?? root,
  });
  return { code, out, err };
}

/** Runs the built program (npm test builds it first). */
export function runCli(argv: string[], opts: SpawnSyncOptions & { input?: string | Uint8Array } = {}): Ran {
  // A developer's FORCE_COLOR would colour the text the tests read: the program gets the environment without it.
  const { FORCE_COLOR: _, ...env } = process.env;
  const r = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, env, ...opts });
  return { code: r.status ?? -1, out: String(r.stdout), err: String(r.stderr) };
}

/** Output CSV read back with the command's own reader (itself tested against hand-written records in cli-input.test.ts). */
export function parseCsv(text: string): string[][] {
  const splitter = new RecordSplitter(CSV_DIALECT);
  return [...splitter.push(new TextEncoder().encode(text)), ...splitter.end()].map((r) => r.cells);
}

import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/cli/formats/csv.js';
import { md } from '../src/cli/formats/markdown.js';
import { countLine } from '../src/cli/messages.js';
import { BatchWriter, Spool, visible, type OutStream } from '../src/cli/output.js';
import { runIn } from './cli-helpers.js';

/** A stream that records its writes and, when `full`, asks the writer to wait for 'drain'. */
function fakeStream(full = false) {
  const writes: string[] = [];
  let drain: (() => void) | null = null;
  const stream: OutStream = {
    write(chunk) {
      writes.push(String(chunk));
      return !full;
    },
    once(_event, listener) {
      drain = listener;
    },
  };
  return { stream, writes, drain: () => drain?.() };
}

describe('quoting and escaping', () => {
  it('csv cells are quoted only when they must be, quotes doubled', () => {
    expect(csvCell('laichau.gov.vn')).toBe('laichau.gov.vn');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
  });

  it('control characters, line separators and bidi overrides become visible escapes', () => {
    expect(visible('\x1b[31mred')).toBe('\\u001b[31mred');
    expect(visible('a\nb\u2028c\u202ed\u0085')).toBe('a\\u000ab\\u2028c\\u202ed\\u0085');
    expect(visible('Lai Châu')).toBe('Lai Châu');
  });

  it('markdown cells carry no markup, no HTML and no table break', () => {
    expect(md('a|b')).toBe('a\\|b');
    expect(md('<script>*x*</script>')).toBe('\\<script\\>\\*x\\*\\</script\\>');
    expect(md('[link](http://x)')).toBe('\\[link\\](http://x)');
    expect(md('line\nbreak')).toBe('line\\\\u000abreak');
  });

  it('counts are zero-padded as the inspection wrote them', () => {
    const t = '{n}/{total} ok';
    expect(countLine(t, 8, 9)).toBe('08/09 ok');
    expect(countLine(t, 8, 120)).toBe('008/120 ok');
    expect(countLine(t, 12, 12)).toBe('12/12 ok');
  });
});

describe('the batch writer', () => {
  it('hands the stream large pieces, not a write per row', async () => {
    const f = fakeStream();
    const w = new BatchWriter(f.stream, 1000);
    for (let i = 0; i < 500; i++) {
      w.write('0123456789\n');
      await w.maybeFlush();
    }
    await w.flush();
    expect(f.writes.join('')).toBe('0123456789\n'.repeat(500));
    expect(f.writes.length).toBeLessThanOrEqual(6);
  });

  it('encodes into pooled buffers, reusing one only after the stream is done with it; text too big for a buffer keeps its place', async () => {
    const seen: Uint8Array[] = [];
    const done: Array<() => void> = [];
    const stream: OutStream = {
      write(chunk, cb) {
        seen.push(chunk as Uint8Array);
        if (cb) done.push(() => cb());
        return true;
      },
      once: () => undefined,
    };
    const w = new BatchWriter(stream, 1000);
    w.write('Tân Uyên\n');
    await w.flush();
    w.write('Lai Châu\n');
    await w.flush();
    // The stream still holds the first buffer: the second batch went into another.
    expect(seen[1]!.buffer).not.toBe(seen[0]!.buffer);
    // Done with the first: it is the buffer after the one now filling.
    done.shift()!();
    w.write('Mường Tè\n');
    await w.flush();
    w.write('Sìn Hồ\n');
    await w.flush();
    expect(seen[2]!.buffer).not.toBe(seen[0]!.buffer);
    expect(seen[3]!.buffer).toBe(seen[0]!.buffer);
    expect(new TextDecoder().decode(seen[3])).toBe('Sìn Hồ\n');
    const big = 'é'.repeat(5000);
    w.write('a');
    w.write(big);
    w.write('b');
    await w.flush();
    expect(seen.slice(4).map((c) => (typeof c === 'string' ? c : new TextDecoder().decode(c))).join('')).toBe(`a${big}b`);
  });

  it('waits for drain when the stream is full', async () => {
    const f = fakeStream(true);
    const w = new BatchWriter(f.stream, 10);
    w.write('x'.repeat(20));
    let done = false;
    const p = w.maybeFlush().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    f.drain();
    await p;
    expect(done).toBe(true);
  });
});

describe('the spool', () => {
  it('keeps order across memory and its temporary file, then removes the file', async () => {
    const s = new Spool(100);
    const parts = Array.from({ length: 50 }, (_, i) => `part ${i} ${'é'.repeat(i)}\n`);
    for (const p of parts) s.append(p);
    const dir = (s as unknown as { dir: string | null }).dir;
    expect(dir?.startsWith(tmpdir())).toBe(true);
    const f = fakeStream();
    const w = new BatchWriter(f.stream);
    await s.copyTo(w);
    await w.flush();
    expect(f.writes.join('')).toBe(parts.join(''));
    expect(existsSync(dir!)).toBe(false);
  });
});

describe('the terminal', () => {
  const argv = ['check', '--as-of', '2020-06-25', 'huyentanuyen.gov.vn'];

  it('colours the verdict only on a terminal, and never with NO_COLOR', async () => {
    expect((await runIn(argv, { tty: true })).out).toContain('\x1b[31m');
    expect((await runIn(argv, { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\x1b[');
    expect((await runIn(argv)).out).not.toContain('\x1b[');
  });

  it('shows progress on a terminal’s stderr for a large input, and clears it; nothing otherwise', async () => {
    const names = Array.from({ length: 25_000 }, (_, i) => `x${i}.laichau.gov.vn`).join('\n');
    const tty = await runIn(['check', '-', '--as-of', '2020-06-25', '--format', 'ndjson'], { stdin: names, tty: true, chunk: 4096 });
    expect(tty.err).toBe('\rgovvn: đã xét 10.000 dòng\rgovvn: đã xét 20.000 dòng\r\x1b[2K');
    const piped = await runIn(['check', '-', '--as-of', '2020-06-25', '--format', 'ndjson'], { stdin: names, chunk: 4096 });
    expect(piped.err).toBe('');
    expect(piped.out.split('\n').filter(Boolean)).toHaveLength(25_000);
  });

  it('in-process, stdin split at every few bytes gives the same rows', async () => {
    const input = '\uFEFFdomain,agency\r\n"laichau.gov.vn","UBND tỉnh Lai Châu"\r\nhuyentanuyen.gov.vn,"UBND huyện\r\nTân Uyên"\r\n';
    const whole = await runIn(['check', '-', '--as-of', '2020-06-25', '--format', 'ndjson'], { stdin: input });
    for (const chunk of [1, 2, 3, 5, 8]) {
      expect((await runIn(['check', '-', '--as-of', '2020-06-25', '--format', 'ndjson'], { stdin: input, chunk })).out).toBe(whole.out);
    }
    expect(whole.out.trimEnd().split('\n').map((l) => JSON.parse(l).line)).toEqual([2, 3]);
  });
});

/** Where the command line writes, and how: in batches, waiting when the reader is slow. */
import { closeSync, createReadStream, createWriteStream, mkdtempSync, openSync, rmSync, writeSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './args.js';

export interface OutStream {
  /** `done` is called once the stream no longer needs the chunk (a stream may never call it). */
  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): boolean;
  once(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
}

/** About 64 KiB of text per system call. */
export const BATCH_CHARS = 64 * 1024;

/**
 * Collects output and hands it to the stream in large pieces: a write per row
 * would be a system call per row. Text is encoded as it comes straight into a
 * pooled buffer (no batch of strings joined, then encoded again); a buffer goes
 * back to the pool once the stream says it is done with it. When the stream's
 * buffer is full (a slow pipe), `flush` waits for 'drain', so a fast input
 * cannot pile output up in memory.
 */
export class BatchWriter {
  private buf: Buffer;
  private used = 0;
  /** Text that did not fit in the buffer: written after its bytes. */
  private overflow: string[] = [];
  private overflowChars = 0;
  private readonly pool: Buffer[] = [];

  constructor(
    private readonly stream: OutStream,
    private readonly limit = BATCH_CHARS,
  ) {
    this.buf = this.fresh();
  }

  /** Room for a full batch and the row that crosses the limit: UTF-8 takes at most 3 bytes per UTF-16 unit. */
  private fresh(): Buffer {
    return this.pool.pop() ?? Buffer.allocUnsafe(Math.max(4096, this.limit * 4));
  }

  write(text: string): void {
    if (this.overflowChars === 0 && text.length * 3 <= this.buf.length - this.used) {
      this.used += this.buf.write(text, this.used, 'utf8');
    } else {
      this.overflow.push(text);
      this.overflowChars += text.length;
    }
  }

  /** The batch is full: time to flush (asked per row, so that a row costs no promise). */
  get full(): boolean {
    return this.used + this.overflowChars >= this.limit;
  }

  /** Flushes once the batch is full. */
  async maybeFlush(): Promise<void> {
    if (this.full) await this.flush();
  }

  /** Bytes (a workbook) after what is batched. */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (!this.stream.write(bytes)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async flush(): Promise<void> {
    if (this.used === 0 && this.overflowChars === 0) return;
    let room = true;
    if (this.used > 0) {
      const full = this.buf;
      const bytes = full.subarray(0, this.used);
      this.buf = this.fresh();
      this.used = 0;
      room = this.stream.write(bytes, () => this.pool.push(full));
    }
    if (this.overflowChars > 0) {
      const text = this.overflow.join('');
      this.overflow = [];
      this.overflowChars = 0;
      room = this.stream.write(text) && room;
    }
    if (!room) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}

// Re-exported: the formats import it from its own module, which carries no Node built-in.
export { visible } from './visible.js';

/**
 * The report's file (-o): created at the first write, so a run stopped by a
 * usage error before any output leaves no file behind; a file that cannot be
 * written is a usage error, not a crash.
 */
export class FileOut implements OutStream {
  private stream: WriteStream | null = null;
  private error: NodeJS.ErrnoException | null = null;

  constructor(readonly path: string) {}

  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): boolean {
    this.check();
    if (this.stream === null) {
      let fd: number;
      try {
        fd = openSync(this.path, 'w');
      } catch (e) {
        throw this.failure(e as NodeJS.ErrnoException);
      }
      this.stream = createWriteStream('', { fd });
      this.stream.on('error', (e) => (this.error = e));
    }
    return done === undefined ? this.stream.write(chunk) : this.stream.write(chunk, done);
  }

  once(event: 'drain', listener: () => void): unknown {
    return this.stream?.once(event, listener);
  }

  /** Waits until every byte is on disk; a write that failed is reported here. */
  async close(): Promise<void> {
    const stream = this.stream;
    if (stream !== null) await new Promise<void>((resolve) => stream.end(resolve));
    this.check();
  }

  private check(): void {
    if (this.error !== null) throw this.failure(this.error);
  }

  private failure(e: NodeJS.ErrnoException): Error {
    return new UsageError({ id: 'cannot-write', data: { file: this.path, why: e.code ?? e.message } });
  }
}

/**
 * Text kept for the end of a report (the markdown's list of failing rows): in
 * memory up to a limit, then in a temporary file, so a report over a million
 * failing rows does not hold them all.
 */
export class Spool {
  private parts: string[] = [];
  private size = 0;
  private dir: string | null = null;
  private fd: number | null = null;

  constructor(private readonly memoryLimit = 1024 * 1024) {}

  append(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.memoryLimit) this.spill();
  }

  private spill(): void {
    if (this.fd === null) {
      this.dir = mkdtempSync(join(tmpdir(), 'govvn-'));
      this.fd = openSync(join(this.dir, 'spool'), 'w+');
    }
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }

  /** Writes everything kept, in order, then forgets it. */
  async copyTo(w: BatchWriter): Promise<void> {
    try {
      if (this.fd !== null) {
        this.spill();
        const stream = createReadStream('', { fd: this.fd, start: 0, encoding: 'utf8', autoClose: false });
        for await (const chunk of stream) {
          w.write(chunk as string);
          await w.maybeFlush();
        }
      }
      for (const p of this.parts) w.write(p);
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
    this.fd = null;
    this.dir = null;
    this.parts = [];
    this.size = 0;
  }
}

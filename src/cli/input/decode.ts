/**
 * The input's encoding, from its byte-order mark: UTF-8 (with or without one)
 * passes as it is; UTF-16, which Windows tools write as "Unicode", is turned
 * into UTF-8 before the splitter, chunk by chunk. What cannot be decoded stops
 * the run with a usage error that says what the file seems to be.
 */
import { UsageError } from '../args.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A converter of chunks to UTF-8: `push` each chunk, then `end` once. */
export interface ToUtf8 {
  push(chunk: Uint8Array): Uint8Array;
  end(): Uint8Array;
}

/** The encoding a file's first bytes declare, and how many bytes the mark takes. */
export function sniffEncoding(head: Uint8Array, name: string): { encoding: Encoding; bom: number } {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  // UTF-32's marks begin like UTF-16's: tested first.
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) {
    throw new UsageError({ id: 'utf32', data: { name } });
  }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (looksLikeUtf16(head)) {
    throw new UsageError({ id: 'utf16-no-bom', data: { name } });
  }
  return { encoding: 'utf-8', bom: 0 };
}

/**
 * UTF-16 of mostly Latin text has a zero in every other byte; UTF-8 text has
 * none. A third of the even or odd bytes of the first 512 being zero is taken
 * as UTF-16 (a stray NUL in a UTF-8 cell stays that cell's trouble).
 */
function looksLikeUtf16(head: Uint8Array): boolean {
  const n = Math.min(head.length, 512);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  return Math.max(even, odd) * 3 >= n / 2;
}

const PASS: ToUtf8 = { push: (chunk) => chunk, end: () => new Uint8Array(0) };

/** A streaming converter to UTF-8; UTF-8 passes untouched (its bad bytes are each row's trouble). */
export function toUtf8(encoding: Encoding, name: string): ToUtf8 {
  if (encoding === 'utf-8') return PASS;
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const encoder = new TextEncoder();
  let seen = 0;
  const fail = (): never => {
    throw new UsageError({ id: 'bad-encoding', data: { name, encoding: encoding.toUpperCase(), seen: String(seen) } });
  };
  return {
    push(chunk) {
      seen += chunk.length;
      try {
        return encoder.encode(decoder.decode(chunk, { stream: true }));
      } catch {
        return fail();
      }
    },
    end() {
      try {
        return encoder.encode(decoder.decode());
      } catch {
        return fail();
      }
    },
  };
}

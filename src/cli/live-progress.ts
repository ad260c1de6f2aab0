/**
 * A progress bar for a live run, on standard error and only on a terminal: a
 * long run shows it is alive, and a pipe or a JSON on standard output never sees it.
 */
import type { Lang } from '../result.js';
import type { OutStream } from './output.js';

const WIDTH = 24;
/** Redrawn at most this often: a fast run does not spend its time drawing. */
const EVERY_MS = 100;

const WORDS: Record<Lang, { checked: (done: number, total: number | null) => string }> = {
  vi: { checked: (done, total) => (total === null ? `đã kiểm tra trực tuyến ${done} tên miền` : `đã kiểm tra trực tuyến ${done}/${total} tên miền`) },
  en: { checked: (done, total) => (total === null ? `${done} names checked live` : `${done}/${total} names checked live`) },
};

/** The bar's text: filled in proportion when the total is known, else the count alone. */
export function progressLine(done: number, total: number | null, lang: Lang): string {
  const words = `govvn: ${WORDS[lang].checked(done, total)}`;
  if (total === null || total === 0) return words;
  const filled = Math.round((Math.min(done, total) / total) * WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${words}`;
}

export class LiveProgress {
  private done = 0;
  private last = 0;
  private shown = false;

  constructor(
    private readonly stderr: OutStream,
    private readonly total: number | null,
    private readonly lang: Lang,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** A name done; redrawn when enough time has passed, and at the last name. */
  tick(): void {
    this.done++;
    const now = this.clock();
    if (now - this.last < EVERY_MS && this.done !== this.total) return;
    this.last = now;
    this.stderr.write(`\r\x1b[2K${progressLine(this.done, this.total, this.lang)}`);
    this.shown = true;
  }

  /** Clears the bar so that what follows starts on a clean line. */
  clear(): void {
    if (this.shown) this.stderr.write('\r\x1b[2K');
  }
}

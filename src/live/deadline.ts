/** The time left for one name: every step takes what remains, so a name never runs over its time-out. */
export class Deadline {
  private readonly end: number;
  constructor(ms: number) {
    this.end = performance.now() + ms;
  }
  remaining(): number {
    return Math.max(0, Math.floor(this.end - performance.now()));
  }
  get passed(): boolean {
    return this.remaining() <= 0;
  }
}

/** An error that says the name's time ran out. */
export function timeoutError(): Error {
  return Object.assign(new Error('time-out'), { code: 'ERR_LIVE_TIMEOUT' });
}

/** Milliseconds since `start`, whole. */
export const since = (start: number): number => Math.round(performance.now() - start);

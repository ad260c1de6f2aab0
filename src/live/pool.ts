/**
 * Runs tasks with at most `limit` in flight and hands their results on in the
 * order they were given, holding at most a few windows of finished results:
 * memory stays bounded however long the input.
 */
export class OrderedPool<T> {
  private readonly queue: Array<{ settled: boolean; promise: Promise<T> }> = [];
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly limit: number,
    private readonly deliver: (result: T) => void | Promise<void>,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(limit)}`);
  }

  private async slot(): Promise<void> {
    while (this.running >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.running++;
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }

  /** Starts a task once a slot is free, then hands on every finished result at the head. Call it one task at a time. */
  async push(task: () => Promise<T>): Promise<void> {
    // Past a few windows of results, wait for the head: a slow name holds back the output, not the memory.
    while (this.queue.length >= this.limit * 4) await this.shift();
    await this.slot();
    const entry = { settled: false, promise: Promise.resolve() as Promise<T> };
    entry.promise = task().finally(() => {
      entry.settled = true;
      this.release();
    });
    // A rejection is handed on when its turn comes, not reported as unhandled now.
    entry.promise.catch(() => {});
    this.queue.push(entry);
    while (this.queue[0]?.settled) await this.shift();
  }

  private async shift(): Promise<void> {
    const head = this.queue.shift();
    if (head) await this.deliver(await head.promise);
  }

  /** Waits for every task and hands on the rest, in order. */
  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.shift();
  }
}

/** Every item run through `task`, at most `limit` at once; results in input order. */
export async function mapBounded<I, T>(items: Iterable<I>, limit: number, task: (item: I) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  const pool = new OrderedPool<T>(limit, (r) => {
    out.push(r);
  });
  for (const item of items) await pool.push(() => task(item));
  await pool.drain();
  return out;
}

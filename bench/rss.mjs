// Loaded with `node --import`: reports the process's peak resident set size on exit,
// so the benchmark measures the CLI and the baseline the same way.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nGOVVN_BENCH_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});

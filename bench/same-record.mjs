// The command line's job without the judging: read the file line by line, parse
// each name with tldts, and write govvn's own record for it (looked up from the
// records bench/cli.ts computed beforehand with the library) as one JSON line,
// in 64 KB batches, to a file. What is left between this and `govvn check` is
// the judging and whatever the command line does beyond the writing.
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'tldts';

const [file, recordsFile, outFile] = process.argv.slice(2);
// Loading the records is the harness's cost, not the job's: reported, and taken off the wall time.
const t0 = performance.now();
const records = new Map(Object.entries(JSON.parse(readFileSync(recordsFile, 'utf8'))));
process.stderr.write(`GOVVN_BENCH_SETUP_MS ${performance.now() - t0}\n`);
const out = createWriteStream(outFile);
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
let batch = '';
let n = 0;
let hosts = 0;
for await (const line of lines) {
  n++;
  hosts += parse(line, { extractHostname: true }).hostname?.length ?? 0;
  batch += `${JSON.stringify({ line: n, ...records.get(line) })}\n`;
  if (batch.length >= 65536) {
    if (!out.write(batch)) await new Promise((r) => out.once('drain', r));
    batch = '';
  }
}
out.end(batch);
await new Promise((r) => out.once('finish', r));
if (hosts < 0) console.log(hosts);

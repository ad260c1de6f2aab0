// The unavoidable cost of the CLI's job: read a file line by line, parse each name
// with tldts, and write a record of the result's shape (no findings), one JSON line
// each, in 64 KB batches.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'tldts';

const [file, asOf] = process.argv.slice(2);
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
let batch = '';
for await (const line of lines) {
  const parsed = parse(line, { extractHostname: true });
  batch += `${JSON.stringify({ input: line, hostname: parsed.hostname, verdict: 'compliant', asOf, entity: null, issues: [], suggestions: [] })}\n`;
  if (batch.length >= 65536) {
    if (!process.stdout.write(batch)) await new Promise((r) => process.stdout.once('drain', r));
    batch = '';
  }
}
process.stdout.write(batch);

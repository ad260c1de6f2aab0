/**
 * The inspection-style example of docs/live.md, made by the tool itself against
 * servers on the loopback addresses (test/helpers/live-servers.ts): each site of
 * examples/live-inspection-2026.csv is given the state the example shows. Nothing
 * leaves the machine. Prints the markdown report.
 *
 *   npx tsx scripts/live-example-report.ts --lang vi|en
 */
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/main.js';
import { startDns, startWeb } from '../test/helpers/live-servers.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const lang = process.argv.includes('en') ? 'en' : 'vi';

const both = { a: ['127.0.0.1'], aaaa: ['::1'] };
const dns = await startDns({
  'laichau.gov.vn': both,
  // The commune's new name answers over IPv4 only.
  'tanuyen.laichau.gov.vn': { a: ['127.0.0.1'] },
  'xatanuyen.gov.vn': both,
  'syt.laichau.gov.vn': both,
  'xaphongtho.gov.vn': both,
  // binhlu.laichau.gov.vn is not in the DNS.
});
const web = await startWeb(
  (req, res) => {
    // The old commune name hands visitors on; xaphongtho.gov.vn serves its own copy.
    if ((req.headers.host ?? '').startsWith('xatanuyen.')) {
      res.writeHead(301, { location: 'https://tanuyen.laichau.gov.vn/' });
      res.end();
      return;
    }
    res.end('ok');
  },
  {},
  (name) => (name === 'syt.laichau.gov.vn' ? 'expired' : 'valid'),
);
let out = '';
const sink = { write: (t: string | Uint8Array) => ((out += String(t)), true), once: () => undefined, isTTY: false };
try {
  await run(
    [
      'check', '--live', '--dns-server', dns.v4, '--https-port', String(web.httpsPort), '--http-port', String(web.httpPort),
      '--ca', 'test/fixtures/live/ca.pem', '--as-of', '2026-08-01', '--province', 'Lai Châu', '--lang', lang,
      '--file', 'examples/live-inspection-2026.csv', '--format', 'markdown',
    ],
    { stdout: sink, stderr: sink, stdin: (async function* () {})(), env: {}, cwd: root },
  );
} finally {
  await Promise.all([dns.close(), web.close()]);
}
process.stdout.write(out);

import { parse } from 'tldts';
import { parseHost } from '../src/host/index.ts';
const hosts = ['laichau.gov.vn','muongte.laichau.gov.vn','www.laichau.gov.vn','sotttt.laichau.gov.vn','example.com','a.b.c.d.e.f.gov.vn','vnexpress.net','thanhhoa.edu.vn'];
function bench(name: string, f: (h: string) => unknown) { let x = 0; for (let k=0;k<2e5;k++) f(hosts[k % hosts.length]!); const t0 = performance.now(); for (let k=0;k<1e6;k++) { const r = f(hosts[k % hosts.length]!); if (r) x++; } const dt = performance.now()-t0; console.log(name, (dt*1000/1e6).toFixed(3), 'us/op', x); }
bench('tldts.parse', (h) => parse(h));
bench('tldts.parse opts', (h) => parse(h, { extractHostname: false, validateHostname: false, detectIp: false }));
bench('parseHost', (h) => parseHost(h));
bench('parseHost slow (upper)', (h) => parseHost(h.toUpperCase()));
function t(name: string, s: string) { const t0 = performance.now(); const r = parseHost(s); console.log(name, (performance.now()-t0).toFixed(1)+'ms', r.problems.length, JSON.stringify(r.problems).slice(0, 200)); }
t('1MB a', 'a'.repeat(1e6));
t('1MB a.', 'a.'.repeat(5e5));
t('1MB _', '_'.repeat(1e6));
let s=''; for (let i=0;i<200000;i++) s += String.fromCodePoint(0x4e00 + (i % 20000)); t('200k CJK', s);
let lab=''; for (let i=0;i<250;i++) lab += String.fromCodePoint(0x4e00 + i); t('1MB of 250-distinct labels', (lab + '.').repeat(4000));
let lab2=''; for (let i=0;i<250;i++) lab2 += String.fromCodePoint(0x4e00 + i); t('2000 units 250 labels', (lab2 + '.').repeat(8));
t('1MB xn--', ('xn--' + 'a'.repeat(58) + '.').repeat(16000));
t('1MB \\ud800', '\ud800'.repeat(1e6));
t('1MB controls', '\u0001'.repeat(1e6));
t('1MB tabs', 'a\t'.repeat(5e5));
t('1MB @', '@'.repeat(1e6));
t('1MB %', '%'.repeat(1e6));
t('1MB soft hyphen', 'a' + '\u00AD'.repeat(1e6) + '.com');
t('1MB mixed', Array.from({length: 1e5}, (_, i) => String.fromCharCode((i * 7919) % 0x3000)).join('').repeat(10));
t('1MB url path', 'http://laichau.gov.vn/' + 'x'.repeat(1e6));
t('100k', 'x'.repeat(1e5));

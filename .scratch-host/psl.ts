import { readFileSync } from 'node:fs';
import psl from 'psl';
import { parseHost } from '/work/main/src/host/index.ts';
for (const line of readFileSync('/work/main/test/fixtures/psl-tests.txt','utf8').split('\n')) {
  if (!line.trim() || line.startsWith('//')) continue;
  const [input, exp] = line.split(' ');
  const expected = exp === 'null' ? null : exp!.toLowerCase();
  const inp = input === 'null' ? '' : input!;
  const ours = parseHost(inp).domain;
  let p: string | null; try { p = psl.get(inp); } catch (e) { p = 'THROW'; }
  const flag = (ours !== expected ? ' OURS-DIFF' : '') + (p !== expected ? ' PSL-DIFF' : '');
  console.log(input, expected, ours, p, flag);
}

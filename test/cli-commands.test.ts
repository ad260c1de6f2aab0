import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleText } from '../src/cli/main.js';
import { ruleInfo } from '../src/index.js';
import { root, runCli, runIn } from './cli-helpers.js';

describe('govvn rules', () => {
  it('lists the rules in force with their instruments and articles', async () => {
    const r = await runIn(['rules', '--as-of', '2020-06-25']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^QUY TẮC\s+CĂN CỨ\s+NỘI DUNG$/);
    expect(lines.find((l) => l.startsWith('district-domain '))).toContain('Nghị định 43/2011/NĐ-CP, Điều 6 khoản 1 điểm c');
    expect(lines.find((l) => l.startsWith('input-form '))).toContain('không có căn cứ');
  });

  it('as of another date, in English, as JSON', async () => {
    const r = await runIn(['rules', '--as-of', '2026-11-28', '--lang', 'en', '--format', 'json']);
    const rules = JSON.parse(r.out) as Array<{ id: string; citation: { instrument: string } | null }>;
    expect(rules.map((x) => x.id)).not.toContain('district-domain');
    expect(rules.find((x) => x.id === 'commune-domain')!.citation!.instrument).toBe('Decree 224/2026/ND-CP');
  });

  it('refuses a bad date with exit 2', async () => {
    const r = await runIn(['rules', '--as-of', '2010-01-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('before 2011-10-01');
  });
});

describe('govvn explain', () => {
  it('prints the rule’s docs page, found beside the built program', () => {
    const r = runCli(['explain', 'district-domain']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(`${root}docs/rules/district-domain.md`, 'utf8'));
  });

  it('says where an unknown rule id can be found, exit 2', () => {
    const r = runCli(['explain', 'district-domian']);
    expect([r.code, r.err]).toEqual([2, 'govvn: unknown rule id "district-domian" (see govvn rules)\n']);
  });

  it('without the page, tells the rule from its data', () => {
    const text = ruleText(ruleInfo('district-domain', '2020-06-25', 'vi')!, 'vi');
    expect(text).toContain('# district-domain: ');
    expect(text).toContain('Căn cứ: Nghị định 43/2011/NĐ-CP, Điều 6 khoản 1 điểm c');
    expect(text).toContain('wrong-level (error)');
    expect(text).toContain('docs/rules/district-domain.md');
  });
});

describe('govvn suggest', () => {
  it('gives the compliant names for an agency, best first', () => {
    const r = runCli(['suggest', 'UBND xã Tân Uyên', '--province', 'Lai Châu', '--as-of', '2026-11-28']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('tanuyen.laichau.gov.vn');
  });

  it('takes the words of a name unquoted, and prints JSON', async () => {
    const r = await runIn(['suggest', '--province', 'Lai Châu', '--as-of', '2026-11-28', '--format', 'json', 'UBND', 'xã', 'Tân', 'Uyên']);
    expect((JSON.parse(r.out) as string[])[0]).toBe('tanuyen.laichau.gov.vn');
  });

  it('exits 1 when there is no compliant name to give', async () => {
    const r = await runIn(['suggest', '--as-of', '2026-11-28', 'Đảng ủy xã Tân Uyên']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleText } from '../src/cli/main.js';
import { ruleInfo } from '../src/index.js';
import { root, runCli, runIn } from './cli-helpers.js';

describe('govvn rules', () => {
  it('lists the rules in force with their instruments and articles, within 100 columns', async () => {
    const r = await runIn(['rules', '--as-of', '2020-06-25']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^QUY TẮC\s+YÊU CẦU \/ CĂN CỨ$/);
    const at = (id: string) => lines.findIndex((l) => l.startsWith(`${id} `));
    expect(lines.slice(at('district-domain'), at('district-domain') + 3).join(' ')).toContain('Căn cứ: Nghị định 43/2011/NĐ-CP, Điều 6 khoản 1 điểm c');
    expect(lines[at('input-form') + 1]).toContain('không có căn cứ');
    for (const lang of ['vi', 'en']) {
      for (const asOf of ['2020-06-25', '2026-11-28']) {
        const out = (await runIn(['rules', '--as-of', asOf, '--lang', lang])).out;
        for (const l of out.trimEnd().split('\n')) expect([...l].length, l).toBeLessThanOrEqual(100);
      }
    }
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
  it('tells the rule in a screenful: what it requires, its basis, an example of each kind, the page', () => {
    const r = runCli(['explain', 'district-domain', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('What it requires: District People');
    // No longer in force today: told with the basis of its last day.
    expect(r.out).toContain('Legal basis: Decree 42/2022/ND-CP, Art. 6');
    expect(r.out).toContain('Compliant example: tanuyen.laichau.gov.vn (UBND huyện Tân Uyên, Lai Châu, as of 2020-06-25)');
    expect(r.out).toContain('Non-compliant example: huyentanuyen.gov.vn');
    expect(r.out).toContain('  → The name is at level 3; this holder needs a level-4 name: tanuyen.laichau.gov.vn.');
    expect(r.out).toContain(`Docs page: ${root}docs/rules/district-domain.md`);
    expect(r.out).toMatch(/Online: https:\/\/github\.com\/govvn\/govvn\/blob\/v[0-9.]+\/docs\/rules\/district-domain\.md/);
    expect(r.out).not.toContain('```');
    for (const l of r.out.trimEnd().split('\n')) expect([...l].length, l).toBeLessThanOrEqual(100);
  });

  it('in Vietnamese, with dates as Vietnamese write them and the finding in Vietnamese', () => {
    const r = runCli(['explain', 'district-domain', '--as-of', '2020-06-25']);
    expect(r.out).toContain('Căn cứ: Nghị định 43/2011/NĐ-CP, Điều 6 khoản 1 điểm c');
    expect(r.out).toContain('Hiệu lực: 01/10/2011 → 30/06/2025');
    expect(r.out).toContain('Áp dụng cho: UBND cấp huyện');
    expect(r.out).toContain('Ví dụ sai: huyentanuyen.gov.vn (UBND huyện Tân Uyên, Lai Châu, xét vào ngày 25/06/2020)');
    expect(r.out).toContain('  → Tên miền đang ở cấp 3;');
  });

  it('offers the nearest rule id for a misspelt one, exit 2', () => {
    const r = runCli(['explain', 'district-domian', '--lang', 'en']);
    expect([r.code, r.err]).toEqual([2, 'govvn: unknown rule id "district-domian"; did you mean "district-domain"?\n']);
    const far = runCli(['explain', 'nothing-like-it', '--lang', 'en']);
    expect(runCli(['explain', 'district-domian']).err).toBe('govvn: không có quy tắc mã "district-domian"; bạn có ý muốn nói "district-domain"?\n');
    expect([far.code, far.err]).toEqual([2, 'govvn: unknown rule id "nothing-like-it" (see govvn rules)\n']);
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

  it('exits 1 when there is no compliant name to give, saying why', async () => {
    const r = await runIn(['suggest', '--as-of', '2026-11-28', 'Đảng ủy xã Tân Uyên']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^govvn: không có tên miền để đề xuất: Tổ chức Đảng không được dùng tên miền \.gov\.vn/);
  });

  it('says which piece is missing: the province, or the kind of body', async () => {
    const noProvince = await runIn(['suggest', '--as-of', '2026-11-28', 'Sở Y tế']);
    expect(noProvince.code).toBe(1);
    expect(noProvince.err).toContain('không biết "Sở Y tế" thuộc tỉnh, thành phố nào. Thêm --province');
    const en = await runIn(['suggest', '--as-of', '2026-11-28', '--lang', 'en', 'Sở Y tế']);
    expect(en.err).toContain('cannot tell which province "Sở Y tế" belongs to. Add --province');
    const noKind = await runIn(['suggest', '--as-of', '2026-11-28', '--lang', 'en', 'Foo bar']);
    expect(noKind.err).toContain('cannot tell what kind of body "Foo bar" is. Add --kind');
    const fixed = await runIn(['suggest', '--as-of', '2026-11-28', '--province', 'Lai Châu', 'Sở Y tế']);
    expect([fixed.code, fixed.out]).toEqual([0, 'syt.laichau.gov.vn\n']);
  });
});

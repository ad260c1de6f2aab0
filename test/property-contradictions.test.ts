/**
 * No result carries two findings that contradict each other (issue 11, item 16):
 * a note that a name "is accepted" beside an error of the same rule, a note that
 * existence was not checked beside an existence error, a compliant verdict beside
 * an error. Names and agencies come from the corpus, across every period.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import '../src/history.js';
import { ENTITY_KINDS, validate, type Result } from '../src/index.js';
import { readFixtureCsv } from './csv.js';

const runs = (n: number): number => (process.env['GOVVN_MUTATION'] ? Math.max(10, Math.round(n / 10)) : n);

/** Notes that say a name is accepted: no error of their own rule may stand beside them. */
const ACCEPTING = new Set(['commune-domain/no-national-format', 'gov-vn-zone/service-unit-own-name', 'education-domain/higher-education-elsewhere', 'ministry-domain/judicial-no-format', 'ministry-unit-domain/judicial-no-format', 'central-branch-domain/judicial-no-format']);

function contradictions(r: Result): string[] {
  const out: string[] = [];
  const ids = r.issues.map((i) => `${i.ruleId}/${i.messageId}`);
  for (const i of r.issues) {
    if (!ACCEPTING.has(`${i.ruleId}/${i.messageId}`)) continue;
    const clash = r.issues.find((j) => j.ruleId === i.ruleId && j.severity === 'error');
    if (clash) out.push(`${i.ruleId}/${i.messageId} beside ${clash.ruleId}/${clash.messageId}`);
  }
  if (ids.includes('commune-domain/history-not-loaded') && r.issues.some((i) => i.ruleId === 'unit-validity')) out.push('existence not checked, yet judged');
  if (r.verdict === 'compliant' && r.issues.some((i) => i.severity === 'error' && !i.waived)) out.push('compliant with an error');
  if (r.verdict !== 'non-compliant' && r.verdict !== 'invalid' && r.issues.some((i) => i.severity === 'error' && !i.waived)) out.push(`${r.verdict} with an error`);
  // Two messages of one rule about the level must agree on what the level is.
  const levels = new Set(r.issues.map((i) => (i.data as Record<string, unknown>)['got']).filter((g) => g !== undefined));
  if (levels.size > 1) out.push(`two levels: ${[...levels].join(', ')}`);
  return out;
}

const rows = readFixtureCsv('domains.csv');
const names = fc.constantFrom(...rows.map((r) => r.domain!), 'gov.vn', 'www.gov.vn', 'syt--lc.laichau.gov.vn', 'tanuyen.laichau.gov.vn', 'taleng.laichau.gov.vn', 'dichvucong.x.laichau.gov.vn');
const agencies = fc.constantFrom(...rows.map((r) => ({ agency: r.entity_name_vi, province: r.province || undefined })), { agency: 'UBND thị trấn Tân Uyên', province: 'Lai Châu' }, { agency: 'Tỉnh ủy Lai Châu', province: undefined });
const dates = fc.constantFrom('2011-10-01', '2013-02-04', '2015-10-10', '2018-04-15', '2019-01-06', '2020-11-20', '2021-03-01', '2022-08-15', '2024-12-25', '2025-07-01', '2026-07-01', '2026-11-28');

describe('no result carries two findings that contradict each other', () => {
  test.prop([names, agencies, dates], { numRuns: runs(600) })('a name judged for an agency', (name, who, asOf) => {
    expect(contradictions(validate(name, { ...who, asOf }))).toEqual([]);
  });

  test.prop([names, fc.constantFrom(...ENTITY_KINDS), fc.option(fc.constantFrom('Lai Châu', 'Hà Nội'), { nil: undefined }), dates], { numRuns: runs(400) })(
    'a name judged for a kind',
    (name, kind, province, asOf) => {
      expect(contradictions(validate(name, { kind, province, asOf }))).toEqual([]);
    },
  );

  test.prop([names, dates], { numRuns: runs(300) })('a name alone', (name, asOf) => {
    expect(contradictions(validate(name, { asOf }))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import '../history.js';
import { validate } from '../index.js';
import { SERVICE_LABELS } from './service-host.js';

describe('service hosts', () => {
  it.each([...SERVICE_LABELS])('%s.laichau.gov.vn is the province\u2019s host, compliant with an info finding', (label) => {
    const r = validate(`${label}.laichau.gov.vn`, { asOf: '2020-06-25' });
    expect(r.verdict).toBe('compliant');
    expect(r.entity?.kind).toBe('province');
    expect(r.issues.some((i) => i.ruleId === 'service-host' && i.severity === 'info')).toBe(true);
  });

  it('a host of a ministry or of a province agency is theirs', () => {
    expect(validate('qlvb.mof.gov.vn', { asOf: '2020-06-25' }).entity?.kind).toBe('ministry');
    expect(validate('vpdt.stttt.laichau.gov.vn', { asOf: '2020-06-25' }).entity?.kind).toBe('province-agency');
  });

  it('an agency that names a system is read from the labels; a body given keeps its own rule', () => {
    const system = validate('qlvb.laichau.gov.vn', { agency: 'Hệ thống quản lý văn bản và điều hành tỉnh Lai Châu', asOf: '2020-06-25' });
    expect(system.entity?.kind).toBe('province');
    const body = validate('qlvb.laichau.gov.vn', { agency: 'Sở Nội vụ tỉnh Lai Châu', asOf: '2020-06-25' });
    expect(body.entity?.kind).toBe('province-agency');
    expect(body.issues.some((i) => i.ruleId === 'service-host')).toBe(false);
  });

  it('a host under a defunct name is fixed under its successor, keeping its label', () => {
    const r = validate('tuongtac.thuathienhue.gov.vn', { asOf: '2025-09-01' });
    expect(r.suggestions[0]).toBe('tuongtac.hue.gov.vn');
  });
});

import { describe, expect, it } from 'vitest';
import { appliesToHolder, kindsOn } from './applies.js';
import type { EntityFacts, HostFacts } from './facts.js';
import type { AppliesTo } from './rule.js';
import type { EntityKind } from './vocabulary.js';

function holder(kind: EntityKind, more: Partial<EntityFacts> = {}): EntityFacts {
  return { kind, name: 'X', source: 'agency', province: null, district: null, commune: null, self: null, parent: null, branch: false, subUnit: null, body: null, abbreviations: [], fullNames: [], found: false, massOrganisation: false, ...more };
}

const gov: HostFacts = { hostname: 'a.laichau.gov.vn', labels: ['a', 'laichau', 'gov', 'vn'], unicodeLabels: ['a', 'laichau', 'gov', 'vn'], zone: 'gov.vn', rest: ['a', 'laichau'], level: 4, portal: null };
const edu: HostFacts = { hostname: 'laichau.edu.vn', labels: ['laichau', 'edu', 'vn'], unicodeLabels: ['laichau', 'edu', 'vn'], zone: 'edu.vn', rest: ['laichau'], level: 3, portal: null };
const someCentral = {} as NonNullable<EntityFacts['parent']>;
const someDistrict = {} as NonNullable<EntityFacts['district']>;

describe('appliesToHolder', () => {
  it('any: every name, the holder known or not', () => {
    expect(appliesToHolder('any', null, gov, '2020-01-01')).toBe(true);
    expect(appliesToHolder('any', holder('other'), null, '2020-01-01')).toBe(true);
  });

  it('a list: only a known holder of a kind it names', () => {
    expect(appliesToHolder(['district'], null, gov, '2020-01-01')).toBe(false);
    expect(appliesToHolder(['district'], holder('district'), gov, '2020-01-01')).toBe(true);
    expect(appliesToHolder(['district'], holder('commune'), gov, '2020-01-01')).toBe(false);
  });

  it('a scope: its period, first and last day included', () => {
    const scoped: AppliesTo = [{ kind: 'school', from: '2013-01-01', to: '2013-12-31' }];
    expect(appliesToHolder(scoped, holder('school'), gov, '2012-12-31')).toBe(false);
    expect(appliesToHolder(scoped, holder('school'), gov, '2013-01-01')).toBe(true);
    expect(appliesToHolder(scoped, holder('school'), gov, '2013-12-31')).toBe(true);
    expect(appliesToHolder(scoped, holder('school'), gov, '2014-01-01')).toBe(false);
    expect(appliesToHolder(scoped, holder('commune'), gov, '2013-06-01')).toBe(false);
  });

  it('a scope: a central agency governing it or not, a district or not, the zone', () => {
    const central: AppliesTo = [{ kind: 'public-service-unit', central: true }];
    expect(appliesToHolder(central, holder('public-service-unit', { parent: someCentral }), gov, '2020-01-01')).toBe(true);
    expect(appliesToHolder(central, holder('public-service-unit'), gov, '2020-01-01')).toBe(false);
    const local: AppliesTo = [{ kind: 'public-service-unit', central: false }];
    expect(appliesToHolder(local, holder('public-service-unit'), gov, '2020-01-01')).toBe(true);
    expect(appliesToHolder(local, holder('public-service-unit', { parent: someCentral }), gov, '2020-01-01')).toBe(false);
    const province: AppliesTo = [{ kind: 'education-authority', district: false }];
    expect(appliesToHolder(province, holder('education-authority'), gov, '2020-01-01')).toBe(true);
    expect(appliesToHolder(province, holder('education-authority', { district: someDistrict }), gov, '2020-01-01')).toBe(false);
    const district: AppliesTo = [{ kind: 'education-authority', district: true }];
    expect(appliesToHolder(district, holder('education-authority', { district: someDistrict }), gov, '2020-01-01')).toBe(true);
    const onGov: AppliesTo = [{ kind: 'education-authority', zone: 'gov.vn' }];
    expect(appliesToHolder(onGov, holder('education-authority'), gov, '2020-01-01')).toBe(true);
    expect(appliesToHolder(onGov, holder('education-authority'), edu, '2020-01-01')).toBe(false);
    expect(appliesToHolder(onGov, holder('education-authority'), null, '2020-01-01')).toBe(false);
  });
});

describe('kindsOn', () => {
  it('lists the kinds named on a date, once each, in order', () => {
    expect(kindsOn('any', '2020-01-01')).toBe('any');
    const list: AppliesTo = ['ministry', { kind: 'school', to: '2012-12-31' }, { kind: 'ministry', central: true }, { kind: 'commune', from: '2026-07-01' }];
    expect(kindsOn(list, '2012-12-31')).toEqual(['ministry', 'school']);
    expect(kindsOn(list, '2013-01-01')).toEqual(['ministry']);
    expect(kindsOn(list, '2026-07-01')).toEqual(['ministry', 'commune']);
  });
});

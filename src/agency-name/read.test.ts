import { describe, expect, it } from 'vitest';
import { parseAgencyName } from './index.js';
import { DOMAIN_ROWS } from './test-support/domain-rows.js';
import { DOMAINS, expectParsed, INSPECTION, isPlace } from './test-support/fixtures.js';
import { INSPECTION_ROWS, MORE_ROWS } from './test-support/more-rows.js';

describe('parseAgencyName: domains.csv', () => {
  it('lists every agency name of the fixture', () => {
    const listed = new Set(DOMAIN_ROWS.map((r) => r[0]));
    const missing = DOMAINS.map((r) => r.entity_name_vi!).filter((n) => !listed.has(n));
    expect(missing).toEqual([]);
    expect(DOMAIN_ROWS.length).toBe(new Set(DOMAINS.map((r) => r.entity_name_vi)).size);
  });

  it.each(DOMAIN_ROWS)('%s', (name, kind, expected) => {
    expectParsed(name, kind, expected);
  });

  it("agrees with the fixture's entity_type unless a reason is given", () => {
    const typeOf = new Map(DOMAINS.map((r) => [r.entity_name_vi!, r.entity_type!.replace(/_/g, '-')]));
    for (const [name, kind, { differs }] of DOMAIN_ROWS) {
      const fixture = typeOf.get(name);
      const agrees = fixture === (kind ?? 'other');
      expect(agrees, `${name}: parser ${kind}, fixture ${fixture}${differs ? ` (${differs})` : ''}`).toBe(!differs);
    }
  });
});

describe('parseAgencyName: the Lai Châu inspection of 2020', () => {
  it('lists every agency of the fixture', () => {
    expect(INSPECTION_ROWS.map((r) => r[0])).toEqual(INSPECTION.map((r) => r.agency));
  });

  it.each(INSPECTION_ROWS)('%s', (name, kind, expected) => {
    expectParsed(name, kind, expected);
  });
});

describe('parseAgencyName: more forms', () => {
  it.each(MORE_ROWS)('%s', (name, kind, expected) => {
    expectParsed(name, kind, expected);
  });
});

describe('parseAgencyName: NFD input', () => {
  const all = [...DOMAIN_ROWS, ...INSPECTION_ROWS, ...MORE_ROWS].map((r) => r[0]);
  it.each(all)('%s reads the same in NFD', (name) => {
    const nfd = name.normalize('NFD');
    const fromNfd = parseAgencyName(nfd, isPlace);
    const fromNfc = parseAgencyName(name.normalize('NFC'), isPlace);
    expect({ ...fromNfd, input: '' }).toEqual({ ...fromNfc, input: '' });
  });
});

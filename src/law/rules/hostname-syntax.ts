import type { HostProblemCode } from '../../host/index.js';
import { defineRule, finding, type Basis } from '../rule.js';

const RFC1035: Basis = { instrument: 'rfc-1035', ref: { section: '2.3.1' } };
const RFC1123: Basis = { instrument: 'rfc-1123', ref: { section: '2.1' } };
const RFC5890: Basis = { instrument: 'rfc-5890', ref: { section: '2.3.1' } };
const UTS46: Basis = { instrument: 'uts-46', ref: { section: '4' } };

/** Which standard each syntax problem breaks. */
const BASIS: Record<HostProblemCode, Basis> = {
  empty: RFC1035,
  'no-host': RFC1035,
  'ip-address': RFC1123,
  'empty-label': RFC1035,
  'label-too-long': RFC1035,
  'name-too-long': RFC1123,
  'too-many-labels': RFC1035,
  'bad-character': RFC1035,
  'hyphen-edge': RFC1035,
  'hyphen-3-4': RFC5890,
  'bad-punycode': RFC5890,
  uts46: UTS46,
};

/** A name must be a valid DNS hostname before any law applies to it. */
export const hostnameSyntax = defineRule({
  id: 'hostname-syntax',
  title: {
    vi: 'Tên miền phải là tên máy chủ DNS hợp lệ',
    en: 'The name must be a valid DNS hostname',
  },
  appliesTo: 'any',
  basis: RFC1035,
  messages: {
    empty: 'error',
    'no-host': 'error',
    'ip-address': 'error',
    'empty-label': 'error',
    'label-too-long': 'error',
    'name-too-long': 'error',
    'too-many-labels': 'error',
    'bad-character': 'error',
    'hyphen-edge': 'error',
    'hyphen-3-4': 'error',
    'bad-punycode': 'error',
    uts46: 'error',
  },
  check({ parsed }) {
    return parsed.problems.map((p) => finding(p.code, p.data, { basis: BASIS[p.code] }));
  },
});

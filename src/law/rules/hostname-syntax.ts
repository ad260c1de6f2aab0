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
  meta: {
    id: 'hostname-syntax',
    title: {
      vi: 'Tên miền phải là tên máy chủ DNS hợp lệ',
      en: 'The name must be a valid DNS hostname',
    },
    appliesTo: 'any',
    basis: RFC1035,
    needsHost: false,
    docs: 'docs/rules/hostname-syntax.md',
    messages: {
      empty: {
        severity: 'error',
        vi: 'Đầu vào trống: không có tên miền để xét.',
        en: 'The input is empty: there is no name to judge.',
      },
      'no-host': {
        severity: 'error',
        vi: 'URL không có tên máy chủ.',
        en: 'The URL has no host name.',
      },
      'ip-address': {
        severity: 'error',
        vi: '"{address}" là địa chỉ IP, không phải tên miền.',
        en: '"{address}" is an IP address, not a domain name.',
      },
      'empty-label': {
        severity: 'error',
        vi: 'Nhãn thứ {position} rỗng (hai dấu chấm liền nhau, hoặc dấu chấm ở đầu hay cuối).',
        en: 'Label {position} is empty (two dots in a row, or a dot at the start or end).',
      },
      'label-too-long': {
        severity: 'error',
        vi: 'Nhãn "{label}" dài {length} ký tự; mỗi nhãn dài tối đa 63 ký tự.',
        en: 'The label "{label}" is {length} octets long; a label may have at most 63.',
      },
      'name-too-long': {
        severity: 'error',
        vi: 'Tên miền dài {length} ký tự; tối đa là 253 ký tự.',
        en: 'The name is {length} octets long; a domain name may have at most 253.',
      },
      'too-many-labels': {
        severity: 'error',
        vi: 'Tên miền có {count} nhãn; tối đa 127.',
        en: 'The name has {count} labels; at most 127 fit in a domain name.',
      },
      'bad-character': {
        severity: 'error',
        vi: 'Nhãn "{label}" chứa "{char}": chỉ được dùng chữ cái, chữ số và dấu gạch ngang.',
        en: 'The label "{label}" contains "{char}": only letters, digits and hyphens are allowed.',
      },
      'hyphen-edge': {
        severity: 'error',
        vi: 'Nhãn "{label}" bắt đầu hoặc kết thúc bằng dấu gạch ngang.',
        en: 'The label "{label}" starts or ends with a hyphen.',
      },
      'hyphen-3-4': {
        severity: 'error',
        vi: 'Nhãn "{label}" có "--" ở vị trí thứ 3 và 4 nhưng không phải nhãn IDN ("xn--") hợp lệ.',
        en: 'The label "{label}" has "--" in its 3rd and 4th positions but is not a valid IDN ("xn--") label.',
      },
      'bad-punycode': {
        severity: 'error',
        vi: 'Nhãn "{label}" không phải Punycode hợp lệ: không giải mã được hoặc không mã hóa lại đúng như cũ.',
        en: 'The label "{label}" is not valid Punycode: it does not decode, or does not encode back to itself.',
      },
      uts46: {
        severity: 'error',
        vi: 'Nhãn "{label}" không phải nhãn tên miền quốc tế hóa hợp lệ theo chuẩn UTS #46.',
        en: 'The label "{label}" is not a valid internationalised label under UTS #46.',
        extra: ['reason'],
      },
    },
  },
  check({ parsed }) {
    // The host layer's data is loosely typed; each problem carries its message's placeholders.
    return parsed.problems.map((p) => finding(p.code, p.data as never, { basis: BASIS[p.code] }));
  },
});

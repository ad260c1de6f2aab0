import type { Basis } from '../rule.js';
import { defineRule, finding } from '../rule.js';
import { LIVE_KINDS } from './live-scope.js';

const NAME_CHECK: Basis = { instrument: 'rfc-9110', ref: { section: '4.3.4' } };
const VALIDITY: Basis = { instrument: 'rfc-5280', ref: { section: '4.1.2.5' } };
const PATH: Basis = { instrument: 'rfc-5280', ref: { section: '6' } };
const HTTPS_SCHEME: Basis = { instrument: 'rfc-9110', ref: { section: '4.2.2' } };

/**
 * The site answers over HTTPS with a certificate a browser accepts: for the name,
 * in date, from a trusted authority. No Vietnamese clause found requires HTTPS,
 * so these are warnings from the standards, not errors of law.
 */
export const liveHttps = defineRule({
  meta: {
    id: 'live-https',
    title: {
      vi: 'Trang phục vụ qua HTTPS với chứng thư hợp lệ cho tên miền, còn hạn và do tổ chức tin cậy cấp',
      en: 'The site serves HTTPS with a certificate valid for the name, in date and from a trusted authority',
    },
    appliesTo: LIVE_KINDS,
    needsHost: true,
    basis: NAME_CHECK,
    docs: 'docs/rules/live-https.md',
    live: true,
    messages: {
      'wrong-name': {
        severity: 'warning',
        vi: 'Chứng thư HTTPS của {hostname} cấp cho tên khác ({names}); trình duyệt sẽ cảnh báo người truy cập.',
        en: 'The HTTPS certificate of {hostname} is for another name ({names}); browsers warn visitors.',
      },
      expired: {
        severity: 'warning',
        vi: 'Chứng thư HTTPS của {hostname} đã hết hạn ngày {validTo}; trình duyệt sẽ cảnh báo người truy cập.',
        en: 'The HTTPS certificate of {hostname} expired on {validTo}; browsers warn visitors.',
      },
      'not-yet-valid': {
        severity: 'warning',
        vi: 'Chứng thư HTTPS của {hostname} chỉ có hiệu lực từ ngày {validFrom}; trình duyệt sẽ cảnh báo người truy cập.',
        en: 'The HTTPS certificate of {hostname} is valid only from {validFrom}; browsers warn visitors.',
      },
      untrusted: {
        severity: 'warning',
        vi: 'Chứng thư HTTPS của {hostname} không do tổ chức cấp chứng thư tin cậy cấp (bên cấp: {issuer}); trình duyệt sẽ cảnh báo người truy cập.',
        en: 'The HTTPS certificate of {hostname} does not come from a trusted authority (issuer: {issuer}); browsers warn visitors.',
      },
      'handshake-failed': {
        severity: 'warning',
        vi: '{hostname} mở cổng {port} nhưng không bắt tay TLS được; không truy cập được qua HTTPS.',
        en: '{hostname} opens port {port} but the TLS handshake fails; the site cannot be reached over HTTPS.',
      },
      'no-https': {
        severity: 'warning',
        vi: '{hostname} chỉ phục vụ qua HTTP, không qua HTTPS; trình duyệt đánh dấu trang là không an toàn.',
        en: '{hostname} serves over HTTP only, not HTTPS; browsers mark the site as not secure.',
      },
    },
  },
  check({ host, live }) {
    if (!host || !live) return [];
    const { tls, http } = live.facts;
    const hostname = live.facts.host;
    if (tls === null) {
      const first = http?.hops[0];
      const overHttp = first !== undefined && first.status !== null && first.url.startsWith('http:');
      return overHttp ? [finding('no-https', { hostname }, { basis: HTTPS_SCHEME })] : [];
    }
    switch (tls.failure) {
      case 'wrong-name':
        return [finding('wrong-name', { hostname, names: tls.names.join(', ') || '-' })];
      case 'expired':
        return [finding('expired', { hostname, validTo: (tls.validTo ?? '-').slice(0, 10) }, { basis: VALIDITY })];
      case 'not-yet-valid':
        return [finding('not-yet-valid', { hostname, validFrom: (tls.validFrom ?? '-').slice(0, 10) }, { basis: VALIDITY })];
      case 'untrusted':
        return [finding('untrusted', { hostname, issuer: tls.issuer ?? '-' }, { basis: PATH })];
      case null:
        return [];
      default:
        return [finding('handshake-failed', { hostname, port: live.facts.ipv6?.https.port ?? 443 })];
    }
  },
});

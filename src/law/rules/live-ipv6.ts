import { defineRule, finding } from '../rule.js';
import { STATE_KINDS } from './kinds.js';

/**
 * From 2026-07-01 a state agency's portal or website supports IPv6: it has an
 * IPv6 address, and that address answers. Before that date no instrument found
 * asks for it, so the rule says nothing.
 */
export const liveIpv6 = defineRule({
  meta: {
    id: 'live-ipv6',
    title: {
      vi: 'Cổng/trang thông tin điện tử của cơ quan nhà nước phải hỗ trợ IPv6',
      en: 'A state agency\u2019s portal or website must support IPv6',
    },
    appliesTo: STATE_KINDS,
    needsHost: true,
    basis: { instrument: 'decree-224-2026', ref: { article: 11, clause: 4 } },
    docs: 'docs/rules/live-ipv6.md',
    live: true,
    from: '2026-07-01',
    messages: {
      'no-aaaa': {
        severity: 'error',
        vi: '{hostname} không có địa chỉ IPv6 (không có bản ghi AAAA); cổng/trang thông tin điện tử của cơ quan nhà nước phải hỗ trợ IPv6.',
        en: '{hostname} has no IPv6 address (no AAAA record); a state agency\u2019s portal or website must support IPv6.',
      },
      'ipv6-silent': {
        severity: 'error',
        vi: '{hostname} có địa chỉ IPv6 ({addresses}) nhưng không địa chỉ nào trả lời ở cổng {ports}; cổng/trang thông tin điện tử phải truy cập được qua IPv6.',
        en: '{hostname} has IPv6 addresses ({addresses}) but none answers on port {ports}; the portal or website must be reachable over IPv6.',
      },
    },
  },
  check({ host, live }) {
    if (!host || !live) return [];
    const { dns, ipv6 } = live.facts;
    const hostname = live.facts.host;
    // A name that does not resolve at all is not in use: live-resolves says so, and IPv6 is moot.
    if (dns.a.length === 0 && dns.aaaa.length === 0) return [];
    if (dns.aaaa.length === 0) {
      // A failed AAAA query proves nothing missing.
      return dns.aaaaFailure === null || dns.aaaaFailure === 'no-such-name' ? [finding('no-aaaa', { hostname })] : [];
    }
    if (ipv6 && !ipv6.https.ok && !ipv6.http.ok) {
      return [finding('ipv6-silent', { hostname, addresses: dns.aaaa.join(', '), ports: `${ipv6.https.port}, ${ipv6.http.port}` })];
    }
    return [];
  },
});

import { defineRule, finding } from '../rule.js';
import { LIVE_KINDS, PORTAL_NAME_BASIS } from './live-scope.js';

/** A name listed for a portal answers in the DNS: otherwise it serves nothing. */
export const liveResolves = defineRule({
  meta: {
    id: 'live-resolves',
    title: {
      vi: 'Tên miền của cổng/trang thông tin điện tử phải phân giải được (đang được sử dụng)',
      en: 'A portal\u2019s name must resolve in the DNS (be in use)',
    },
    appliesTo: LIVE_KINDS,
    needsHost: true,
    basis: PORTAL_NAME_BASIS,
    docs: 'docs/rules/live-resolves.md',
    live: true,
    messages: {
      'no-such-name': {
        severity: 'warning',
        vi: '{hostname} không tồn tại trong DNS (NXDOMAIN): tên miền này không được sử dụng; danh sách nên ghi tên miền cổng thông tin đang dùng.',
        en: '{hostname} does not exist in the DNS (NXDOMAIN): the name is not in use; the list should give the name the portal uses.',
      },
      'no-address': {
        severity: 'warning',
        vi: '{hostname} tồn tại nhưng không có địa chỉ IPv4 hay IPv6 nào (không có bản ghi A, AAAA): không trang nào được phục vụ ở tên miền này.',
        en: '{hostname} exists but has no IPv4 or IPv6 address (no A or AAAA record): no site is served at this name.',
      },
      'not-checked': {
        severity: 'info',
        vi: 'Không kiểm tra được {hostname} trong DNS ({failure}); các dữ kiện trực tuyến của tên miền này chưa biết.',
        en: '{hostname} could not be looked up in the DNS ({failure}); the live facts of this name are unknown.',
      },
    },
  },
  check({ host, live }) {
    if (!host || !live) return [];
    const { dns } = live.facts;
    const hostname = live.facts.host;
    if (dns.a.length > 0 || dns.aaaa.length > 0) return [];
    if (dns.aFailure === 'no-such-name' || dns.aaaaFailure === 'no-such-name') return [finding('no-such-name', { hostname })];
    const failure = dns.aFailure ?? dns.aaaaFailure;
    if (failure !== null) return [finding('not-checked', { hostname, failure })];
    return [finding('no-address', { hostname })];
  },
});

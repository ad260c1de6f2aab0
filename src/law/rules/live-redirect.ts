import { defineRule, finding } from '../rule.js';
import { LIVE_KINDS, PORTAL_NAME_BASIS } from './live-scope.js';

/**
 * A name that does not comply, once its holder has a compliant one, should hand
 * visitors on to it rather than serve a second copy of the site. The redirect is
 * how a holder changes its name without breaking links (43/2011 Art. 6(2) asked
 * the holder to change; 224/2026 has no such clause, so from 2026-07-01 this is
 * the library's advice on the name the decree requires).
 */
export const liveRedirect = defineRule({
  meta: {
    id: 'live-redirect',
    title: {
      vi: 'Tên miền chưa đúng quy định nên chuyển hướng tới tên miền đúng quy định của cùng cơ quan',
      en: 'A non-compliant name should redirect to the same holder\u2019s compliant name',
    },
    appliesTo: LIVE_KINDS,
    needsHost: true,
    basis: {
      'decree-43-2011': { instrument: 'decree-43-2011', ref: { article: 6, clause: 2 } },
      'decree-42-2022': { instrument: 'decree-42-2022', ref: { article: 6 } },
      'decree-224-2026': { instrument: 'decree-224-2026', ref: { article: 11, clause: 4 } },
    },
    docs: 'docs/rules/live-redirect.md',
    live: true,
    messages: {
      moved: {
        severity: 'info',
        vi: '{hostname} chuyển hướng người truy cập tới {target}, tên miền đúng quy định của cùng cơ quan: việc đổi tên miền đã xong. Còn lại: giữ chuyển hướng (HTTP {status}) trong khi các liên kết cũ còn dùng, rồi thôi dùng {hostname}.',
        en: '{hostname} hands visitors on to {target}, the same holder\u2019s compliant name: the move is done. What remains: keep the redirect (HTTP {status}) while old links are in use, then retire {hostname}.',
      },
      'own-copy': {
        severity: 'warning',
        vi: '{hostname} chưa đúng quy định mà vẫn tự phục vụ nội dung; hãy chuyển hướng (HTTP 301) tới {suggestion}, không duy trì bản sao thứ hai của trang.',
        en: '{hostname} does not comply and still serves its own pages; redirect it (HTTP 301) to {suggestion} instead of keeping a second copy of the site.',
      },
      'own-copy-no-name': {
        severity: 'warning',
        vi: '{hostname} chưa đúng quy định mà vẫn tự phục vụ nội dung; khi cơ quan có tên miền đúng quy định, hãy chuyển hướng tên miền này tới đó.',
        en: '{hostname} does not comply and still serves its own pages; once the holder has a compliant name, redirect this one to it.',
      },
      'moved-elsewhere': {
        severity: 'warning',
        vi: '{hostname} chuyển hướng tới {target}, nhưng {target} cũng không phải tên miền đúng quy định của cơ quan này.',
        en: '{hostname} redirects to {target}, but {target} is not a compliant name for this holder either.',
      },
    },
  },
  check({ host, live }) {
    if (!host || !live || live.nameCompliant) return [];
    const { http } = live.facts;
    const hostname = live.facts.host;
    if (!http || http.finalUrl === null) return [];
    if (live.target) {
      const status = http.hops.find((h) => h.status !== null && h.status >= 300 && h.status < 400)?.status ?? 301;
      if (live.target.compliant) return [finding('moved', { hostname, target: live.target.host, status })];
      return [finding('moved-elsewhere', { hostname, target: live.target.host })];
    }
    return live.suggestion ? [finding('own-copy', { hostname, suggestion: live.suggestion })] : [finding('own-copy-no-name', { hostname })];
  },
});

import { defineRule, finding } from '../rule.js';

/**
 * A service host (`qlvb.`, `motcua.`, `data.` …) below a name its holder uses is
 * that holder's: the holder's format rule judges the name after the label, and
 * this rule says whose host it is. No decree names such hosts, hence no citation.
 */
export const serviceHost = defineRule({
  meta: {
    id: 'service-host',
    title: {
      vi: 'Hệ thống dịch vụ dưới tên miền của chủ thể (qlvb., motcua., data. …)',
      en: 'Service hosts under a holder\u2019s name (qlvb., motcua., data. …)',
    },
    appliesTo: 'any',
    basis: null,
    needsHost: true,
    docs: 'docs/rules/service-host.md',
    messages: {
      host: {
        severity: 'info',
        vi: '{service}.{holder} là một hệ thống dịch vụ của chủ thể tên miền {holder}; các nghị định chỉ quy định tên miền của cổng thông tin, tên này được xét theo tên của chủ thể.',
        en: '{service}.{holder} is a service host of the holder of {holder}; the decrees govern the portal\u2019s name, and this one is judged by the holder\u2019s name.',
      },
    },
  },
  check({ host, entity }) {
    if (!host || !host.service || !entity) return [];
    return [finding('host', { service: host.service, holder: `${host.rest.join('.')}.gov.vn` })];
  },
});

/**
 * Service hosts: the systems an agency runs under its own name besides its portal
 * (RULES.md, "Service hosts"). Such a host is its holder's, and the holder's name
 * is judged without the service label.
 */
import type { EntityFacts, HostFacts } from '../law/facts.js';
import { foldKey } from '../vi/fold.js';
import type { EntityInput } from './from-agency.js';
import { agencyHolder, agencyReading } from './agency-cache.js';
import { holderFromLabels } from './from-labels.js';

/**
 * First labels that name a system, not a body. Kept as data, seen on the
 * provinces' and ministries' own link lists: document management (qlvb, vpdt,
 * egov), one-stop shops (motcua, mot-cua), public services (dvc; `dichvucong`
 * and `e-services` are the portal prefixes of Circular 01/2018, handled apart),
 * open data, citizens' questions and dialogue, administrative procedures, maps,
 * tourism guides, the new-countryside programme, site administration, mail. A label that is also a unit of the holder (a commune
 * named alike) is not listed.
 */
export const SERVICE_LABELS: ReadonlySet<string> = new Set([
  'qlvb',
  'vpdt',
  'egov',
  'motcua',
  'mot-cua',
  'dvc',
  'dvctt',
  'data',
  'opendata',
  'tuongtac',
  'hoidap',
  'tthc',
  'thutuchanhchinh',
  'diadiem',
  'doithoai',
  'dulich',
  'mail',
  'email',
  'webmail',
  'vanban',
  'congbao',
  'iso',
  'gis',
  'ioc',
  'sso',
  'lichcongtac',
  'gopy',
  'phananh',
  'nongthonmoi',
  'quantri',
]);

/** The service label a name under gov.vn starts with, when what follows it is a name of its own. */
export function serviceLabelOf(host: HostFacts | null): string | null {
  const first = host ? anyFirstLabel(host) : null;
  return first !== null && SERVICE_LABELS.has(first) ? first : null;
}

/** The holder's own name: the host without its service label. */
export function withoutService(host: HostFacts, label: string): HostFacts {
  return {
    ...host,
    hostname: host.hostname.slice(host.hostname.indexOf(label) + label.length + 1),
    labels: host.labels.slice(1),
    unicodeLabels: host.unicodeLabels.slice(1),
    rest: host.rest.slice(1),
    level: host.level - 1,
    service: label,
  };
}

/** Words that open the name of a site or a system, not of a body ("Cổng dịch vụ công tỉnh …", "Hệ thống quản lý văn bản …"). */
const SYSTEM_OPENINGS: readonly string[] = [
  'cong dich vu cong',
  'he thong',
  'phan mem',
  'trang thong tin',
  'cong thong tin',
  'cong ttdt',
  'cong tt',
  'trang hoi dap',
  'chuyen trang',
];

/** Whether an agency's name names a site or a system rather than a body. */
export function namesASystem(agency: string | undefined): boolean {
  if (!agency) return false;
  const key = foldKey(agency);
  return SYSTEM_OPENINGS.some((o) => key === o || key.startsWith(`${o} `));
}

/** A holder read from an agency's name that is no body: not a State body, not an organisation the registry or the law names. */
function isNoBody(e: EntityFacts): boolean {
  return e.kind === 'other' && !e.massOrganisation && !e.self && !e.parent;
}

/** The first label under gov.vn, when a name of at least level 3 stands after it. */
function anyFirstLabel(host: HostFacts): string | null {
  if (host.zone !== 'gov.vn' || host.portal || host.rest.length < 2) return null;
  return host.rest[0]!;
}

/** Kinds given without an agency that may run a service host of their own name. */
const SERVING_KINDS = new Set(['province', 'ministry', 'ministry-unit', 'province-agency']);

/**
 * The holder's own name behind a service host, and the input to read its holder
 * from: null when the host is no service host, or when an agency given is a body
 * of its own (that body's rule applies). An agency given that names a site or a
 * system is no body: the holder is read from the labels, its province kept as a hint.
 */
export function servedHost(host: HostFacts | null, input: EntityInput, date: string): { host: HostFacts; input: EntityInput } | null {
  const agency = input.agency?.trim();
  let system = false;
  if (agency) {
    const reading = agencyReading(input, date);
    system = reading.system ??= namesASystem(agency);
  }
  // A public-service portal named as a site ('Cổng dịch vụ công TP.HCM'): its holder is read from the labels.
  if (host?.portal && system && host.zone === 'gov.vn') return { host, input: { ...input, agency: undefined } };
  if (!host) return null;
  // An agency given that reads as no body ('Cổng giám định BHYT', 'Hệ thống hóa đơn điện tử'):
  // any first label is a system's, when what follows is a holder's name (RULES, Service hosts).
  const product = Boolean(agency) && !system && isNoBody(agencyHolder(input, date));
  const label = serviceLabelOf(host) ?? (product ? anyFirstLabel(host) : null);
  if (!label) return null;
  if (agency && !system && !product) return null;
  if (input.kind && !SERVING_KINDS.has(input.kind)) return null;
  // A label that is a unit of the holder (a commune or district named alike) is that unit's name.
  const asUnit = holderFromLabels(host, date);
  if (asUnit && (asUnit.kind === 'commune' || asUnit.kind === 'district')) return null;
  return { host: withoutService(host, label), input: system || product ? { ...input, agency: undefined } : input };
}

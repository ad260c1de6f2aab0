/**
 * The live facts as three short cells, in the run's language: IPv6, HTTPS and
 * where the redirects end. Every format that shows columns shows these; the JSON
 * formats carry the facts themselves.
 */
import type { LiveFacts, LiveFailure } from '../../law/live-facts.js';
import type { Lang } from '../../result.js';

export interface LiveWords {
  columns: { ipv6: string; https: string; redirect: string };
  yes: string;
  noAaaa: string;
  noAnswer: string;
  valid: string;
  httpOnly: string;
  /** The name serves its own pages: no redirect to another host. */
  itself: string;
  failure: Record<LiveFailure, string>;
}

export const LIVE_WORDS: Record<Lang, LiveWords> = {
  vi: {
    columns: { ipv6: 'IPv6', https: 'HTTPS', redirect: 'chuyển hướng tới' },
    yes: 'có',
    noAaaa: 'không có AAAA',
    noAnswer: 'không trả lời',
    valid: 'hợp lệ',
    httpOnly: 'chỉ HTTP',
    itself: '(không chuyển hướng)',
    failure: {
      'no-such-name': 'tên miền không tồn tại',
      'server-failure': 'lỗi máy chủ DNS',
      timeout: 'quá thời gian',
      refused: 'bị từ chối kết nối',
      unreachable: 'không tới được',
      reset: 'kết nối bị ngắt',
      'tls-failure': 'lỗi TLS',
      'wrong-name': 'chứng thư sai tên',
      expired: 'chứng thư hết hạn',
      'not-yet-valid': 'chứng thư chưa có hiệu lực',
      untrusted: 'chứng thư không tin cậy',
      'too-many-redirects': 'quá nhiều chuyển hướng',
      'redirect-loop': 'chuyển hướng vòng lặp',
      'bad-redirect': 'chuyển hướng không hợp lệ',
      'headers-too-large': 'tiêu đề phản hồi quá lớn',
      'bad-response': 'phản hồi không hợp lệ',
      error: 'lỗi',
    },
  },
  en: {
    columns: { ipv6: 'IPv6', https: 'HTTPS', redirect: 'redirects to' },
    yes: 'yes',
    noAaaa: 'no AAAA',
    noAnswer: 'no answer',
    valid: 'valid',
    httpOnly: 'HTTP only',
    itself: '(no redirect)',
    failure: {
      'no-such-name': 'no such name',
      'server-failure': 'DNS server failure',
      timeout: 'timed out',
      refused: 'connection refused',
      unreachable: 'unreachable',
      reset: 'connection reset',
      'tls-failure': 'TLS failure',
      'wrong-name': 'certificate for another name',
      expired: 'certificate expired',
      'not-yet-valid': 'certificate not yet valid',
      untrusted: 'certificate not trusted',
      'too-many-redirects': 'too many redirects',
      'redirect-loop': 'redirect loop',
      'bad-redirect': 'bad redirect',
      'headers-too-large': 'headers too large',
      'bad-response': 'bad response',
      error: 'error',
    },
  },
};

export interface LiveCells {
  ipv6: string;
  https: string;
  redirect: string;
}

/** The three cells of a row; empty for a row with no host to check. */
export function liveCells(live: LiveFacts | null | undefined, lang: Lang): LiveCells {
  if (!live) return { ipv6: '', https: '', redirect: '' };
  // "Nothing to show" is an en dash: a hyphen would start a formula in a spreadsheet.
  const none = '\u2013';
  const w = LIVE_WORDS[lang];
  const { dns } = live;
  if (dns.a.length === 0 && dns.aaaa.length === 0) {
    const why = w.failure[dns.aFailure ?? dns.aaaaFailure ?? 'no-such-name'];
    return { ipv6: why, https: none, redirect: none };
  }
  const ipv6 = dns.aaaa.length === 0 ? (dns.aaaaFailure ? w.failure[dns.aaaaFailure] : w.noAaaa) : live.ipv6 && (live.ipv6.https.ok || live.ipv6.http.ok) ? w.yes : w.noAnswer;
  const answeredOverHttp = live.http?.hops[0]?.url.startsWith('http:') === true && live.http.hops[0].status !== null;
  const https = live.tls === null ? (answeredOverHttp ? w.httpOnly : none) : live.tls.ok ? w.valid : w.failure[live.tls.failure ?? 'error'];
  let redirect = none;
  if (live.http) {
    const { finalHost, failure } = live.http;
    if (failure !== null) redirect = finalHost && finalHost !== live.host ? `${finalHost} (${w.failure[failure]})` : w.failure[failure];
    else redirect = finalHost && finalHost !== live.host ? finalHost : w.itself;
  }
  return { ipv6, https, redirect };
}

/**
 * The legal instruments and technical standards findings cite, with the dates
 * they are in force and how sure we are of their text (see docs/legal-basis.md).
 *
 * Provenance: V the text itself was read; V? a full copy whose header says it is
 * not yet verified; S a secondary source; U the text was not found.
 */

export type Provenance = 'V' | 'V?' | 'S' | 'U';

export type InstrumentId =
  | 'decree-43-2011'
  | 'decree-42-2022'
  | 'decree-224-2026'
  | 'decree-72-2013'
  | 'decree-147-2024'
  | 'circular-24-2015'
  | 'circular-53-2012'
  | 'circular-37-2020'
  | 'circular-01-2018'
  | 'circular-03-2009-bng'
  | 'laichau-decision-20-2016'
  | 'rfc-1035'
  | 'rfc-1123'
  | 'rfc-5890'
  | 'uts-46'
  | 'uts-39'
  | 'rfc-5280'
  | 'rfc-9110';

export interface Instrument {
  id: InstrumentId;
  title: { vi: string; en: string };
  /** First day in force (YYYY-MM-DD); null for standards. */
  from: string | null;
  /** Last day in force; null while in force. */
  to: string | null;
  provenance: Provenance;
  /** Why the dates or the text are as they are, where it is not obvious. */
  note?: string;
  url?: string;
  /** Who signed it and its official document id, where known. */
  signer?: string;
  docid?: string;
  /** The clauses of it that were repealed, and from when. */
  repealed?: readonly { ref: string; from: string; by: string }[];
}

export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  'decree-43-2011': {
    id: 'decree-43-2011',
    title: { vi: 'Nghị định 43/2011/NĐ-CP', en: 'Decree 43/2011/ND-CP' },
    from: '2011-10-01',
    to: '2022-08-14',
    provenance: 'V',
    note: 'Codified as Điều 3.3.NĐ.3.6 of the Bộ pháp điển.',
  },
  'decree-42-2022': {
    id: 'decree-42-2022',
    title: { vi: 'Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/ND-CP' },
    from: '2022-08-15',
    to: '2026-06-30',
    provenance: 'U',
    note: 'A secondary source places the domain rules in Art. 6; its wording was not found. The library applies the formats Decree 43/2011 and Decree 224/2026 share; a finding that rests only on where the two differ is an info that says the wording was not verified. Repealed by Decree 224/2026 Art. 90(2)(b).',
  },
  'decree-224-2026': {
    id: 'decree-224-2026',
    title: { vi: 'Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/ND-CP' },
    from: '2026-07-01',
    to: null,
    provenance: 'V?',
    note: 'Implements the Law on Digital Transformation 148/2025/QH15; dated 2026-06-24; read from a full copy not yet verified by its publisher.',
    signer: 'Signed for the Government by a Deputy Prime Minister',
    docid: '218628',
  },
  'decree-72-2013': {
    id: 'decree-72-2013',
    title: { vi: 'Nghị định 72/2013/NĐ-CP (sửa đổi bởi Nghị định 27/2018/NĐ-CP)', en: 'Decree 72/2013/ND-CP (as amended by Decree 27/2018/ND-CP)' },
    from: '2018-04-15',
    to: '2024-12-24',
    provenance: 'V',
    note: 'Art. 12(9) as amended by Decree 27/2018 carries the .vn duty from 2018-04-15, when Circular 24/2015 Art. 7(2)-(3) was repealed; read in the codified text. The dates are those of the amended clause; Decree 147/2024 replaced the decree from 2024-12-25.',
  },
  'decree-147-2024': {
    id: 'decree-147-2024',
    title: { vi: 'Nghị định 147/2024/NĐ-CP', en: 'Decree 147/2024/ND-CP' },
    from: '2024-12-25',
    to: null,
    provenance: 'U',
    note: 'Replaced Decree 72/2013; the article that carries the .vn duty was not found, so it is cited without one.',
  },
  'circular-24-2015': {
    id: 'circular-24-2015',
    title: { vi: 'Thông tư 24/2015/TT-BTTTT', en: 'Circular 24/2015/TT-BTTTT' },
    from: '2015-10-10',
    to: null,
    provenance: 'S',
    note: 'Amended by Decree 27/2018 and Circulars 06/2019 and 21/2021 (consolidated text 02/VBHN-BTTTT of 2022). Art. 7(2)-(3), the .vn duty, was repealed from 2018-04-15 by Decree 27/2018 Art. 2(2)(b) (read: V); Art. 6(2) and Art. 13(1) are known from secondary sources.',
    repealed: [{ ref: 'Art. 7(2)-(3)', from: '2018-04-15', by: 'Decree 27/2018/ND-CP Art. 2(2)(b)' }],
  },
  'circular-53-2012': {
    id: 'circular-53-2012',
    title: { vi: 'Thông tư 53/2012/TT-BGDĐT', en: 'Circular 53/2012/TT-BGDDT' },
    from: '2013-02-04',
    to: '2020-11-19',
    provenance: 'S',
    note: 'Signed 2012-12-20; in force about 2013-02-04 (a date not verified) until Circular 37/2020 replaced it. It covers education authorities and preschools, general and continuing-education schools, not universities.',
  },
  'circular-37-2020': {
    id: 'circular-37-2020',
    title: { vi: 'Thông tư 37/2020/TT-BGDĐT', en: 'Circular 37/2020/TT-BGDDT' },
    from: '2020-11-20',
    to: null,
    provenance: 'S',
    note: 'Signed 2020-10-05; in force about 2020-11-20 (a date not verified). Same scope as Circular 53/2012; .edu.vn "depending on specific conditions", and no tentinh/tenhuyen pattern.',
  },
  'circular-03-2009-bng': {
    id: 'circular-03-2009-bng',
    title: { vi: 'Thông tư 03/2009/TT-BNG', en: 'Circular 03/2009/TT-BNG' },
    from: '2009-01-01',
    to: null,
    provenance: 'S',
    note: 'Sets the English names and abbreviations of ministries and agencies that the decrees refer to; only its year is known, so it is taken as in force before any national domain rule.',
  },
  'circular-01-2018': {
    id: 'circular-01-2018',
    title: { vi: 'Thông tư 01/2018/TT-VPCP', en: 'Circular 01/2018/TT-VPCP' },
    from: '2019-01-06',
    to: null,
    provenance: 'V',
    note: 'In force from 2019-01-06 (its Art. 23). Whether it still stands after Decree 118/2025 replaced Decree 61/2018 was not verified.',
  },
  'laichau-decision-20-2016': {
    id: 'laichau-decision-20-2016',
    title: { vi: 'Quyết định 20/2016/QĐ-UBND tỉnh Lai Châu', en: 'Lai Chau Decision 20/2016/QD-UBND' },
    from: '2016-07-16',
    to: null,
    provenance: 'U',
    note: 'Its body was not found; what it requires is taken from the province\u2019s inspection conclusion of 2020-06-25.',
  },
  'rfc-1035': {
    id: 'rfc-1035',
    title: { vi: 'RFC 1035', en: 'RFC 1035' },
    from: null,
    to: null,
    provenance: 'V',
    url: 'https://www.rfc-editor.org/rfc/rfc1035#section-2.3.1',
  },
  'rfc-1123': {
    id: 'rfc-1123',
    title: { vi: 'RFC 1123', en: 'RFC 1123' },
    from: null,
    to: null,
    provenance: 'V',
    url: 'https://www.rfc-editor.org/rfc/rfc1123#section-2.1',
  },
  'rfc-5890': {
    id: 'rfc-5890',
    title: { vi: 'RFC 5890', en: 'RFC 5890' },
    from: null,
    to: null,
    provenance: 'V',
    url: 'https://www.rfc-editor.org/rfc/rfc5890#section-2.3.1',
  },
  'uts-46': {
    id: 'uts-46',
    title: { vi: 'Unicode UTS #46', en: 'Unicode UTS #46' },
    from: null,
    to: null,
    provenance: 'V',
    url: 'https://www.unicode.org/reports/tr46/',
  },
  'uts-39': {
    id: 'uts-39',
    title: { vi: 'Unicode UTS #39', en: 'Unicode UTS #39' },
    from: null,
    to: null,
    provenance: 'V',
    url: 'https://www.unicode.org/reports/tr39/',
  },
  'rfc-5280': {
    id: 'rfc-5280',
    title: { vi: 'RFC 5280', en: 'RFC 5280' },
    from: null,
    to: null,
    provenance: 'V',
    note: 'A certificate\u2019s validity period (§4.1.2.5) and its path to a trusted authority (§6): what a browser checks before it shows an HTTPS site.',
    url: 'https://www.rfc-editor.org/rfc/rfc5280',
  },
  'rfc-9110': {
    id: 'rfc-9110',
    title: { vi: 'RFC 9110', en: 'RFC 9110' },
    from: null,
    to: null,
    provenance: 'V',
    note: 'HTTP semantics: an https origin\u2019s certificate must be valid for its host (§4.3.4).',
    url: 'https://www.rfc-editor.org/rfc/rfc9110#section-4.3.4',
  },
};

/** The first day any national rule on state agencies' domain names applies. */
export const FIRST_RULE_DATE = '2011-10-01';

/** The decree on state agencies' portals in force on a date (at or after FIRST_RULE_DATE). */
export type DecreeId = 'decree-43-2011' | 'decree-42-2022' | 'decree-224-2026';

export function decreeOn(date: string): DecreeId {
  if (date >= '2026-07-01') return 'decree-224-2026';
  if (date >= '2022-08-15') return 'decree-42-2022';
  return 'decree-43-2011';
}

export function inForce(id: InstrumentId, date: string): boolean {
  const i = INSTRUMENTS[id];
  return (i.from === null || date >= i.from) && (i.to === null || date <= i.to);
}

/** The date the law tables were last reviewed against the legal texts (docs/legal-basis.md). */
export const LAW_TABLE_DATE = '2026-11-28';

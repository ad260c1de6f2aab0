/**
 * Whether a label under a province's name reads as one of the province's bodies:
 * the forms of the bodies every province has (`stttt`, `sotttt`, `syt`, `snv`,
 * `bqlkcn` …) or the opening of a body's label (`so…`, `ban…`, `tt…` for a centre,
 * `bv…` for a hospital). Any other label, with no agency to say otherwise, is a
 * system the province runs (RULES, Service hosts: a label that is no unit of
 * the holder makes a host of that holder).
 */
import { PROVINCIAL_BODIES } from '../agency-name/vocabulary.js';
import { nameForms } from '../vi/abbreviation.js';

/** How labels of bodies open: Sở, Ban, BQL, Văn phòng, HĐND, UBND, Thanh tra, Trung tâm, Bệnh viện, Chi cục. */
const OPENINGS = ['so', 'ban', 'bql', 'vp', 'hdnd', 'ubnd', 'thanhtra', 'ttr', 'tt', 'bv', 'benhvien', 'chicuc', 'trungtam'];

/** Short labels bodies go by that no body's full name gives: the councils, the committee's office, Sở Nông nghiệp. */
const SHORT = ['hdnd', 'ubnd', 'vpubnd', 'vphdnd', 'vpdbqh', 'snn'];

let forms: Set<string> | null = null;

function bodyForms(): Set<string> {
  if (!forms) {
    forms = new Set(SHORT);
    for (const body of PROVINCIAL_BODIES) {
      const f = nameForms(body);
      for (const l of [...f.abbreviations, ...f.fullNames]) forms.add(l);
    }
  }
  return forms;
}

export function readsAsAgencyLabel(label: string): boolean {
  if (bodyForms().has(label)) return true;
  return OPENINGS.some((o) => label.length > o.length && label.startsWith(o));
}

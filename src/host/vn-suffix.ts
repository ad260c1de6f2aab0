/**
 * The public suffixes under `.vn`, in a few hundred bytes instead of the whole
 * Public Suffix List: the law is about names under `.vn`, and outside it only the
 * zone matters, so a form never loads the list (tldts's table is over 40 KB
 * gzipped, and some bundlers copy it twice).
 *
 * The ICANN section of the list (as tldts 7.6 ships it) names these
 * second-level suffixes under `vn` and nothing deeper; `vn-suffix.test.ts`
 * checks them against the list.
 */

/** The field-based second-level suffixes (`com.vn`, `gov.vn` …), and the short ones `ad`, `ap`, `on`. */
const BY_FIELD = 'ac ad ai ap biz com edu gov health id info int io name net on org pro';

/** Named after the 63 provinces before 2025 (`laichau.vn` …), and `hue`. */
const BY_PROVINCE =
  'angiang bacgiang backan baclieu bacninh baria-vungtau bentre binhdinh binhduong binhphuoc binhthuan camau cantho ' +
  'caobang daklak daknong danang dienbien dongnai dongthap gialai hagiang haiduong haiphong hanam hanoi hatinh ' +
  'haugiang hoabinh hungyen khanhhoa kiengiang kontum laichau lamdong langson laocai longan namdinh nghean ninhbinh ' +
  'ninhthuan phutho phuyen quangbinh quangnam quangngai quangninh quangtri soctrang sonla tayninh thaibinh ' +
  'thainguyen thanhhoa thanhphohochiminh thuathienhue tiengiang travinh tuyenquang vinhlong vinhphuc yenbai ' +
  // Not in the older copies of the list (the psl package's), in tldts 7.6's.
  'hue';

const SECOND_LEVEL: ReadonlySet<string> = new Set(`${BY_FIELD} ${BY_PROVINCE}`.split(' '));

/** Every public suffix under `.vn`, `vn` itself first: what the test compares with the list. */
export const VN_SUFFIXES: readonly string[] = ['vn', ...[...SECOND_LEVEL].map((l) => `${l}.vn`)];

/**
 * How many labels, from the right, the public suffix of a name ending in `vn`
 * takes: 2 for `x.gov.vn` or `x.laichau.vn`, 1 for `x.vn`. The labels are ASCII
 * (A-labels), lower case, as the host layer gives them.
 */
export function vnSuffixLength(labels: readonly string[]): 1 | 2 {
  const n = labels.length;
  return n >= 2 && SECOND_LEVEL.has(labels[n - 2]!) ? 2 : 1;
}

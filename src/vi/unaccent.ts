/**
 * Exact removal of Vietnamese diacritics: every letter of U+00C0–U+017F,
 * U+01A0–U+01B0 (ơ, ư) and U+1EA0–U+1EF9 maps to its base letter, and `đ`/`Đ` to `d`/`D` (Unicode does
 * not decompose them, so NFD alone would keep them). The input is put in NFC
 * first so that decomposed (NFD) text gives the same result.
 */

let table: Map<number, string> | undefined;

/** Built once, on first use: base letters of every precomposed Latin letter we map. */
function baseTable(): Map<number, string> {
  if (table) return table;
  table = new Map();
  const add = (from: number, to: number) => {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCharCode(cp);
      // NFD splits a precomposed letter into its base and combining marks.
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (base !== ch && base.length === 1) table!.set(cp, base);
    }
  };
  add(0x00c0, 0x017f);
  // Ơ ơ Ư ư live in Latin Extended-B, outside the range above.
  add(0x01a0, 0x01b0);
  add(0x1ea0, 0x1ef9);
  table.set(0x0110, 'D'); // Đ
  table.set(0x0111, 'd'); // đ
  return table;
}

function isCombiningMark(cp: number): boolean {
  return cp >= 0x0300 && cp <= 0x036f;
}

/** Vietnamese text without diacritics; other characters are kept as they are. */
export function unaccent(text: string): string {
  const nfc = text.normalize('NFC');
  let ascii = true;
  for (let i = 0; i < nfc.length; i++) {
    if (nfc.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return nfc;
  const map = baseTable();
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const cp = nfc.charCodeAt(i);
    if (cp < 0x80) {
      out += nfc[i];
      continue;
    }
    // A mark NFC could not compose (e.g. on a consonant) is dropped as well.
    if (isCombiningMark(cp)) continue;
    out += map.get(cp) ?? nfc[i];
  }
  return out;
}

/** True when the text carries a letter that `unaccent` would change. */
export function hasDiacritics(text: string): boolean {
  return unaccent(text) !== text.normalize('NFC');
}

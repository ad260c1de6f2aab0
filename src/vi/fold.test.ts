import { describe, expect, it } from 'vitest';
import { foldKey, fullNameLabels } from './fold.js';

describe('foldKey', () => {
  it.each([
    ['Lai Châu', 'lai chau'],
    ['LAI CHÂU', 'lai chau'],
    ['Hoà Bình', 'hoa binh'],
    ['Hòa Bình', 'hoa binh'],
    ['Sìn Hồ', 'sin ho'],
    ['Sin Hồ', 'sin ho'],
    ['Sơn La', 'son la'],
    ['Ưu Điềm', 'uu diem'],
    ['Điện Biên', 'dien bien'],
    ['  UBND   huyện\tTân Uyên  ', 'ubnd huyen tan uyen'],
    ['TP.HCM', 'tp hcm'],
    ['Sở TT&TT', 'so tt tt'],
    ['Bà Rịa - Vũng Tàu', 'ba ria vung tau'],
    ['Bà Rịa – Vũng Tàu', 'ba ria vung tau'],
    ['Quận 1', 'quan 1'],
    ['', ''],
    ['—', ''],
  ])('%j → %j', (input, key) => {
    expect(foldKey(input)).toBe(key);
  });

  it('joins the parts of a name at any apostrophe', () => {
    expect(foldKey("Ia H'Drai")).toBe('ia hdrai');
    expect(foldKey('Ia H’Drai')).toBe('ia hdrai');
    expect(foldKey('Ia Hʼ Drai')).toBe('ia h drai');
    expect(foldKey("People's Committee")).toBe('peoples committee');
  });

  it('separates at non-ASCII spaces and punctuation', () => {
    expect(foldKey('Lai\u00a0Châu')).toBe('lai chau');
    expect(foldKey('\ufeffLai Châu')).toBe('lai chau');
    expect(foldKey('«Lai Châu»')).toBe('lai chau');
    expect(foldKey('Lai…Châu')).toBe('lai chau');
  });

  it('gives the same key for NFD and NFC', () => {
    const name = 'Ủy ban nhân dân huyện Mường Tè';
    expect(foldKey(name.normalize('NFD'))).toBe(foldKey(name));
  });

  it('keeps non-Latin letters, lower-cased', () => {
    expect(foldKey('Москва')).toBe('москва');
  });
});

describe('fullNameLabels', () => {
  it.each([
    ['Lai Châu', ['laichau']],
    ['Điện Biên', ['dienbien']],
    ['Đắk Lắk', ['daklak']],
    ['Sơn La', ['sonla']],
    ['Thừa Thiên Huế', ['thuathienhue']],
    ['Bà Rịa - Vũng Tàu', ['baria-vungtau', 'bariavungtau']],
    ['Bà Rịa – Vũng Tàu', ['baria-vungtau', 'bariavungtau']],
    ['Bà Rịa-Vũng Tàu', ['baria-vungtau', 'bariavungtau']],
    ['Phan Rang - Tháp Chàm', ['phanrang-thapcham', 'phanrangthapcham']],
    ["Ia H'Drai", ['iahdrai']],
    ['1', ['1']],
    ['', []],
    [' - ', []],
  ])('%j → %j', (name, labels) => {
    expect(fullNameLabels(name)).toEqual(labels);
  });

  it('gives the same labels for NFD and NFC', () => {
    expect(fullNameLabels('Bà Rịa - Vũng Tàu'.normalize('NFD'))).toEqual(['baria-vungtau', 'bariavungtau']);
  });
});

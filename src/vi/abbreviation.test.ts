import { describe, expect, it } from 'vitest';
import { abbreviationCandidates } from './abbreviation.js';
import { ENGLISH_ABBREVIATIONS } from './english-abbreviations.js';

describe('abbreviationCandidates', () => {
  it('gives every form for a department, most likely first', () => {
    expect(abbreviationCandidates('Sở Thông tin và Truyền thông')).toEqual([
      'stttt',
      'sttvtt',
      'sotttt',
      'tttt',
      'dic',
      'sothongtinvatruyenthong',
      'sothongtintruyenthong',
      'thongtinvatruyenthong',
      'thongtintruyenthong',
    ]);
  });

  // The label in use comes first, or is among the candidates (source: test/fixtures/domains.csv,
  // docs/legal-basis.md).
  it.each([
    ['Sở Thông tin và Truyền thông', 'stttt', 0],
    ['Sở Khoa học và Công nghệ', 'skhcn', 0],
    ['Sở Y tế', 'syt', 0],
    ['Sở Giáo dục và Đào tạo', 'sgddt', 0],
    ['Sở Văn hóa, Thể thao và Du lịch', 'svhttdl', 0],
    ['Sở Văn hoá, Thể thao và Du lịch', 'svhttdl', 0],
    ['Bộ Văn hóa, Thể thao và Du lịch', 'bvhttdl', 0],
    ['Ban Quản lý Khu kinh tế', 'bqlkkt', 0],
    ['Ban Quản lý các KCN', 'bqlkcn', 0],
    ['Sở Du lịch', 'sdl', 0],
    ['Sở Quy hoạch - Kiến trúc', 'sqhkt', 0],
    ['Hội đồng nhân dân', 'hdnd', 0],
    ['HĐND', 'hdnd', 0],
    ['Bảo hiểm xã hội', 'bhxh', 0],
    ['Sở Thông tin và Truyền thông', 'sotttt', 2],
    ['Sở TT&TT', 'sotttt', 1],
    ['Sở Nội vụ', 'sonoivu', -1],
    ['Công an', 'congan', -1],
    ['Bảo hiểm xã hội', 'baohiemxahoi', -1],
    ['Sở Khoa học và Công nghệ', 'dost', -1],
    ['Sở Y tế', 'doh', -1],
    ['Bộ Y tế', 'moh', -1],
    ['Bộ Tài chính', 'mof', -1],
    ['Bộ Tư pháp', 'moj', -1],
    ['Bộ Công Thương', 'moit', -1],
    ['Bộ Xây dựng', 'moc', -1],
    ['Bộ Khoa học và Công nghệ', 'mst', -1],
    ['Bộ Khoa học và Công nghệ', 'most', -1],
    ['Bộ Giáo dục và Đào tạo', 'moet', -1],
    ['Bộ Nội vụ', 'moha', -1],
    ['Bộ Nông nghiệp và Môi trường', 'mae', -1],
    ['Bộ Kế hoạch và Đầu tư', 'mpi', -1],
    ['Bộ Lao động - Thương binh và Xã hội', 'molisa', -1],
    ['Bộ Nông nghiệp và PTNT', 'mard', -1],
    ['Bộ Tài nguyên và Môi trường', 'monre', -1],
    ['Bộ Giao thông vận tải', 'mt', -1],
    ['Bộ Thông tin và Truyền thông', 'mic', -1],
  ])('%s → %s', (body, label, at) => {
    const candidates = abbreviationCandidates(body);
    if (at >= 0) expect(candidates.indexOf(label)).toBe(at);
    else expect(candidates).toContain(label);
  });

  it.each([
    [
      'Sở Khoa học và Công nghệ',
      [
        'skhcn',
        'skhvcn',
        'sokhcn',
        'khcn',
        'dost',
        'sokhoahocvacongnghe',
        'sokhoahoccongnghe',
        'khoahocvacongnghe',
        'khoahoccongnghe',
      ],
    ],
    ['Sở Y tế', ['syt', 'soyt', 'yt', 'doh', 'soyte', 'yte']],
    ['Sở Nội vụ', ['snv', 'sonv', 'nv', 'doha', 'sonoivu', 'noivu']],
    ['Công an', ['ca', 'congan']],
    ['Cục Thuế', ['ct', 'cuct', 'thue', 'cucthue']],
  ])('%s gives exactly its forms', (body, forms) => {
    expect(new Set(abbreviationCandidates(body))).toEqual(new Set(forms));
  });

  it('keeps an acronym in the name whole', () => {
    expect(abbreviationCandidates('Sở GD&ĐT')[0]).toBe('sgddt');
    expect(abbreviationCandidates('Văn phòng UBND')[0]).toBe('vpubnd');
    expect(abbreviationCandidates('Sở TT&TT')).toContain('dic');
    expect(abbreviationCandidates('Sở NN&PTNT')).toContain('dard');
  });

  it('reads a name typed in capitals like one in mixed case', () => {
    expect(abbreviationCandidates('SỞ Y TẾ')).toEqual(abbreviationCandidates('Sở Y tế'));
  });

  it('counts numbers whole', () => {
    expect(abbreviationCandidates('Trường THCS số 12')[0]).toBe('tthcss12');
  });

  it('offers no head-based forms when the name has no head word', () => {
    expect(abbreviationCandidates('Hội đồng nhân dân')).toEqual(['hdnd', 'hoidongnhandan']);
  });

  it('cannot see word boundaries: initials are per syllable', () => {
    // The ministry uses word initials (Dân tộc, Tôn giáo → bdtg); syllables give bdttg.
    expect(abbreviationCandidates('Bộ Dân tộc và Tôn giáo')[0]).toBe('bdttg');
  });

  it('does not take one field for another', () => {
    // Ngoại vụ (foreign affairs) has the initials of Nội vụ (home affairs).
    expect(abbreviationCandidates('Sở Ngoại vụ')).not.toContain('doha');
    // English forms belong to departments and ministries, not to other bodies.
    expect(abbreviationCandidates('Trung tâm Y tế')).not.toContain('doh');
  });

  it('gives the same forms for NFD input', () => {
    const body = 'Sở Văn hóa, Thể thao và Du lịch';
    expect(abbreviationCandidates(body.normalize('NFD'))).toEqual(abbreviationCandidates(body));
  });

  it('returns lower-case ASCII only, without duplicates', () => {
    for (const body of ['Sở Thông tin và Truyền thông', 'Sở Đắk Lắk', 'Bộ Y tế', 'Trường Ưu tú', 'Sở Москва']) {
      const candidates = abbreviationCandidates(body);
      for (const c of candidates) expect(c, body).toMatch(/^[a-z0-9]+$/);
      expect(new Set(candidates).size, body).toBe(candidates.length);
    }
  });

  it('returns nothing for a name without letters', () => {
    expect(abbreviationCandidates('')).toEqual([]);
    expect(abbreviationCandidates(' - ')).toEqual([]);
  });
});

describe('ENGLISH_ABBREVIATIONS', () => {
  it('holds lower-case ASCII forms, each used once', () => {
    const all = ENGLISH_ABBREVIATIONS.flatMap((r) => [...r.department, ...r.ministry]);
    for (const a of all) expect(a).toMatch(/^[a-z]+$/);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('distinctInitials', () => {
  it('keeps whole initial consonants to tell bodies apart', async () => {
    const { distinctInitials } = await import('./abbreviation.js');
    expect(distinctInitials('Sở Ngoại vụ')).toBe('sngv');
    expect(distinctInitials('Sở Nội vụ')).toBeNull();
  });
});

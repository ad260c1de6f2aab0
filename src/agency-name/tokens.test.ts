import { describe, expect, it } from 'vitest';
import { parseAgencyName } from './index.js';

describe('parseAgencyName: cleaning', () => {
  it('keeps the input and cleans the text', () => {
    const p = parseAgencyName('  Hội đồng nhân dân\u00a0 tỉnh   Lai Châu (Trang TTĐT) ');
    expect(p.input).toBe('  Hội đồng nhân dân\u00a0 tỉnh   Lai Châu (Trang TTĐT) ');
    expect(p.text).toBe('Hội đồng nhân dân tỉnh Lai Châu');
  });

  it('removes parentheses wherever they are, nested or unclosed', () => {
    expect(parseAgencyName('Sở Y tế (cũ) tỉnh Lai Châu').text).toBe('Sở Y tế tỉnh Lai Châu');
    expect(parseAgencyName('Sở Y tế (a (b) c) tỉnh Lai Châu').text).toBe('Sở Y tế tỉnh Lai Châu');
    expect(parseAgencyName('Sở Y tế tỉnh Lai Châu (cũ').text).toBe('Sở Y tế tỉnh Lai Châu');
    expect(parseAgencyName('Sở Y tế) tỉnh Lai Châu').text).toBe('Sở Y tế tỉnh Lai Châu');
  });

  it('keeps decorations in the text but not in the body', () => {
    const p = parseAgencyName('Cổng TTĐT Sở Y tế tỉnh Lai Châu');
    expect(p.text).toBe('Cổng TTĐT Sở Y tế tỉnh Lai Châu');
    expect(p.body).toBe('Sở Y tế');
    expect(p.kind).toBe('province-agency');
  });

  it('gives NFC text for NFD input', () => {
    const p = parseAgencyName('Ủy ban nhân dân huyện Mường Tè'.normalize('NFD'));
    expect(p.text).toBe('Ủy ban nhân dân huyện Mường Tè'.normalize('NFC'));
  });

  it('reads nothing from an empty name', () => {
    expect(parseAgencyName('  ')).toEqual({ input: '  ', text: '', kind: null, hints: [], localityImplicit: false });
  });
});

/**
 * The names every benchmark runs over, built the same way each run: the real
 * names of test/fixtures/domains.csv, then every province, district and commune
 * the library knows under gov.vn, edu.vn and other suffixes, valid and invalid,
 * ASCII and IDN, with and without agency context.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allProvinces, communesOf, districtsOf } from '../src/data/lookup.js';

export interface BenchName {
  name: string;
  agency?: string;
  province?: string;
}

function realNames(): BenchName[] {
  const text = readFileSync(fileURLToPath(new URL('../test/fixtures/domains.csv', import.meta.url)), 'utf8');
  const out: BenchName[] = [];
  for (const line of text.split('\n').slice(1)) {
    const domain = line.split(',')[0];
    if (domain) out.push({ name: domain });
  }
  return out;
}

/** A deterministic stream of names, at least `size` long. */
export function buildCorpus(size = 200_000): BenchName[] {
  const base: BenchName[] = realNames();
  for (const p of allProvinces()) {
    const pl = p.labels[0]!;
    base.push({ name: `${pl}.gov.vn`, agency: `UBND ${p.fullName}` });
    base.push({ name: `www.${pl}.gov.vn` });
    base.push({ name: `${pl}.edu.vn`, agency: `Sở Giáo dục và Đào tạo ${p.fullName}` });
    base.push({ name: `stttt.${pl}.gov.vn`, agency: `Sở Thông tin và Truyền thông ${p.fullName}` });
    base.push({ name: `tinh${pl}.gov.vn` });
    base.push({ name: `${pl}.com` });
    base.push({ name: `https://${pl}.gov.vn/gioi-thieu?x=1` });
    for (const d of districtsOf(p.id)) {
      const dl = d.labels[0]!;
      base.push({ name: `${dl}.${pl}.gov.vn`, agency: `UBND ${d.fullName}`, province: p.name });
      base.push({ name: `huyen${dl}.gov.vn` });
      base.push({ name: `${dl}.edu.vn` });
    }
    for (const c of communesOf(p.id)) {
      const cl = c.labels[0]!;
      base.push({ name: `${cl}.${pl}.gov.vn` });
      base.push({ name: `xa${cl}.gov.vn`, agency: `UBND ${c.fullName}`, province: p.name });
      base.push({ name: `${cl}.${pl}.gov.vn`, agency: `UBND ${c.fullName}`, province: p.name });
    }
  }
  // Invalid and IDN names.
  base.push(
    { name: 'a..b.gov.vn' },
    { name: '-bad-.gov.vn' },
    { name: '127.0.0.1' },
    { name: 'xn--laichu-yva.gov.vn' },
    { name: 'laichâu.gov.vn' },
    { name: 'lаichau.gov.vn' },
    { name: 'LAICHAU.GOV.VN.' },
    { name: 'under_score.gov.vn' },
  );
  const out: BenchName[] = [];
  for (let i = 0; out.length < size; i++) out.push(base[i % base.length]!);
  return out;
}

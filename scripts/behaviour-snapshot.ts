/**
 * Prints, one JSON line per case, what the public API answers for a fixed, large
 * set of inputs: the test corpus, every province, district and commune name the
 * tables know under gov.vn, every central agency, on three dates and in both
 * languages, and 40,000 seeded random names and agencies. A refactor that must not
 * change behaviour is checked by diffing this output before and after it:
 *
 *   npx tsx scripts/behaviour-snapshot.ts > before.jsonl
 *   (change the code)
 *   npx tsx scripts/behaviour-snapshot.ts > after.jsonl
 *   npx tsx scripts/behaviour-diff.ts before.jsonl after.jsonl
 *
 * Options: `--random N` (default 40000), `--seed S` (default 20261201).
 */
import { allAgencies } from '../src/data/agency-lookup.js';
import { allProvinces, communesOf, districtsOf } from '../src/data/lookup.js';
import { oldCommunesOf } from '../src/data/units.js';
import '../src/history.js';
import { ENTITY_KINDS, suggest, validate, type ValidateOptions } from '../src/index.js';
import { readFixtureCsv } from '../test/csv.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RANDOM = opt('--random', 40000);
let seed = opt('--seed', 20261201) >>> 0;

/** mulberry32: small, seeded, the same sequence on every machine. */
function rnd(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const DATES = ['2020-06-25', '2025-09-01', '2026-11-28'] as const;
const LANGS = ['vi', 'en'] as const;

interface Case {
  name: string;
  options: ValidateOptions;
}
const cases: Case[] = [];
const agencies = new Set<string>();

function all(name: string, agency?: string, province?: string): void {
  for (const asOf of DATES) {
    for (const lang of LANGS) {
      const options: ValidateOptions = { asOf, lang };
      if (agency !== undefined) options.agency = agency;
      if (province !== undefined) options.province = province;
      cases.push({ name, options });
    }
  }
  if (agency !== undefined) agencies.add(agency);
}

// The corpus, with and without its agency; the 2020 inspection's table.
for (const row of readFixtureCsv('domains.csv')) {
  all(row.domain!);
  all(row.domain!, row.entity_name_vi, row.province || undefined);
}
for (const row of readFixtureCsv('lai-chau-inspection-2020.csv')) {
  all(row.domain!, row.agency, 'Lai Châu');
}

// Every unit the tables know, under gov.vn, with its own name as the agency.
const provinceLabels: string[] = [];
const unitNames: string[] = [];
const labels: string[] = [];
for (const p of allProvinces()) {
  const pl = p.labels[0]!;
  provinceLabels.push(pl);
  labels.push(...p.labels);
  all(`${pl}.gov.vn`);
  all(`${pl}.gov.vn`, `UBND ${p.fullName}`);
  unitNames.push(p.fullName);
  for (const d of districtsOf(p.id)) {
    const dl = d.labels[0]!;
    labels.push(dl);
    unitNames.push(d.fullName);
    all(`${dl}.${pl}.gov.vn`);
    all(`${dl}.${pl}.gov.vn`, `UBND ${d.fullName}`, p.name);
  }
  for (const c of [...communesOf(p.id), ...oldCommunesOf(p.id)]) {
    const cl = c.labels[0]!;
    labels.push(cl);
    unitNames.push(c.fullName);
    all(`${cl}.${pl}.gov.vn`);
    all(`${cl}.${pl}.gov.vn`, `UBND ${c.fullName}`, p.name);
  }
}
const agencyNames: string[] = [];
for (const a of allAgencies()) {
  for (const l of a.labels) {
    labels.push(l);
    all(`${l}.gov.vn`);
    all(`${l}.gov.vn`, a.names[0]);
  }
  agencyNames.push(...a.names);
}

// Seeded random names and agencies: table pieces recombined, with junk.
const BODIES = ['Sở Y tế', 'Sở Tư pháp', 'Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Văn phòng UBND', 'Ban Quản lý dự án', 'Trường THPT Chuyên', 'Bệnh viện Đa khoa', 'Thanh tra', 'Sở TN&MT', 'Công an', 'Kho bạc Nhà nước', 'Tỉnh ủy', 'Huyện ủy', 'Đảng ủy khối'];
const PREFIXES = ['', 'www.', 'sotp.', 'syt.', 'dichvucong.', 'e-services.', 'huyen', 'xa', 'phuong', 'tp', 'thixa', 'ubnd', 'sgd', 'bhxh', 'cucthue'];
const ZONES = ['.gov.vn', '.gov.vn', '.gov.vn', '.edu.vn', '.vn', '.com', '.org.vn', '.com.vn', ''];
const JUNK = ['', ' ', '-', '--', 'xn--', '..', '_', 'é', 'đ', '%2e', '@', ':8080', '/path', 'http://', 'https://', 'ạ', '\u200b', 'А'];
const UNIT_WORDS = ['UBND xã', 'UBND phường', 'UBND huyện', 'UBND thị xã', 'UBND thành phố', 'Ủy ban nhân dân tỉnh', 'UBND thị trấn', 'UBND quận', ''];
const randomDates = ['2011-10-01', '2013-06-01', '2015-10-10', '2018-04-15', '2019-01-06', '2020-06-25', '2022-08-01', '2024-12-25', '2025-03-01', '2025-06-30', '2025-07-01', '2026-06-30', '2026-07-01', '2026-11-28'];

function randomName(): string {
  const n = 1 + Math.floor(rnd() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push((rnd() < 0.3 ? pick(PREFIXES) : '') + pick(labels) + (rnd() < 0.08 ? pick(JUNK) : ''));
  if (rnd() < 0.5) parts.push(pick(provinceLabels));
  let name = parts.join('.') + pick(ZONES);
  if (rnd() < 0.05) name = pick(JUNK) + name;
  if (rnd() < 0.05) name = name.toUpperCase();
  return name;
}
function randomAgency(): string | undefined {
  const r = rnd();
  if (r < 0.25) return undefined;
  if (r < 0.45) return pick(agencyNames);
  if (r < 0.7) return `${pick(UNIT_WORDS)} ${pick(unitNames).replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu) /, '')}`.trim();
  if (r < 0.9) return `${pick(BODIES)} ${rnd() < 0.5 ? 'tỉnh ' : ''}${pick(unitNames)}`;
  return pick(unitNames);
}
for (let i = 0; i < RANDOM; i++) {
  const options: ValidateOptions = { asOf: pick(randomDates), lang: pick(LANGS) };
  const agency = randomAgency();
  if (agency !== undefined) options.agency = agency;
  if (rnd() < 0.1) options.kind = pick(ENTITY_KINDS);
  if (rnd() < 0.1) options.province = pick(unitNames);
  cases.push({ name: randomName(), options });
  if (agency !== undefined && rnd() < 0.2) agencies.add(agency);
}

const out: string[] = [];
const flush = () => {
  process.stdout.write(out.join(''));
  out.length = 0;
};
for (const c of cases) {
  let line: unknown;
  try {
    line = { case: c, result: validate(c.name, c.options) };
  } catch (e) {
    line = { case: c, thrown: String(e) };
  }
  out.push(JSON.stringify(line) + '\n');
  if (out.length >= 2000) flush();
}
for (const agency of agencies) {
  for (const asOf of DATES) {
    let line: unknown;
    try {
      line = { suggest: agency, asOf, names: suggest(agency, { asOf }) };
    } catch (e) {
      line = { suggest: agency, asOf, thrown: String(e) };
    }
    out.push(JSON.stringify(line) + '\n');
  }
}
flush();

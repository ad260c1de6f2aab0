/** What the agency-name tests share: the fixtures, a gazetteer of their provinces, and the comparison. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { foldKey } from '../../vi/fold.js';
import type { EntityKind } from '../../result.js';
import { parseAgencyName, type AgencyName, type Locality } from '../index.js';

// Fixtures are read in the test only; the library itself uses no Node built-ins.
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../../test/fixtures/${file}`, import.meta.url), 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const split = (line: string): string[] => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '"') {
        if (quoted && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = !quoted;
      } else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    return cells;
  };
  const header = split(lines[0]!);
  return lines.slice(1).map((line) => {
    const cells = split(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

export const DOMAINS = readCsv('domains.csv');
export const INSPECTION = readCsv('lai-chau-inspection-2020.csv');

/** The provinces the fixture names, as a caller's gazetteer would know them. */
const PLACES = new Set(DOMAINS.map((r) => foldKey(r.province ?? '')).filter((p) => p.length > 0));
export const isPlace = (name: string): boolean => PLACES.has(foldKey(name));

export interface Expected {
  /** 'type:name', or a bare name. */
  unit?: string;
  body?: string;
  locality?: string;
  hints?: string[];
  implicit?: boolean;
  /** Why the parser's kind differs from the fixture's entity_type. */
  differs?: string;
}
export type Row = [name: string, kind: EntityKind | null, expected: Expected];

const show = (l: Locality | undefined): string | undefined =>
  l === undefined ? undefined : l.unitType ? `${l.unitType}:${l.name}` : l.name;

function summary(p: AgencyName) {
  return {
    kind: p.kind,
    unit: show(p.unit),
    body: p.body,
    locality: show(p.locality),
    hints: p.hints.map((h) => show(h)!),
    implicit: p.localityImplicit,
  };
}

/** `places` null: no gazetteer. */
export function expectParsed(name: string, kind: EntityKind | null, e: Expected, places: typeof isPlace | null = isPlace): void {
  expect(summary(parseAgencyName(name, places ?? undefined))).toEqual({
    kind,
    unit: e.unit,
    body: e.body,
    locality: e.locality,
    hints: e.hints ?? [],
    implicit: e.implicit ?? false,
  });
}

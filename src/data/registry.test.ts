import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegistry, readRegistry, REGISTRY_OUTPUT } from '../../scripts/generate-registry.js';
import { compileRegistry } from '../../scripts/registry-schema.js';

const root = new URL('../../', import.meta.url);

describe('the registry of state bodies', () => {
  it('compiles to what src/data/registry.generated.ts holds (run `npm run generate` if not)', () => {
    expect(readFileSync(new URL(REGISTRY_OUTPUT, root), 'utf8')).toBe(buildRegistry());
  });

  it('gives every entry and network a source', () => {
    const { entries, networks } = readRegistry();
    for (const e of [...entries, ...networks]) expect(e.source.length).toBeGreaterThan(4);
  });

  it('knows the ministries on both sides of 2025-03-01, with their successors', () => {
    const ids = new Map(readRegistry().entries.map((e) => [e.id, e]));
    for (const id of ['mpi', 'molisa', 'mard', 'monre', 'mt', 'mic', 'cema']) {
      const e = ids.get(id)!;
      expect(e.to).toBe('2025-02-28');
      expect(ids.has(e.successor!)).toBe(true);
    }
    for (const id of ['mae', 'bdtg']) expect(ids.get(id)!.from).toBe('2025-03-01');
  });

  it('refuses an unknown parent and an id listed twice', () => {
    const base = { names: ['Cục X'], labels: [], level: 'unit' as const, source: 'a site' };
    expect(() => compileRegistry([{ id: 'x', ...base, parents: [{ id: 'nobody' }] }], [])).toThrow(/unknown parent/);
    expect(() => compileRegistry([{ id: 'x', ...base }, { id: 'x', ...base }], [])).toThrow(/twice/);
  });
});

/** `npm run generate` (second step): data/registry/*.json → src/data/registry.generated.ts. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRegistry, fileSchema, networkSchema, type RegistryEntry, type RegistryNetwork } from './registry-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const REGISTRY_DIR = 'data/registry';
export const REGISTRY_OUTPUT = 'src/data/registry.generated.ts';
/** Ministries first: where two bodies share a name or label, the later file's entry is the one read. */
const ORDER = ['ministries.json', 'central-bodies.json'];

function parse<T>(path: string, schema: { parse(x: unknown): T }): T {
  try {
    return schema.parse(JSON.parse(readFileSync(`${root}${path}`, 'utf8')));
  } catch (err) {
    throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function readRegistry(): { entries: RegistryEntry[]; networks: RegistryNetwork[] } {
  const files = readdirSync(`${root}${REGISTRY_DIR}`).filter((f) => f.endsWith('.json'));
  files.sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const entries = files.flatMap((f) => parse(`${REGISTRY_DIR}/${f}`, fileSchema).entries);
  const nets = readdirSync(`${root}${REGISTRY_DIR}/networks`).filter((f) => f.endsWith('.json')).sort();
  const networks = nets.map((f) => parse(`${REGISTRY_DIR}/networks/${f}`, networkSchema));
  return { entries, networks };
}

export function buildRegistry(): string {
  const { entries, networks } = readRegistry();
  return compileRegistry(entries, networks);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = buildRegistry();
  writeFileSync(`${root}${REGISTRY_OUTPUT}`, out);
  console.log(`wrote ${REGISTRY_OUTPUT} (${out.split('\n').length - 6} bodies)`);
}

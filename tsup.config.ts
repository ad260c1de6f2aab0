import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: pure, browser-safe, ESM + CJS with types.
    entry: { index: 'src/index.ts', history: 'src/history.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    external: ['tldts', 'punycode', 'punycode/'],
    splitting: true,
  },
  {
    // The command line: Node only.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['tldts', 'punycode', 'punycode/'],
  },
]);

import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: pure, browser-safe, ESM + CJS with types. govvn/zod imports the
    // core's chunks rather than carrying a copy of the engine.
    // govvn/live is built here too, so it shares the core's chunks (one engine, one
    // set of tables, govvn/history seen by both); its Node built-ins stay imports of
    // its own file, which test/core-purity.test.ts checks the core never reaches.
    entry: { index: 'src/index.ts', history: 'src/history.ts', zod: 'src/zod.ts', report: 'src/report.ts', live: 'src/live/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // zod is the user's own copy (a peer dependency), never bundled.
    external: ['tldts', 'punycode', 'punycode/', 'zod', /^node:/],
    removeNodeProtocol: false,
    splitting: true,
    // A form page may load dist/index.js as it is, without a bundler: ship it
    // minified (class and error names are set explicitly, so nothing depends on them).
    minify: true,
    sourcemap: true,
  },
  {
    // The command line: Node only.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['tldts', 'punycode', 'punycode/'],
    // zod validates govvn.config.json; it is only a dev dependency, so it ships inside cli.js.
    noExternal: ['zod'],
  },
]);

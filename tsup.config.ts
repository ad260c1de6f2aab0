import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// The library's entries; the command line is built beside them in the ESM build.
// govvn/live is one of them, so it shares the core's chunks (one engine, one set of tables,
// govvn/history seen by both); its Node built-ins stay imports of its own files, which
// test/core-purity.test.ts checks the core never reaches.
const LIBRARY = { index: 'src/index.ts', history: 'src/history.ts', zod: 'src/zod.ts', report: 'src/report.ts', live: 'src/live/index.ts' };

const shared: Options = {
  dts: { entry: LIBRARY },
  target: 'es2022',
  platform: 'neutral',
  // zod is the user's own copy (a peer dependency), never bundled; Node's built-ins
  // are reached only from the command line's own files.
  external: ['tldts', 'punycode', 'punycode/', 'zod', /^node:/],
  removeNodeProtocol: false,
  splitting: true,
  // A form page may load dist/index.js as it is, without a bundler: ship it
  // minified (class and error names are set explicitly, so nothing depends on them).
  minify: true,
  // Maps of govvn's own sources only (every third-party package stays external), and
  // without the sources' text: stack traces still name src/ files and lines, while
  // the package does not carry its sources (and generated tables) a second time.
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
};

/** The command line is an ES module of the build; only its own file starts with the shebang. */
function makeCliExecutable(): Promise<void> {
  const file = 'dist/cli.js';
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${text}`);
  chmodSync(file, 0o755);
  return Promise.resolve();
}

export default defineConfig([
  {
    ...shared,
    // ESM: the library and the command line share one set of chunks, so cli.js
    // carries no second copy of the engine.
    entry: { ...LIBRARY, cli: 'src/cli/main.ts' },
    format: ['esm'],
    clean: true,
    onSuccess: makeCliExecutable,
  },
  {
    ...shared,
    entry: LIBRARY,
    format: ['cjs'],
  },
]);

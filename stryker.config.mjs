// Mutation testing of the rules and the hostname normaliser: `npm run mutation`
// (not part of CI; see docs/quality.md for the scores and what survives, and why).
//
// The test processes Stryker starts inherit this variable: the package test (npm pack
// and npm install, network) skips itself, and the property tests run fewer cases, so
// that each mutant costs seconds, not minutes.
process.env.GOVVN_MUTATION = '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  // The rules, their gate and the name normaliser. The hostname layer (src/host) is
  // mutated on its own, `npm run mutation -- --mutate "src/host/**/*.ts"`: with two
  // cores the whole scope takes hours, and that layer has its own test suites (PSL
  // and URL Standard vectors, hostile names) run below.
  mutate: ['src/law/rules/**/*.ts', 'src/law/match.ts', 'src/law/applies.ts', 'src/vi/unaccent.ts', 'src/vi/fold.ts'],
  // The tests that judge names by example: the rules table (every cell of the table of how each kind is judged),
  // the rule pages' examples, the 2020 inspection, the hostile names, the rules'
  // edges and messages (test/property-rules-*.test.ts), the normaliser's and the
  // matcher's own tests. Not the command line's, the zod entry's or the package's,
  // which run the built dist/ and cannot see a mutant; not the random property tests
  // and the corpus, whose set-up (tens of thousands of names) would be paid again for
  // every mutant; not test/validate.test.ts, one of whose test names holds a
  // 100,000-character input, which makes the runner's test-name filter a regular
  // expression too large for V8.
  testFiles: [
    'src/vi/**/*.test.ts',
    'src/agency-name/**/*.test.ts',
    'src/law/**/*.test.ts',
    'test/rules-table.test.ts',
    'test/docs-rules.test.ts',
    'test/lai-chau-2020.test.ts',
    'test/hostile-*.test.ts',
    'test/property-rules-*.test.ts',
  ],
  // Static mutants (module-level constants: rule tables, message severities, limits)
  // are not activated by @stryker-mutator/vitest-runner 9 under vitest 4.1 here: they
  // all "survive" without effect. They are left out (320 of 1,493; docs/quality.md).
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

/**
 * The registration form in headless Chromium (Debian's /usr/bin/chromium, or the
 * browser CHROMIUM_PATH names, driven by playwright-core), served from this
 * repository on 127.0.0.1 with every other request refused: the page must work offline.
 *
 * Without the browser the test is skipped with a notice, so that `npm test` passes
 * on a machine without Chromium; when CI is set (.ci/run installs the browser) a
 * missing browser is a failure, never a skip.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../examples/registration-form/serve.mjs';
import { suggest } from '../src/index.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const MISSING = !existsSync(CHROMIUM);
const CI = process.env['CI'];
const SKIP = MISSING && (CI === undefined || CI === '' || CI === 'false' || CI === '0');
if (SKIP) {
  console.warn(
    `browser test skipped: no browser at ${CHROMIUM}. Install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable; with CI set, a missing browser fails.`,
  );
}
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const SCREENSHOT = `${ARTIFACTS}registration-form.png`;
/** The state before the suggestion is clicked, for whoever reads the artifacts. */
const SCREENSHOT_REFUSED = `${ARTIFACTS}registration-form-refused.png`;
const AS_OF = '2026-11-28';

let server: RunningServer | undefined;
let browser: Browser | undefined;

interface Watched {
  page: Page;
  /** Console errors, uncaught exceptions, requests refused or failed. */
  problems: string[];
}

async function open(query: string): Promise<Watched> {
  const page = await browser!.newPage({ viewport: { width: 900, height: 760 } });
  const problems: string[] = [];
  const origin = new URL(server!.url).origin;
  // Offline: only the local server answers.
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    problems.push(`outside request: ${route.request().url()}`);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  await page.goto(`${server!.url}examples/registration-form/${query}`);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
  return { page, problems };
}

describe.skipIf(SKIP)('the registration form in a browser', () => {
  beforeAll(async () => {
    if (MISSING) {
      throw new Error(`${CHROMIUM} is missing (CI is set): install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does), or set CHROMIUM_PATH`);
    }
    for (const f of ['dist/index.js', 'dist/zod.js']) {
      if (!existsSync(fileURLToPath(new URL(`../${f}`, import.meta.url)))) throw new Error(`${f} is missing: run \`npm run build\` (npm test does)`);
    }
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses xatanuyen.gov.vn for UBND xã Tân Uyên, offers tanuyen.laichau.gov.vn, and accepts it when clicked', async () => {
    const { page, problems } = await open(`?asOf=${AS_OF}`);
    const domain = page.locator('#domain');
    const verdict = page.locator('#domain-verdict');

    await expect.poll(() => page.locator('#as-of time').getAttribute('datetime')).toBe(AS_OF);
    expect(await page.locator('#as-of').textContent()).toContain('28/11/2026');

    await page.selectOption('#province', 'Lai Châu');
    // The agencies come from the library: the province's committee, its departments, its communes.
    const agencies = await page.locator('#agency option').allTextContents();
    expect(agencies).toContain('UBND tỉnh Lai Châu');
    expect(agencies).toContain('Sở Tài chính tỉnh Lai Châu');
    expect(agencies).toContain('UBND xã Tân Uyên');
    await page.selectOption('#agency', 'UBND xã Tân Uyên');

    await domain.pressSequentially('xatanuyen.gov.vn');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('non-compliant');
    expect(await verdict.textContent()).toBe('Chưa đúng quy định: xatanuyen.gov.vn');
    expect(await domain.getAttribute('aria-invalid')).toBe('true');
    const reasons = await page.locator('#domain-reasons li').allTextContents();
    expect(reasons.some((r) => r.includes('phải dùng tên miền cấp 4: tanuyen.laichau.gov.vn'))).toBe(true);
    expect(reasons.some((r) => r.includes('Nghị định 224/2026/NĐ-CP, Điều 11 khoản 4 điểm c'))).toBe(true);
    // The reasons are what the field is described by.
    expect(await domain.getAttribute('aria-describedby')).toContain('domain-reasons');
    expect(await page.locator('#domain-result').getAttribute('aria-live')).toBe('polite');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT_REFUSED, fullPage: true });

    const suggestion = page.getByRole('button', { name: 'Dùng tanuyen.laichau.gov.vn' });
    expect(await suggestion.textContent()).toBe('tanuyen.laichau.gov.vn');
    await suggestion.click();

    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('compliant');
    expect(await domain.inputValue()).toBe('tanuyen.laichau.gov.vn');
    expect(await domain.getAttribute('aria-invalid')).toBe('false');
    expect(await verdict.textContent()).toBe('Đúng quy định: tanuyen.laichau.gov.vn');
    expect(await page.locator('#domain-reasons li.error').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('domain');

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);

    // The server's schema agrees: the record goes through.
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    expect(await page.locator('#submitted').textContent()).toBe('Đã sẵn sàng gửi: UBND xã Tân Uyên — tanuyen.laichau.gov.vn.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches to English, and is usable by keyboard alone', async () => {
    const { page, problems } = await open(`?asOf=${AS_OF}`);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#as-of').textContent()).toBe('Judged by the law in force on 2026-11-28.');
    expect(await page.locator('label[for="domain"]').textContent()).toBe('Domain name');

    await page.selectOption('#province', 'Lai Châu');
    await page.selectOption('#agency', 'UBND xã Tân Uyên');
    await page.locator('#domain').focus();
    await page.keyboard.type('https://xatanuyen.gov.vn/lien-he');
    await expect.poll(() => page.locator('#domain-verdict').getAttribute('data-verdict')).toBe('non-compliant');
    const reasons = await page.locator('#domain-reasons li').allTextContents();
    expect(reasons.some((r) => r.includes('The name is at level 3; this holder needs a level-4 name: tanuyen.laichau.gov.vn.'))).toBe(true);
    expect(reasons.some((r) => r.includes('Decree 224/2026/ND-CP'))).toBe(true);

    // Tab from the field reaches the suggestion; Enter uses it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('tanuyen.laichau.gov.vn');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#domain-verdict').getAttribute('data-verdict')).toBe('compliant');
    expect(await page.locator('#domain').getAttribute('aria-invalid')).toBe('false');

    // Back to Vietnamese: the same result, in the other language.
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await page.locator('#domain-verdict').textContent()).toBe('Đúng quy định: tanuyen.laichau.gov.vn');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses a name outside the law\u2019s reach, and offers an agency\u2019s names before anything is typed', async () => {
    const { page, problems } = await open(`?asOf=${AS_OF}&lang=en`);
    await page.selectOption('#province', 'Lai Châu');
    await page.selectOption('#agency', 'Sở Tài chính tỉnh Lai Châu');
    const names = suggest('Sở Tài chính tỉnh Lai Châu', { asOf: AS_OF, province: 'Lai Châu' });
    expect(names.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#suggestion-list button').allTextContents()).toEqual(names);
    await page.selectOption('#agency', '');
    await page.locator('#domain').fill('example.com');
    await expect.poll(() => page.locator('#domain-verdict').getAttribute('data-verdict')).toBe('not-applicable');
    expect(await page.locator('#domain').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#domain-reasons').textContent()).toContain('example.com is outside .gov.vn');
    expect(problems).toEqual([]);
    await page.close();
  });
});

// The HTML report in a real browser: playwright-core drives Debian's Chromium (no browser download). Without
// Chromium the tests are skipped with a message; `apt-get install -y chromium` makes them run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from './support/fixtures';

const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set E2E_CHROMIUM)`;
const ARTIFACTS = join(ROOT, '.e2e', 'artifacts');

const HOSTILE = [
  '# Injected <script>window.pwned = 1</script>',
  '',
  'Training DeepSeek R1 cost only $6.5 million. <img src=x onerror="window.pwned = 2"> <b onmouseover="window.pwned = 3">bold</b>',
  '',
  '<script>window.pwned = 4</script>',
  '',
  '[a link](javascript:window.pwned=5) and ![a picture](https://tracker.example/pixel.png)',
  '',
].join('\n');

function report(args: string[]): string {
  const out = join(mkdtempSync(join(tmpdir(), 'newsproof-browser-')), 'report.html');
  const run = spawnSync(process.execPath, [join(ROOT, 'server', 'out', 'cli.js'), 'check', '--format', 'html', '--locale', 'en', '-o', out, ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.stderr, '');
  return out;
}

function jsonFindings(args: string[]): Array<{ code: string; severity: string }> {
  const run = spawnSync(process.execPath, [join(ROOT, 'server', 'out', 'cli.js'), 'check', '--format', 'json', ...args], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(run.stdout);
}

interface Opened {
  page: Page;
  /** Console errors and warnings, CSP violations among them. */
  problems: string[];
  /** Requests for anything but the report file itself. */
  requests: string[];
}

describe('HTML report in Chromium', () => {
  let browser: Browser;

  before(async () => {
    if (SKIP) return;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => browser?.close());

  async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    const problems: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url);
    return { page, problems, requests };
  }

  // Expressions as strings: the tests are type-checked without the DOM library.
  const focused = (page: Page) => page.evaluate<string>("document.activeElement?.id ?? ''");

  test('every JSON finding is marked; j/k move the focus and its note lights up; no console error, no request', { skip: SKIP }, async () => {
    const { page, problems, requests } = await open(report(['samples/drafts']));
    const json = jsonFindings(['samples/drafts']);
    assert.equal(await page.locator('mark[data-code]').count(), json.length);
    assert.deepEqual(await page.locator('mark[data-code]').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-code'))), json.map((f) => f.code));

    await page.keyboard.press('j');
    assert.equal(await focused(page), 'f1');
    await page.keyboard.press('j');
    assert.equal(await focused(page), 'f2');
    assert.equal(await page.locator('#note-f2').getAttribute('class'), 'np-note np-current');
    await page.keyboard.press('k');
    assert.equal(await focused(page), 'f1');
    await page.keyboard.press('k');
    assert.equal(await focused(page), `f${json.length}`, 'k on the first finding wraps to the last');
    assert.ok(await page.locator(`#f${json.length}`).isVisible());
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate<string>('document.activeElement?.tagName'), 'A', 'Tab from a mark reaches the next focusable element');

    await page.screenshot({ path: join(ARTIFACTS, 'report-light.png') });
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, []);
  });

  test('the severity filter unmarks the information findings, hides their notes, and j skips them', { skip: SKIP }, async () => {
    const { page, problems } = await open(report(['samples/drafts/deepseek-en.md']));
    const information = await page.locator('mark[data-code][data-severity="information"]').evaluateAll((ms) => ms.map((m) => m.id));
    assert.deepEqual(information, ['f1', 'f7']);
    await page.locator('input[data-filter-severity="information"]').uncheck();
    assert.equal(await page.locator('#note-f1').isVisible(), false);
    assert.equal(await page.locator('#f1').getAttribute('class'), 'np-off');
    assert.equal(await page.locator('#note-f2').isVisible(), true);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    assert.equal(await focused(page), 'f2', 'j starts at the first shown finding');
    for (let i = 0; i < 5; i++) await page.keyboard.press('j');
    assert.equal(await focused(page), 'f8', 'j passes over f7');
    await page.locator('input[data-filter-code="figure-mismatch"]').uncheck();
    assert.equal(await page.locator('.np-note:not(.np-off)').count(), 4);
    await page.locator('input[data-filter-severity="information"]').check();
    assert.equal(await page.locator('#note-f1').isVisible(), true);
    assert.deepEqual(problems, []);
  });

  test('a draft with injected HTML runs no script, and loads nothing', { skip: SKIP }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsproof-hostile-'));
    writeFileSync(join(dir, 'hostile.md'), HOSTILE);
    const { page, problems, requests } = await open(report([join(dir, 'hostile.md')]));
    await page.locator('text=bold').hover();
    await page.locator('text=a link').click();
    assert.equal(await page.evaluate<unknown>('window.pwned'), undefined);
    assert.equal(await page.locator('mark[data-code]').count(), 1);
    assert.equal(await page.locator('script').count(), 1);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, []);
  });

  test('dark by prefers-color-scheme; on paper the notes stay beside the text', { skip: SKIP }, async () => {
    const { page } = await open(report(['samples/drafts/deepseek-en.md']), 'dark');
    assert.equal(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor'), 'rgb(21, 23, 27)');
    await page.screenshot({ path: join(ARTIFACTS, 'report-dark.png') });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    assert.equal(await page.locator('.np-toolbar').isVisible(), false);
    const mark = await page.locator('#f2').boundingBox();
    const note = await page.locator('#note-f2').boundingBox();
    assert.ok(mark && note && note.x > mark.x + mark.width && note.y < mark.y + 200, `note beside its passage on paper: ${JSON.stringify({ mark, note })}`);
  });
});

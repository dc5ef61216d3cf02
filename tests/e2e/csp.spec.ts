import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as plainTest, type Page } from '@playwright/test';
import { expect, lab, openPage, renderEveryChapter, test, typeAndEnter } from './support/fixtures.ts';

/**
 * The built page carries a Content-Security-Policy that allows nothing beyond its own origin
 * (scripts/vitePlugins.ts injects it into the built index.html only), apart from the page's two
 * inline parts, its start stylesheet and the loader of its scripts, each allowed by its hash. These tests walk the whole reading
 * flow under it and count the violations: there must be none.
 */

/** Where the built site is; `npm test` builds into dist/. */
const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** The CSP source that allows an inline element holding exactly `text`. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The texts of the page's inline `<script>` and `<style>` elements. */
function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

/** The policy's directives, as scripts/vitePlugins.ts writes them; script-src and style-src also carry hashes. */
const EXPECTED_POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  readonly source: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/** Records every securitypolicyviolation event on window.__cspViolations, from the first script on. */
async function recordViolations(page: Page): Promise<{ console: string[] }> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
  });
  return { console: messages };
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

test.describe('the Content-Security-Policy', () => {
  test('is in the built index.html and in the page, allowing only the page’s own origin', async ({ page, request }) => {
    const file = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const served = await (await request.get('./')).text();
    for (const [where, html] of [
      [`${DIST}/index.html`, file],
      ['the served page', served],
    ] as const) {
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
      expect(meta, `a CSP <meta> in ${where}`).not.toBeNull();
      const policy = (meta?.[1] ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      // Exactly one inline script (the loader) and one inline stylesheet, each allowed by its own hash and nothing else.
      const scripts = inlineTexts(html, 'script');
      const styles = inlineTexts(html, 'style');
      expect(scripts, `inline scripts in ${where}`).toHaveLength(1);
      expect(styles, `inline stylesheets in ${where}`).toHaveLength(1);
      expect(directives(policy), `the policy in ${where}`).toEqual({
        ...EXPECTED_POLICY,
        'script-src': `'self' ${scripts.map(hashSource).join(' ')}`,
        'style-src': `'self' ${styles.map(hashSource).join(' ')}`,
      });
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      // The policy must come before anything it governs.
      expect(html.indexOf('Content-Security-Policy'), `the policy comes first in ${where}`).toBeLessThan(html.indexOf('<script'));
    }
    await openPage(page);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  });

  test('the whole reading flow runs with no violation', async ({ page }) => {
    const recorded = await recordViolations(page);
    await openPage(page);
    await renderEveryChapter(page);

    // Predict, Compare, Learn.
    await typeAndEnter(page.getByRole('textbox', { name: 'Budget in the sentence', exact: true }), '300000');
    await expect(page.locator('section#predict')).toContainText('is predicted to gross $750,000.');
    await typeAndEnter(page.getByRole('textbox', { name: 'Weight to try on Mad Max, exact value', exact: true }), '400');
    await expect(page.locator('section#compare')).toContainText('$80,000,000');
    const learnAlpha = page.getByRole('textbox', { name: 'Learning rate in the worked example', exact: true });
    await typeAndEnter(learnAlpha, '2e-11');
    await expect(learnAlpha).toHaveValue('2.0\u00a0×\u00a010⁻¹¹');

    // The lab: every preset, Play for a moment, Run to end, the program's output, the CSV.
    const l = lab(page);
    await l.section.scrollIntoViewIfNeeded();
    for (const name of await page.locator('fieldset.presets button').allInnerTexts()) {
      await l.preset(name).click();
      await expect(l.preset(name)).toHaveAttribute('aria-pressed', 'true');
    }
    await l.preset('The article’s run').click();
    await l.button('Play').click();
    await expect(l.count).not.toHaveText(/^0 \//);
    await l.button('Pause').click();
    await l.button('Run to end').click();
    await expect(l.count).toHaveText('72 / 72');
    await l.openProgram();
    await expect(l.programLines).toBeVisible();
    await expect(l.programLines).toContainText('498.75');

    const link = page.getByRole('link', { name: /^Download the whole run \(CSV/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('predict-compare-learn-run.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n').filter(Boolean).length).toBeGreaterThan(73); // a header and one row per iteration

    // The chapters beyond the article, whatever they are: every radio, checkbox, menu and button but Remove.
    const core = new Set(['predict', 'compare', 'learn', 'lab', 'challenges']);
    const ids = await page.locator('main > section').evaluateAll((sections) => sections.map((s) => s.id));
    let touched = 0;
    for (const id of ids.filter((i) => !core.has(i))) {
      const section = page.locator(`section#${id}`);
      for (const radio of await section.getByRole('radio').all()) {
        if (await radio.isEnabled()) await radio.check();
        touched += 1;
      }
      for (const box of await section.getByRole('checkbox').all()) {
        if (!(await box.isEnabled())) continue;
        await box.click();
        await box.click();
        touched += 1;
      }
      for (const select of await section.getByRole('combobox').all()) {
        const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        const lastValue = values.at(-1);
        if (lastValue !== undefined && (await select.isEnabled())) await select.selectOption(lastValue);
        touched += 1;
      }
      for (const slider of await section.getByRole('slider').all()) {
        if (!(await slider.isEnabled())) continue;
        await slider.focus();
        await slider.press('ArrowRight');
        touched += 1;
      }
      for (const button of await section.getByRole('button').all()) {
        const name = (await button.innerText()).trim();
        if (/^(Remove|Copy)/.test(name) || !(await button.isVisible()) || !(await button.isEnabled())) continue;
        // An earlier click (Run to end, say) can disable this one in the meantime: skip it then.
        const clicked = await button.click({ timeout: 2_000 }).then(
          () => true,
          () => false,
        );
        if (clicked) touched += 1;
      }
    }
    // Let anything started by Play run for a moment.
    await page.waitForTimeout(500);

    const found = await violations(page);
    console.log(`CSP: ${found.length} violations, ${recorded.console.length} CSP console messages (reading flow, ${touched} controls beyond the article)`);
    expect(found, 'securitypolicyviolation events').toEqual([]);
    expect(recorded.console, 'CSP messages in the console').toEqual([]);
  });
});

// The control experiment: without it, "zero violations" could mean the listener never works.
// It uses Playwright's plain test, since the refusals it provokes are logged as console errors.
plainTest('the policy is enforced: an inline script and a foreign image are refused and reported', async ({ page }) => {
  await recordViolations(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    const img = document.createElement('img');
    img.src = 'https://example.invalid/pixel.png';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 200));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran, 'the injected inline script ran').toBe(false);
  await expect.poll(async () => (await violations(page)).map((v) => v.directive).sort()).toEqual(['img-src', 'script-src-elem']);
});

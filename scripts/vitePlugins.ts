import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite';

/**
 * The built page may load and run only what comes from its own origin: no inline scripts, no
 * eval, no other hosts. The one inline part is the start stylesheet (see `inlineStartCss`), allowed
 * by its hash. React sets `style` through the CSSOM, which the policy allows; the CSV download is a
 * blob: link. Only for builds: the dev server's hot reload needs inline scripts.
 */
export function contentSecurityPolicy({ scripts = [], styles = [] }: { scripts?: readonly string[]; styles?: readonly string[] } = {}): string {
  const allow = (directive: string, hashes: readonly string[]) => [`${directive} 'self'`, ...hashes.map((hash) => `'${hash}'`)].join(' ');
  return [
    "default-src 'self'",
    allow('script-src', scripts),
    allow('style-src', styles),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The CSP source for an inline `<style>` or `<script>` holding exactly `text`. */
export function inlineHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const ROOT_ELEMENT = '<div id="root"></div>';
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)">/g;
const ENTRY_SCRIPT = /<script type="module"(?: crossorigin)? src="(\.\/assets\/[^"]+\.js)"><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload"(?: crossorigin)? href="(\.\/assets\/[^"]+\.js)">\s*/g;

/**
 * The page's scripts start once the prerendered page has painted: just after the first animation
 * frame. Otherwise a browser with the scripts already cached may run the whole start script, and
 * hydrate, before it paints anything. A tab opened in the background paints nothing and draws no
 * frames, so there they start at once. The start script's own imports are preloaded at the same
 * moment.
 */
function bootScript(entry: string, preloads: readonly string[]): string {
  return [
    'const start = () => {',
    `  for (const href of ${JSON.stringify(preloads)}) {`,
    "    const link = document.createElement('link');",
    "    link.rel = 'modulepreload';",
    '    link.href = href;',
    '    document.head.append(link);',
    '  }',
    `  import(${JSON.stringify(entry)});`,
    '};',
    "if (document.visibilityState === 'hidden') start();",
    'else requestAnimationFrame(() => setTimeout(start));',
  ].join('\n');
}

/**
 * Makes the built index.html paint on its own, before any script has arrived:
 * - the page's shell (header, opening, contents, chapter headings with placeholders, footer) is
 *   rendered by React at build time (`src/prerender.tsx`) into `#root`, and `src/main.tsx`
 *   hydrates it;
 * - the start stylesheet is inlined, so the first paint waits for no other request;
 * - the Content-Security-Policy goes first in `<head>`, allowing that stylesheet by its hash.
 * The chapters themselves still arrive as script chunks.
 */
export function staticShell(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'static-shell',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (config === undefined) throw new Error('static-shell: the config was not resolved');
        const { module } = await runnerImport<{ renderShell(): string }>(resolve(config.root, 'src/prerender.tsx'), {
          root: config.root,
          mode: config.mode,
          logLevel: 'error',
        });
        const shell = module.renderShell();
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`static-shell: index.html has no ${ROOT_ELEMENT}`);
        let page = html.replace(ROOT_ELEMENT, `<div id="root">${shell}</div>`);

        const styles: string[] = [];
        page = page.replace(STYLESHEET_LINK, (link, fileName: string) => {
          const asset = context.bundle?.[fileName];
          if (asset?.type !== 'asset') return link;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          styles.push(inlineHash(css));
          return `<style>${css}</style>`;
        });
        if (styles.length === 0) throw new Error('static-shell: found no start stylesheet to inline');

        const entries: string[] = [];
        const preloads: string[] = [];
        page = page
          .replace(ENTRY_SCRIPT, (_tag, src: string) => {
            entries.push(src);
            return '';
          })
          .replace(MODULE_PRELOAD, (_tag, href: string) => {
            preloads.push(href);
            return '';
          });
        const [entry, ...others] = entries;
        if (entry === undefined || others.length > 0) throw new Error(`static-shell: expected one start script, found ${String(entries.length)}`);
        const boot = bootScript(entry, preloads);

        return {
          html: page,
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ scripts: [inlineHash(boot)], styles }) },
              injectTo: 'head-prepend',
            },
            { tag: 'script', attrs: { type: 'module' }, children: boot, injectTo: 'body' },
          ],
        };
      },
    },
  };
}

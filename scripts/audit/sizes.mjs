// Gzipped sizes: what index.html loads at start (entry script, its static imports and
// modulepreloads, stylesheets) and everything in the build folder.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzip at zlib's default level, which is what `vite preview` (and most servers) send.
 * @param {Buffer} buffer
 */
export function gzipSize(buffer) {
  return gzipSync(buffer).length;
}

/**
 * @param {string} dir
 * @returns {string[]} absolute paths of every file below dir
 */
function walk(dir) {
  /** @type {string[]} */
  const files = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files.push(...walk(full));
    else files.push(full);
  }
  return files;
}

/**
 * @param {string} file
 * @returns {'js' | 'css' | 'html' | 'other'}
 */
function kindOf(file) {
  if (/\.m?js$/.test(file)) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html')) return 'html';
  return 'other';
}

/**
 * The relative URLs of a tag's attribute in index.html.
 * @param {string} html
 * @param {RegExp} tagPattern matches whole tags
 * @param {string} attribute
 * @returns {string[]}
 */
function attributeOfTags(html, tagPattern, attribute) {
  /** @type {string[]} */
  const urls = [];
  for (const match of html.matchAll(tagPattern)) {
    const value = new RegExp(`\\s${attribute}=["']([^"']+)["']`).exec(match[0])?.[1];
    if (value !== undefined) urls.push(value);
  }
  return urls;
}

/**
 * Static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`) of a
 * built chunk; dynamic `import("./x.js")` is left out: those load later.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  const pattern = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^"'();]*?\sfrom\s*|[^"'();]*?from)?\s*["'](\.{1,2}\/[^"']+)["']/g;
  return [...code.matchAll(pattern)].map((m) => m[1] ?? '').filter((s) => s !== '');
}

/**
 * @param {string} distDir absolute
 */
export function measureBuild(distDir) {
  const files = walk(distDir).map((file) => {
    const buffer = readFileSync(file);
    return { file: path.relative(distDir, file), kind: kindOf(file), raw: buffer.length, gzip: gzipSize(buffer) };
  });
  /** @param {(f: typeof files[number]) => boolean} keep */
  const sum = (keep) => {
    const chosen = files.filter(keep);
    return { raw: chosen.reduce((s, f) => s + f.raw, 0), gzip: chosen.reduce((s, f) => s + f.gzip, 0), count: chosen.length };
  };

  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  // The built page starts its scripts from an inline module (scripts/vitePlugins.ts) that names the
  // start script and its preloads as string literals; a plain <script src> would count too.
  const inlineModules = [...html.matchAll(/<script\b[^>]*type=["']module["'][^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const named = inlineModules.flatMap((code) => [...code.matchAll(/["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1] ?? ''));
  const entries = [...attributeOfTags(html, /<script\b[^>]*type=["']module["'][^>]*>/g, 'src'), ...named];
  const preloads = attributeOfTags(html, /<link\b[^>]*rel=["']modulepreload["'][^>]*>/g, 'href');
  const styles = attributeOfTags(html, /<link\b[^>]*rel=["']stylesheet["'][^>]*>/g, 'href');
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');

  // Follow static imports from the entry script(s): the browser needs all of them before it runs.
  /** @type {Set<string>} */
  const startJs = new Set();
  const queue = [...entries, ...preloads].map((url) => path.normalize(url.replace(/^\.?\//, '')));
  while (queue.length > 0) {
    const rel = queue.shift() ?? '';
    if (startJs.has(rel)) continue;
    startJs.add(rel);
    const code = readFileSync(path.join(distDir, rel), 'utf8');
    for (const spec of staticImports(code)) queue.push(path.normalize(path.join(path.dirname(rel), spec)));
  }
  const startCss = new Set(styles.map((url) => path.normalize(url.replace(/^\.?\//, ''))));
  const startFiles = files.filter((f) => startJs.has(f.file) || startCss.has(f.file));

  return {
    files,
    all: sum(() => true),
    allJs: sum((f) => f.kind === 'js'),
    allCss: sum((f) => f.kind === 'css'),
    start: {
      js: sum((f) => startJs.has(f.file)),
      css: sum((f) => startCss.has(f.file)),
      /** The stylesheet inlined into index.html, gzipped on its own (it travels inside the page). */
      inlineCss: { raw: Buffer.byteLength(inlineCss), gzip: inlineCss === '' ? 0 : gzipSize(Buffer.from(inlineCss)) },
      html: files.find((f) => f.file === 'index.html') ?? { raw: 0, gzip: 0 },
      files: startFiles.map((f) => f.file),
    },
  };
}

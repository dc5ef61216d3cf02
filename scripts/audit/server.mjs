// Builds the site with `vite build` and serves it with `vite preview` on 127.0.0.1.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT, log, sleep } from './common.mjs';

const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * Runs Vite's CLI with Node and resolves when it exits with 0.
 * @param {string[]} args
 * @returns {Promise<void>}
 */
function runVite(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, ...args], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite ${args.join(' ')} exited with ${String(code)}`));
    });
  });
}

/**
 * `vite build` into outDir (dist/ unless --out-dir says otherwise).
 * @param {string} outDir absolute
 */
export async function build(outDir) {
  log(`vite build --outDir ${path.relative(ROOT, outDir) || '.'}`);
  await runVite(['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
}

/** The floor page's sources: one bare slider and one React slider (see its index.html). */
const FLOOR_SOURCES = path.join(ROOT, 'scripts', 'audit', 'floor');

/**
 * `vite build` of the floor page into outDir, with its own settings and none of the site's.
 * @param {string} outDir absolute
 */
export async function buildFloor(outDir) {
  log(`vite build of the floor page (${path.relative(ROOT, FLOOR_SOURCES)}) into ${path.relative(ROOT, outDir)}`);
  await runVite(['build', FLOOR_SOURCES, '--config', path.join(FLOOR_SOURCES, 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir']);
}

/**
 * Whether nothing listens on 127.0.0.1:port.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => {
      resolve(false);
    });
    probe.listen(port, '127.0.0.1', () => {
      probe.close(() => {
        resolve(true);
      });
    });
  });
}

/**
 * The first free port from `first` on (up to 20 tried); exactly `first` when `strict`.
 * @param {number} first
 * @param {boolean} strict
 */
export async function choosePort(first, strict) {
  for (let port = first; port < first + (strict ? 1 : 20); port += 1) {
    if (await portIsFree(port)) return port;
    log(`port ${String(port)} is taken`);
  }
  throw new Error(strict ? `port ${String(first)} is taken` : `no free port from ${String(first)} to ${String(first + 19)}`);
}

/**
 * Starts `vite preview` on 127.0.0.1:port and waits until it answers with this build's
 * index.html (so another server on the same port can never be measured by mistake). The
 * returned stop() ends exactly the process started here.
 * @param {string} outDir absolute
 * @param {number} port
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function preview(outDir, port) {
  const expected = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const url = `http://127.0.0.1:${String(port)}/`;
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  /** @type {string[]} */
  const output = [];
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', () => {
      resolve(undefined);
    });
  });
  const killOnExit = () => {
    if (!exited()) child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (!exited()) {
      child.kill('SIGTERM');
      await Promise.race([exitPromise, sleep(5000)]);
      if (!exited()) child.kill('SIGKILL');
    }
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited()) throw new Error(`vite preview exited early (port ${String(port)} taken?):\n${output.join('')}`);
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.ok && body === expected && !exited()) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output.join('')}`);
    }
    await sleep(200);
  }
  log(`serving ${path.relative(ROOT, outDir) || '.'} on ${url}`);
  return { url, stop };
}

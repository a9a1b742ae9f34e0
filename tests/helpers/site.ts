/**
 * Fixture sites for tests: a temp project with this repo's src/, public/ and
 * astro.config.mjs, the given content, and node_modules linked in. Built with
 * the same Node that runs the tests (Node ≥ 22.12 through npm scripts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TMP = path.join(REPO, 'tests', '.tmp');

export interface Fixture {
  root: string;
  dist: string;
}

/** A new project dir. `content` is a directory to copy (default: the repo's sample content). */
export function makeFixture(name: string, content: string = path.join(REPO, 'content')): Fixture {
  fs.mkdirSync(TMP, { recursive: true });
  const root = fs.mkdtempSync(path.join(TMP, `${name}-`));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    fs.cpSync(path.join(REPO, item), path.join(root, item), { recursive: true });
  }
  fs.cpSync(content, path.join(root, 'content'), { recursive: true });
  // Packages linked one by one: each fixture keeps its own node_modules/.astro and .vite caches.
  const modules = path.join(root, 'node_modules');
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(REPO, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    fs.symlinkSync(path.join(REPO, 'node_modules', name), path.join(modules, name));
  }
  return { root, dist: path.join(root, 'dist') };
}

/** Write (or overwrite) a file of a fixture's tree, creating folders. */
export function write(root: string, rel: string, text: string | Uint8Array): void {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

export interface RunResult {
  status: number;
  output: string;
}

/** The environment of a fresh shell: without what Vitest sets for its own Vite (BASE_URL, MODE, NODE_ENV…). */
function cleanEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) delete env[key];
  }
  return env;
}

function run(root: string, args: string[], env: Record<string, string> = {}): RunResult {
  const res = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: res.status ?? 1, output: `${res.stdout}\n${res.stderr}` };
}

/** `astro build` in the fixture. */
export function build(f: Fixture, env: Record<string, string> = {}): RunResult {
  return run(f.root, [path.join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], env);
}

/** `npm run validate` in the fixture (the same script, run on its content). */
export function validate(f: Fixture): RunResult {
  return run(f.root, [path.join(REPO, 'scripts', 'validate.ts')], { BANG_VANG_ROOT: f.root });
}

export function read(f: Fixture, rel: string): string {
  return fs.readFileSync(path.join(f.dist, rel), 'utf8');
}

export function exists(f: Fixture, rel: string): boolean {
  return fs.existsSync(path.join(f.dist, rel));
}

/** Every file under dist/, relative, with forward slashes. */
export function distFiles(f: Fixture): string[] {
  return (fs.readdirSync(f.dist, { recursive: true }) as string[])
    .filter((p) => fs.statSync(path.join(f.dist, p)).isFile())
    .map((p) => p.split(path.sep).join('/'));
}

/** The text of Pagefind's fragments (gzipped JSON records): what the search index can return. */
/** The text of every search record (fragments of every Pagefind index: the main one and the honorees'). */
export function searchIndexText(f: Fixture): string {
  return ['fragment', path.join('vinh-danh', 'fragment')]
    .map((sub) => path.join(f.dist, 'pagefind', sub))
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) =>
      fs.readdirSync(dir).map((name) => zlib.gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8')),
    )
    .join('\n');
}

export function removeFixture(f: Fixture): void {
  if (!process.env.KEEP_FIXTURES) fs.rmSync(f.root, { recursive: true, force: true });
}

export { os };

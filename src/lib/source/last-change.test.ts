import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitDates, lastChange, lastModified, parseGitLog } from './last-change.ts';

describe('parseGitLog', () => {
  it('takes the newest commit touching each file, as a Vietnam calendar date', () => {
    const out = [
      '\u00012021-06-01T20:30:00+00:00', // 03:30 on 2 June in Vietnam
      '',
      'content/articles/2021/a.md',
      '\u00012021-05-01T10:00:00+07:00',
      '',
      'content/articles/2021/a.md',
      'content/articles/2021/b.md',
      '',
    ].join('\n');
    expect([...parseGitLog(out)]).toEqual([
      ['content/articles/2021/a.md', '2021-06-02'],
      ['content/articles/2021/b.md', '2021-05-01'],
    ]);
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('lastChange and lastModified', () => {
  const a = { date: '2021-03-15' };
  it('prefers the editor’s updated date over the commit date', () => {
    expect(lastChange({ ...a, updated: '2021-04-01' }, '2022-01-01')).toBe('2021-04-01');
    expect(lastModified({ ...a, updated: '2021-04-01' }, '2022-01-01')).toBe('2021-04-01');
  });
  it('uses the commit date when there is no updated field', () => {
    expect(lastChange(a, '2021-05-02')).toBe('2021-05-02');
  });
  it('shows nothing when the change is not after publication, and the sitemap falls back to the date', () => {
    expect(lastChange(a, '2021-03-15')).toBeUndefined();
    expect(lastChange(a, '2021-03-01')).toBeUndefined(); // committed before its publication date
    expect(lastChange(a)).toBeUndefined();
    expect(lastModified(a)).toBe('2021-03-15');
    expect(lastModified(a, '2021-03-01')).toBe('2021-03-15');
  });
});

describe('commitDates', () => {
  it('asks git once for all files, and not at all for dates in a shallow clone', () => {
    const calls: string[][] = [];
    const run = (answers: Record<string, { status: number; stdout: string }>) => (args: string[]) => {
      calls.push(args);
      return answers[args[0]!] ?? { status: 1, stdout: '' };
    };
    const full = commitDates(
      '/x',
      'content/articles',
      run({
        'rev-parse': { status: 0, stdout: 'false\n' },
        log: { status: 0, stdout: '\u00012021-05-01T10:00:00+07:00\n\ncontent/articles/2021/a.md\n' },
      }),
    );
    expect(full).toEqual({ dates: new Map([['content/articles/2021/a.md', '2021-05-01']]) });
    expect(calls.map((c) => c[0])).toEqual(['rev-parse', 'log']);
    calls.length = 0;
    expect(commitDates('/x', 'content/articles', run({ 'rev-parse': { status: 0, stdout: 'true\n' } }))).toEqual({
      dates: new Map(),
      unavailable: 'shallow',
    });
    expect(calls.map((c) => c[0])).toEqual(['rev-parse']);
    expect(commitDates('/x', 'content/articles', run({})).unavailable).toBe('no-git');
  });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'last-change-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const git = (cwd: string, args: string[], date?: string) => {
    const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    const r = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@x', ...args], { cwd, env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };

  it('reads the last modifying commit of a real repository, and ignores the history of a shallow clone of it', () => {
    const repo = path.join(tmp, 'repo');
    const file = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
      fs.writeFileSync(path.join(repo, rel), text);
    };
    fs.mkdirSync(repo);
    git(repo, ['init', '-q']);
    file('content/articles/2021/a.md', 'a1');
    file('content/articles/2021/b.md', 'b1');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'one'], '2021-03-20T09:00:00+07:00');
    file('content/articles/2021/a.md', 'a2');
    file('README.md', 'x');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'two'], '2021-04-02T23:30:00+00:00');
    // a.md was changed by the second commit; b.md was only added (an import is not a change).
    expect(commitDates(repo)).toEqual({ dates: new Map([['content/articles/2021/a.md', '2021-04-03']]) });
    const shallow = path.join(tmp, 'shallow');
    git(tmp, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(commitDates(shallow).unavailable).toBe('shallow');
    expect(commitDates(path.join(tmp)).unavailable).toBe('no-git');
  });
});

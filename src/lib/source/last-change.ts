/**
 * "Cập nhật": the date an article last changed. The editor's `updated` wins;
 * else the date of the last git commit that modified the file (the commit that
 * added it is no change: imported articles are not stamped); else nothing
 * (the article shows its publication date only). One `git log` call for all
 * articles, never one per file. A shallow clone (CI's default checkout) knows
 * only its newest commits and would stamp every article with the deploy's date,
 * so its history is not used: the build warns and falls back.
 */
import { spawnSync } from 'node:child_process';
import { vietnamDateOfInstant } from '../text/dates.ts';

export interface CommitDates {
  /** Repo-relative path (as articles carry it) → Vietnam calendar date of the newest commit touching it. */
  dates: Map<string, string>;
  /** Why there are no dates: not a git checkout, a shallow clone, git missing. */
  unavailable?: 'no-git' | 'shallow';
}

const MARK = '\u0001';

/**
 * Parse `git log --format=<MARK>%cI --name-only`: commits newest first, each a
 * marker line with its committer date and the files it touched. The first date
 * seen for a file is its last change.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current: string | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(MARK)) {
      const ms = Date.parse(line.slice(1).trim());
      current = Number.isNaN(ms) ? undefined : vietnamDateOfInstant(ms);
    } else if (line.trim() && current && !dates.has(line.trim())) {
      dates.set(line.trim(), current);
    }
  }
  return dates;
}

type Run = (args: string[]) => { status: number | null; stdout: string };

const runGit =
  (root: string): Run =>
  (args) => {
    const r = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { status: r.error ? null : r.status, stdout: r.stdout ?? '' };
  };

/** Last-commit dates of the files under `dir` (relative to `root`), with one `git log`. */
export function commitDates(root: string, dir = 'content/articles', run: Run = runGit(root)): CommitDates {
  const shallow = run(['rev-parse', '--is-shallow-repository']);
  if (shallow.status !== 0) return { dates: new Map(), unavailable: 'no-git' };
  if (shallow.stdout.trim() === 'true') return { dates: new Map(), unavailable: 'shallow' };
  // Only commits that modified a file: the commit that added it (an import, a first publication) is not a change.
  const log = run([
    'log',
    `--format=${MARK}%cI`,
    '--name-only',
    '--diff-filter=M',
    '--relative',
    '--no-renames',
    '--',
    dir,
  ]);
  if (log.status !== 0) return { dates: new Map(), unavailable: 'no-git' };
  return { dates: parseGitLog(log.stdout) };
}

/**
 * The date to show as "Cập nhật", or undefined when there is none after the
 * publication date: `updated` from front matter, else the last commit's date.
 */
export function lastChange(article: { date: string; updated?: string }, commitDate?: string): string | undefined {
  const d = article.updated ?? commitDate;
  return d !== undefined && d > article.date ? d : undefined;
}

/** The sitemap's <lastmod>: the last change, or the publication date. */
export function lastModified(article: { date: string; updated?: string }, commitDate?: string): string {
  return lastChange(article, commitDate) ?? article.date;
}

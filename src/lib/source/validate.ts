/**
 * The whole content check, as `npm run validate` and the build run it: read
 * every file, then cross-check. Returns every problem of the run together.
 */
import { crossCheck } from '../domain/checks.ts';
import { checkDecisions, checkSuccessors } from '../domain/decision-checks.ts';
import type { Problem } from '../errors/problem.ts';
import type { ContentSet } from '../domain/types.ts';
import { allPathsOfContent, duplicatePaths } from '../routing/pages.ts';
import { problem } from '../errors/problem.ts';
import { publicFiles, readContent, remembering } from './read.ts';

export interface Validation {
  set: ContentSet;
  problems: Problem[];
  errors: number;
  warnings: number;
  files: number;
}

export function validateContent(root: string): Validation {
  const { set, partialArticles, problems, files } = readContent(root);
  const pagePaths = allPathsOfContent(set, { keep: remembering() });
  problems.push(
    ...crossCheck({ ...set, articles: [...set.articles, ...partialArticles] }, () => pagePaths, publicFiles(root)),
  );
  problems.push(...checkDecisions(set), ...checkSuccessors(set));
  for (const dup of duplicatePaths(pagePaths)) {
    problems.push(
      problem('content/', undefined, `hai trang cùng địa chỉ ${dup} — đổi tên một tệp để mỗi trang có địa chỉ riêng`),
    );
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { set, problems, errors, warnings: problems.length - errors, files };
}

/** One line for editors: what was checked and how it went. */
export function summaryLine(v: Validation, ms: number): string {
  const rows = v.set.articles.reduce((n, a) => n + (a.awards ?? []).reduce((m, e) => m + e.recipients.length, 0), 0);
  const drafts = v.set.articles.filter((a) => a.draft).length;
  return `${v.set.articles.length} bài viết (${drafts} bản nháp), ${v.set.blocs.length} khối thi đua, ${v.set.honorees.length} tập thể/cá nhân, ${v.set.awardTypes.length} loại khen thưởng, ${rows} lượt khen thưởng — ${v.errors} lỗi, ${v.warnings} cảnh báo (${(ms / 1000).toFixed(1)} s)`;
}

const CACHE = Symbol.for('bang-vang.validation');
const LATEST = Symbol.for('bang-vang.validation.latest');
type Cache = Map<string, Validation>;

/**
 * Validate once per process and root: the build's integration and the content
 * loaders (which Astro runs in another module graph) share the result.
 */
export function validateOnce(root: string, fresh = false): Validation {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  const cache = (g[CACHE] ??= new Map());
  if (!fresh && cache.has(root)) return cache.get(root)!;
  const v = validateContent(root);
  cache.set(root, v);
  // Content with errors is reported and never becomes the model: `astro dev` keeps showing the last good one.
  if (!v.errors) (globalThis as unknown as Record<symbol, Validation>)[LATEST] = v;
  return v;
}

/**
 * The content this process validated last without errors (the build's, or after a save in `astro dev`): what the
 * pages are made from, so that they and the search index read one model. Validates `root` when
 * nothing was validated yet.
 */
export function latestValidation(root: string): Validation {
  return (globalThis as unknown as Record<symbol, Validation | undefined>)[LATEST] ?? validateOnce(root);
}

/**
 * The search quality figures: the query set (queries.ts) run against the
 * portal's search page and against plain Pagefind (its CLI with defaults over
 * the same built HTML), on the sample content plus the search fixture.
 * recall@1, recall@5 and MRR per class and overall; draft pages found.
 * Scoring is pure (score); running needs a build and Chromium (runQuality).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch, searchResults } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';
import { build, makeFixture, REPO, removeFixture } from '../../tests/helpers/site.ts';
import { type Query, type QueryClass, QUERIES } from './queries.ts';

export const DRAFT_SLUGS = ['du-thao-de-nghi-khen-thuong-cuc-thi-hanh-an-2021'];

export interface Scores {
  queries: number;
  recall1: number;
  recall5: number;
  mrr: number;
  drafts: number;
}

/** hrefs[i]: the result paths of query i, best first. */
export function score(queries: Query[], hrefs: string[][]): Scores {
  let n = 0;
  let r1 = 0;
  let r5 = 0;
  let rr = 0;
  let drafts = 0;
  queries.forEach((q, i) => {
    const got = hrefs[i] ?? [];
    if (got.some((h) => DRAFT_SLUGS.some((s) => h.includes(s)))) drafts++;
    if (!q.expect) return;
    n++;
    const rank = got.indexOf(q.expect) + 1;
    if (rank === 1) r1++;
    if (rank >= 1 && rank <= 5) r5++;
    if (rank >= 1) rr += 1 / rank;
  });
  return { queries: n, recall1: n ? r1 / n : 0, recall5: n ? r5 / n : 0, mrr: n ? rr / n : 0, drafts };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function report(queries: Query[], portal: string[][], plain: string[][]): string {
  const classes = [...new Set(queries.map((q) => q.cls))] as QueryClass[];
  const rows: string[] = [
    '| queries | n | portal R@1 | portal R@5 | portal MRR | Pagefind defaults R@1 | R@5 | MRR |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const line = (label: string, idx: number[]) => {
    const qs = idx.map((i) => queries[i]!);
    const a = score(
      qs,
      idx.map((i) => portal[i]!),
    );
    const b = score(
      qs,
      idx.map((i) => plain[i]!),
    );
    if (!a.queries)
      return `| ${label} | ${qs.length} | drafts found: ${a.drafts} | | | drafts found: ${b.drafts} | | |`;
    return `| ${label} | ${a.queries} | ${pct(a.recall1)} | ${pct(a.recall5)} | ${a.mrr.toFixed(3)} | ${pct(b.recall1)} | ${pct(b.recall5)} | ${b.mrr.toFixed(3)} |`;
  };
  for (const c of classes)
    rows.push(
      line(
        c,
        queries.flatMap((q, i) => (q.cls === c ? [i] : [])),
      ),
    );
  rows.push(
    line(
      '**all**',
      queries.map((_, i) => i),
    ),
  );
  const all = score(queries, portal);
  const misses = queries
    .map((q, i) => ({ q, got: portal[i] ?? [] }))
    .filter(({ q, got }) => q.expect && got[0] !== q.expect)
    .map(
      ({ q, got }) =>
        `- \`${q.q}\` (${q.cls}): expected ${q.expect}, first ${got[0] ?? 'nothing'}, rank ${got.indexOf(q.expect!) + 1 || '> 10'}`,
    );
  return [
    rows.join('\n'),
    '',
    `Drafts found by the portal: ${all.drafts}.`,
    '',
    misses.length
      ? `Queries where the portal's first result is not the expected page:\n\n${misses.join('\n')}`
      : 'Every query has its page first.',
  ].join('\n');
}

/** Build the sample content + search fixture, index it twice, run every query both ways. */
export async function runQuality(
  log: (s: string) => void = console.log,
): Promise<{ portal: string[][]; plain: string[][] }> {
  const site = makeFixture('search-quality');
  try {
    const extra = path.join(REPO, 'tests', 'fixtures', 'search');
    for (const dir of ['articles', 'honorees'])
      fs.cpSync(path.join(extra, dir), path.join(site.root, 'content', dir), { recursive: true });
    log('search quality: building the sample content + search fixture…');
    const r = build(site);
    if (r.status !== 0) throw new Error(`build failed:\n${r.output.slice(-3000)}`);
    const cli = spawnSync(
      path.join(REPO, 'node_modules', '.bin', 'pagefind'),
      ['--site', site.dist, '--output-subdir', 'pagefind-plain'],
      { encoding: 'utf8' },
    );
    if (cli.status !== 0) throw new Error(`pagefind CLI failed:\n${cli.stderr}`);
    const server = await serve(site.dist);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const portal: string[][] = [];
      for (const { q } of QUERIES) {
        await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(q)}`);
        portal.push((await searchResults(page, 20_000)).hrefs);
      }
      await page.goto(server.url);
      const plain = await page.evaluate(
        async (qs: string[]) => {
          const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind-plain/pagefind.js`);
          const out: string[][] = [];
          for (const q of qs) {
            const s = await pf.search(q);
            const data = await Promise.all(
              s.results.slice(0, 10).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
            );
            out.push(data.map((d: { url: string }) => d.url));
          }
          return out;
        },
        QUERIES.map((q) => q.q),
      );
      return { portal, plain };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (process.env.KEEP_SEARCH_FIXTURE) log(`kept: ${site.root}`);
    else removeFixture(site);
  }
}

/** Run and write the figures into docs/search.md between its markers. */
export async function writeQualityReport(log: (s: string) => void = console.log): Promise<string> {
  const { portal, plain } = await runQuality(log);
  const text = report(QUERIES, portal, plain);
  const doc = path.join(REPO, 'docs', 'search.md');
  const start = '<!-- quality:start -->';
  const end = '<!-- quality:end -->';
  if (fs.existsSync(doc)) {
    const md = fs.readFileSync(doc, 'utf8');
    const a = md.indexOf(start);
    const b = md.indexOf(end);
    if (a >= 0 && b > a) fs.writeFileSync(doc, `${md.slice(0, a + start.length)}\n${text}\n${md.slice(b)}`);
  }
  return text;
}

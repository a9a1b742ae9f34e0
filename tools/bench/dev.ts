/**
 * The editor's loop at a given N: `npm run validate -- --watch` re-check
 * latency after one article is saved, and `astro dev`'s time to ready, to the
 * first article page, and until an edited title, then an edited body, is served. Used by
 * `npm run bench` (--dev-sizes) and `node scripts/bench-dev.ts --n 200`.
 * The line and page predicates are pure and tested (dev.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { DevResult } from './side-by-side.ts';

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

/** Astro's dev server is listening (its "ready in" banner or the Local URL line). */
export function isDevReady(line: string): boolean {
  const l = line.replace(ANSI, '');
  return /\bready in\b/i.test(l) || /Local\s+http:\/\//.test(l);
}

/** validate --watch: the separator it prints before each re-check ("— 21:03:04 —"). */
export function isRecheckSeparator(line: string): boolean {
  return /^— .+ —$/.test(line.replace(ANSI, '').trim());
}

/** validate's report ends with the summary; problems come before it as "[lỗi] …" / "[cảnh báo] …". */
export function isSummary(line: string): boolean {
  const l = line.replace(ANSI, '').trim();
  return l !== '' && !/^\[(lỗi|cảnh báo)\]/.test(l) && !isRecheckSeparator(l) && !/^Đang theo dõi/.test(l);
}

/** A published article to edit: the first by path whose front matter has no `draft: true`. */
export function pickArticle(
  files: { path: string; text: string }[],
): { path: string; slug: string; title: string } | null {
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const fm = /^---\n([\s\S]*?)\n---/.exec(f.text.replace(/\r\n?/g, '\n'));
    if (!fm || /^draft:\s*true\s*$/m.test(fm[1]!)) continue;
    const title = /^title:\s*(.+)$/m.exec(fm[1]!)?.[1]?.trim();
    if (!title) continue;
    return {
      path: f.path,
      slug: path.basename(f.path).replace(/\.mdx?$/, ''),
      title: title.replace(/^(['"])(.*)\1$/, '$2'),
    };
  }
  return null;
}

/** The same article with a new title (front matter `title:` line replaced, quoted as YAML). */
export function withTitle(text: string, title: string): string {
  return text.replace(/^title:.*$/m, `title: ${JSON.stringify(title)}`);
}

/** The article's text with one paragraph added at the end of its body. */
export function withParagraph(text: string, paragraph: string): string {
  return `${text.replace(/\s*$/, '')}\n\n${paragraph}\n`;
}

// ---- running it ----------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function lines(child: ChildProcess, onLine: (line: string) => void) {
  let buf = '';
  const on = (c: Buffer) => {
    buf += c.toString('utf8');
    let i = buf.indexOf('\n');
    while (i >= 0) {
      onLine(buf.slice(0, i));
      buf = buf.slice(i + 1);
      i = buf.indexOf('\n');
    }
  };
  child.stdout?.on('data', on);
  child.stderr?.on('data', on);
}

async function until(pred: () => boolean, timeoutMs: number, stepMs = 20): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    if (pred()) return true;
    await sleep(stepMs);
  }
  return pred();
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function articleFiles(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const root = path.join(dir, 'content', 'articles');
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.mdx?$/.test(e.name) && out.length < 200) out.push({ path: p, text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

export interface DevOptions {
  repo: string;
  env: Record<string, string>;
  logs: string;
  /** How long to wait for each step before giving up (ms). */
  timeoutMs?: number;
}

/** validate --watch: seconds to the first report, and from saving one article to its re-check summary. */
async function watchLatency(dir: string, n: number, o: DevOptions, article: { path: string; title: string }) {
  const log = fs.createWriteStream(path.join(o.logs, `n${n}-validate-watch.log`));
  const seen: { line: string; t: number }[] = [];
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(o.repo, 'scripts', 'validate.ts'), '--watch'], {
    cwd: dir,
    env: { ...o.env, BANG_VANG_ROOT: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  lines(child, (line) => {
    seen.push({ line, t: performance.now() });
    log.write(`${((performance.now() - t0) / 1000).toFixed(3)} ${line}\n`);
  });
  const timeout = o.timeoutMs ?? 120_000;
  try {
    const ready = await until(() => seen.some((s) => /^Đang theo dõi/.test(s.line)), timeout);
    if (!ready) return { first: null, recheck: null };
    const first = (seen.find((s) => /^Đang theo dõi/.test(s.line))!.t - t0) / 1000;
    await sleep(500); // let the watcher settle
    const before = seen.length;
    const text = fs.readFileSync(article.path, 'utf8');
    const saved = performance.now();
    fs.writeFileSync(article.path, withTitle(text, `${article.title} (sửa thử)`));
    const sep = () => seen.slice(before).findIndex((s) => isRecheckSeparator(s.line));
    const done = await until(() => {
      const i = sep();
      return i >= 0 && seen.slice(before + i + 1).some((s) => isSummary(s.line));
    }, timeout);
    fs.writeFileSync(article.path, text);
    if (!done) return { first, recheck: null };
    const i = sep();
    const summary = seen.slice(before + i + 1).find((s) => isSummary(s.line))!;
    return { first, recheck: (summary.t - saved) / 1000 };
  } finally {
    await stop(child);
    log.end();
  }
}

/** astro dev: ready, first article page, edited title served. */
async function devLatency(
  dir: string,
  n: number,
  o: DevOptions,
  article: { path: string; slug: string; title: string },
) {
  const port = await freePort();
  const log = fs.createWriteStream(path.join(o.logs, `n${n}-astro-dev.log`));
  let ready = false;
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: dir, env: o.env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  lines(child, (line) => {
    if (isDevReady(line)) ready = true;
    log.write(`${((performance.now() - t0) / 1000).toFixed(3)} ${line}\n`);
  });
  const timeout = o.timeoutMs ?? 300_000;
  const since = (t: number) => (performance.now() - t) / 1000;
  const url = `http://127.0.0.1:${port}/tin-tuc/${encodeURIComponent(article.slug)}/`;
  const get = async () => {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(timeout) });
      return { status: r.status, body: await r.text() };
    } catch (e) {
      return { status: 0, body: String(e) };
    }
  };
  const original = fs.readFileSync(article.path, 'utf8');
  try {
    if (!(await until(() => ready || child.exitCode !== null, timeout, 50)) || !ready)
      return { ready: null, first: null, edit: null, body: null, note: 'astro dev never reported ready' };
    const readyS = since(t0);
    const firstRes = await get();
    const firstS = since(t0);
    if (firstRes.status !== 200)
      return { ready: readyS, first: null, edit: null, body: null, note: `article page answered ${firstRes.status}` };
    /** Save `text`, then seconds until the page holds one of `expected` (null past 120 s). */
    const served = async (text: string, ...expected: string[]) => {
      const saved = performance.now();
      fs.writeFileSync(article.path, text);
      while (since(saved) * 1000 < Math.min(timeout, 120_000)) {
        const r = await get();
        if (r.status === 200 && expected.some((e) => r.body.includes(e))) return since(saved);
        await sleep(100);
      }
      return null;
    };
    // The title (front matter: pages read it from the Portal), then, the page settled, the body (Astro's content store).
    const edited = `${article.title} — đã sửa ${Date.now()}`;
    const editS = await served(
      withTitle(original, edited),
      edited,
      edited.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
    );
    await sleep(3000);
    const paragraph = `Đoạn văn thêm vào lúc ${Date.now()}.`;
    const bodyS = editS === null ? null : await served(withParagraph(original, paragraph), paragraph);
    return {
      ready: readyS,
      first: firstS,
      edit: editS,
      body: bodyS,
      note:
        editS === null
          ? 'edited title not served within 120 s'
          : bodyS === null
            ? 'edited body not served within 120 s'
            : undefined,
    };
  } finally {
    fs.writeFileSync(article.path, original);
    await stop(child);
    log.end();
  }
}

/** Both measurements on the project in `dir` (its content/ already written). */
export async function measureDev(dir: string, n: number, o: DevOptions): Promise<DevResult> {
  const article = pickArticle(articleFiles(dir));
  if (!article)
    return {
      n,
      validateFirstS: null,
      validateRecheckS: null,
      devReadyS: null,
      devFirstPageS: null,
      devEditVisibleS: null,
      devBodyVisibleS: null,
      note: 'no published article to edit',
    };
  const w = await watchLatency(dir, n, o, article);
  const d = await devLatency(dir, n, o, article);
  return {
    n,
    validateFirstS: w.first,
    validateRecheckS: w.recheck,
    devReadyS: d.ready,
    devFirstPageS: d.first,
    devEditVisibleS: d.edit,
    devBodyVisibleS: d.body,
    note: d.note,
  };
}

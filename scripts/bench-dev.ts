/**
 * `node scripts/bench-dev.ts [--n 200] [--storage /dev/shm] [--keep]`: the editor's loop at N articles —
 * `npm run validate -- --watch` re-check after saving one article, `astro dev` ready time and the
 * time until the edited title is served. Prints the figures as JSON. `npm run bench` measures the
 * same at its --dev-sizes (default 10,000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench-corpus.ts';
import { measureDev } from '../tools/bench/dev.ts';
import { cleanEnv } from '../tools/bench/options.ts';
import { makeProject } from '../tools/bench/project.ts';

const REPO = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    storage: { type: 'string', default: fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir() },
    keep: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) {
  console.error(`--n: "${values.n}" is not a whole number ≥ 1`);
  process.exit(2);
}
const runDir = fs.mkdtempSync(path.join(values.storage!, 'bang-vang-dev-'));
const dir = path.join(runDir, `n${n}`);
const logs = path.join(runDir, 'logs');
fs.mkdirSync(logs, { recursive: true });
makeProject(REPO, dir);
writeCorpus(n, dir, REPO);
process.stderr.write(`[bench-dev] N = ${n} in ${dir}; logs in ${logs}\n`);
const r = await measureDev(dir, n, { repo: REPO, env: cleanEnv(process.env), logs });
console.log(JSON.stringify(r, null, 2));
if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
process.exitCode = r.validateRecheckS !== null && r.devEditVisibleS !== null && r.devBodyVisibleS !== null ? 0 : 1;

/**
 * `astro dev` and `npm run validate -- --watch` on the sample content, as an editor uses them: an
 * article's title is saved, then its body, and each is served by the dev server (the re-check is
 * reported). The harness is the bench's (tools/bench/dev.ts); here the behaviour is asserted, not the
 * time. The race src/integrations/dev-content-refresh.ts mends (an edited body unserved until the next
 * save) shows with a large content store (N = 10,000, `npm run bench:dev`), not with the sample's:
 * its unit test covers what it invalidates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureDev } from '../tools/bench/dev.ts';
import { cleanEnv } from '../tools/bench/options.ts';
import { makeFixture, REPO, removeFixture } from './helpers/site.ts';

const f = makeFixture('dev');
afterAll(() => removeFixture(f));

describe('the editor’s loop', () => {
  it('serves an edited title, then an edited body, and the watch re-checks after a save', async () => {
    const logs = path.join(f.root, 'logs');
    fs.mkdirSync(logs);
    const r = await measureDev(f.root, 0, { repo: REPO, env: cleanEnv(process.env), logs, timeoutMs: 60_000 });
    const log = () => fs.readFileSync(path.join(logs, 'n0-astro-dev.log'), 'utf8');
    expect(r.validateRecheckS, 'validate --watch re-check').not.toBeNull();
    expect(r.devEditVisibleS, log()).not.toBeNull();
    expect(r.devBodyVisibleS, log()).not.toBeNull();
    console.log(
      `astro dev: tiêu đề ${r.devEditVisibleS?.toFixed(2)} s, nội dung ${r.devBodyVisibleS?.toFixed(2)} s sau khi lưu`,
    );
  }, 240_000);
});

/**
 * `npm test` runs browser tests in Debian's Chromium (no browser download) and
 * the W3C HTML checker on Java. Say plainly how to get them when missing,
 * instead of failing later.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

const missing: string[] = [];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  missing.push(
    `Không thấy Chromium ở ${chromium} (cần cho kiểm thử trình duyệt): sudo apt-get install -y chromium, hoặc đặt CHROMIUM_PATH=/đường/dẫn/tới/chromium.`,
  );
}
if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
  missing.push(
    'Không thấy Java (cần cho bộ kiểm tra HTML của W3C, vnu.jar): sudo apt-get install -y default-jre-headless.',
  );
}
if (missing.length) {
  console.error(missing.join('\n'));
  console.error('(.ci/run cài sẵn cả hai trên máy CI.)');
  process.exit(1);
}

/**
 * `npm test` runs browser tests in Debian's Chromium (no browser download).
 * Say plainly how to get it when it is missing, instead of failing later.
 */
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(`Không thấy Chromium ở ${chromium}. Các bài kiểm thử trình duyệt cần nó:
  sudo apt-get install -y chromium        (Debian/Ubuntu)
hoặc đặt CHROMIUM_PATH=/đường/dẫn/tới/chromium.`);
  process.exit(1);
}

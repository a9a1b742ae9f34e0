/**
 * `npm run merge-shards -- OUT SHARD1_DIST SHARD2_DIST …`: one site from the dist/ folders of a
 * sharded build (BANG_VANG_SHARD=i/n, docs/scale.md). Shard 1's folder first. Exits 1 when two
 * shards wrote different bytes for one file, or a page the sitemaps list is missing.
 */
import path from 'node:path';
import { mergeDists } from '../tools/shard/merge.ts';

const [out, ...dists] = process.argv.slice(2);
if (!out || dists.length < 1) {
  console.error('usage: npm run merge-shards -- OUT SHARD1_DIST SHARD2_DIST …');
  process.exit(2);
}
const r = mergeDists(
  path.resolve(out),
  dists.map((d) => path.resolve(d)),
);
for (const c of r.conflicts) console.error(`[lỗi] hai phần dựng ghi khác nhau: ${c}`);
for (const m of r.missing) console.error(`[lỗi] sơ đồ trang có ${m} nhưng không phần nào dựng trang này`);
console.log(
  `${out}: ${r.files} tệp (${r.fromOthers} từ các phần 2…${dists.length}, ${r.identical} tệp chung giống hệt nhau), ${r.conflicts.length} xung đột, ${r.missing.length} trang thiếu`,
);
process.exitCode = r.conflicts.length || r.missing.length ? 1 : 0;

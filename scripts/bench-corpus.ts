/** `node scripts/bench-corpus.ts <N> <dir>`: write a synthetic corpus (content/ of a project) into <dir>. */
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../src/lib/source/yaml.ts';
import { generateCorpus, type AwardTypeLite } from '../tools/bench/corpus.ts';

export function writeCorpus(n: number, dir: string, repo = process.cwd()) {
  const typesText = fs.readFileSync(path.join(repo, 'content', 'award-types.yaml'), 'utf8');
  const parsed = parseYaml(typesText);
  if (!parsed.ok) throw new Error(`content/award-types.yaml: ${parsed.message}`);
  const corpus = generateCorpus(n, parsed.value as AwardTypeLite[]);
  fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
  for (const [rel, text] of Object.entries(corpus.files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  fs.copyFileSync(path.join(repo, 'content', 'award-types.yaml'), path.join(dir, 'content', 'award-types.yaml'));
  fs.writeFileSync(
    path.join(dir, 'content', 'site.yaml'),
    'name: Cổng thử tải\nowner: Ban Thi đua – Khen thưởng tỉnh Thử\nprovince: Tỉnh Thử\nbase_url: https://thu.example.gov.vn\ndemo: true\n',
  );
  return corpus;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  const dir = path.resolve(process.argv[3] ?? `/tmp/bang-vang-bench-${n}`);
  const c = writeCorpus(n, dir);
  console.log(
    `${dir}: ${c.articles} bài, ${c.honorees} tập thể/cá nhân, ${c.blocs} khối, ${c.awardRows} lượt khen thưởng`,
  );
}

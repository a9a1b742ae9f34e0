/**
 * The little file-system work of the editor tools: which article slugs exist,
 * and writing a new file without ever overwriting one.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The repository the tools work on: `BANG_VANG_ROOT`, or the current directory. */
export function projectRoot(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(env.BANG_VANG_ROOT || cwd);
}

/** Every article slug (file name without .md/.mdx) under content/articles/<any folder>/. */
export function articleSlugs(root: string): Set<string> {
  const slugs = new Set<string>();
  const dir = path.join(root, 'content', 'articles');
  let folders: fs.Dirent[];
  try {
    folders = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return slugs;
  }
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    for (const name of fs.readdirSync(path.join(dir, folder.name))) {
      const m = /^(.+)\.mdx?$/i.exec(name);
      if (m) slugs.add(m[1]!);
    }
  }
  return slugs;
}

/** Write `text` to `root/rel`, creating folders; refuses (returns false) if the file exists. */
export function writeNewFile(root: string, rel: string, text: string): boolean {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  try {
    fs.writeFileSync(abs, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

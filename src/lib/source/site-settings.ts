/** The two settings astro.config needs before anything else: the site origin and its path. */
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from './yaml.ts';
import { decodeText } from './text.ts';

export function readSiteSettings(root: string): { origin: string | undefined; basePath: string } {
  try {
    const decoded = decodeText(fs.readFileSync(path.join(root, 'content', 'site.yaml')));
    if (!decoded.ok) return { origin: undefined, basePath: '/' };
    const parsed = parseYaml(decoded.text);
    const url = parsed.ok ? (parsed.value as { base_url?: unknown } | null)?.base_url : undefined;
    if (typeof url !== 'string') return { origin: undefined, basePath: '/' };
    const u = new URL(url);
    return { origin: u.origin, basePath: u.pathname };
  } catch {
    // The content check reports a missing or broken site.yaml with file and field.
    return { origin: undefined, basePath: '/' };
  }
}

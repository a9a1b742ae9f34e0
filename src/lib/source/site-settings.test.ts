import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteSettings } from './site-settings.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

function root(site?: string | Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-site-'));
  roots.push(dir);
  if (site !== undefined) {
    fs.mkdirSync(path.join(dir, 'content'));
    fs.writeFileSync(path.join(dir, 'content', 'site.yaml'), site);
  }
  return dir;
}

describe('readSiteSettings', () => {
  it('splits base_url into origin and base path', () => {
    expect(readSiteSettings(root('base_url: https://x.gov.vn\n'))).toEqual({
      origin: 'https://x.gov.vn',
      basePath: '/',
    });
    expect(readSiteSettings(root('name: x\nbase_url: "https://x.gov.vn/tdkt/"\n'))).toEqual({
      origin: 'https://x.gov.vn',
      basePath: '/tdkt/',
    });
  });
  it('falls back quietly when the file is missing, broken or has no URL (the content check reports it)', () => {
    const fallback = { origin: undefined, basePath: '/' };
    expect(readSiteSettings(root())).toEqual(fallback);
    expect(readSiteSettings(root('base_url: [\n'))).toEqual(fallback);
    expect(readSiteSettings(root('name: x\n'))).toEqual(fallback);
    expect(readSiteSettings(root('base_url: khong phai url\n'))).toEqual(fallback);
    expect(readSiteSettings(root(new Uint8Array([0x62, 0xff])))).toEqual(fallback);
  });
});

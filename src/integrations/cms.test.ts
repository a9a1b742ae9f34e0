import { describe, expect, it } from 'vitest';
import { adminHtml, backendFromEnv } from './cms.ts';

describe('the web editor integration', () => {
  it('reads the backend from the build environment', () => {
    expect(backendFromEnv({})).toEqual({ name: 'github', repo: 'co-quan/bang-vang', branch: 'main' });
    expect(
      backendFromEnv({
        CMS_BACKEND: 'gitea',
        CMS_REPO: 'ban-tdkt/cong',
        CMS_API_ROOT: 'https://git.example.gov.vn/api/v1',
        CMS_APP_ID: 'abc',
      }),
    ).toEqual({
      name: 'gitea',
      repo: 'ban-tdkt/cong',
      branch: 'main',
      api_root: 'https://git.example.gov.vn/api/v1',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow(/github, gitlab hoặc gitea/);
  });

  it('serves a page that is never indexed and runs only its own scripts', () => {
    const html = adminHtml('Cổng <thử>');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<title>Biên tập — Cổng &#60;thử&#62;</title>');
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script src="vi.js">',
      '<script src="sveltia-cms.js">',
      '<script src="preview.js">',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
  });
});

import { describe, expect, it } from 'vitest';
import { adminCsp, adminHeadersBlock } from './headers.ts';

describe('headers of /admin/', () => {
  it('allow the backend API and nothing else outside', () => {
    const gh = adminCsp({ name: 'github', repo: 'a/b' });
    expect(gh).toContain("connect-src 'self' blob: data: https://api.github.com https://api.netlify.com");
    expect(gh).toContain("script-src 'self';");
    expect(gh).not.toContain('unsafe-eval');
    const gitea = adminCsp({ name: 'gitea', repo: 'a/b', api_root: 'https://git.example.gov.vn/api/v1' });
    expect(gitea).toContain("connect-src 'self' blob: data: https://git.example.gov.vn;");
    expect(gitea).not.toContain('github');
    expect(() => adminCsp({ name: 'gitea', repo: 'a/b' })).toThrow(/CMS_API_ROOT/);
    const gl = adminCsp({ name: 'gitlab', repo: 'a/b' });
    expect(gl).toContain('https://gitlab.com');
  });

  it('replace the site-wide policy and opener policy, and keep robots out, under the base path', () => {
    const block = adminHeadersBlock('/tdkt/', { name: 'github', repo: 'a/b' });
    expect(block).toContain('/tdkt/admin/*\n  ! Content-Security-Policy\n  ! Cross-Origin-Opener-Policy\n');
    expect(block).toContain('Cross-Origin-Opener-Policy: same-origin-allow-popups');
    expect(block).toContain('X-Robots-Tag: noindex, nofollow');
  });
});

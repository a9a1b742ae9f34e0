/**
 * Response headers of /admin/ (the web editor), appended to dist/_headers by
 * the build. The reading pages keep their strict policy (public/_headers); the
 * editor needs a little more, and exactly that:
 *
 *   style-src 'unsafe-inline'   Svelte components insert their <style> elements and style="" attributes
 *   connect-src blob: data:      the CMS reads its own inlined logo and uploads through fetch()
 *   img-src blob: data:          thumbnails of photos being uploaded; icons inlined as data: URLs
 *   connect-src <backend>        the git host's API (GitHub, GitLab or the office's own Gitea/Forgejo)
 *   img-src <backend avatars>    the signed-in editor's avatar
 *   frame-src 'self' blob:       the preview pane (an iframe of the editor's own document)
 *   worker-src 'self' blob:      the CMS parses files in workers made from blob: URLs
 *   form-action <backend>        none needed; sign-in opens a popup (window.open), not a form post
 *
 * No Cross-Origin-Opener-Policy: same-origin here — it would sever the sign-in
 * popup of the git host from the editor. `same-origin-allow-popups` keeps the
 * popup's link. `X-Robots-Tag: noindex` keeps search engines out.
 *
 * `! Header` lines (Cloudflare Pages' syntax) drop the site-wide value first,
 * so the two policies are not both enforced.
 */
import type { CmsBackend } from './config.ts';

/** The origins the editor talks to for a backend. */
export function backendOrigins(backend: CmsBackend): { api: string[]; images: string[]; auth: string[] } {
  const origin = (url: string) => new URL(url).origin;
  switch (backend.name) {
    case 'github': {
      const api = backend.api_root ? origin(backend.api_root) : 'https://api.github.com';
      return {
        api: [api],
        images: ['https://avatars.githubusercontent.com'],
        auth: [backend.base_url ? origin(backend.base_url) : 'https://api.netlify.com'],
      };
    }
    case 'gitlab': {
      const api = backend.api_root ? origin(backend.api_root) : 'https://gitlab.com';
      return {
        api: [api],
        images: [api, 'https://secure.gravatar.com'],
        auth: [backend.base_url ? origin(backend.base_url) : api],
      };
    }
    case 'gitea': {
      if (!backend.api_root)
        throw new Error('CMS_BACKEND=gitea cần CMS_API_ROOT, ví dụ https://git.example.gov.vn/api/v1');
      const api = origin(backend.api_root);
      return { api: [api], images: [api], auth: [backend.base_url ? origin(backend.base_url) : api] };
    }
  }
}

export function adminCsp(backend: CmsBackend): string {
  const o = backendOrigins(backend);
  const uniq = (xs: string[]) => [...new Set(xs)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data: ${uniq(o.images)}`,
    "font-src 'self'",
    `connect-src 'self' blob: data: ${uniq([...o.api, ...o.auth])}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "media-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The `_headers` block for the editor at `<base>admin/`. */
export function adminHeadersBlock(base: string, backend: CmsBackend): string {
  return `
# The web editor (added by the build, src/lib/cms/headers.ts): its own policy, never indexed.
${base}admin/*
  ! Content-Security-Policy
  ! Cross-Origin-Opener-Policy
  Content-Security-Policy: ${adminCsp(backend)}
  Cross-Origin-Opener-Policy: same-origin-allow-popups
  X-Robots-Tag: noindex, nofollow
  Cache-Control: no-cache
`;
}

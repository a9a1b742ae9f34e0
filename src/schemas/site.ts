/** Site settings: `content/site.yaml`. */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const siteSchema = z.strictObject({
  /** Portal name. */
  name: text(200),
  /** Owning agency. */
  owner: text(200),
  /** Province (or ministry) the portal serves. */
  province: text(100),
  /** Public address of the site, for canonical URLs, feeds and the sitemap. */
  base_url: z.url({
    protocol: /^https?$/,
    error: 'cần địa chỉ đầy đủ bắt đầu bằng https://, ví dụ https://thiduakhenthuong.example.gov.vn',
  }),
  /** Short description for the home page and feeds. */
  description: text(500).optional(),
  /** Contact lines shown in the footer. */
  contact: z
    .strictObject({
      address: text(300).optional(),
      phone: text(50).optional(),
      email: z.email().optional(),
    })
    .optional(),
  /** true: the content is sample content, and every page says so. */
  demo: z.boolean().optional(),
  /** Emblem or logo shown in the header beside the portal name: an image path relative to site.yaml (`./logo.png`). */
  logo: text(300).optional(),
  /** Licence of the open data, shown on /du-lieu/ (e.g. "CC BY 4.0"). */
  license: text(200).optional(),
});

export type SiteData = z.output<typeof siteSchema>;

/**
 * The components every MDX article may use without importing them: given to
 * each MDX body by the article page (`<Content components={mdxComponents} />`).
 * Keep in step with MDX_COMPONENTS in src/lib/source/mdx-check.ts (the props
 * each takes) and with the editor's guide, docs/huong-dan-bien-tap.md § 11.
 */
import Callout from './Callout.astro';

export const mdxComponents = { Callout };

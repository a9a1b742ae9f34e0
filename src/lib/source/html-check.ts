/**
 * What the sanitiser will remove from a markdown body, found before the build
 * renders it, with the line: raw HTML is read by the HTML parser (code spans
 * and fenced code left out, as markdown does), links and images by the
 * markdown parser the build renders with. The build removes these whatever
 * this finds; this only tells the editor.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markdownToMdast } from 'satteri';
import { explainRemovals, isSafeLink, type Removal } from '../markdown/sanitize.ts';

/** Blank out fenced code blocks and code spans, keeping every line where it is. */
export function withoutCode(source: string): string {
  return source
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, (block) =>
      block.replace(/[^\n]/g, ' '),
    )
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (span) => span.replace(/[^\n]/g, ' '));
}

type MdNode = { type: string; url?: string; children?: MdNode[]; position?: { start: { line: number } } };

/** Removals the sanitiser will make in a markdown body, with their line in the body. */
export function htmlRemovals(body: string): Removal[] {
  const out: Removal[] = [];
  if (/[<&]/.test(body)) {
    const tree = fromHtml(withoutCode(body), { fragment: true }) as Root;
    out.push(...explainRemovals(tree));
  }
  let md: MdNode | undefined;
  try {
    md = markdownToMdast(body, { features: { gfm: true } }) as unknown as MdNode;
  } catch {
    md = undefined;
  }
  const walk = (node: MdNode) => {
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string' && !isSafeLink(node.url))
      out.push({
        line: node.position?.start.line,
        what: `đường dẫn "${node.url.slice(0, 60)}" không được phép — khi đăng liên kết này sẽ bị bỏ, chữ vẫn được giữ (chỉ dùng http, https, mailto, tel hay đường dẫn trong cổng)`,
      });
    for (const child of node.children ?? []) walk(child);
  };
  if (md) walk(md);
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

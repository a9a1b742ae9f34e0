/**
 * Markdown (or MDX) → plain text for search and summaries: markup removed,
 * words kept. Not a renderer: good enough to index, never shown as HTML.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ') // code blocks
    .replace(/^\s*(import|export)\s.*$/gm, ' ') // MDX ESM
    .replace(/<[^>]+>/g, ' ') // HTML / JSX tags
    .replace(/\{[^{}]*\}/g, ' ') // MDX expressions
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links → text
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '') // headings, quotes, list markers
    .replace(/(\*\*|__|\*|_|~~|`)/g, '') // emphasis, code spans
    .replace(/^\s*([-*_]\s*){3,}$/gm, ' ') // rules
    .replace(/\|/g, ' ') // table pipes
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Display of Pagefind excerpts. The index text is the page's own text (see
 * records.ts), so excerpts are readable as Pagefind returns them; this only
 * makes them safe HTML: <mark> kept, every other tag dropped, text escaped.
 */

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Text → HTML text (the five characters that matter). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function cleanExcerpt(html: string): string {
  let text = html
    .replace(/<mark>/g, OPEN)
    .replace(/<\/mark>/g, CLOSE)
    .replace(/<[^>]*>/g, '');
  // Pagefind returns entities for &, <, > in excerpts: decode before escaping once.
  text = text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return escapeHtml(text)
    .replace(/\u0001/g, '<mark>')
    .replace(/\u0002/g, '</mark>');
}

/**
 * Display of Pagefind excerpts. The index text is the page's own text (see
 * records.ts), so excerpts are readable as Pagefind returns them; this makes
 * them safe HTML (<mark> kept, every other tag dropped, text escaped) and,
 * given the query, also highlights words Pagefind matched through their
 * folded forms ("dang" → Đảng), which it does not mark itself.
 */
import { hasDiacritics, searchKey } from '../text/fold.ts';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Text → HTML text (the five characters that matter). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function cleanExcerpt(html: string, query = ''): string {
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
  // A query word typed with marks highlights only that word; one typed without, every folded match.
  const words =
    query
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const exact = new Set(words.filter(hasDiacritics));
  const folded = new Set(words.filter((w) => !hasDiacritics(w)));
  if (words.length)
    text = text.replace(/(\u0001[^\u0002]*\u0002)|[\p{L}\p{N}]+/gu, (m, marked: string | undefined) =>
      marked || !(exact.has(m.toLowerCase()) || folded.has(searchKey(m))) ? m : `${OPEN}${m}${CLOSE}`,
    );
  return escapeHtml(text)
    .replace(/\u0001/g, '<mark>')
    .replace(/\u0002/g, '</mark>');
}

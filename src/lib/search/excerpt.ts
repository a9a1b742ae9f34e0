/**
 * Display of Pagefind excerpts. The index carries a folded twin after every
 * word with đ ("Đảng Dang", see records.ts); here the twin is merged back into
 * its word, keeping the highlight, and all markup but <mark> is escaped.
 */
import { foldVi } from '../text/fold.ts';

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
  text = text.replace(
    /(\u0001?)([\p{L}\p{N}]*[đĐ][\p{L}\p{N}]*)(\u0002?)(\s+)(\u0001?)([\p{L}\p{N}]+)(\u0002?)/gu,
    (all, o1: string, word: string, c1: string, _sp: string, o2: string, twin: string, c2: string) => {
      if (foldVi(word) !== twin) return all;
      const marked = Boolean(o1 || o2);
      return marked ? `${OPEN}${word}${CLOSE}` : `${o1}${word}${c1 || c2}`;
    },
  );
  return escapeHtml(text)
    .replace(/\u0001/g, '<mark>')
    .replace(/\u0002/g, '</mark>');
}
